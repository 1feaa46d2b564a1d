package io.github.heychat4j.examples.spring.readme;

import io.github.heychat4j.commands.Command;
import io.github.heychat4j.domain.Heychat;
import io.github.heychat4j.domain.event.EventHandler;
import io.github.heychat4j.domain.event.MessagePosted;
import io.github.heychat4j.domain.message.MessageContent;
import io.github.heychat4j.spring.boot.CommandRoute;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * The README's Spring Boot bot: the starter builds the {@code Heychat} from {@code heychat.*} properties, subscribes
 * the handler beans and connects the gateway when the context is ready. Run it with {@code HEYCHAT_TOKEN} and
 * {@code HEYCHAT_BOT_ID} set.
 */
@SpringBootApplication
public class PingBotApplication {
    /** Runs the bot until the process is stopped. */
    public static void main(String[] args) {
        SpringApplication.run(PingBotApplication.class, args);
    }

    /** {@code /ping}, picked from the menu or typed: answers pong. */
    @Bean
    CommandRoute ping() {
        return CommandRoute.of(Command.named("/ping", "回答 pong"), cmd -> cmd.reply("pong"));
    }

    /** Answers when someone mentions the bot. */
    @Bean
    EventHandler<MessagePosted> mentioned(Heychat heychat) {
        return message -> {
            if (message.mentions(heychat.self())) {
                heychat.messages().send(message.channel(), MessageContent.text("在呢"));
            }
        };
    }
}
