package io.github.heychat4j.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.heychat4j.domain.channel.ChannelGateway;
import io.github.heychat4j.domain.channel.ChannelRef;
import io.github.heychat4j.domain.meme.MemeGateway;
import io.github.heychat4j.domain.meme.MemePath;
import io.github.heychat4j.domain.role.Permissions;
import io.github.heychat4j.domain.role.Role;
import io.github.heychat4j.domain.role.RoleDraft;
import io.github.heychat4j.domain.role.RoleType;
import io.github.heychat4j.domain.role.RoleGateway;
import io.github.heychat4j.domain.voice.UsersToMove;
import io.github.heychat4j.domain.voice.VoiceGateway;
import io.github.heychat4j.domain.message.AckId;
import io.github.heychat4j.domain.message.Emoji;
import io.github.heychat4j.domain.message.MessageContent;
import io.github.heychat4j.domain.message.MessageGateway;
import io.github.heychat4j.domain.message.SendOptions;
import io.github.heychat4j.domain.message.SentMessage;
import io.github.heychat4j.domain.room.Silence;
import io.github.heychat4j.domain.room.Member;
import io.github.heychat4j.domain.room.Nickname;
import io.github.heychat4j.domain.room.Room;
import io.github.heychat4j.domain.room.RoomGateway;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The ports' convenience methods call the one abstract method they stand for, with the right arguments. */
class PortDefaultsTest {
    private static final RoomId ROOM = RoomId.of("3587810143523774464");
    private static final UserId CAROL = UserId.of(66837313);
    private static final ChannelRef TEXT = ChannelRef.text(ROOM, ChannelId.of("3377790315288076288"));
    private static final MessageId MESSAGE = MessageId.of("2026607597894049792");
    private static final SentMessage SENT = SentMessage.of(MESSAGE, AckId.of("ack-1"));

    private final List<String> calls = new ArrayList<>();

    /** A port whose abstract methods are recorded as "name [args]" and answered by {@code answer}. */
    private <T> T recording(Class<T> port, BiFunction<String, Object[], Object> answer) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.isDefault()) {
                return InvocationHandler.invokeDefault(proxy, method, args);
            }
            calls.add(method.getName() + " " + Arrays.toString(args));
            return answer.apply(method.getName(), args);
        };
        return port.cast(Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, handler));
    }

    @Test
    void nicknamesAndSilencesAreOneCallEach() {
        RoomGateway rooms = recording(RoomGateway.class, (name, args) -> null);

        rooms.setNickname(ROOM, CAROL, Nickname.of("测试昵称"));
        rooms.clearNickname(ROOM, CAROL);
        rooms.silence(ROOM, CAROL, Duration.ofMinutes(10), "刷屏");
        rooms.unsilence(ROOM, CAROL);

        assertEquals(List.of(
                "changeNickname [" + ROOM + ", " + CAROL + ", " + Optional.of(Nickname.of("测试昵称")) + "]",
                "changeNickname [" + ROOM + ", " + CAROL + ", Optional.empty]",
                "silence [" + ROOM + ", " + CAROL + ", " + Silence.of(Duration.ofMinutes(10), "刷屏") + "]",
                "silence [" + ROOM + ", " + CAROL + ", " + Silence.lift() + "]"), calls);
    }

    @Test
    void allJoinedRoomsAndAllMembersReadEveryPage() {
        List<Room> rooms = IntStream.range(0, 60).mapToObj(i -> Room.of(RoomId.of(Long.toString(1000 + i)), "r" + i)).toList();
        List<Member> members = IntStream.range(0, 301).mapToObj(i -> new Member(UserId.of(1000 + i), "m" + i, Optional.empty(), java.util.Set.of(), false, false, Optional.empty())).toList();
        RoomGateway gateway = recording(RoomGateway.class, (name, args) -> {
            @SuppressWarnings("unchecked")
            PageRequest<Object> page = (PageRequest<Object>) args[args.length - 1];
            List<?> all = name.equals("joinedRooms") ? rooms : members;
            List<?> items = all.subList(Math.min(page.offset(), all.size()), Math.min(page.offset() + page.limit(), all.size()));
            return new Page<>(List.copyOf(items), page, all.size());
        });

        assertEquals(rooms, gateway.allJoinedRooms());
        assertEquals(members, gateway.allMembers(ROOM));
        assertEquals(List.of("joinedRooms [PageRequest[listing=joined rooms, offset=0, limit=50]]",
                "joinedRooms [PageRequest[listing=joined rooms, offset=50, limit=50]]",
                "members [" + ROOM + ", PageRequest[listing=room members, offset=0, limit=300]]",
                "members [" + ROOM + ", PageRequest[listing=room members, offset=300, limit=300]]"),
                calls);
    }

    @Test
    void theOverloadsTakingPlainValuesMakeTheValueTypeAndCallTheTypedMethod() {
        ChannelGateway channels = recording(ChannelGateway.class, (name, args) -> null);
        MemeGateway memes = recording(MemeGateway.class, (name, args) -> null);
        Role updated = new Role(RoleId.of("3581310465983111170"), "VIP", Permissions.none(), RoleType.CUSTOM, 3,
                Optional.empty(), Optional.empty(), false, true);
        RoleGateway roles = recording(RoleGateway.class, (name, args) -> updated);
        VoiceGateway voice = recording(VoiceGateway.class, (name, args) -> null);
        MemePath doge = MemePath.of("1737773988806922240");
        RoleId vip = RoleId.of("3581310465983111170");
        ChannelId lobby = ChannelId.of("3377790315296464896");
        ChannelId afk = ChannelId.of("3377790315304853504");
        UserId dave = UserId.of(66837314);

        channels.rename(TEXT, "闲聊");
        memes.rename(ROOM, doge, "doge笑");
        assertSame(updated, roles.update(ROOM, vip, RoleDraft.named("VIP"), 3));
        voice.move(ROOM, lobby, afk, Set.of(dave, CAROL));

        assertEquals(List.of(
                "rename [" + TEXT + ", 闲聊]",
                "rename [" + ROOM + ", " + doge + ", doge笑]",
                "update [" + ROOM + ", " + vip + ", " + RoleDraft.named("VIP") + ", 3]",
                "move [" + ROOM + ", " + lobby + ", " + afk + ", " + UsersToMove.of(CAROL, dave) + "]"), calls);
        assertEquals(List.of(CAROL, dave), List.copyOf(UsersToMove.of(dave, CAROL).users()));
        assertThrows(IllegalArgumentException.class, () -> channels.rename(TEXT, " "));
        assertThrows(IllegalArgumentException.class, () -> memes.rename(ROOM, doge, (String) null));
        assertThrows(IllegalArgumentException.class, () -> roles.update(ROOM, vip, RoleDraft.named("VIP"), -1));
        assertThrows(IllegalArgumentException.class, () -> voice.move(ROOM, lobby, afk, Set.of()));
        assertEquals(4, calls.size());
    }

    @Test
    void sendsRepliesAndReactionsGoThroughTheFullMethods() {
        MessageGateway messages = recording(MessageGateway.class, (name, args) -> name.startsWith("send") ? SENT : null);
        MessageContent hi = MessageContent.text("hi");
        Emoji smile = Emoji.builtin("cube", "smile");

        assertSame(SENT, messages.send(TEXT, hi));
        assertSame(SENT, messages.reply(TEXT, MESSAGE, hi));
        assertSame(SENT, messages.sendDirect(CAROL, hi));
        messages.addReaction(TEXT, MESSAGE, smile);
        messages.removeReaction(TEXT, MESSAGE, smile);

        assertEquals(List.of(
                "send [" + TEXT + ", " + hi + ", " + SendOptions.defaults() + "]",
                "send [" + TEXT + ", " + hi + ", " + SendOptions.replyingTo(MESSAGE) + "]",
                "sendDirect [" + CAROL + ", " + hi + ", " + SendOptions.defaults() + "]",
                "setReaction [" + TEXT + ", " + MESSAGE + ", " + smile + ", true]",
                "setReaction [" + TEXT + ", " + MESSAGE + ", " + smile + ", false]"), calls);
    }
}
