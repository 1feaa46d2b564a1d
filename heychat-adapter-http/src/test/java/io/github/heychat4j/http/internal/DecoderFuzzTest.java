package io.github.heychat4j.http.internal;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.heychat4j.domain.HeychatException;
import io.github.heychat4j.domain.HeychatProtocolException;
import io.github.heychat4j.domain.PageRequest;
import io.github.heychat4j.domain.RoomId;
import io.github.heychat4j.domain.room.Member;
import io.github.heychat4j.domain.room.Room;
import io.github.heychat4j.domain.room.RoomGateway;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Jazzer fuzz targets of the three decoders that read what the network hands the adapter. The property: any
 * input ends in a decoded value or a typed exception of the domain, never another exception and never a hang.
 *
 * <p>In the default build ({@code mvn verify}) each target runs its committed seed corpus
 * ({@code src/test/resources/io/github/heychat4j/http/internal/DecoderFuzzTestInputs/<method>/}) in
 * regression mode, in well under a second. {@code JAZZER_FUZZ=1} fuzzes (see docs/reliability.md); an input
 * that breaks the property is written next to the corpus and then replays in every build.
 */
class DecoderFuzzTest {
    private static final RoomId ROOM = RoomId.of("3587810143523774464");
    private static final PageRequest<Room> ROOMS = RoomGateway.JOINED_ROOMS.first();
    private static final PageRequest<Member> MEMBERS = RoomGateway.ROOM_MEMBERS.first();

    /**
     * Every public result decoder, chosen by the input's first byte ({@code 'a'} is the first one); the rest
     * of the input is the HTTP body. The seeds name their decoder.
     */
    private static final List<Function<WireNode, ?>> RESULT_DECODERS = List.of(
            r -> Decoders.joinedRooms(r, ROOMS), // a
            r -> Decoders.roomDetails(r, ROOM), // b
            r -> Decoders.members(r, MEMBERS), // c
            Decoders::whichChannel, // d
            Decoders::voiceUsers, // e
            r -> Decoders.createdChannel(r, ROOM), // f
            Decoders::permissions, // g
            Decoders::inviteCode, // h
            Decoders::messageId, // i
            Decoders::roleList, // j
            Decoders::changedRole, // k
            Decoders::memes, // l
            Decoders::uploaded, // m
            Decoders::streamTask); // n

    private static final FrameDecoder FRAMES =
            new FrameDecoder(Clock.fixed(Instant.parse("2024-12-01T00:00:00Z"), ZoneOffset.UTC));

    /**
     * The envelope of an HTTP 200 answer: its result, or a typed failure. A failed envelope is mapped by the
     * error table to the domain exception its message names (a refusal is typed too); whatever cannot be read
     * is a {@link HeychatProtocolException}.
     */
    @FuzzTest(maxDuration = "3m")
    void envelope(byte[] body) {
        try {
            assertNotNull(EnvelopeDecoder.decode("POST /fuzz", 200, body, Optional.empty()));
        } catch (HeychatException typed) {
            assertNoDecoderBug(typed);
        }
    }

    /**
     * A whole answer as the adapter reads it: the envelope, then one result decoder through
     * {@link Decoders#read}. Beyond "typed", a protocol failure must not be a null, cast or index mistake of a
     * decoder that {@code read} merely wrapped.
     */
    @FuzzTest(maxDuration = "3m")
    void response(byte[] input) {
        if (input.length == 0) {
            return;
        }
        Function<WireNode, ?> decoder = RESULT_DECODERS.get(Math.floorMod(input[0] - 'a', RESULT_DECODERS.size()));
        byte[] body = Arrays.copyOfRange(input, 1, input.length);
        try {
            WireNode result = EnvelopeDecoder.decode("GET /fuzz", 200, body, Optional.empty());
            assertNotNull(Decoders.read(result, decoder));
        } catch (HeychatException typed) {
            assertNoDecoderBug(typed);
        }
    }

    /** A gateway text frame: always an event or a skip with its reason, never an exception. */
    @FuzzTest(maxDuration = "3m")
    void frame(byte[] text) {
        FrameDecoder.Decoded decoded = FRAMES.decode(new String(text, StandardCharsets.UTF_8));
        assertNotNull(decoded);
    }

    /** A typed failure whose cause is a programming mistake (a null, a bad cast, an index) hides a bug. */
    private static void assertNoDecoderBug(HeychatException typed) {
        for (Throwable cause = typed.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof NullPointerException || cause instanceof ClassCastException
                    || cause instanceof IndexOutOfBoundsException || cause instanceof UnsupportedOperationException) {
                fail("a decoder bug wrapped as " + typed.getClass().getSimpleName() + ": " + cause, typed);
            }
        }
    }
}
