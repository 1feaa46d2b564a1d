package io.github.heychat4j.testkit.http;

import io.github.heychat4j.domain.Heychat;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.emulator.HeychatEmulator;
import io.github.heychat4j.fake.FakeWorld;
import io.github.heychat4j.fake.ManualClock;
import io.github.heychat4j.http.HeychatHttp;
import io.github.heychat4j.testkit.TestWorld;
import io.github.heychat4j.testkit.internal.WorldMethod;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.util.Set;

/**
 * The JUnit 5 extension behind {@link HeychatEmulatorTest}. One emulator per top-level test class (its
 * {@code @Nested} classes share it), started when its first test needs it and closed after the class; per test a fresh world
 * (made as {@code @HeychatTest} makes it) served by that emulator, and a fresh {@link EmulatedBot}, closed after
 * the test. A new client per test, and the emulator's request journal and faults cleared before each, keep tests
 * apart: no handler, cache entry, gateway link, recorded request or injected fault of one test reaches the next.
 */
public final class HeychatEmulatorExtension implements ParameterResolver, AfterEachCallback, AfterAllCallback {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(HeychatEmulatorExtension.class);
    private static final Set<Class<?>> INJECTABLE = Set.of(HeychatHttp.class, Heychat.class, TestWorld.class, FakeWorld.class,
            ManualClock.class, HeychatEmulator.class, EmulatedBot.class);
    /** The token the class's emulator accepts for the bot of the worlds it serves; never shown. */
    private static final String TOKEN = "heychat4j-testkit-http-token";

    /** Called by JUnit. */
    public HeychatEmulatorExtension() {
    }

    /** The emulator of one test class and the bot its token belongs to. */
    private record ClassEmulator(HeychatEmulator emulator, UserId bot) {
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return INJECTABLE.contains(parameter.getParameter().getType());
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        WorldMethod.requireTestMethod("@HeychatEmulatorTest", "world and client", parameter, context);
        EmulatedBot bot = context.getStore(NAMESPACE).getOrComputeIfAbsent(EmulatedBot.class, key -> connect(context),
                EmulatedBot.class);
        if (type == HeychatHttp.class || type == Heychat.class) {
            return bot.http();
        }
        if (type == TestWorld.class) {
            return bot.world();
        }
        if (type == FakeWorld.class) {
            return bot.world().fake();
        }
        if (type == ManualClock.class) {
            return bot.world().clock();
        }
        if (type == HeychatEmulator.class) {
            return bot.emulator();
        }
        return bot;
    }

    private static EmulatedBot connect(ExtensionContext test) {
        TestWorld world = WorldMethod.createWorld(test);
        ExtensionContext testClass = outermostClass(test);
        ExtensionContext.Store store = testClass.getStore(NAMESPACE);
        ClassEmulator running = store.get(ClassEmulator.class, ClassEmulator.class);
        if (running != null && !running.bot().equals(world.botId())) {
            // this test's world has another bot: the emulator's token belongs to the old one
            store.remove(ClassEmulator.class);
            running.emulator().close();
            running = null;
        }
        if (running == null) {
            running = new ClassEmulator(HeychatEmulator.builder().world(world.fake()).token(TOKEN, world.botId()).start(),
                    world.botId());
            store.put(ClassEmulator.class, running);
        }
        HeychatEmulator emulator = running.emulator();
        // what an earlier test of the class left on the emulator: its requests and its faults
        emulator.clearRequests();
        emulator.faults().clear();
        emulator.gateway().clearFaults();
        return EmulatedBot.connect(emulator, TOKEN, world);
    }

    /** The context of the top-level test class: its emulator serves its {@code @Nested} classes too. */
    private static ExtensionContext outermostClass(ExtensionContext context) {
        ExtensionContext outermost = context;
        for (ExtensionContext c = context; c.getTestClass().isPresent(); c = c.getParent().orElseThrow()) {
            outermost = c;
        }
        return outermost;
    }

    /**
     * Fails the test if an event handler of its bot threw and the test did not check it with
     * {@link io.github.heychat4j.testkit.HeychatAssertions#assertHandlerFailed}, then closes the test's client.
     */
    @Override
    public void afterEach(ExtensionContext context) {
        EmulatedBot bot = context.getStore(NAMESPACE).remove(EmulatedBot.class, EmulatedBot.class);
        if (bot == null) {
            return;
        }
        try (bot) {
            bot.awaitHandled();
            bot.recorded().assertHandlerFailuresChecked();
        }
    }

    /** Closes the emulator after the top-level class ({@code @Nested} classes share it). */
    @Override
    public void afterAll(ExtensionContext context) {
        if (outermostClass(context) != context) {
            return;
        }
        ClassEmulator running = context.getStore(NAMESPACE).remove(ClassEmulator.class, ClassEmulator.class);
        if (running != null) {
            running.emulator().close();
        }
    }
}
