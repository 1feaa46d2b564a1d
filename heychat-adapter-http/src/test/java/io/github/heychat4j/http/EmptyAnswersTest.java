package io.github.heychat4j.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.heychat4j.domain.AmbiguousOutcomeException;
import io.github.heychat4j.domain.ChannelId;
import io.github.heychat4j.domain.HeychatProtocolException;
import io.github.heychat4j.domain.Operation;
import io.github.heychat4j.domain.RoleId;
import io.github.heychat4j.domain.RoomId;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.channel.Channel;
import io.github.heychat4j.domain.channel.NewChannel;
import io.github.heychat4j.domain.role.Role;
import io.github.heychat4j.domain.role.RoleDraft;
import io.github.heychat4j.http.RecordingServer.Answer;
import io.github.heychat4j.http.internal.Endpoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Writes the platform answers with an empty result (the shape of some answers is undocumented, spec §10 q4): the
 * client reads what the write made from the room instead, choosing by name and type, the newest id first, and says
 * so plainly when it is not there.
 */
class EmptyAnswersTest {
    static final UserId BOT = UserId.of(2398561);
    static final RoomId ROOM = RoomId.of("3587810143523774464");

    private RecordingServer server;
    private HeychatHttp http;

    @BeforeEach
    void start() {
        server = RecordingServer.start();
        server.answer(path(Operation.CHANNELS_CREATE), Answer.ok("{}"));
        server.answer(path(Operation.ROLES_CREATE), Answer.ok("{}"));
        server.answer(path(Operation.ROLES_UPDATE), Answer.ok("{}"));
        server.answer(path(Operation.ROOMS_DETAILS), Answer.ok("""
                {"room_info": {"room_id": "3587810143523774464", "channels": [
                  {"channel_id": "100", "channel_name": "开黑语音2", "channel_type": 0},
                  {"channel_id": "900", "channel_name": "开黑语音2", "channel_type": 1},
                  {"channel_id": "300", "channel_name": "开黑语音2", "channel_type": 0},
                  {"channel_id": "200", "channel_name": "开黑语音2", "channel_type": 0},
                  {"channel_id": "800", "channel_name": "别的", "channel_type": 0}]}}"""));
        server.answer(path(Operation.ROLES_LIST), Answer.ok("""
                {"roles": [{"id": "5", "name": "VIP", "type": 0, "position": 1},
                           {"id": "12", "name": "VIP", "type": 0, "position": 2},
                           {"id": "9", "name": "VIP", "type": 0, "position": 3},
                           {"id": "99", "name": "other", "type": 0, "position": 4}]}"""));
        http = HeychatHttp.builder().token("empty-token").bot(BOT).baseUri(server.uri()).sleeper(d -> { }).build();
    }

    @AfterEach
    void stop() {
        http.close();
        server.close();
    }

    private static String path(Operation operation) {
        return Endpoint.of(operation).path();
    }

    @Test
    void aCreatedChannelIsTheNewestOfItsNameAndType() {
        Channel created = http.channels().create(ROOM, NewChannel.voice("开黑语音2"));

        assertEquals(ChannelId.of("300"), created.id(), "300 is newer than 100 and 200; 900 is a text channel");
    }

    @Test
    void aCreatedChannelThatIsNowhereIsAnUnreadableAnswerNamingIt() {
        HeychatProtocolException e = assertThrows(HeychatProtocolException.class,
                () -> http.channels().create(ROOM, NewChannel.voice("不存在")));

        assertTrue(e.getMessage().contains("no channel named \"不存在\" appeared in the room"), e.getMessage());
    }

    @Test
    void aCreatedRoleIsTheNewestOfItsName() {
        Role created = http.roles().create(ROOM, RoleDraft.named("VIP"));

        assertEquals(RoleId.of("12"), created.id(), "ids compare as numbers: 12 is newer than 9");
    }

    @Test
    void anUpdatedRoleIsReadBackAsItIsNow() {
        Role updated = http.roles().update(ROOM, RoleId.of("9"), RoleDraft.named("VIP"), 3);

        assertEquals(RoleId.of("9"), updated.id());
        assertEquals(3, updated.position());
    }

    @Test
    void anUpdatedRoleThatIsGoneIsAnUnreadableAnswer() {
        assertThrows(HeychatProtocolException.class, () -> http.roles().update(ROOM, RoleId.of("7"), RoleDraft.named("VIP"), 3));
    }

    @Test
    void aCreatedRoleThatIsNowhereIsAnAmbiguousOutcome() {
        assertThrows(AmbiguousOutcomeException.class, () -> http.roles().create(ROOM, RoleDraft.named("不存在")),
                "the platform said yes; whether the role exists is not known: the bot must read before creating again");
    }
}
