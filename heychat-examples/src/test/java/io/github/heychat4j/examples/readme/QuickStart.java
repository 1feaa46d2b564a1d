package io.github.heychat4j.examples.readme;

// The README's quick start, verbatim with its imports (ReadmeSnippetsTest checks it); it needs a real bot, so it is only compiled.

import io.github.heychat4j.domain.ChannelId;
import io.github.heychat4j.domain.HeychatException;
import io.github.heychat4j.domain.MessageId;
import io.github.heychat4j.domain.PermissionDeniedException;
import io.github.heychat4j.domain.RateLimitedException;
import io.github.heychat4j.domain.RoomId;
import io.github.heychat4j.domain.channel.ChannelRef;
import io.github.heychat4j.domain.message.MessageContent;
import io.github.heychat4j.domain.message.SentMessage;
import io.github.heychat4j.domain.room.Room;
import io.github.heychat4j.http.HeychatHttp;
import java.time.Duration;

final class QuickStart {
    private QuickStart() {
    }

    static void quickStart() {
        try (HeychatHttp heychat = HeychatHttp.fromEnvironment()) {
            for (Room room : heychat.rooms().allJoinedRooms()) {
                System.out.println(room.name() + " " + room.id());
            }

            ChannelRef general = ChannelRef.text(RoomId.of("3587810143523774464"), ChannelId.of("3377790315288076288"));
            try {
                SentMessage sent = heychat.messages().send(general, MessageContent.markdown("**你好**，heychat4j!"));
                System.out.println("sent " + sent.id().map(MessageId::value).orElse("(id unknown after a resend)"));
            } catch (PermissionDeniedException e) {
                System.err.println("give the bot 发送消息 in that channel: " + e.getMessage());
            } catch (RateLimitedException e) {
                System.err.println("slow down; try again in " + e.retryAfter().orElse(Duration.ofSeconds(1)));
            } catch (HeychatException e) {
                System.err.println((e.isTransient() ? "temporary: " : "failed: ") + e.getMessage());
            }
        }
    }
}
