package io.github.heychat4j.testkit.http;

import io.github.heychat4j.domain.message.MessageContent;
import io.github.heychat4j.emulator.HeychatEmulator;
import io.github.heychat4j.http.HeychatHttp;
import io.github.heychat4j.testkit.TestWorld;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static io.github.heychat4j.testkit.HeychatAssertions.assertSent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/**
 * Runs a small test class that uses the extension through the JUnit launcher, and checks what happened around
 * it: the class's emulator listened during its tests, its clients were closed after each test and the emulator
 * after the class (its port refuses connections). The class is a static nested one, which build tools skip.
 */
class EmulatorLifecycleTest {
    private static final String LAUNCHED = "heychat.testkit-http.lifecycle-fixture";
    private static final List<URI> EMULATORS = new CopyOnWriteArrayList<>();
    private static final List<HeychatHttp> CLIENTS = new CopyOnWriteArrayList<>();

    @Test
    void theEmulatorIsClosedAfterTheClassAndEachClientAfterItsTest() {
        EMULATORS.clear();
        CLIENTS.clear();

        TestExecutionSummary summary = run(OneClass.class);

        assertEquals(3, summary.getTestsSucceededCount(), () -> "failures: " + failures(summary));
        assertEquals(3, EMULATORS.size());
        assertEquals(1, EMULATORS.stream().distinct().count(), "one emulator for the class, shared by its @Nested class");
        for (URI emulator : EMULATORS) {
            assertThrows(ConnectException.class, () -> connect(emulator), emulator + " still listens after its class");
        }
        for (HeychatHttp client : CLIENTS) {
            assertFalse(client.events().isConnected(), "a client's gateway is closed after its test");
        }
    }

    @Test
    void aFailingHandlerTheTestDidNotCheckFailsTheTestAndStillClosesEverything() {
        EMULATORS.clear();

        TestExecutionSummary summary = run(UncheckedHandlerFailure.class);

        List<String> failures = failures(summary);
        assertEquals(1, failures.size(), () -> "failures: " + failures);
        assertTrue(failures.get(0).startsWith("1 event handler failure(s) of the bot:\n  java.lang.IllegalStateException: 漏"),
                failures.get(0));
        assertTrue(failures.get(0).contains("heard: MessagePosted"), failures.get(0));
        assertThrows(ConnectException.class, () -> connect(EMULATORS.get(0)));
    }

    private static TestExecutionSummary run(Class<?> testClass) {
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(testClass))
                .filters(EngineFilter.includeEngines("junit-jupiter"))
                .configurationParameter(LAUNCHED, "true").build(), listener);
        return listener.getSummary();
    }

    private static List<String> failures(TestExecutionSummary summary) {
        List<String> messages = new ArrayList<>();
        summary.getFailures().forEach(f -> messages.add(f.getException().getMessage()));
        return messages;
    }

    private static void connect(URI emulator) throws IOException {
        try (Socket socket = new Socket(emulator.getHost(), emulator.getPort())) {
            assertTrue(socket.isConnected());
        }
    }

    /** Marks the fixture classes below, which run only when this test launches them. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @ExtendWith(Fixture.OnlyWhenLaunched.class)
    @interface Fixture {
        final class OnlyWhenLaunched implements ExecutionCondition {
            @Override
            public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
                return context.getConfigurationParameter(LAUNCHED).isPresent()
                        ? ConditionEvaluationResult.enabled("launched by EmulatorLifecycleTest")
                        : ConditionEvaluationResult.disabled("a fixture of EmulatorLifecycleTest");
            }
        }
    }

    @Fixture
    @HeychatEmulatorTest
    static class OneClass {
        @Test
        void one(TestWorld world, HeychatHttp bot, HeychatEmulator emulator) throws IOException {
            sendAndRemember(world, bot, emulator);
        }

        @Test
        void two(TestWorld world, HeychatHttp bot, HeychatEmulator emulator) throws IOException {
            sendAndRemember(world, bot, emulator);
        }

        @Nested
        class Inner {
            @Test
            void three(TestWorld world, HeychatHttp bot, HeychatEmulator emulator) throws IOException {
                sendAndRemember(world, bot, emulator);
            }
        }

        static void sendAndRemember(TestWorld world, HeychatHttp bot, HeychatEmulator emulator) throws IOException {
            connect(emulator.baseUri());
            EMULATORS.add(emulator.baseUri());
            CLIENTS.add(bot);
            assertTrue(bot.events().isConnected());
            bot.messages().send(world.channel("综合"), MessageContent.text("hi"));
            assertSent(bot, world.channel("综合"), "hi");
            assertNotEquals(0, emulator.baseUri().getPort());
        }
    }

    @Fixture
    @HeychatEmulatorTest
    static class UncheckedHandlerFailure {
        @Test
        void aHandlerThrows(TestWorld world, HeychatHttp bot, HeychatEmulator emulator) {
            EMULATORS.add(emulator.baseUri());
            bot.events().on(io.github.heychat4j.domain.event.MessagePosted.class, m -> {
                throw new IllegalStateException("漏");
            });
            world.person("alice").says(world.channel("综合"), "hi");
        }
    }
}
