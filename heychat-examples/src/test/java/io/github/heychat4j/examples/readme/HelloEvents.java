package io.github.heychat4j.examples.readme;

// The README's "Hear what happens" bot, verbatim (ReadmeSnippetsTest checks it); HelloEventsTest runs it against the emulator.

import io.github.heychat4j.domain.Heychat;
import io.github.heychat4j.domain.event.CommandInvoked;
import io.github.heychat4j.domain.event.MemberJoined;
import io.github.heychat4j.domain.event.MessagePosted;
import io.github.heychat4j.domain.message.MessageContent;
import io.github.heychat4j.http.HeychatHttp;

public final class HelloEvents {
    public static void main(String[] args) throws InterruptedException {
        try (HeychatHttp heychat = HeychatHttp.fromEnvironment()) {
            listen(heychat);
            heychat.events().start();        // returns once connected; AuthenticationException for a bad token
            Thread.currentThread().join();   // serve until the process is stopped
        }
    }

    static void listen(Heychat heychat) {
        heychat.events().on(CommandInvoked.class, command -> {
            if (command.is("/ping")) {
                heychat.messages().send(command.channel(), MessageContent.text("pong"));
            }
        });
        heychat.events().on(MessagePosted.class, message -> {
            if (message.mentions(heychat.self())) {
                heychat.messages().send(message.channel(), MessageContent.text("在呢，" + message.author().displayName()));
            }
        });
        heychat.events().on(MemberJoined.class, joined ->
                System.out.println(joined.member().displayName() + " joined room " + joined.room()));
    }
}
