package io.github.heychat4j.emulator;

import io.github.heychat4j.domain.message.MessageContent;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;

import static io.github.heychat4j.emulator.Ids.ALICE;
import static io.github.heychat4j.emulator.Ids.BOT;
import static io.github.heychat4j.emulator.Ids.GENERAL_REF;
import static io.github.heychat4j.emulator.Ids.WEAK_BOT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The gateway's handshake, heartbeat, envelope and sequence (spec §5.1-5.3). */
class GatewayTest extends GatewayTestSupport {

    @Test
    void theBotsTokenInTheQueryOpensAConnection() {
        connect();

        assertEquals(1, emulator.gateway().connections());
        assertEquals(List.of(BOT), emulator.gateway().connectedBots());
    }

    @Test
    void anUnknownOrMissingTokenIsRefusedWith401() {
        assertEquals(401, GatewayClient.refusedStatus(emulator, "not-a-token"));
        assertEquals(401, GatewayClient.refusedStatus(emulator, null));

        assertEquals(0, emulator.gateway().connections());
    }

    @Test
    void pingIsAnsweredWithPongInAnyCase() {
        GatewayClient bot = connect();

        bot.send("PING");
        bot.send("ping");

        assertEquals("PONG", bot.nextText());
        assertEquals("PONG", bot.nextText());
    }

    @Test
    void anEventRightAfterTheHandshakeReachesTheBot() {
        GatewayClient bot = connect();

        emulator.world().post(ALICE, GENERAL_REF, MessageContent.text("first"));

        assertEquals("first", bot.nextFrame().path("data").path("msg").asString());
    }

    @Test
    void framesCarryTheEnvelopeWithASequenceThatStartsAtOneOnEachConnection() {
        GatewayClient first = connect();
        emulator.world().post(ALICE, GENERAL_REF, MessageContent.text("one"));
        emulator.world().post(ALICE, GENERAL_REF, MessageContent.text("two"));
        GatewayClient second = connect();

        emulator.world().post(ALICE, GENERAL_REF, MessageContent.text("three"));

        JsonNode one = first.nextFrame();
        assertEquals(1, one.path("sequence").asLong());
        assertEquals("5", one.path("type").asString());
        assertTrue(one.path("timestamp").isIntegralNumber());
        assertTrue(one.path("data").isObject());
        assertEquals(2, first.nextFrame().path("sequence").asLong());
        assertEquals(3, first.nextFrame().path("sequence").asLong());
        JsonNode three = second.nextFrame();
        assertEquals(1, three.path("sequence").asLong());
        assertEquals("three", three.path("data").path("msg").asString());
    }

    @Test
    void everyConnectedBotOfTheRoomHearsAPersonsMessageAndABotOutsideHearsNothing() {
        GatewayClient bot = connect();
        GatewayClient weak = connect(Ids.WEAK_TOKEN);
        GatewayClient outsider = connect(Ids.OUTSIDER_TOKEN);

        emulator.world().post(ALICE, GENERAL_REF, MessageContent.text("大家好"));

        assertEquals("大家好", bot.nextFrame().path("data").path("msg").asString());
        assertEquals("大家好", weak.nextFrame().path("data").path("msg").asString());
        outsider.assertNothingMore();
    }

    @Test
    void aBotHearsItsOwnMessagesAsThePlatformPushesThem() {
        GatewayClient bot = connect();

        emulator.world().heychatFor(BOT).messages().send(GENERAL_REF, MessageContent.text("我自己"));

        JsonNode data = bot.nextFrame().path("data");
        assertEquals(BOT.value(), data.path("user_id").asLong());
        assertTrue(data.path("bot").asBoolean());
    }

    @Test
    void closingCountsTheConnectionOut() {
        GatewayClient bot = connect();
        GatewayClient weak = connect(Ids.WEAK_TOKEN);

        bot.close();

        assertTrue(emulator.gateway().awaitConnections(1, Duration.ofSeconds(5)));
        assertEquals(List.of(WEAK_BOT), emulator.gateway().connectedBots());
        weak.send("PING");
        assertEquals("PONG", weak.nextText());
    }

    @Test
    void aResetWorldKeepsTheConnectionAndTheBotHearsTheNewWorld() {
        GatewayClient bot = connect();

        emulator.reset();
        emulator.world().post(ALICE, GENERAL_REF, MessageContent.text("新世界"));

        assertEquals(1, emulator.gateway().connections());
        JsonNode frame = bot.nextFrame();
        assertEquals("新世界", frame.path("data").path("msg").asString());
        assertEquals(1, frame.path("sequence").asLong());
    }

    @Test
    void seedingAWorldWithoutTheBotClosesItsConnection() {
        GatewayClient bot = connect();

        emulator.seed(WorldFile.parse("{\"bots\":[{\"id\":1,\"nickname\":\"b\",\"token\":\"seeded\"}],\"users\":[],\"rooms\":[]}"));

        assertEquals(1008, bot.awaitClosed());
        assertEquals(0, emulator.gateway().connections());
    }
}
