package io.github.heychat4j.http.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.heychat4j.domain.AuthenticationException;
import io.github.heychat4j.domain.ChannelId;
import io.github.heychat4j.domain.Heychat;
import io.github.heychat4j.domain.HeychatException;
import io.github.heychat4j.domain.MessageId;
import io.github.heychat4j.domain.NotFoundException;
import io.github.heychat4j.domain.PermissionDeniedException;
import io.github.heychat4j.domain.RateLimitedException;
import io.github.heychat4j.domain.RejectedException;
import io.github.heychat4j.domain.RoleId;
import io.github.heychat4j.domain.RoomId;
import io.github.heychat4j.domain.UnavailableException;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.channel.ChannelRef;
import io.github.heychat4j.domain.internal.PlatformTexts;
import io.github.heychat4j.domain.media.StreamTaskId;
import io.github.heychat4j.domain.meme.MemePath;
import io.github.heychat4j.domain.message.MessageContent;
import io.github.heychat4j.emulator.HeychatEmulator;
import io.github.heychat4j.domain.Operation;
import io.github.heychat4j.http.HeychatHttp;
import io.github.heychat4j.testkit.TestWorld;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Structured errors survive the wire (issue 13, items 3 and 4): every error the fake can raise, by type and
 * reason, goes through the emulator (which writes the platform's text from the type) and the HTTP adapter
 * (which reads it back with the same table), and comes out as the same type with the same reason.
 */
class ErrorRoundTripTest {
    /** The world's room and channel, for the calls of {@link #refusalsOfTheRules()} (one test at a time). */
    private static RoomId room;
    private static ChannelRef general;

    private TestWorld world;
    private HeychatEmulator emulator;
    private HeychatHttp http;

    @BeforeEach
    void start() {
        world = TestWorld.create().room("测试房间", r -> r.textChannel("综合").member("carol")).build();
        room = world.room("测试房间");
        general = world.channel("综合");
        emulator = HeychatEmulator.builder().world(world.fake()).token(EmulatorConnection.TOKEN, world.botId()).start();
        http = HeychatHttp.builder().token(EmulatorConnection.TOKEN).bot(world.botId()).baseUri(emulator.baseUri())
                .uploadUri(emulator.uploadUri()).sleeper(d -> { }).build();
    }

    @AfterEach
    void stop() {
        http.close();
        emulator.close();
        assertEquals(List.of(), emulator.unexpectedErrors(), "the emulator failed");
    }

    /** Every type and reason the fake raises, with and without the detail the fake's own refusals carry. */
    static Stream<HeychatException> everyErrorTheFakeCanRaise() {
        List<HeychatException> all = new ArrayList<>();
        for (NotFoundException.What what : NotFoundException.What.values()) {
            all.add(new NotFoundException(what, "detail"));
            all.add(new NotFoundException(what, PlatformTexts.leadingWith(PlatformTexts.notFound(what), "as the fake words it")));
        }
        for (RejectedException.Reason reason : RejectedException.Reason.values()) {
            if (reason == RejectedException.Reason.OTHER) {
                // OTHER has no text of its own: the fake words each one without any text of the table
                all.add(new RejectedException(reason, "房主无法退出房间"));
            } else {
                all.add(new RejectedException(reason, ""));
                all.add(new RejectedException(reason, PlatformTexts.leadingWith(PlatformTexts.rejected(reason), "用户不存在 in the detail")));
            }
        }
        all.add(new PermissionDeniedException("needs KICK_MEMBERS"));
        all.add(new PermissionDeniedException(PlatformTexts.SILENCED + " (silenced until 2026-12-01T00:00:00Z)"));
        all.add(new AuthenticationException("token refused"));
        all.add(new RateLimitedException("slow down", Duration.ofSeconds(2)));
        all.add(new UnavailableException("down"));
        return all.stream();
    }

    @ParameterizedTest
    @MethodSource("everyErrorTheFakeCanRaise")
    void anErrorRaisedByTheFakeComesOutOfTheHttpAdapterAsTheSameTypeAndReason(HeychatException raised) {
        // every attempt fails, so a transient error is still the answer after the adapter's retries
        world.fake().faults().failNext(Operation.ROOMS_DETAILS, 100, raised);
        RoomId room = world.room("测试房间");

        HeychatException out = assertThrows(HeychatException.class, () -> http.rooms().details(room));

        assertEquals(raised.getClass(), out.getClass(), out.toString());
        assertEquals(meaning(raised), meaning(out), out.toString());
    }

    /** The fake's own rules, raised by real calls: the fake and the HTTP adapter over the emulator answer alike. */
    static Stream<Arguments> refusalsOfTheRules() {
        return Stream.of(
                Arguments.of("an unknown room", (Consumer<Heychat>) h -> h.rooms().details(RoomId.of("42"))),
                Arguments.of("kicking a stranger", (Consumer<Heychat>) h -> h.rooms().kick(roomOf(h), UserId.of(77))),
                Arguments.of("an unknown channel", (Consumer<Heychat>) h -> h.channels().delete(ChannelRef.text(roomOf(h), ChannelId.of("9")))),
                Arguments.of("an unknown message", (Consumer<Heychat>) h -> h.messages().edit(generalOf(h), MessageId.of("5"), MessageContent.text("x"))),
                Arguments.of("an unknown role", (Consumer<Heychat>) h -> h.roles().delete(roomOf(h), RoleId.of("9"))),
                Arguments.of("an unknown meme", (Consumer<Heychat>) h -> h.memes().delete(roomOf(h), MemePath.of("5"))),
                Arguments.of("an unknown stream task", (Consumer<Heychat>) h -> h.media().stopStream(StreamTaskId.of("nope"))));
    }

    private static RoomId roomOf(Heychat heychat) {
        return room;
    }

    private static ChannelRef generalOf(Heychat heychat) {
        return general;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusalsOfTheRules")
    void aRefusalOfTheRulesIsTheSameOnTheFakeAndOverTheWire(String what, Consumer<Heychat> call) {
        HeychatException onTheFake = assertThrows(HeychatException.class, () -> call.accept(world.fake().heychatFor(world.botId())));
        HeychatException overTheWire = assertThrows(HeychatException.class, () -> call.accept(http));

        assertEquals(onTheFake.getClass(), overTheWire.getClass(), overTheWire.toString());
        assertEquals(meaning(onTheFake), meaning(overTheWire), overTheWire.toString());
    }

    private static Optional<Object> meaning(HeychatException e) {
        if (e instanceof NotFoundException notFound) {
            return Optional.of(notFound.what());
        }
        if (e instanceof RejectedException rejected) {
            return Optional.of(rejected.reason());
        }
        return Optional.empty();
    }

}
