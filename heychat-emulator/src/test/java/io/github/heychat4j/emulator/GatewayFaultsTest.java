package io.github.heychat4j.emulator;

import io.github.heychat4j.domain.message.MessageContent;
import io.github.heychat4j.emulator.internal.Json;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.List;

import static io.github.heychat4j.emulator.Ids.ALICE;
import static io.github.heychat4j.emulator.Ids.GENERAL_REF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Gateway faults, injected through the Java API ({@link Gateway}). */
class GatewayFaultsTest extends GatewayTestSupport {

    @Test
    void droppingClosesEverySocketWithoutACloseFrame() {
        GatewayClient bot = connect();
        GatewayClient weak = connect(Ids.WEAK_TOKEN);

        int dropped = emulator.gateway().dropConnections();

        assertEquals(2, dropped);
        assertEquals(1006, bot.awaitClosed());
        assertEquals(1006, weak.awaitClosed());
        assertEquals(0, emulator.gateway().connections());
    }

    @Test
    void silentPingsGoUnansweredUntilCleared() {
        GatewayClient bot = connect();
        emulator.gateway().silencePings();

        bot.send("PING");

        bot.assertNothingMore();
        assertEquals(List.of(new GatewayFault.SilentPings()), emulator.gateway().faults());
        emulator.gateway().clearFaults();
        bot.send("PING");
        assertEquals("PONG", bot.nextText());
    }

    @Test
    void aMalformedFrameIsNotJsonAndTakesNoSequence() {
        GatewayClient bot = connect();

        assertEquals(1, emulator.gateway().sendMalformedFrame());
        emulator.world().post(ALICE, GENERAL_REF, MessageContent.text("after"));

        String malformed = bot.nextText();
        assertTrue(Json.parse(malformed).isEmpty(), malformed);
        assertEquals(1, bot.nextFrame().path("sequence").asLong());
    }

    @Test
    void aDuplicatedFrameGoesTwiceWithTheSameSequence() {
        GatewayClient bot = connect();
        emulator.gateway().duplicateFrames(1);

        emulator.world().post(ALICE, GENERAL_REF, MessageContent.text("twice"));
        emulator.world().post(ALICE, GENERAL_REF, MessageContent.text("once"));

        String first = bot.nextText();
        assertEquals(first, bot.nextText());
        JsonNode next = bot.nextFrame();
        assertEquals(2, next.path("sequence").asLong());
        assertEquals("once", next.path("data").path("msg").asString());
        bot.assertNothingMore();
        assertEquals(List.of(), emulator.gateway().faults());
    }

    @Test
    void refusedHandshakesAnswer401ThenTheNextConnects() {
        emulator.gateway().refuseHandshakes(401, 2);

        assertEquals(401, GatewayClient.refusedStatus(emulator, Ids.TOKEN));
        assertEquals(List.of(new GatewayFault.RefusedHandshakes(401, 1)), emulator.gateway().faults());
        assertEquals(401, GatewayClient.refusedStatus(emulator, Ids.TOKEN));
        connect();

        assertEquals(1, emulator.gateway().connections());
    }

    @Test
    void aHandshakeCanBeRefusedAsUnavailable() {
        emulator.gateway().refuseHandshakes(503, 1);

        assertEquals(503, GatewayClient.refusedStatus(emulator, Ids.TOKEN));
        connect();
    }

    @Test
    void clearingForgetsEveryWaitingFault() {
        emulator.gateway().silencePings();
        emulator.gateway().duplicateFrames(3);
        emulator.gateway().refuseHandshakes(503, 2);
        assertEquals(List.of(new GatewayFault.SilentPings(), new GatewayFault.DuplicateFrames(3),
                new GatewayFault.RefusedHandshakes(503, 2)), emulator.gateway().faults());

        emulator.gateway().clearFaults();

        assertEquals(List.of(), emulator.gateway().faults());
        connect();
    }
}
