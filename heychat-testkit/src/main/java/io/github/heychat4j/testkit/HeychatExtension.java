package io.github.heychat4j.testkit;

import io.github.heychat4j.domain.Heychat;
import io.github.heychat4j.fake.FakeHeychat;
import io.github.heychat4j.fake.FakeWorld;
import io.github.heychat4j.fake.ManualClock;
import io.github.heychat4j.testkit.internal.WorldMethod;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.util.Set;

/**
 * The JUnit 5 extension behind {@link HeychatTest}: resolves {@link TestWorld},
 * {@link FakeHeychat}, {@link Heychat}, {@link FakeWorld} and {@link ManualClock} parameters of test,
 * {@code @BeforeEach} and {@code @AfterEach} methods. The first such parameter of a test builds the
 * world from the class's {@link HeychatWorld} method (or {@link TestWorld#standard()}); later ones of
 * the same test get the same world. Use it through {@link HeychatTest}, or with
 * {@code @ExtendWith(HeychatExtension.class)}.
 *
 * <p>After each test, it fails the test if an event handler of the bot threw and the test did not say it
 * expected that with {@link HeychatAssertions#assertHandlerFailed} (reading
 * {@code FakeHeychat.handlerFailures()} is not enough: the testkit cannot tell looking from printing).
 *
 * {@snippet :
 * @HeychatTest
 * class KickerTest {
 *     @Test
 *     void kicksSpammers(TestWorld world, FakeHeychat bot) {
 *         new Kicker(bot).kick(world.room("测试房间"), world.user("alice"));
 *         HeychatAssertions.assertKicked(bot, world.room("测试房间"), world.user("alice"));
 *     }
 * }
 * }
 */
public final class HeychatExtension implements ParameterResolver, AfterEachCallback {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(HeychatExtension.class);
    private static final Set<Class<?>> INJECTABLE =
            Set.of(TestWorld.class, FakeHeychat.class, Heychat.class, FakeWorld.class, ManualClock.class);

    /** Called by JUnit. */
    public HeychatExtension() {
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return INJECTABLE.contains(parameter.getParameter().getType());
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        WorldMethod.requireTestMethod("@HeychatTest", "world", parameter, context);
        TestWorld world = context.getStore(NAMESPACE)
                .getOrComputeIfAbsent(TestWorld.class, key -> WorldMethod.createWorld(context), TestWorld.class);
        if (type == TestWorld.class) {
            return world;
        }
        if (type == FakeWorld.class) {
            return world.fake();
        }
        if (type == ManualClock.class) {
            return world.clock();
        }
        return world.bot();
    }

    /**
     * Fails the test if an event handler of its bot threw and the test did not check it with
     * {@link HeychatAssertions#assertHandlerFailed}: a handler failure is isolated from the bot's other
     * handlers, so without this it would pass unnoticed.
     */
    @Override
    public void afterEach(ExtensionContext context) {
        TestWorld world = context.getStore(NAMESPACE).get(TestWorld.class, TestWorld.class);
        if (world == null) {
            return;
        }
        RecordedBot.of(world.bot()).ifPresent(recorded -> {
            try {
                recorded.assertHandlerFailuresChecked();
            } finally {
                recorded.forget();
            }
        });
    }
}
