package io.github.heychat4j.testkit.internal;

import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.room.Member;
import io.github.heychat4j.domain.room.Room;
import io.github.heychat4j.fake.FakeWorld;
import io.github.heychat4j.testkit.HeychatWorld;
import io.github.heychat4j.testkit.TestWorld;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Finds and calls a test class's {@link HeychatWorld} method, and turns what it returns into a
 * {@link TestWorld}. Every misuse ends in an {@link ExtensionConfigurationException} that says what to
 * change.
 */
public final class WorldMethod {
    private static final List<Class<?>> RETURN_TYPES =
            List.of(TestWorld.Builder.class, TestWorld.class, FakeWorld.Builder.class, FakeWorld.class);
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(WorldMethod.class);

    private WorldMethod() {
    }

    /** A fresh world for the test of {@code context}. */
    public static TestWorld createWorld(ExtensionContext context) {
        // Worlds already handed to a test of this run; a second test getting one would share state with the first.
        @SuppressWarnings("unchecked")
        Set<Object> handedOut = context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent("handedOut",
                key -> Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>())), Set.class);
        List<Object> instances = new ArrayList<>(context.getRequiredTestInstances().getAllInstances());
        Collections.reverse(instances); // innermost (a @Nested class) first
        for (Object instance : instances) {
            List<Method> methods = AnnotationSupport.findAnnotatedMethods(instance.getClass(), HeychatWorld.class,
                    HierarchyTraversalMode.BOTTOM_UP);
            if (methods.size() > 1) {
                throw new ExtensionConfigurationException(instance.getClass().getName() + " declares " + methods.size()
                        + " @HeychatWorld methods (" + methods.stream().map(Method::getName).collect(Collectors.joining(", "))
                        + "); declare exactly one");
            }
            if (methods.size() == 1) {
                return call(methods.get(0), instance, handedOut);
            }
        }
        return TestWorld.standard().build();
    }

    /**
     * A fresh world from a class's static {@link HeychatWorld} method (for frameworks that build their fixtures
     * before any test instance exists, such as a Spring test context), or the standard world when it declares none.
     */
    public static TestWorld createWorld(Class<?> testClass) {
        for (Class<?> c = testClass; c != null; c = c.getEnclosingClass()) {
            List<Method> methods = AnnotationSupport.findAnnotatedMethods(c, HeychatWorld.class, HierarchyTraversalMode.BOTTOM_UP);
            if (methods.size() > 1) {
                throw new ExtensionConfigurationException(c.getName() + " declares " + methods.size()
                        + " @HeychatWorld methods (" + methods.stream().map(Method::getName).collect(Collectors.joining(", "))
                        + "); declare exactly one");
            }
            if (methods.size() == 1) {
                Method method = methods.get(0);
                if (!Modifier.isStatic(method.getModifiers())) {
                    throw new ExtensionConfigurationException("@HeychatWorld method " + c.getSimpleName() + "." + method.getName()
                            + "() must be static here: the world is made before any test instance exists");
                }
                return call(method, null, Collections.newSetFromMap(new IdentityHashMap<>()));
            }
        }
        return TestWorld.standard().build();
    }

    private static TestWorld call(Method method, Object instance, Set<Object> handedOut) {
        String where = "@HeychatWorld method " + method.getDeclaringClass().getSimpleName() + "." + method.getName() + "()";
        if (method.getParameterCount() != 0) {
            throw new ExtensionConfigurationException(where + " must take no parameters");
        }
        Class<?> declared = method.getReturnType();
        if (RETURN_TYPES.stream().noneMatch(t -> declared.isAssignableFrom(t))) {
            throw new ExtensionConfigurationException(where + " returns " + declared.getName() + "; it must return a "
                    + RETURN_TYPES.stream().map(Class::getName).map(n -> n.replace('$', '.')).collect(Collectors.joining(", ")));
        }
        Object target = Modifier.isStatic(method.getModifiers()) ? null : instance;
        Object value = ReflectionSupport.invokeMethod(method, target);
        if (value == null) {
            throw new ExtensionConfigurationException(where + " returned null");
        }
        // A builder builds a new world each time; a built world handed out twice would be shared.
        boolean built = value instanceof TestWorld || value instanceof FakeWorld;
        if (built && !handedOut.add(value)) {
            throw new ExtensionConfigurationException(where + " returned the same " + value.getClass().getSimpleName()
                    + " to two tests, so they would share one world; build a new one inside the method");
        }
        long bot = method.getAnnotation(HeychatWorld.class).bot();
        if (value instanceof TestWorld.Builder builder) {
            requireNoBot(where, bot);
            return builder.build();
        }
        if (value instanceof TestWorld world) {
            requireNoBot(where, bot);
            return world;
        }
        if (value instanceof FakeWorld.Builder builder) {
            return wrap(where, builder.build(), bot);
        }
        if (value instanceof FakeWorld world) {
            return wrap(where, world, bot);
        }
        throw new ExtensionConfigurationException(where + " returned a " + value.getClass().getName() + "; it must return a "
                + RETURN_TYPES.stream().map(Class::getName).map(n -> n.replace('$', '.')).collect(Collectors.joining(", ")));
    }

    private static void requireNoBot(String where, long bot) {
        if (bot != 0) {
            throw new ExtensionConfigurationException(where + " sets bot = " + bot
                    + ", which only applies to a FakeWorld; a TestWorld declares its bot with TestWorld.create().bot(...)");
        }
    }

    private static TestWorld wrap(String where, FakeWorld world, long bot) {
        if (bot != 0) {
            try {
                return TestWorld.of(world, UserId.of(bot));
            } catch (IllegalArgumentException e) {
                throw new ExtensionConfigurationException(where + ": bot = " + bot + " is not a bot of the world: " + e.getMessage(), e);
            }
        }
        Set<UserId> bots = new TreeSet<>();
        for (Room room : world.rooms()) {
            world.members(room.id()).stream().filter(Member::bot).map(Member::id).forEach(bots::add);
        }
        if (bots.size() != 1) {
            throw new ExtensionConfigurationException(where + " returned a FakeWorld with "
                    + (bots.isEmpty() ? "no bot in any room" : "several bots in its rooms " + bots)
                    + "; say which one the tests drive with @HeychatWorld(bot = <its user id>)");
        }
        return TestWorld.of(world, bots.iterator().next());
    }

    /**
     * Refuses to inject into anything but a test method (or its {@code @BeforeEach}/{@code @AfterEach}): each test gets
     * its own {@code what}, so there is none for the class as a whole. One rule for {@code @HeychatTest} and
     * {@code @HeychatEmulatorTest}.
     */
    public static void requireTestMethod(String annotation, String what, ParameterContext parameter, ExtensionContext context) {
        if (context.getTestMethod().isEmpty()) {
            throw new ParameterResolutionException(annotation + " injects " + parameter.getParameter().getType().getSimpleName()
                    + " into @Test, @BeforeEach and @AfterEach methods only, not into " + parameter.getDeclaringExecutable()
                    + ": every test gets a fresh " + what + ", so there is none for the class as a whole");
        }
    }
}
