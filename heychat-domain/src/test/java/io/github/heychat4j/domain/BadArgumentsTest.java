package io.github.heychat4j.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.heychat4j.domain.channel.ChannelGateway;
import io.github.heychat4j.domain.channel.ChannelRef;
import io.github.heychat4j.domain.channel.NewChannel;
import io.github.heychat4j.domain.internal.Checks;
import io.github.heychat4j.domain.media.StreamRequest;
import io.github.heychat4j.domain.message.MessageContent;
import io.github.heychat4j.domain.message.SendOptions;
import io.github.heychat4j.domain.message.card.Card;
import io.github.heychat4j.domain.message.card.CardModule;
import io.github.heychat4j.domain.meme.MemeName;
import io.github.heychat4j.domain.channel.ChannelName;
import io.github.heychat4j.domain.voice.UsersToMove;
import io.github.heychat4j.domain.role.Permission;
import io.github.heychat4j.domain.role.Permissions;
import io.github.heychat4j.domain.role.RolePosition;
import io.github.heychat4j.domain.role.RoleDraft;
import io.github.heychat4j.domain.room.Silence;
import io.github.heychat4j.domain.room.RoomGateway;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bad argument the reliability run found reaching a bare {@link NullPointerException}, an
 * {@link ArithmeticException} or the server: each is an {@link IllegalArgumentException} naming the field
 * and the rule, raised before any port method is reached (the ports here fail the test if called).
 */
class BadArgumentsTest {
    private static final RoomId ROOM = RoomId.of("3587810143523774464");
    private static final ChannelRef TEXT = ChannelRef.text(ROOM, ChannelId.of("3377790315288076288"));
    private static final ChannelRef VOICE = ChannelRef.voice(ROOM, ChannelId.of("3377790315296464896"));
    private static final UserId ALICE = UserId.of(8828375);

    static Stream<Arguments> badArguments() {
        RoomGateway rooms = unreachable(RoomGateway.class);
        ChannelGateway channels = unreachable(ChannelGateway.class);
        List<Permission> withNull = Arrays.asList(Permission.ADMINISTRATOR, null);
        return Stream.of(
                bad("setNickname(null)", "nickname", () -> rooms.setNickname(ROOM, ALICE, null)),
                bad("setPassword(null)", "password", () -> channels.setPassword(TEXT, null)),
                bad("SendOptions.replyingTo(null)", "message", () -> SendOptions.replyingTo(null)),
                bad("withAckId(null)", "ackId", () -> SendOptions.defaults().withAckId(null)),
                bad("Card.of(null module)", "modules", () -> Card.of(CardModule.divider(), null)),
                bad("Card.of(null array)", "modules", () -> Card.of((CardModule[]) null)),
                bad("MessageContent.card(null card)", "cards", () -> MessageContent.card((Card) null)),
                bad("Permissions.of(null element)", "permissions", () -> Permissions.of(Permission.ADMINISTRATOR, null)),
                bad("Permissions.of(set with null)", "permissions", () -> Permissions.of(new HashSet<>(withNull))),
                bad("Permissions.of(null set)", "permissions", () -> Permissions.of((Set<Permission>) null)),
                bad("PageRequest.next() past int", "offset", () -> new Listing<String>("things", 50).page(Integer.MAX_VALUE - 10, 50).next()),
                bad("blank silence reason", "reason", () -> Silence.of(Duration.ofMinutes(5), "   ")),
                bad("silence reason with a line break", "reason", () -> Silence.of(Duration.ofMinutes(5), "spam\nspam")),
                bad("channel name with NUL", "channelName", () -> NewChannel.text("综合\u0000")),
                bad("channel name blank", "channelName", () -> NewChannel.text(" ")),
                bad("meme name with a tab", "memeName", () -> MemeName.of("a\tb")),
                bad("channel name too long", "channelName", () -> ChannelName.of("频".repeat(ChannelName.MAX_LENGTH + 1))),
                bad("a page too large for its listing", "limit", () -> new Listing<String>("things", 50).first(51)),
                bad("no users to move", "users", () -> UsersToMove.of()),
                bad("a user to move twice", "users", () -> UsersToMove.of(ALICE, ALICE)),
                bad("role name with a control char", "name", () -> RoleDraft.named("mod\u0007")),
                bad("role position Integer.MAX_VALUE", "position", () -> RolePosition.of(Integer.MAX_VALUE)),
                bad("role position negative", "position", () -> RolePosition.of(-1)),
                bad("a stream to a text channel", "voiceChannel", () -> StreamRequest.of(TEXT, "https://example.com/a.mp3", ALICE)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badArguments")
    void isRefusedNamingTheFieldAndTheRule(Executable call, String field) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);

        assertTrue(e.getMessage().startsWith(field + ": "), e.getMessage());
        assertTrue(e.getMessage().length() > field.length() + 3, "a rule follows the field: " + e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goodArguments")
    void theBoundariesStillPass(Executable call) {
        assertDoesNotThrow(call);
    }

    static Stream<Arguments> goodArguments() {
        return Stream.of(
                Arguments.of(Named.of("an empty silence reason", (Executable) () -> Silence.of(Duration.ofMinutes(5), ""))),
                Arguments.of(Named.of("the last page before Integer.MAX_VALUE",
                        (Executable) () -> assertEquals(Integer.MAX_VALUE - 50, new Listing<String>("things", 50).page(Integer.MAX_VALUE - 100, 50).next().offset()))),
                Arguments.of(Named.of("role position MAX", (Executable) () -> RolePosition.of(RolePosition.MAX))),
                Arguments.of(Named.of("a page as large as its listing allows", (Executable) () -> new Listing<String>("things", 50).first(50))),
                Arguments.of(Named.of("a voice channel for voice", (Executable) () -> ChannelRef.voiceTarget("voiceChannel", VOICE))),
                Arguments.of(Named.of("a text channel for messages", (Executable) () -> ChannelRef.messageTarget("channel", TEXT))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wrongTargets")
    void aChannelOfTheWrongKindIsRefusedAsTheWrongTargetBeforeAnythingIsSent(Executable call, String field) {
        RejectedException e = assertThrows(RejectedException.class, call);

        assertEquals(RejectedException.Reason.WRONG_TARGET, e.reason());
        assertTrue(e.getMessage().contains(field + ": must be a "), e.getMessage());
    }

    static Stream<Arguments> wrongTargets() {
        return Stream.of(
                bad("a text channel where a voice one is needed", "voiceChannel", () -> ChannelRef.voiceTarget("voiceChannel", TEXT)),
                bad("a voice channel where messages go", "channel", () -> ChannelRef.messageTarget("channel", VOICE)));
    }

    private static Arguments bad(String name, String field, Executable call) {
        return Arguments.of(Named.of(name, call), field);
    }

    private static <T> T unreachable(Class<T> port) {
        return port.cast(Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, (proxy, method, args) -> {
            if (method.isDefault()) {
                return java.lang.reflect.InvocationHandler.invokeDefault(proxy, method, args);
            }
            throw new AssertionError(method.getName() + " was reached: the argument should have been refused before");
        }));
    }
}
