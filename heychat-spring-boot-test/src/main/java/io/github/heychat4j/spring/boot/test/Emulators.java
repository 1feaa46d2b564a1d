package io.github.heychat4j.spring.boot.test;

import io.github.heychat4j.emulator.HeychatEmulator;
import io.github.heychat4j.testkit.TestWorld;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;

/** Starts the emulator of an EMULATOR test; kept apart so the emulator's classes load only then. */
final class Emulators {
    static final String EMULATOR_BEAN = "heychatEmulator";

    private Emulators() {
    }

    /**
     * Starts an emulator serving the world on an OS-chosen loopback port with a fresh token, registers it as a bean
     * that closes with the context, and returns the {@code heychat.*} properties that point the starter at it.
     */
    static Map<String, Object> start(TestWorld world, DefaultListableBeanFactory beans) {
        byte[] random = new byte[16];
        new SecureRandom().nextBytes(random);
        String token = "test-" + HexFormat.of().formatHex(random);
        HeychatEmulator emulator = HeychatEmulator.builder().world(world.fake()).token(token, world.botId()).start();
        beans.registerSingleton(EMULATOR_BEAN, emulator);
        beans.registerDisposableBean(EMULATOR_BEAN, emulator::close);
        return Map.of("heychat.token", token,
                "heychat.bot-id", world.botId().value(),
                "heychat.base-uri", emulator.baseUri().toString());
    }
}
