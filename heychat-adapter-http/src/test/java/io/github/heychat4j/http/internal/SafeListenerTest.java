package io.github.heychat4j.http.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.github.heychat4j.http.HeychatListener;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Every signal reaches every listener, in order, with its arguments, whatever an earlier listener threw: a bot's
 * broken metrics listener must not silence its logging one, nor break the client.
 */
class SafeListenerTest {
    static Stream<Method> signals() {
        // sorted: getMethods() has no fixed order, and a mutation tool replays invocations by their index
        return Arrays.stream(HeychatListener.class.getMethods()).filter(m -> !Modifier.isStatic(m.getModifiers()))
                .sorted(Comparator.comparing(Method::getName).thenComparing(Method::getParameterCount));
    }

    /** A listener that records each call as "name(args)", and throws after recording when told to. */
    private static HeychatListener recording(List<String> calls, String who, boolean throwing) {
        return (HeychatListener) Proxy.newProxyInstance(HeychatListener.class.getClassLoader(), new Class<?>[] {HeychatListener.class},
                (proxy, method, args) -> {
                    if (method.getDeclaringClass() == Object.class) {
                        return method.getName().equals("equals") ? proxy == args[0] : method.getName().equals("hashCode")
                                ? System.identityHashCode(proxy) : who;
                    }
                    calls.add(who + " " + method.getName() + Arrays.toString(args));
                    if (throwing) {
                        throw new IllegalStateException("listener bug");
                    }
                    return null;
                });
    }

    private static Object sample(Class<?> type, int i) {
        if (type == int.class) {
            return 7 + i;
        } else if (type == long.class) {
            return 7L + i;
        } else if (type == boolean.class) {
            return true;
        } else if (type == double.class) {
            return 0.5;
        } else if (type == String.class) {
            return "s" + i;
        }
        return null;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("signals")
    void everySignalReachesEveryListenerEvenAfterOneThrew(Method signal) throws Exception {
        List<String> calls = new ArrayList<>();
        HeychatListener safe = SafeListener.of(List.of(recording(calls, "broken", true), recording(calls, "working", false)));
        Object[] args = new Object[signal.getParameterCount()];
        for (int i = 0; i < args.length; i++) {
            args[i] = sample(signal.getParameterTypes()[i], i);
        }

        signal.invoke(safe, args);

        String call = signal.getName() + Arrays.toString(args.length == 0 ? null : args);
        assertEquals(List.of("broken " + call, "working " + call), calls);
    }

    @Test
    void aGuardedListenerIsNotGuardedTwice() {
        HeychatListener safe = SafeListener.of(List.of(recording(new ArrayList<>(), "one", false)));

        assertSame(safe, SafeListener.of(safe));
        assertSame(safe, SafeListener.of(List.of(safe)));
    }
}
