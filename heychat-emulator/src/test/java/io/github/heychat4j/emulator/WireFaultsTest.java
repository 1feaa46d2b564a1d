package io.github.heychat4j.emulator;

import io.github.heychat4j.domain.RateLimitedException;
import io.github.heychat4j.domain.UnavailableException;
import io.github.heychat4j.emulator.internal.Json;
import io.github.heychat4j.domain.Operation;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;

import static io.github.heychat4j.emulator.Ids.EVE;
import static io.github.heychat4j.emulator.Ids.ROOM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every wire fault kind, as a client sees it, and whether the world changed. */
class WireFaultsTest extends EmulatorTestSupport {

    private static final String KICK = "/chatroom/v2/room/kick_out";
    private static final String KICK_EVE = "{\"room_id\":\"3587810143523774464\",\"to_user_id\":10000002}";

    private static HttpRequest kickEve() {
        return wire.request(KICK, Wire.COMMON).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(KICK_EVE)).build();
    }

    private static boolean eveWasKicked() {
        return world().member(ROOM, EVE).isEmpty();
    }

    private static RecordedRequest lastRequest() {
        List<RecordedRequest> requests = emulator.requests();
        return requests.get(requests.size() - 1);
    }

    @Test
    void aStatusFaultAnswersThatStatusWithAFailedEnvelopeAndAppliesNothing() {
        emulator.faults().inject(KICK, WireFault.status(503));

        assertEquals("服务器错误，请稍后重试", wire.post(KICK, KICK_EVE).failed(503));

        assertFalse(eveWasKicked());
        assertEquals(503, lastRequest().status());
    }

    @Test
    void aFaultPlaysForAsManyRequestsAsAskedThenTheRequestsGoThrough() {
        emulator.faults().inject(KICK, WireFault.status(502), 2);

        wire.post(KICK, KICK_EVE).failed(502);
        wire.post(KICK, KICK_EVE).failed(502);
        wire.post(KICK, KICK_EVE).okResult();

        assertTrue(eveWasKicked());
        assertEquals(3, emulator.requestCount(KICK));
    }

    @Test
    void aFaultInjectedForAnOperationPlaysOnTheRouteServingIt() {
        emulator.faults().inject(Operation.ROOMS_KICK, WireFault.status(502), 2);

        wire.post(KICK, KICK_EVE).failed(502);
        wire.post(KICK, KICK_EVE).failed(502);
        assertTrue(wire.get("/chatroom/v2/room/joined", "").ok());
        wire.post(KICK, KICK_EVE).okResult();

        assertTrue(eveWasKicked());
    }

    @Test
    void aFaultForNoOperationIsRefusedNamingTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> emulator.faults().inject((Operation) null, WireFault.status(500)));

        assertEquals("operation: must not be null", e.getMessage());
    }

    @Test
    void aFaultOnOnePathLeavesTheOthersAlone() {
        emulator.faults().inject(KICK, WireFault.status(500));

        assertTrue(wire.get("/chatroom/v2/room/joined", "").ok());
    }

    @Test
    void tooManyRequestsSaysWhenToRetry() {
        emulator.faults().inject(KICK, WireFault.tooManyRequests(Duration.ofSeconds(7)));

        Wire.Reply reply = wire.post(KICK, KICK_EVE);

        reply.failed(429);
        assertEquals("7", reply.headers().firstValue("Retry-After").orElseThrow());
        assertFalse(eveWasKicked());
    }

    @Test
    void latencyDelaysTheAnswerThenHandlesTheRequest() {
        emulator.faults().inject(KICK, WireFault.latency(Duration.ofMillis(50)));

        wire.post(KICK, KICK_EVE).okResult();

        assertTrue(eveWasKicked());
    }

    @Test
    void aDroppedConnectionIsAnIoErrorAndAppliesNothing() {
        emulator.faults().inject(KICK, WireFault.dropConnection());

        assertThrows(IOException.class, () -> wire.sendOrThrow(kickEve()));

        assertFalse(eveWasKicked());
        assertEquals(0, lastRequest().status());
        assertEquals(KICK_EVE, lastRequest().body());
    }

    @Test
    void malformedJsonIsAppliedButTheBodyCannotBeRead() {
        emulator.faults().inject(KICK, WireFault.malformedJson());

        Wire.Reply reply = wire.post(KICK, KICK_EVE);

        assertEquals(200, reply.status());
        assertTrue(Json.parse(reply.text()).isEmpty(), reply.text());
        assertTrue(eveWasKicked());
    }

    @Test
    void appliedButLostChangesTheWorldButTheClientSeesAnIoError() {
        emulator.faults().inject(KICK, WireFault.appliedButLost());

        assertThrows(IOException.class, () -> wire.sendOrThrow(kickEve()));

        assertTrue(eveWasKicked());
        assertEquals(0, lastRequest().status());
    }

    @Test
    void theServerKeepsServingAfterADroppedConnection() {
        emulator.faults().inject(KICK, WireFault.dropConnection());
        assertThrows(IOException.class, () -> wire.sendOrThrow(kickEve()));

        wire.post(KICK, KICK_EVE).okResult();

        assertTrue(eveWasKicked());
    }

    @Test
    void clearingForgetsTheFaultsNotPlayedYet() {
        emulator.faults().inject(KICK, WireFault.status(503), 5);

        emulator.faults().clear();

        wire.post(KICK, KICK_EVE).okResult();
    }

    @Test
    void anAmbiguousOutcomeInTheWorldIsALostAnswerOnTheWire() {
        world().faults().ambiguousNext(Operation.ROOMS_KICK);

        assertThrows(IOException.class, () -> wire.sendOrThrow(kickEve()));

        assertTrue(eveWasKicked());
    }

    @Test
    void anUnavailableWorldAnswersServiceUnavailable() {
        world().faults().failNext(Operation.ROOMS_KICK, new UnavailableException("down"));

        wire.post(KICK, KICK_EVE).failed(503);

        assertFalse(eveWasKicked());
    }

    @Test
    void aRateLimitInTheWorldAnswersTooManyRequests() {
        world().faults().failNext(Operation.ROOMS_KICK, new RateLimitedException("slow down", Duration.ofMillis(1500)));

        Wire.Reply reply = wire.post(KICK, KICK_EVE);

        reply.failed(429);
        assertEquals("2", reply.headers().firstValue("Retry-After").orElseThrow());
    }

    @Test
    void aFaultNeedsAPathAndAtLeastOneRequest() {
        assertThrows(IllegalArgumentException.class, () -> emulator.faults().inject("chatroom", WireFault.status(500)));
        assertThrows(IllegalArgumentException.class, () -> emulator.faults().inject(KICK, WireFault.status(500), 0));
        assertThrows(IllegalArgumentException.class, () -> WireFault.status(200));
    }
}
