package io.github.heychat4j.spring.boot;

import static io.github.heychat4j.testkit.HeychatAssertions.assertSent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.heychat4j.commands.Command;
import io.github.heychat4j.commands.CommandRouter;
import io.github.heychat4j.domain.Heychat;
import io.github.heychat4j.domain.event.EventHandler;
import io.github.heychat4j.domain.event.MemberJoined;
import io.github.heychat4j.domain.event.MessagePosted;
import io.github.heychat4j.testkit.TestWorld;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Handlers declared as beans reach the events of the application's Heychat (here a fake world's bot) from the
 * context's start until its close: EventHandler beans, annotated methods and commands.
 */
class HeychatHandlersTest {
    final TestWorld world = TestWorld.create().user("bob").room("测试房间", r -> r.textChannel("大厅").member("alice")).build();
    final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(HeychatAutoConfiguration.class, HeychatCommandsAutoConfiguration.class))
            .withBean(Heychat.class, world::bot);

    static final List<String> heard = new CopyOnWriteArrayList<>();

    @Configuration(proxyBeanMethods = false)
    static class Handlers {
        @Bean
        EventHandler<MessagePosted> echo() {
            return message -> heard.add("bean: " + message.text());
        }

        @Bean
        Greeter greeter() {
            return new Greeter();
        }
    }

    static class Greeter {
        @HeychatEventHandler
        void welcome(MemberJoined joined) {
            heard.add("method: " + joined.member().displayName());
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Ping {
        @Bean
        CommandRoute ping() {
            return CommandRoute.of(Command.named("/ping", "回答 pong"), cmd -> cmd.reply("pong"));
        }
    }

    @Test
    void handlerBeansAndAnnotatedMethodsHearFromTheStartUntilTheClose() {
        heard.clear();
        runner.withUserConfiguration(Handlers.class).run(context -> {
            world.person("alice").says(world.channel("大厅"), "hi");
            world.person("bob").joins("测试房间");
        });
        world.person("alice").says(world.channel("大厅"), "after the close");

        assertEquals(List.of("bean: hi", "method: bob"), heard);
    }

    @Test
    void aCommandRouteJoinsARouterMadeForItWhichListens() {
        runner.withUserConfiguration(Ping.class).run(context -> {
            assertEquals(1, context.getBeansOfType(CommandRouter.class).size());

            world.person("alice").runs(world.channel("大厅"), "/ping", Map.of());

            assertSent(world.bot(), world.channel("大厅"), "pong");
        });
    }

    @Test
    void noRouterIsMadeWithoutACommandRoute() {
        runner.run(context -> assertEquals(0, context.getBeansOfType(CommandRouter.class).size()));
    }

    @Test
    void anEventHandlerWhoseEventTypeCannotBeReadFailsTheStartNamingTheBean() {
        @SuppressWarnings("rawtypes")
        EventHandler raw = event -> { };
        runner.withBean("mystery", EventHandler.class, () -> raw).run(context -> {
            String messages = HeychatAutoConfigurationTest.allMessages(context.getStartupFailure());
            assertTrue(messages.contains("EventHandler bean 'mystery': its event type cannot be read"), messages);
        });
    }

    static class WrongParameters {
        @HeychatEventHandler
        void two(MessagePosted a, MessagePosted b) {
        }
    }

    @Test
    void anAnnotatedMethodWithTheWrongParametersFailsTheStartNamingIt() {
        runner.withBean(WrongParameters.class).run(context -> {
            String messages = HeychatAutoConfigurationTest.allMessages(context.getStartupFailure());
            assertTrue(messages.contains("@HeychatEventHandler WrongParameters.two: must take exactly one parameter"), messages);
        });
    }
}
