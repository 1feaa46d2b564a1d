package io.github.heychat4j.examples.commands;

import java.util.List;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.heychat4j.commands.Arrival;
import io.github.heychat4j.commands.CommandOutcome;
import io.github.heychat4j.domain.Heychat;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.message.MessageContent;
import io.github.heychat4j.emulator.HeychatEmulator;
import io.github.heychat4j.fake.FakeWorld;
import io.github.heychat4j.http.GatewayPolicy;
import io.github.heychat4j.http.HeychatHttp;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The same conversations over HTTP: the bot is a {@link HeychatHttp} whose gateway listens on the emulator's
 * WebSocket, and the emulator serves the same world the people act in. Plus what only the wire can show: a menu
 * command the platform pushes both as {@code "50"} and as {@code "5"} with one message id runs its handler once.
 */
class ModerationOverTheEmulatorTest extends ModerationConversations {
    private static final String TOKEN = "moderation-token-for-the-emulator";

    private HeychatEmulator emulator;
    private HeychatHttp http;

    @Override
    protected Heychat connect(FakeWorld fake, UserId bot) {
        emulator = HeychatEmulator.builder().world(fake).token(TOKEN, bot).start();
        http = HeychatHttp.builder().token(TOKEN).bot(bot).baseUri(emulator.baseUri()).uploadUri(emulator.uploadUri())
                .gateway(GatewayPolicy.defaults().withBackoff(Duration.ofMillis(5), Duration.ofMillis(50))).build();
        http.events().start(Duration.ofSeconds(10));
        return http;
    }

    @Override
    protected void disconnect() {
        http.close();
        emulator.close();
        assertEquals(List.of(), emulator.unexpectedErrors(), "the emulator failed");
    }

    @Test
    void aMenuCommandPushedAsCommandAndAsMessageRunsOnce() {
        String bob = world.user("bob").toString();
        String mod = world.user("mod").toString();
        String room = world.room("公会").value();
        String hall = world.channel("大厅").channel().value();
        String command = "{\"sequence\":900001,\"type\":\"50\",\"timestamp\":1735689600000,\"data\":{\"bot_id\":" + world.botId()
                + ",\"channel_base_info\":{\"channel_id\":\"" + hall + "\",\"channel_name\":\"大厅\",\"channel_type\":1},"
                + "\"command_info\":{\"id\":\"1\",\"name\":\"/kick\",\"type\":0,\"options\":[{\"name\":\"user\",\"type\":6,\"value\":\"" + bob
                + "\"}]},\"msg_id\":\"3777777777777777777\",\"room_base_info\":{\"room_avatar\":\"\",\"room_id\":\"" + room
                + "\",\"room_name\":\"公会\"},\"send_time\":1735689600000,\"sender_info\":{\"user_id\":" + mod
                + ",\"nickname\":\"mod\",\"bot\":false}}}";
        String message = "{\"sequence\":900002,\"type\":\"5\",\"timestamp\":1735689600000,\"data\":{\"msg_id\":\"3777777777777777777\","
                + "\"msg\":\"/kick " + MessageContent.mention(world.user("bob")) + "\",\"msg_type\":1,\"room_id\":\"" + room
                + "\",\"channel_id\":\"" + hall + "\",\"channel_type\":1,\"user_id\":" + mod + ",\"nickname\":\"mod\",\"bot\":false,"
                + "\"send_time\":1735689600000}}";

        emulator.gateway().push(command);
        emulator.gateway().push(message);
        CommandOutcome kicked = done();
        world.person("alice").says(world.channel("大厅"), "/nick " + MessageContent.mention(world.user("alice")) + " 记号");
        CommandOutcome marker = done();

        assertEquals(Arrival.MENU, kicked.arrival());
        assertTrue(kicked.succeeded(), kicked.toString());
        assertEquals("nick", marker.command(), "the message push of the same id ran the command again: " + marker);
        assertFalse(world.fake().member(world.room("公会"), world.user("bob")).isPresent());
    }
}
