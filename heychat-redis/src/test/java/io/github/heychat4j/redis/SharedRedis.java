package io.github.heychat4j.redis;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One {@link LoopbackRedis} for the whole test run, handed to the test classes that ask for it (as a constructor
 * or method parameter) and emptied before each of their tests, so that no test sees what another left.
 *
 * <p>It is started the first time a test asks for it and kept in the root context's store, which closes it (the
 * server stops) when the run ends, whether the tests passed or not. A test may stop and start it again, on the
 * same port; it must leave it started.
 */
final class SharedRedis implements ParameterResolver, BeforeEachCallback {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedRedis.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == LoopbackRedis.class;
    }

    @Override
    public LoopbackRedis resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return redis(context);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        redis(context).flush();
    }

    private static LoopbackRedis redis(ExtensionContext context) {
        // an AutoCloseable in a store is closed with it (JUnit 5.13 on): the root's, at the end of the run
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(LoopbackRedis.class, type -> new LoopbackRedis(), LoopbackRedis.class);
    }
}
