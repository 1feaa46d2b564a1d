package io.github.heychat4j.emulator;

import io.github.heychat4j.domain.MessageId;
import io.github.heychat4j.domain.message.MessageContent;
import io.github.heychat4j.domain.message.card.Button;
import io.github.heychat4j.domain.message.card.Card;
import io.github.heychat4j.domain.message.card.CardModule;
import io.github.heychat4j.emulator.internal.Json;
import io.github.heychat4j.fake.Reaction;
import io.github.heychat4j.domain.message.Emoji;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpRequest;
import java.util.Set;

import static io.github.heychat4j.emulator.EmulatorTestSupport.json;
import static io.github.heychat4j.emulator.Ids.ALICE;
import static io.github.heychat4j.emulator.Ids.BOT;
import static io.github.heychat4j.emulator.Ids.EVE;
import static io.github.heychat4j.emulator.Ids.GENERAL_REF;
import static io.github.heychat4j.emulator.Ids.ROOM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The admin API's events and gateway routes: people act in the world, and the bots hear it. */
class GatewayAdminTest extends GatewayTestSupport {

    private static Wire.Reply adminPost(String path, String body) {
        Wire admin = new Wire(emulator.baseUri(), null);
        return admin.send(admin.request(path, "").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json(body))).build());
    }

    private static Wire.Reply adminSend(String method, String path) {
        Wire admin = new Wire(emulator.baseUri(), null);
        return admin.send(admin.request(path, "").method(method, HttpRequest.BodyPublishers.noBody()).build());
    }

    @Test
    void aTypedMessageIsPostedInTheWorldAndPushed() {
        GatewayClient bot = connect();

        JsonNode result = adminPost("/_emulator/events",
                "{'kind':'message','user':8828375,'channel':'3377790315288076288','text':'来自管理'}").okResult();

        JsonNode frame = bot.nextFrame();
        assertEquals("来自管理", frame.path("data").path("msg").asString());
        assertEquals(result.path("msg_id").asString(), frame.path("data").path("msg_id").asString());
        assertEquals(1, emulator.world().messages(Ids.GENERAL).size());
    }

    @Test
    void aTypedCommandCarriesItsOptions() {
        GatewayClient bot = connect();

        adminPost("/_emulator/events", "{'kind':'command','user':8828375,'channel':'3377790315288076288','command':'/kick',"
                + "'options':[{'name':'user','type':6,'value':'66837313'},"
                + "{'name':'shot','type':11,'url':'https://chat.max-c.com/pic/shot.png','file_name':'shot.png','width':640,'height':480}]}")
                .okResult();

        JsonNode command = bot.nextFrame().path("data").path("command_info");
        assertEquals("66837313", command.path("options").get(0).path("value").asString());
        assertEquals("https://chat.max-c.com/pic/shot.png", command.path("images").get(0).path("url").asString());
        assertEquals(1, command.path("images").get(0).path("option_index").asInt());
    }

    @Test
    void typedLeaveAndJoinChangeTheRoom() {
        GatewayClient bot = connect();

        adminPost("/_emulator/events", "{'kind':'leave','user':10000002,'room':'3587810143523774464'}").okResult();
        assertTrue(emulator.world().member(ROOM, EVE).isEmpty());
        adminPost("/_emulator/events", "{'kind':'join','user':10000002,'room':'3587810143523774464'}").okResult();

        assertEquals(0, bot.nextFrame().path("data").path("state").asInt());
        assertEquals(1, bot.nextFrame().path("data").path("state").asInt());
        assertTrue(emulator.world().member(ROOM, EVE).isPresent());
    }

    @Test
    void typedReactionsAddAndRemove() {
        GatewayClient bot = connect();
        String message = emulator.world().post(ALICE, GENERAL_REF, MessageContent.text("hi")).id().value();
        bot.nextFrame();

        adminPost("/_emulator/events", "{'kind':'reaction','user':8828375,'message':'" + message + "','emoji':'[cube_doge]'}").okResult();
        assertEquals(Set.of(new Reaction(ALICE, Emoji.parse("[cube_doge]"))), emulator.world().reactions(MessageId.of(message)));
        adminPost("/_emulator/events", "{'kind':'unreaction','user':8828375,'message':'" + message + "','emoji':'[cube_doge]'}").okResult();

        assertEquals(1, bot.nextFrame().path("data").path("is_add").asInt());
        assertEquals(0, bot.nextFrame().path("data").path("is_add").asInt());
    }

    @Test
    void aTypedClickReachesTheCardsBot() {
        GatewayClient bot = connect();
        String card = emulator.world().heychatFor(BOT).messages().send(GENERAL_REF, MessageContent.card(Card.of(
                CardModule.buttons(Button.callback("报名", "signup"))))).id().orElseThrow().value();
        bot.nextFrame();

        adminPost("/_emulator/events", "{'kind':'click','user':8828375,'message':'" + card + "','button':'报名'}").okResult();

        JsonNode click = bot.nextFrame();
        assertEquals("card_message_btn_click", click.path("type").asString());
        assertEquals("signup", click.path("data").path("value").asString());
    }

    @Test
    void anUnknownKindIsRefused() {
        String msg = adminPost("/_emulator/events", "{'kind':'dance','user':8828375}").failed(400);

        assertTrue(msg.contains("kind"), msg);
    }

    @Test
    void aRawFrameGoesAsItIs() {
        GatewayClient bot = connect();
        String frame = Json.text(golden("3001-leave.sender-info.json"));

        JsonNode result = adminPost("/_emulator/events", "{\"frame\":" + frame + "}").okResult();

        assertEquals(1, result.path("connections").asInt());
        assertEquals(golden("3001-leave.sender-info.json"), bot.nextFrame());
    }

    @Test
    void theGatewaysStateListsTheConnectionsTheFormAndTheFaults() {
        connect();
        adminPost("/_emulator/gateway/message_form", "{'form':'nested'}").okResult();
        adminPost("/_emulator/gateway/faults", "{'fault':'refuse_handshakes','status':503,'times':2}").okResult();

        JsonNode state = adminSend("GET", "/_emulator/gateway").okResult();

        assertEquals(1, state.path("connections").asInt());
        assertEquals(BOT.value(), state.path("bots").get(0).asLong());
        assertEquals("nested", state.path("message_form").asString());
        assertEquals(json("[{'fault':'refuse_handshakes','status':503,'times':2}]"), Json.text(state.path("faults")));
        assertEquals(MessageForm.NESTED, emulator.gateway().messageForm());
    }

    @Test
    void gatewayFaultsThroughTheAdminApi() {
        GatewayClient bot = connect();

        adminPost("/_emulator/gateway/faults", "{'fault':'silent_pings'}").okResult();
        adminPost("/_emulator/gateway/faults", "{'fault':'duplicate_frames','times':1}").okResult();
        assertEquals(2, emulator.gateway().faults().size());
        adminPost("/_emulator/gateway/faults", "{'fault':'malformed_frame'}").okResult();
        assertTrue(Json.parse(bot.nextText()).isEmpty());
        adminSend("DELETE", "/_emulator/gateway/faults").okResult();
        assertEquals(0, emulator.gateway().faults().size());
        JsonNode dropped = adminPost("/_emulator/gateway/faults", "{'fault':'drop_connections'}").okResult();

        assertEquals(1, dropped.path("affected").asInt());
        assertEquals(1006, bot.awaitClosed());
    }

    @Test
    void anUnknownGatewayFaultIsRefused() {
        String msg = adminPost("/_emulator/gateway/faults", "{'fault':'explode'}").failed(400);

        assertTrue(msg.contains("fault"), msg);
    }
}
