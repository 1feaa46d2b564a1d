package io.github.heychat4j.examples.readme;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.github.heychat4j.domain.ChannelId;
import io.github.heychat4j.domain.Heychat;
import io.github.heychat4j.domain.HeychatException;
import io.github.heychat4j.domain.MessageId;
import io.github.heychat4j.domain.PermissionDeniedException;
import io.github.heychat4j.domain.RateLimitedException;
import io.github.heychat4j.domain.RoleId;
import io.github.heychat4j.domain.RoomId;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.channel.ChannelRef;
import io.github.heychat4j.domain.event.CommandInvoked;
import io.github.heychat4j.domain.event.MemberJoined;
import io.github.heychat4j.domain.event.MessagePosted;
import io.github.heychat4j.domain.message.MessageContent;
import io.github.heychat4j.domain.message.SentMessage;
import io.github.heychat4j.domain.message.card.Button;
import io.github.heychat4j.domain.message.card.Card;
import io.github.heychat4j.domain.message.card.CardModule;
import io.github.heychat4j.domain.room.Nickname;
import io.github.heychat4j.domain.room.Room;
import io.github.heychat4j.http.HeychatHttp;
import io.github.heychat4j.testkit.BotArchitecture;
import java.time.Duration;
import java.util.Set;

/**
 * The README's Java snippets, verbatim, so that they compile with the build; {@link ReadmeSnippetsTest}
 * fails when a README snippet is not found here. {@link #moreOfWhatABotDoes} also runs against the emulator's
 * demo world; the others need a real bot and are only compiled.
 */
final class ReadmeSnippets {
    private ReadmeSnippets() {
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

    static void moreOfWhatABotDoes(Heychat heychat) {
        RoomId room = RoomId.of("3587810143523774464");
        UserId carol = UserId.of(66837313);
        ChannelId lobby = ChannelId.of("3377790315296464896");
        ChannelId afk = ChannelId.of("3377790315304853504");

        heychat.rooms().setNickname(room, carol, Nickname.of("测试昵称"));
        heychat.rooms().clearNickname(room, carol);
        heychat.rooms().ban(room, carol, Duration.ofMinutes(10), "刷屏");
        heychat.voice().move(room, lobby, afk, Set.of(carol));
        heychat.voice().disconnect(ChannelRef.voice(room, afk), carol);
        heychat.roles().grant(room, carol, RoleId.of("3587810143548940288"));
        heychat.messages().send(ChannelRef.text(room, ChannelId.of("3377790315288076288")),
                MessageContent.markdown("欢迎 " + MessageContent.mention(carol)).mentioning(carol));
        heychat.messages().send(ChannelRef.text(room, ChannelId.of("3377790315288076288")), MessageContent.card(
                Card.of(CardModule.header("今晚开黑"), CardModule.markdown("**20:00** 开黑大厅见"),
                        CardModule.buttons(Button.link("报名", "https://example.com/join")))));
        heychat.rooms().kick(room, carol);
    }

    static void botArchitecture() {
        JavaClasses bot = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.example.bot");
        BotArchitecture.all("com.example.bot", "com.example.bot.domain").check(bot);
    }

    static void chineseQuickStart() {
        try (HeychatHttp bot = HeychatHttp.fromEnvironment()) {
            RoomId room = bot.rooms().allJoinedRooms().get(0).id();
            bot.rooms().setNickname(room, UserId.of(66837313), Nickname.of("测试昵称"));
            bot.voice().move(room, ChannelId.of("3377790315296464896"), ChannelId.of("3377790315304853504"),
                    Set.of(UserId.of(66837313)));
        }
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
