package io.github.heychat4j.testkit.contract;

import static org.junit.jupiter.api.Assertions.assertTrue;
import io.github.heychat4j.domain.ChannelId;
import io.github.heychat4j.domain.Heychat;
import io.github.heychat4j.domain.MessageId;
import io.github.heychat4j.domain.RoleId;
import io.github.heychat4j.domain.RoomId;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.channel.ChannelRef;
import io.github.heychat4j.domain.meme.MemePath;
import io.github.heychat4j.domain.role.Permission;
import io.github.heychat4j.domain.role.Permissions;
import io.github.heychat4j.fake.FakeWorld;
import io.github.heychat4j.testkit.TestWorld;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.function.Executable;

import java.util.Arrays;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * What every port's contract suite shares: how the adapter under test is connected to a world, and
 * the vocabulary the suites arrange their worlds with. Extend one of the port suites, not this class.
 *
 * <p>A suite builds a fresh {@link FakeWorld} for each test, calls {@link #connect} with it and the
 * bot's id, acts through the returned {@link Heychat}, and checks the outcome in return values and in
 * the world's state. It never reads the fake's journal or faults, so an adapter that reaches the same
 * world over the wire (the HTTP adapter against the emulator) runs the suites unchanged.
 */
public abstract sealed class GatewayContract permits RoomGatewayContract, VoiceGatewayContract, ChannelGatewayContract,
        MessageGatewayContract, RoleGatewayContract, MemeGatewayContract, MediaGatewayContract, EventGatewayContract {

    /** The room most tests act in. */
    static final String ROOM = "测试房间";
    /** A room the bot is not a member of. */
    static final String FOREIGN_ROOM = "别人的房间";
    /** Ids that no world of the suites hands out (fixtures count up from 3000000000000000001, the fake from 4000000000000000000). */
    static final RoomId UNKNOWN_ROOM = RoomId.of("3999999999999999999");
    static final ChannelId UNKNOWN_CHANNEL = ChannelId.of("3999999999999999998");
    static final RoleId UNKNOWN_ROLE = RoleId.of("3999999999999999997");
    static final MessageId UNKNOWN_MESSAGE = MessageId.of("3999999999999999996");
    static final MemePath UNKNOWN_MEME = MemePath.of("3999999999999999995");
    static final UserId UNKNOWN_USER = UserId.of(999_999_999L);
    /** What {@code @everyone} may do unless a test says otherwise. */
    static final Permissions MEMBER_DEFAULTS = FakeWorld.RoomBuilder.DEFAULT_EVERYONE;

    private TestWorld world;
    private Heychat heychat;

    GatewayContract() {
    }

    /**
     * Connects the adapter under test to {@code world} as {@code bot}. Called at most once per test,
     * after the world is arranged and before the test acts.
     *
     * @param world the world the adapter must reach (in memory, or served by an emulator)
     * @param bot   the bot to act as
     * @return the Heychat the test acts through
     */
    protected abstract Heychat connect(FakeWorld world, UserId bot);

    /** Releases what {@link #connect} opened; called after each test that connected. Does nothing by default. */
    protected void disconnect() {
    }

    @AfterEach
    final void disconnectAfterEachTest() {
        if (heychat != null) {
            heychat = null;
            disconnect();
        }
    }

    /** Builds the declared world and connects the adapter under test to it. */
    final Heychat given(TestWorld.Builder declared) {
        if (heychat != null) {
            throw new IllegalStateException("a contract test connects once");
        }
        world = declared.build();
        heychat = connect(world.fake(), world.botId());
        if (heychat == null) {
            throw new IllegalStateException(getClass().getName() + ".connect returned null");
        }
        return heychat;
    }

    /** The world of the running test. */
    final TestWorld world() {
        return world;
    }

    /** Its state. */
    final FakeWorld fake() {
        return world.fake();
    }

    final RoomId room() {
        return world.room(ROOM);
    }

    final UserId user(String name) {
        return world.user(name);
    }

    final UserId bot() {
        return world.botId();
    }

    final ChannelRef channel(String name) {
        return world.channel(name);
    }

    final RoleId role(String name) {
        return world.role(name);
    }

    /** A world whose bot has every permission but {@code missing} (and not ADMINISTRATOR), nor has {@code @everyone}. */
    static TestWorld.Builder botLacking(Permission missing, Consumer<TestWorld.RoomFixture> room) {
        return TestWorld.create()
                .botPermissions(Permissions.all().without(Permission.ADMINISTRATOR, missing))
                .room(ROOM, r -> {
                    r.everyone(MEMBER_DEFAULTS.without(missing));
                    room.accept(r);
                });
    }

    /** A world with {@link #ROOM} declared by {@code room}, and {@link #FOREIGN_ROOM} without the bot. */
    static TestWorld.Builder world(Consumer<TestWorld.RoomFixture> room) {
        return TestWorld.create()
                .room(ROOM, room)
                .room(FOREIGN_ROOM, r -> r.withoutBot().textChannel("外面").voiceChannel("外面语音").role("外人").member("stranger")
                        .emoji("外面表情"));
    }

    /** Each call must fail with an {@link IllegalArgumentException} before the adapter calls anything. */
    static void assertInvalid(Executable... calls) {
        assertAll(Arrays.stream(calls).map(call -> () -> assertThrows(IllegalArgumentException.class, call)));
    }

    /**
     * Each call is refused before anything is sent, with an {@link IllegalArgumentException} whose message names
     * {@code field} first and then the rule, in the same words on every adapter.
     */
    static void assertInvalid(String field, Executable... calls) {
        assertAll(Arrays.stream(calls).map(call -> () -> {
            String message = assertThrows(IllegalArgumentException.class, call).getMessage();
            assertTrue(message.startsWith(field + ": "), "the message names the field " + field + ": " + message);
        }));
    }
}
