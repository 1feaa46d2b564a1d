package io.github.heychat4j.http.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.heychat4j.domain.HeychatProtocolException;
import io.github.heychat4j.domain.room.RoomGateway;
import io.github.heychat4j.domain.PageRequest;
import io.github.heychat4j.domain.RoomId;
import io.github.heychat4j.domain.room.Room;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DecodersTest {
    private static WireNode result(String json) {
        return WireNode.of(Json.parse(json, "test"), "GET /test", "result");
    }

    @Test
    void aRoomIdAboveTwoToThe63IsReadExactlyAsNumberOrString() {
        String number = "{\"rooms\":[{\"room_id\":18446744073709551557,\"room_name\":\"a\"}],\"total\":1}";
        String string = "{\"rooms\":[{\"room_id\":\"18446744073709551557\",\"room_name\":\"a\"}],\"total\":1}";

        Room fromNumber = Decoders.joinedRooms(result(number), RoomGateway.JOINED_ROOMS.first(50)).items().get(0);
        Room fromString = Decoders.joinedRooms(result(string), RoomGateway.JOINED_ROOMS.first(50)).items().get(0);

        assertEquals(RoomId.of("18446744073709551557"), fromNumber.id());
        assertEquals(fromNumber, fromString);
    }

    @Test
    void domainValidationFailuresOfPlatformDataBecomeProtocolFailures() {
        WireNode members = result("{\"room_info\":{\"user_info\":[{\"user_id\":0}],\"user_count\":1}}");

        HeychatProtocolException e = assertThrows(HeychatProtocolException.class,
                () -> Decoders.read(members, r -> Decoders.members(r, RoomGateway.ROOM_MEMBERS.first(10))));

        assertTrue(e.getMessage().contains("userId: must be positive"), e.getMessage());
    }

    @Test
    void aRoleCreateAnswerIsReadAsTheRoleOrUnderRole() {
        String role = "{\"id\":\"5\",\"name\":\"VIP\",\"permissions\":\"16384\",\"type\":0,\"position\":1}";

        assertEquals(Decoders.changedRole(result(role)), Decoders.changedRole(result("{\"role\":" + role + "}")));
    }

    @Test
    void deletedRolesAreLeftOut() {
        WireNode roles = result("{\"roles\":[{\"id\":\"1\",\"name\":\"a\",\"del_tag\":1},{\"id\":\"2\",\"name\":\"b\",\"del_tag\":0}]}");

        assertEquals(List.of("2"), Decoders.roleList(roles).stream().map(r -> r.id().value()).toList());
    }

    @Test
    void permissionsAcceptNumbersAndAnEmptyAnswerMeansNone() {
        assertEquals(16384L, Decoders.permissions(result("{\"allow\":16384,\"deny\":\"0\"}")).allow().mask());
        assertTrue(Decoders.permissions(result("{}")).allow().isEmpty());
    }

    // every decoder, applied to whatever JSON, either reads it or says it cannot: never NPE, never IAE
    private static final List<Function<WireNode, ?>> DECODERS = List.of(
            r -> Decoders.joinedRooms(r, RoomGateway.JOINED_ROOMS.first(50)),
            r -> Decoders.roomDetails(r, RoomId.of("1")),
            r -> Decoders.members(r, RoomGateway.ROOM_MEMBERS.first(50)),
            Decoders::whichChannel, Decoders::voiceUsers,
            r -> Decoders.createdChannel(r, RoomId.of("1")),
            Decoders::permissions, Decoders::inviteCode, Decoders::messageId, Decoders::roleList, Decoders::changedRole,
            Decoders::memes, Decoders::uploaded, Decoders::streamTask);

    @ParameterizedTest
    @MethodSource("platformishJson")
    void noDecoderFailsWithAnythingButAProtocolFailure(String json) {
        WireNode node = result(json);
        for (Function<WireNode, ?> decoder : DECODERS) {
            try {
                Decoders.read(node, decoder);
            } catch (HeychatProtocolException expected) {
                // unreadable is fine; any other exception fails the property
            }
        }
    }

    private static final List<String> KEYS = List.of("rooms", "room_id", "room_name", "total", "offset", "limit", "room_info",
            "room", "channels", "channel_id", "channel_list", "channel_type", "parent_id", "roles", "my_roles", "id",
            "name", "permissions", "type", "user_info", "user_id", "user_count", "nickname", "room_nickname",
            "user_ids", "channel", "allow", "deny", "user_perm", "invite_code", "msg_id", "role", "emoji", "sticker",
            "meme_info", "path", "url", "task_id", "color", "del_tag", "max_count", "is_private", "password");
    private static final List<String> SCALARS = List.of("null", "true", "false", "0", "-1", "1", "1.5", "\"\"", "\"0\"",
            "\"abc\"", "18446744073709551615", "18446744073709551616", "\"3587810143523774464\"", "\"http://x\"",
            "\"https://chat.max-c.com/a.png\"", "99999999999999999999999", "1e400");

    /** 300 random platform-like JSON documents (fixed seed: reproducible), nested up to 4 levels. */
    static Stream<String> platformishJson() {
        Random random = new Random(300);
        return Stream.generate(() -> json(random, 4)).limit(300);
    }

    private static String json(Random random, int depth) {
        int kind = depth == 0 ? 0 : random.nextInt(3);
        if (kind == 0) {
            return SCALARS.get(random.nextInt(SCALARS.size()));
        }
        int size = random.nextInt(kind == 1 ? 4 : 5);
        StringBuilder sb = new StringBuilder(kind == 1 ? "[" : "{");
        for (int i = 0; i < size; i++) {
            if (i > 0) {
                sb.append(',');
            }
            if (kind == 2) {
                sb.append('"').append(KEYS.get(random.nextInt(KEYS.size()))).append("\":");
            }
            sb.append(json(random, depth - 1));
        }
        return sb.append(kind == 1 ? "]" : "}").toString();
    }
}
