package io.github.heychat4j.http.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.heychat4j.domain.HeychatProtocolException;
import io.github.heychat4j.domain.room.RoomGateway;
import io.github.heychat4j.domain.PageRequest;
import io.github.heychat4j.domain.RoomId;
import io.github.heychat4j.domain.room.Room;
import io.github.heychat4j.domain.ChannelId;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.channel.Channel;
import io.github.heychat4j.domain.meme.Meme;
import io.github.heychat4j.domain.meme.MemeKind;
import io.github.heychat4j.domain.meme.RoomMemes;
import io.github.heychat4j.domain.room.Member;
import io.github.heychat4j.domain.room.RoomDetails;
import java.time.Instant;
import java.util.Optional;
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

    // --- the platform's quirks, each at its edge ----------------------------------------------------------------

    @Test
    void aMissingOrNegativeTotalIsCountedFromTheRequestAndZeroIsKept() {
        PageRequest<Room> third = new PageRequest<>(RoomGateway.JOINED_ROOMS, 20, 10);
        String rooms = "\"rooms\":[{\"room_id\":\"1\"},{\"room_id\":\"2\"}]";

        assertEquals(22, Decoders.joinedRooms(result("{" + rooms + "}"), third).total(), "20 before, 2 here");
        assertEquals(22, Decoders.joinedRooms(result("{" + rooms + ",\"total\":-1}"), third).total());
        assertEquals(0, Decoders.joinedRooms(result("{" + rooms + ",\"total\":0}"), third).total(), "0 is an answer");
        assertEquals(99, Decoders.joinedRooms(result("{\"rooms\":{" + rooms + ",\"total\":99}}"), third).total(),
                "the nested form");
    }

    @Test
    void aMemberCountIsReadTheSameWay() {
        PageRequest<Member> second = new PageRequest<>(RoomGateway.ROOM_MEMBERS, 10, 10);
        String members = "\"user_info\":[{\"user_id\":5,\"nickname\":\"a\"}]";

        assertEquals(11, Decoders.members(result("{\"room_info\":{" + members + "}}"), second).total());
        assertEquals(11, Decoders.members(result("{\"room_info\":{" + members + ",\"user_count\":-1}}"), second).total());
        assertEquals(0, Decoders.members(result("{\"room_info\":{" + members + ",\"user_count\":0}}"), second).total());
    }

    @Test
    void anOwnerAndAJoinTimeOfZeroMeanNone() {
        Room none = Decoders.room(result("{\"room_id\":\"1\",\"create_by\":0,\"join_time\":0}"));
        Room some = Decoders.room(result("{\"room_id\":\"1\",\"create_by\":1,\"join_time\":1}"));

        assertEquals(Optional.empty(), none.owner());
        assertEquals(Optional.empty(), none.joinedAt());
        assertEquals(Optional.of(UserId.of(1)), some.owner());
        assertEquals(Optional.of(Instant.ofEpochMilli(1)), some.joinedAt());
    }

    @Test
    void roomDetailsWithoutARoomObjectNameTheRoomFromTheirOwnFields() {
        RoomDetails details = Decoders.roomDetails(result("{\"room_info\":{\"room_name\":\"开黑房\"}}"), RoomId.of("7"));

        assertEquals(Room.of(RoomId.of("7"), "开黑房"), details.room());
    }

    @Test
    void aChildChannelHasItsEnclosingChannelAsParentUnlessItNamesOne() {
        WireNode tree = result("""
                {"channel_id": "1", "channel_type": 1, "channel_list": [
                  {"channel_id": "2", "channel_type": 1},
                  {"channel_id": "3", "channel_type": 1, "parent_id": "0"},
                  {"channel_id": "4", "channel_type": 1, "parent_id": "9"}]}""");

        Channel top = Decoders.channel(tree, RoomId.of("7"), Optional.empty());

        assertEquals(Optional.empty(), top.parent());
        assertEquals(List.of(Optional.of(ChannelId.of("1")), Optional.empty(), Optional.of(ChannelId.of("9"))),
                top.children().stream().map(Channel::parent).toList());
    }

    @Test
    void aMaximumOfZeroMembersMeansNoLimit() {
        assertEquals(Optional.empty(), channel("\"max_count\":0").maxMembers());
        assertEquals(Optional.of(1), channel("\"max_count\":1").maxMembers());
    }

    @Test
    void aPasswordIsAFlagOrThePasswordTextItself() {
        assertFalse(channel("\"x\":1").passwordProtected(), "absent");
        for (String no : List.of("\"\"", "\"0\"", "\"false\"", "false", "0")) {
            assertFalse(channel("\"password\":" + no).passwordProtected(), no);
        }
        for (String yes : List.of("\"hunter2\"", "\"1\"", "true", "1")) {
            assertTrue(channel("\"password\":" + yes).passwordProtected(), yes);
        }
    }

    @Test
    void anEmptyPermissionTextIsNone() {
        assertTrue(Decoders.permissions(result("{\"allow\":\"\",\"deny\":\"\"}")).allow().isEmpty());
        assertEquals(8L, Decoders.permissions(result("{\"user_perm\":{\"allow\":\"0\",\"deny\":\"8\"}}")).deny().mask());
    }

    @Test
    void aRoleWithAnEmptyPermissionTextHasNone() {
        assertTrue(Decoders.role(result("{\"id\":\"5\",\"permissions\":\"\"}")).permissions().isEmpty());
        assertEquals(8L, Decoders.role(result("{\"id\":\"5\",\"permissions\":\"8\"}")).permissions().mask());
    }

    @Test
    void aRoleColourOfZeroIsNoColour() {
        assertEquals(Optional.empty(), Decoders.role(result("{\"id\":\"5\",\"color\":0}")).color());
        assertEquals(Optional.of(1), Decoders.role(result("{\"id\":\"5\",\"color\":1}")).color());
    }

    @Test
    void aMemesKindComesFromItsTypeElseFromItsList() {
        RoomMemes memes = Decoders.memes(result("""
                {"emoji": [{"meme_info": {"path": "1", "mtype": 2}}, {"meme_info": {"path": "2", "mtype": 3}},
                           {"path": "3", "mtype": 1}],
                 "sticker": [{"meme_info": {"path": "4", "mtype": 1}}, {"meme_info": {"path": "5"}}]}"""));

        assertEquals(List.of(MemeKind.STICKER, MemeKind.EMOJI, MemeKind.EMOJI), memes.emoji().stream().map(Meme::kind).toList());
        assertEquals(List.of(MemeKind.EMOJI, MemeKind.STICKER), memes.stickers().stream().map(Meme::kind).toList());
    }

    @Test
    void aMemesUploaderAndTimeOfZeroMeanNone() {
        RoomMemes memes = Decoders.memes(result("""
                {"emoji": [{"meme_info": {"path": "1", "create_time": 0}, "user_info": {"user_id": 0}},
                           {"meme_info": {"path": "2", "create_time": 1}, "user_info": {"user_id": 1}}]}"""));

        assertEquals(List.of(Optional.empty(), Optional.of(UserId.of(1))), memes.emoji().stream().map(Meme::uploader).toList());
        assertEquals(List.of(Optional.empty(), Optional.of(Instant.ofEpochSecond(1))),
                memes.emoji().stream().map(Meme::createdAt).toList());
    }

    private static Channel channel(String field) {
        return Decoders.channel(result("{\"channel_id\":\"1\",\"channel_type\":1," + field + "}"), RoomId.of("7"),
                Optional.empty());
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
