package io.github.heychat4j.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.heychat4j.domain.event.MessageKind;
import io.github.heychat4j.domain.media.StreamTaskId;
import io.github.heychat4j.domain.meme.Meme;
import io.github.heychat4j.domain.meme.MemeKind;
import io.github.heychat4j.domain.meme.MemePath;
import io.github.heychat4j.domain.meme.RoomMemes;
import io.github.heychat4j.domain.room.Member;
import io.github.heychat4j.domain.room.Nickname;
import io.github.heychat4j.domain.room.Room;
import io.github.heychat4j.domain.voice.VoiceGateway;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Small values whose accessors, codes and texts callers rely on. */
class SmallValuesTest {
    private static final RoomId ROOM = RoomId.of("3587810143523774464");

    @Test
    void idsPrintAsTheirValue() {
        assertEquals("3587810143523774464", ROOM.toString());
        assertEquals("3377790315288076288", ChannelId.of("3377790315288076288").toString());
        assertEquals("5", RoleId.of("5").toString());
        assertEquals("1737773988806922240", MemePath.of("1737773988806922240").toString());
        assertEquals("task-1", StreamTaskId.of("task-1").toString());
        assertEquals(new StreamTaskId("task-1"), StreamTaskId.of("task-1"));
        assertEquals("小爱", Nickname.of("小爱").toString());
    }

    @Test
    void exceptionsSayWhetherTryingAgainCanHelp() {
        assertTrue(new RateLimitedException("slow down", Duration.ofSeconds(3)).isTransient());
        assertEquals(Optional.of(Duration.ofSeconds(3)), new RateLimitedException("slow down", Duration.ofSeconds(3)).retryAfter());
        assertTrue(new UnavailableException("503").isTransient());
        assertFalse(new NotFoundException(NotFoundException.What.USER, "gone").isTransient());
        assertFalse(new HeychatProtocolException("bad json").isTransient());
        RejectedException rejected = new RejectedException(RejectedException.Reason.CONTENT_BLOCKED, "包含违禁词");
        assertEquals("包含违禁词", rejected.platformMessage());
        assertEquals("rejected (CONTENT_BLOCKED): 包含违禁词", rejected.getMessage());
        assertEquals("", new RejectedException(RejectedException.Reason.OTHER, null).platformMessage());
    }

    @Test
    void aMemberIsShownByRoomNicknameAndKnowsItsRoles() {
        Member plain = new Member(UserId.of(8828375), "alice", Optional.empty(), Set.of(RoleId.of("5")), false, false, Optional.empty());
        Member nicknamed = new Member(UserId.of(8828375), "alice", Optional.of(Nickname.of("小爱")), Set.of(), false, false, Optional.empty());

        assertEquals("alice", plain.displayName());
        assertEquals("小爱", nicknamed.displayName());
        assertTrue(plain.hasRole(RoleId.of("5")));
        assertFalse(plain.hasRole(RoleId.of("6")));
        assertEquals(new Room(ROOM, "r", Optional.empty(), Optional.empty(), Optional.empty(), false, Optional.empty(), false,
                Optional.empty()), Room.of(ROOM, "r"));
    }

    @Test
    void roomMemesListEmojiFirstAndFindByPath() {
        Meme smile = new Meme(MemePath.of("1"), "smile", "png", MemeKind.EMOJI, Optional.empty(), Optional.empty());
        Meme wave = new Meme(MemePath.of("2"), "wave", "gif", MemeKind.STICKER, Optional.empty(), Optional.empty());
        RoomMemes memes = new RoomMemes(List.of(smile), List.of(wave));

        assertEquals(List.of(smile, wave), memes.all());
        assertEquals(Optional.of(wave), memes.find(MemePath.of("2")));
        assertEquals(Optional.of(smile), memes.find(MemePath.of("1")));
        assertEquals(Optional.empty(), memes.find(MemePath.of("3")));
    }

    @Test
    void messageKindsReadTheirPlatformCodes() {
        for (MessageKind kind : MessageKind.values()) {
            if (kind != MessageKind.UNKNOWN) {
                assertEquals(kind, MessageKind.fromCode(kind.code()));
            }
        }
        assertEquals(10, MessageKind.MARKDOWN_WITH_MENTIONS.code());
        assertEquals(MessageKind.TEXT, MessageKind.fromCode(1));
        assertEquals(MessageKind.UNKNOWN, MessageKind.fromCode(-1));
        assertEquals(MessageKind.UNKNOWN, MessageKind.fromCode(2));
    }

    @Test
    void theVoiceChannelOfAUserAsksForVoiceOnly() {
        List<String> calls = new ArrayList<>();
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.isDefault()) {
                return InvocationHandler.invokeDefault(proxy, method, args);
            }
            calls.add(method.getName() + " " + Arrays.toString(args));
            return Optional.of(ChannelId.of("9"));
        };
        VoiceGateway voice = (VoiceGateway) Proxy.newProxyInstance(VoiceGateway.class.getClassLoader(),
                new Class<?>[] {VoiceGateway.class}, handler);

        assertEquals(Optional.of(ChannelId.of("9")), voice.channelOf(ROOM, UserId.of(7)));
        assertEquals(List.of("channelOf [" + ROOM + ", 7, true]"), calls);
    }
}
