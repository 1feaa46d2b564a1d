package io.github.heychat4j.emulator;

import io.github.heychat4j.domain.RoleId;
import io.github.heychat4j.domain.event.Attachment;
import io.github.heychat4j.domain.event.CommandOption;
import io.github.heychat4j.domain.message.Emoji;
import io.github.heychat4j.domain.message.MessageContent;
import io.github.heychat4j.domain.message.card.Button;
import io.github.heychat4j.domain.message.card.Card;
import io.github.heychat4j.domain.message.card.CardModule;
import io.github.heychat4j.emulator.internal.Json;
import io.github.heychat4j.fake.PostedMessage;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.OptionalInt;

import static io.github.heychat4j.emulator.Ids.ALICE;
import static io.github.heychat4j.emulator.Ids.BOT;
import static io.github.heychat4j.emulator.Ids.CAROL;
import static io.github.heychat4j.emulator.Ids.EVE;
import static io.github.heychat4j.emulator.Ids.GENERAL;
import static io.github.heychat4j.emulator.Ids.GENERAL_REF;
import static io.github.heychat4j.emulator.Ids.LOBBY;
import static io.github.heychat4j.emulator.Ids.ROOM;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Each action of a person in the world reaches the connected bot as the frame golden/events shows: the
 * same keys and JSON types, recursively, and the values of the action.
 */
class GatewayFramesTest extends GatewayTestSupport {

    private static final Emoji DOGE = Emoji.parse("[cube_doge]");

    @Test
    void aPostedMessageIsAFlatType5FrameByDefault() {
        GatewayClient bot = connect();

        PostedMessage posted = emulator.world().post(ALICE, GENERAL_REF, MessageContent.text("hi"));

        JsonNode frame = bot.nextFrame();
        assertShape(golden("5-message.flat.json"), frame);
        JsonNode data = frame.path("data");
        assertEquals(posted.id().value(), data.path("msg_id").asString());
        assertEquals("hi", data.path("msg").asString());
        assertEquals(1, data.path("msg_type").asInt());
        assertEquals(ALICE.value(), data.path("user_id").asLong());
        assertEquals(GENERAL.value(), data.path("channel_id").asString());
        assertEquals("综合", data.path("channel_name").asString());
        assertEquals(posted.ackId().value(), data.path("heychat_ack_id").asString());
        assertEquals(List.of(Ids.ADMIN.value()), List.of(data.path("roles").get(0).asString()));
    }

    @Test
    void anImageMessageAddsImgInfoToTheFlatForm() {
        GatewayClient bot = connect();

        emulator.world().post(ALICE, GENERAL_REF, MessageContent.image("https://chat.max-c.com/pic/cat.png", 194, 228));

        JsonNode frame = bot.nextFrame();
        assertShape(golden("5-message.flat.json"), without(frame, "img_info"));
        assertShape(golden("5-message.image.json").path("data").path("img_info"), frame.path("data").path("img_info"));
        assertEquals(3, frame.path("data").path("msg_type").asInt());
        assertEquals("https://chat.max-c.com/pic/cat.png", frame.path("data").path("img").asString());
    }

    // The nested golden frame shows a sender without roles (an empty array): eve has none.

    @Test
    void theNestedFormIsChosenForTheEmulator() {
        GatewayClient bot = connect();
        emulator.gateway().messageForm(MessageForm.NESTED);

        emulator.world().post(EVE, GENERAL_REF, MessageContent.markdown("**今晚** 开黑"));

        JsonNode frame = bot.nextFrame();
        assertShape(golden("5-message.nested.json"), frame);
        assertEquals(4, frame.path("data").path("msg_type").asInt());
        assertEquals(EVE.value(), frame.path("data").path("sender_info").path("user_id").asLong());
        assertEquals("heychat4j 演示房间", frame.path("data").path("room_base_info").path("room_name").asString());
    }

    @Test
    void theAlternateFormTakesTurnsStartingFlat() {
        GatewayClient bot = connect();
        emulator.gateway().messageForm(MessageForm.ALTERNATE);

        emulator.world().post(EVE, GENERAL_REF, MessageContent.text("one"));
        emulator.world().post(EVE, GENERAL_REF, MessageContent.text("two"));

        assertShape(golden("5-message.flat.json"), bot.nextFrame());
        assertShape(golden("5-message.nested.json"), bot.nextFrame());
    }

    @Test
    void theBuilderSetsTheForm() {
        try (HeychatEmulator nested = HeychatEmulator.builder().world(Ids.testWorld()).messageForm(MessageForm.NESTED).start();
             GatewayClient bot = GatewayClient.connect(nested, Ids.TOKEN)) {

            nested.world().post(EVE, GENERAL_REF, MessageContent.text("hi"));

            assertShape(golden("5-message.nested.json"), bot.nextFrame());
        }
    }

    @Test
    void aCommandIsAType50FrameWithEveryOptionAsText() {
        GatewayClient bot = connect();
        List<CommandOption> options = List.of(
                new CommandOption.UserOption("user", CAROL),
                new CommandOption.IntegerOption("minutes", 15),
                new CommandOption.StringOption("reason", "刷屏"),
                new CommandOption.BooleanOption("public", true),
                new CommandOption.NumberOption("ratio", 0.5),
                new CommandOption.ChannelOption("where", LOBBY),
                new CommandOption.RoleOption("role", RoleId.of("3581310465983111170")),
                new CommandOption.SelectOption("mode", "strict"));

        emulator.world().runCommand(ALICE, GENERAL_REF, "/kick", options);

        JsonNode frame = bot.nextFrame();
        JsonNode golden = golden("50-command.json");
        assertShape(golden, frame);
        assertEquals(golden.path("data").path("command_info").path("options"), frame.path("data").path("command_info").path("options"));
        assertEquals("/kick", frame.path("data").path("command_info").path("name").asString());
        assertEquals(BOT.value(), frame.path("data").path("bot_id").asLong());
    }

    @Test
    void imageAndFileOptionsTravelInImagesAndFilesWithTheirOptionIndex() {
        GatewayClient bot = connect();
        List<CommandOption> options = List.of(
                new CommandOption.ImageOption("screenshot", new Attachment("shot.png", "https://chat.max-c.com/pic/shot.png", 20480,
                        "image/png", OptionalInt.of(640), OptionalInt.of(480))),
                new CommandOption.FileOption("log", new Attachment("bot.log", "https://chat.max-c.com/attachments/bot.log", 1024,
                        "text/plain", OptionalInt.empty(), OptionalInt.empty())),
                new CommandOption.UnknownOption("weird", 42, "??"));

        emulator.world().runCommand(CAROL, GENERAL_REF, "/report", options);

        JsonNode frame = bot.nextFrame();
        JsonNode golden = golden("50-command.attachments.json").path("data").path("command_info");
        JsonNode commandInfo = frame.path("data").path("command_info");
        assertShape(golden, commandInfo);
        assertEquals(golden.path("options"), commandInfo.path("options"));
        assertEquals(1, commandInfo.path("files").get(0).path("option_index").asInt());
        assertShape(without(golden("50-command.json"), "command_info"), without(frame, "command_info"));
    }

    @Test
    void joiningAndLeavingAreType3001FramesWithUserInfo() {
        GatewayClient bot = connect();

        emulator.world().leave(ROOM, EVE);
        emulator.world().join(ROOM, EVE);

        JsonNode left = bot.nextFrame();
        JsonNode joined = bot.nextFrame();
        assertShape(golden("3001-join.json"), left);
        assertShape(golden("3001-join.json"), joined);
        assertEquals(0, left.path("data").path("state").asInt());
        assertEquals(1, joined.path("data").path("state").asInt());
        assertEquals(EVE.value(), joined.path("data").path("user_info").path("user_id").asLong());
    }

    @Test
    void reactionsAreType5003FramesWithTheRoom() {
        GatewayClient bot = connect();
        PostedMessage posted = emulator.world().post(ALICE, GENERAL_REF, MessageContent.text("hi"));

        emulator.world().react(CAROL, posted.id(), DOGE);
        emulator.world().unreact(CAROL, posted.id(), DOGE);

        bot.nextFrame();
        JsonNode added = bot.nextFrame();
        JsonNode removed = bot.nextFrame();
        assertShape(golden("5003-reaction.add.json"), added);
        assertShape(golden("5003-reaction.add.json"), removed);
        assertEquals(1, added.path("data").path("is_add").asInt());
        assertEquals(0, removed.path("data").path("is_add").asInt());
        assertEquals("[cube_doge]", removed.path("data").path("emoji").asString());
        assertEquals(posted.id().value(), removed.path("data").path("msg_id").asString());
    }

    @Test
    void aButtonClickReachesTheCardsBotAsCardMessageBtnClick() {
        GatewayClient bot = connect();
        String card = emulator.world().heychatFor(BOT).messages().send(GENERAL_REF, MessageContent.card(Card.of(
                CardModule.buttons(Button.callback("报名", "signup"))))).id().orElseThrow().value();

        emulator.world().click(ALICE, io.github.heychat4j.domain.MessageId.of(card), "报名");

        assertEquals(20, bot.nextFrame().path("data").path("msg_type").asInt());
        JsonNode click = bot.nextFrame();
        assertShape(golden("card-button-click.json"), click);
        assertEquals("signup", click.path("data").path("value").asString());
        assertEquals(card, click.path("data").path("msg_id").asString());
    }

    @Test
    void aRawFrameIsSentAsItIs() {
        GatewayClient bot = connect();
        String unknown = Json.text(golden("unknown-5002.json"));

        emulator.gateway().push(unknown);

        assertEquals(unknown, bot.nextText());
    }

    private static JsonNode without(JsonNode frame, String dataField) {
        ObjectNode copy = (ObjectNode) frame.deepCopy();
        ((ObjectNode) copy.path("data")).remove(dataField);
        return copy;
    }
}
