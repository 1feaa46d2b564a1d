package io.github.heychat4j.testkit;

import io.github.heychat4j.domain.RoomId;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.event.MessagePosted;
import io.github.heychat4j.fake.FakeHeychat;
import io.github.heychat4j.fake.FakeWorld;
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

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/**
 * Runs small test classes that use the extension (rightly or wrongly) through the JUnit launcher and
 * checks what their authors would see. The classes are static nested ones, which build tools skip.
 */
class HeychatExtensionMisuseTest {

    private record Outcome(long succeeded, List<String> failures) {
        String onlyFailure() {
            assertEquals(1, failures.size(), () -> "failures: " + failures);
            return failures.get(0);
        }
    }

    private static Outcome run(Class<?> testClass) {
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(testClass))
                .filters(EngineFilter.includeEngines("junit-jupiter"))
                .configurationParameter(Fixture.LAUNCHED, "true").build(), listener);
        TestExecutionSummary summary = listener.getSummary();
        return new Outcome(summary.getTestsSucceededCount(), summary.getFailures().stream().map(f -> describe(f.getException())).toList());
    }

    /** "Type: message", and the cause's type when JUnit wrapped what the extension threw. */
    private static String describe(Throwable e) {
        String cause = e.getCause() == null ? "" : " <- " + e.getCause().getClass().getSimpleName();
        return e.getClass().getSimpleName() + cause + ": " + e.getMessage();
    }

    /** Marks the fixture classes below, which run only when this test launches them. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @ExtendWith(Fixture.OnlyWhenLaunched.class)
    @interface Fixture {
        String LAUNCHED = "heychat.testkit.misuse-fixture";

        final class OnlyWhenLaunched implements ExecutionCondition {
            @Override
            public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
                return context.getConfigurationParameter(LAUNCHED).isPresent()
                        ? ConditionEvaluationResult.enabled("launched by HeychatExtensionMisuseTest")
                        : ConditionEvaluationResult.disabled("a fixture of HeychatExtensionMisuseTest");
            }
        }
    }

    @Fixture
    @HeychatTest
    static class TwoWorldMethods {
        @HeychatWorld
        static TestWorld.Builder one() {
            return TestWorld.standard();
        }

        @HeychatWorld
        static TestWorld.Builder two() {
            return TestWorld.standard();
        }

        @Test
        void test(TestWorld world) {
        }
    }

    @Test
    void twoWorldMethodsAreAMistake() {
        String failure = run(TwoWorldMethods.class).onlyFailure();

        assertTrue(failure.startsWith("ParameterResolutionException <- ExtensionConfigurationException: "), failure);
        assertTrue(failure.contains("declares 2 @HeychatWorld methods"), failure);
        assertTrue(failure.contains("declare exactly one"), failure);
    }

    @Fixture
    @HeychatTest
    static class WrongReturnType {
        @HeychatWorld
        static String world() {
            return "测试房间";
        }

        @Test
        void test(TestWorld world) {
        }
    }

    @Test
    void aWorldMethodMustReturnAWorld() {
        String failure = run(WrongReturnType.class).onlyFailure();

        assertTrue(failure.contains("@HeychatWorld method WrongReturnType.world() returns java.lang.String; it must return a "
                + "io.github.heychat4j.testkit.TestWorld.Builder"), failure);
    }

    @Fixture
    @HeychatTest
    static class WorldMethodWithParameters {
        @HeychatWorld
        static TestWorld.Builder world(String name) {
            return TestWorld.create().room(name);
        }

        @Test
        void test(TestWorld world) {
        }
    }

    @Test
    void aWorldMethodTakesNoParameters() {
        assertTrue(run(WorldMethodWithParameters.class).onlyFailure().contains("world() must take no parameters"));
    }

    @Fixture
    @HeychatTest
    static class NullWorld {
        @HeychatWorld
        static TestWorld world() {
            return null;
        }

        @Test
        void test(TestWorld world) {
        }
    }

    @Test
    void aWorldMethodMustNotReturnNull() {
        assertTrue(run(NullWorld.class).onlyFailure().contains("NullWorld.world() returned null"));
    }

    @Fixture
    @HeychatTest
    static class SharedWorld {
        static final TestWorld SHARED = TestWorld.standard().build();

        @HeychatWorld
        static TestWorld world() {
            return SHARED;
        }

        @Test
        void first(TestWorld world) {
        }

        @Test
        void second(TestWorld world) {
        }
    }

    @Test
    void aWorldHandedToTwoTestsIsAMistake() {
        Outcome outcome = run(SharedWorld.class);

        assertEquals(1, outcome.succeeded());
        assertTrue(outcome.onlyFailure().contains("returned the same TestWorld to two tests"), outcome.onlyFailure());
    }

    @Fixture
    @HeychatTest
    static class ConstructorInjection {
        ConstructorInjection(TestWorld world) {
        }

        @Test
        void test() {
        }
    }

    @Test
    void worldsAreNotInjectedIntoConstructors() {
        String failure = run(ConstructorInjection.class).onlyFailure();

        assertTrue(failure.startsWith("ParameterResolutionException: "), failure);
        assertTrue(failure.contains("every test gets a fresh world"), failure);
    }

    private static final UserId BOT = UserId.of(7);
    private static final UserId OTHER_BOT = UserId.of(9);

    private static FakeWorld.Builder handBuilt() {
        return FakeWorld.builder().bot(BOT, "机器人").bot(OTHER_BOT, "另一个机器人").user(UserId.of(8), "alice")
                .room(RoomId.of("3900000000000000001"), "手工房间", r -> r.member(BOT).member(OTHER_BOT).member(UserId.of(8)));
    }

    @Fixture
    @HeychatTest
    static class FakeWorldWithTwoBots {
        @HeychatWorld
        static FakeWorld world() {
            return handBuilt().build();
        }

        @Test
        void test(TestWorld world) {
        }
    }

    @Test
    void aFakeWorldWithSeveralBotsMustSayWhichOne() {
        String failure = run(FakeWorldWithTwoBots.class).onlyFailure();

        assertTrue(failure.contains("several bots in its rooms [7, 9]"), failure);
        assertTrue(failure.contains("@HeychatWorld(bot = <its user id>)"), failure);
    }

    @Fixture
    @HeychatTest
    static class FakeWorldNamingItsBot {
        @HeychatWorld(bot = 9)
        static FakeWorld.Builder world() {
            return handBuilt();
        }

        @Test
        void drivesTheNamedBot(TestWorld world, io.github.heychat4j.fake.FakeHeychat bot) {
            assertEquals(OTHER_BOT, bot.self());
            assertEquals(UserId.of(8), world.user("alice"));
        }
    }

    @Test
    void aFakeWorldCanNameItsBot() {
        Outcome outcome = run(FakeWorldNamingItsBot.class);

        assertEquals(List.of(), outcome.failures());
        assertEquals(1, outcome.succeeded());
    }

    @Fixture
    @HeychatTest
    static class BotOnATestWorld {
        @HeychatWorld(bot = 9)
        static TestWorld.Builder world() {
            return TestWorld.standard();
        }

        @Test
        void test(TestWorld world) {
        }
    }

    @Test
    void botIdOnlyAppliesToAFakeWorld() {
        assertTrue(run(BotOnATestWorld.class).onlyFailure().contains("only applies to a FakeWorld"));
    }

    @Fixture
    @HeychatTest
    static class ThrowingWorld {
        @HeychatWorld
        static TestWorld.Builder world() {
            return TestWorld.create().room("一", r -> r.member("alice", "没有的角色"));
        }

        @Test
        void test(TestWorld world) {
        }
    }

    @Test
    void mistakesInTheWorldReachTheTestAsTheyAre() {
        String failure = run(ThrowingWorld.class).onlyFailure();

        assertTrue(failure.startsWith("ParameterResolutionException <- IllegalArgumentException: "), failure);
        assertTrue(failure.contains("\"没有的角色\""), failure);
    }

    @Fixture
    @HeychatTest
    static class HandlerThrows {
        @Test
        void unnoticed(TestWorld world, FakeHeychat bot) {
            bot.events().on(MessagePosted.class, m -> {
                throw new IllegalStateException("handler broke");
            });
            world.person("alice").says(world.channel("综合"), "hi");
        }

        @Test
        void expected(TestWorld world, FakeHeychat bot) {
            bot.events().on(MessagePosted.class, m -> {
                throw new IllegalStateException("handler broke");
            });
            world.person("alice").says(world.channel("综合"), "hi");

            HeychatAssertions.assertHandlerFailed(bot, IllegalStateException.class);
        }
    }

    @Test
    void aHandlerFailureTheTestDidNotCheckFailsTheTestAndSaysHowToExpectIt() {
        Outcome outcome = run(HandlerThrows.class);

        String failure = outcome.onlyFailure();
        assertEquals(1, outcome.succeeded());
        assertTrue(failure.startsWith("AssertionFailedError <- IllegalStateException: 1 event handler failure(s) of the bot:"), failure);
        assertTrue(failure.contains("HeychatAssertions.assertHandlerFailed(bot, IllegalStateException.class)"), failure);
        assertTrue(failure.contains("heard: MessagePosted["), failure);
    }
}
