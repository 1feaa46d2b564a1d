package io.github.heychat4j.http.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.heychat4j.domain.AmbiguousOutcomeException;
import io.github.heychat4j.domain.NotFoundException;
import io.github.heychat4j.domain.Operation;
import io.github.heychat4j.domain.RejectedException;
import io.github.heychat4j.domain.channel.ChannelRef;
import io.github.heychat4j.domain.message.AckId;
import io.github.heychat4j.domain.message.MessageContent;
import io.github.heychat4j.domain.message.SendOptions;
import io.github.heychat4j.domain.message.SentMessage;
import io.github.heychat4j.emulator.HeychatEmulator;
import io.github.heychat4j.emulator.WireFault;
import io.github.heychat4j.http.HeychatHttp;
import io.github.heychat4j.http.internal.Endpoint;
import io.github.heychat4j.testkit.TestWorld;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * After a write the caller is told the truth (issue 11, faults 1, 2, 3 and 5): success only when the
 * platform confirmed this very write, and "may have been applied" whenever an attempt's outcome is unknown.
 */
class TruthfulWritesTest {
    private static final String SEND = Endpoint.of(Operation.MESSAGES_SEND).path();
    private static final String MOVE = Endpoint.of(Operation.VOICE_MOVE).path();
    private static final String TOGGLE = Endpoint.of(Operation.VOICE_TOGGLE_MICROPHONE).path();
    private static final Clock FIXED = Clock.fixed(Instant.ofEpochMilli(1733388149129L), ZoneOffset.UTC);

    private TestWorld world;
    private HeychatEmulator emulator;
    private final List<HeychatHttp> clients = new ArrayList<>();

    @BeforeEach
    void start() {
        world = TestWorld.create().room("测试房间", r -> r.textChannel("综合").voiceChannel("开黑大厅").voiceChannel("挂机")
                .member("carol").inVoice("carol", "开黑大厅")).build();
        emulator = HeychatEmulator.builder().world(world.fake()).token(EmulatorConnection.TOKEN, world.botId()).start();
    }

    @AfterEach
    void stop() {
        clients.forEach(HeychatHttp::close);
        emulator.close();
        assertEquals(List.of(), emulator.unexpectedErrors(), "the emulator failed");
    }

    private HeychatHttp client(UnaryOperator<HeychatHttp.Builder> tweak) {
        HeychatHttp http = tweak.apply(HeychatHttp.builder().token(EmulatorConnection.TOKEN).bot(world.botId())
                .baseUri(emulator.baseUri()).uploadUri(emulator.uploadUri()).clock(FIXED).sleeper(d -> { })).build();
        clients.add(http);
        return http;
    }

    private ChannelRef text() {
        return world.channel("综合");
    }

    // ---- fault 1: two processes of one bot

    @Test
    void twoClientsOfOneBotWithTheSameClockBothPost() {
        HeychatHttp a = client(b -> b);
        HeychatHttp b = client(x -> x);

        SentMessage fromA = a.messages().send(text(), MessageContent.text("from A"));
        SentMessage fromB = b.messages().send(text(), MessageContent.text("from B"));

        assertTrue(fromA.id().isPresent());
        assertTrue(fromB.id().isPresent());
        assertEquals(2, world.fake().messages(text().channel()).size());
    }

    @Test
    void aRetryAfter503OfTheSecondClientIsNotConfirmedByTheFirstClientsMessage() {
        HeychatHttp a = client(b -> b);
        HeychatHttp b = client(x -> x);
        a.messages().send(text(), MessageContent.text("from A"));
        emulator.faults().inject(SEND, WireFault.status(503));

        SentMessage fromB = b.messages().send(text(), MessageContent.text("from B"));

        assertTrue(fromB.id().isPresent(), "B's retry was answered by the platform with its own message id");
        assertEquals(List.of("from A", "from B"), world.fake().messages(text().channel()).stream()
                .map(m -> ((MessageContent.Text) m.content()).text()).toList());
    }

    @Test
    void aDuplicateAnsweredToARetryWithTheCallersOwnAckIdIsAmbiguous() {
        HeychatHttp http = client(b -> b);
        emulator.faults().inject(SEND, WireFault.appliedButLost());

        AmbiguousOutcomeException e = assertThrows(AmbiguousOutcomeException.class, () -> http.messages().send(text(),
                MessageContent.text("shared id"), SendOptions.defaults().withAckId(AckId.of("deploy-42"))));

        assertTrue(e.getMessage().contains("deploy-42"), e.getMessage());
        assertEquals(1, world.fake().messages(text().channel()).size());
    }

    // ---- fault 2: a move applied but lost

    @Test
    void aMoveAppliedButLostIsAmbiguousNotNotFound() {
        HeychatHttp http = client(b -> b);
        emulator.faults().inject(MOVE, WireFault.appliedButLost());

        AmbiguousOutcomeException e = assertThrows(AmbiguousOutcomeException.class, () -> http.voice().move(world.room("测试房间"),
                world.channel("开黑大厅").channel(), world.channel("挂机").channel(), Set.of(world.user("carol"))));

        assertInstanceOf(NotFoundException.class, e.getCause(), "the retry's refusal is kept as the cause");
        assertEquals(2, emulator.requestCount(MOVE));
        assertEquals(Optional.of(world.channel("挂机").channel()), world.fake().voiceChannelOf(world.room("测试房间"), world.user("carol")));
    }

    // ---- fault 3: an unreadable answer to a write

    @Test
    void aToggleAnsweredWithUnreadableJsonMayHaveBeenApplied() {
        HeychatHttp http = client(b -> b);
        ChannelRef lobby = world.channel("开黑大厅");
        emulator.faults().inject(TOGGLE, WireFault.malformedJson());

        assertThrows(AmbiguousOutcomeException.class, () -> http.voice().toggleMicrophone(lobby, world.user("carol")));

        assertEquals(1, emulator.requestCount(TOGGLE));
        assertTrue(world.fake().isMicrophoneMutedIn(lobby.channel(), world.user("carol")), "it was applied");
    }

    @Test
    void aSendAnsweredWithUnreadableJsonMayHaveBeenAppliedAndNamesTheAckIdToReuse() {
        HeychatHttp http = client(b -> b);
        emulator.faults().inject(SEND, WireFault.malformedJson());

        AmbiguousOutcomeException e = assertThrows(AmbiguousOutcomeException.class,
                () -> http.messages().send(text(), MessageContent.text("只发一次")));

        assertTrue(e.getMessage().contains("heychat_ack_id"), e.getMessage());
        assertEquals(1, world.fake().messages(text().channel()).size());
    }

    // ---- fault 5: a channel of the wrong kind

    @Test
    void aTextChannelWhereAVoiceOneIsNeededIsRefusedBeforeAnythingIsSent() {
        HeychatHttp http = client(b -> b);

        RejectedException e = assertThrows(RejectedException.class,
                () -> http.voice().toggleMicrophone(text(), world.user("carol")));
        assertThrows(RejectedException.class, () -> http.voice().usersIn(text()));
        assertThrows(RejectedException.class, () -> http.voice().disconnect(text(), world.user("carol")));
        assertThrows(RejectedException.class,
                () -> http.messages().send(world.channel("挂机"), MessageContent.text("to a voice channel")));

        assertEquals(RejectedException.Reason.WRONG_TARGET, e.reason());
        assertTrue(e.getMessage().contains("voiceChannel: must be a voice channel"), e.getMessage());
        assertEquals(0, emulator.requests().size());
    }
}
