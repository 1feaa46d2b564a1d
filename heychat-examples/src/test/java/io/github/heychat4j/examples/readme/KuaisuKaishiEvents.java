package io.github.heychat4j.examples.readme;

// The README's 快速开始 events snippet, verbatim with its imports (ReadmeSnippetsTest checks it).

import io.github.heychat4j.domain.event.CommandInvoked;
import io.github.heychat4j.domain.event.MemberJoined;
import io.github.heychat4j.domain.event.MessagePosted;
import io.github.heychat4j.domain.message.MessageContent;
import io.github.heychat4j.http.HeychatHttp;

final class KuaisuKaishiEvents {
    private KuaisuKaishiEvents() {
    }

    static void kuaisuKaishiEvents(HeychatHttp heychat) {
        heychat.events().on(MessagePosted.class, message -> System.out.println(message.author().displayName() + "：" + message.text()));
        heychat.events().on(CommandInvoked.class, command -> {
            if (command.is("/ping")) {
                heychat.messages().send(command.channel(), MessageContent.text("pong"));
            }
        });
        heychat.events().on(MemberJoined.class, joined -> System.out.println("欢迎 " + joined.member().displayName()));
        heychat.events().start();
    }
}
