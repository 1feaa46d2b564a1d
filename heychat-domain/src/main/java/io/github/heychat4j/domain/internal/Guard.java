package io.github.heychat4j.domain.internal;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The argument checks that belong to no value, made once for every adapter: each adapter's {@code Heychat} hands
 * out its ports through {@link #port}, so a null argument or a null element of a collection argument is refused
 * with an {@link IllegalArgumentException} naming the parameter ("{@code room: must not be null}",
 * "{@code roles: must not contain null}", worded by {@link Checks}) before the adapter runs.
 *
 * <p>Which methods are checked: every method the adapter implements, that is each abstract method of the port and
 * each default method the adapter overrides (its arguments checked by that method's parameters). A default method
 * the adapter inherits is the domain's own code: it runs on the guarded port ({@link InvocationHandler#invokeDefault}),
 * so whatever it passes on is checked by the abstract method it calls, and the value types it builds
 * ({@code ChannelName.of}, {@code new UsersToMove(..)}) refuse by their own field's name.
 *
 * <p>Parameter names are read from the compiled ports (the domain is compiled with {@code -parameters}), and only
 * when a call is refused: an accepted call costs a loop over its arguments and one reflective call. An exception
 * the adapter throws reaches the caller as it was thrown, never wrapped.
 */
public final class Guard {
    private Guard() {
    }

    /**
     * {@code adapter}, seen through {@code port} with every call's arguments checked first.
     *
     * @param port    the port's interface, e.g. {@code RoomGateway.class}
     * @param adapter the adapter's implementation
     * @param <T>     the port
     * @return a guarded view of {@code adapter}; {@code toString} is the adapter's, equality is identity
     */
    public static <T> T port(Class<T> port, T adapter) {
        Checks.notNull("port", port);
        Checks.notNull("adapter", adapter);
        Set<Method> overridden = Arrays.stream(port.getMethods())
                .filter(Method::isDefault)
                .filter(method -> !declaredBy(adapter.getClass(), method).isInterface())
                .collect(Collectors.toUnmodifiableSet());
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return objectMethod(proxy, adapter, method, args);
            }
            if (method.isDefault() && !overridden.contains(method)) {
                return InvocationHandler.invokeDefault(proxy, method, args);
            }
            check(method, args);
            try {
                return method.invoke(adapter, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return port.cast(Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, handler));
    }

    private static Class<?> declaredBy(Class<?> type, Method method) {
        try {
            return type.getMethod(method.getName(), method.getParameterTypes()).getDeclaringClass();
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("a port's method is missing from its implementation: " + method, e);
        }
    }

    private static void check(Method method, Object[] args) {
        if (args == null) {
            return;
        }
        for (int i = 0; i < args.length; i++) {
            Object arg = args[i];
            if (arg == null || arg instanceof Collection<?> values && Checks.hasNull(values)) {
                refuse(method.getParameters()[i].getName(), arg);
            }
        }
    }

    /** Throws the one refusal of {@code arg}, known to be null or to hold a null; the name is read only here. */
    private static void refuse(String name, Object arg) {
        Checks.elements(name, (Collection<?>) Checks.notNull(name, arg));
    }

    private static Object objectMethod(Object proxy, Object adapter, Method method, Object[] args) {
        return switch (method.getName()) {
            case "equals" -> proxy == args[0];
            case "hashCode" -> System.identityHashCode(proxy);
            default -> adapter.toString();
        };
    }
}
