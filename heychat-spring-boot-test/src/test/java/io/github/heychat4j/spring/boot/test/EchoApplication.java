package io.github.heychat4j.spring.boot.test;

import io.github.heychat4j.domain.Heychat;
import io.github.heychat4j.domain.event.EventHandler;
import io.github.heychat4j.domain.event.MessagePosted;
import io.github.heychat4j.domain.message.MessageContent;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;

/** A tiny bot for the slice's own tests: it echoes "echo: " and the text of every message. */
@SpringBootConfiguration
@EnableAutoConfiguration
class EchoApplication {
    @Bean
    EventHandler<MessagePosted> echo(Heychat heychat) {
        return message -> {
            if (!message.text().startsWith("echo: ")) {
                heychat.messages().send(message.channel(), MessageContent.text("echo: " + message.text()));
            }
        };
    }
}
