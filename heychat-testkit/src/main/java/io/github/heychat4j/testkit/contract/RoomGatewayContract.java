package io.github.heychat4j.testkit.contract;

import io.github.heychat4j.domain.NotFoundException;
import io.github.heychat4j.domain.Page;
import io.github.heychat4j.domain.PermissionDeniedException;
import io.github.heychat4j.domain.RoomId;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.channel.Channel;
import io.github.heychat4j.domain.channel.ChannelType;
import io.github.heychat4j.domain.role.Permission;
import io.github.heychat4j.domain.room.Silence;
import io.github.heychat4j.domain.room.Member;
import io.github.heychat4j.domain.room.Nickname;
import io.github.heychat4j.domain.room.Room;
import io.github.heychat4j.domain.room.RoomDetails;
import io.github.heychat4j.domain.room.RoomGateway;
import io.github.heychat4j.testkit.TestWorld;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The contract of {@link RoomGateway}: every adapter passes it. Extend it and say how to connect:
 *
 * {@snippet :
 * class FakeRoomGatewayContractTest extends RoomGatewayContract {
 *     @Override
 *     protected Heychat connect(FakeWorld world, UserId bot) {
 *         return world.heychatFor(bot);
 *     }
 * }
 * }
 */
public abstract non-sealed class RoomGatewayContract extends GatewayContract {

    /** For subclasses. */
    protected RoomGatewayContract() {
    }

    private static TestWorld.Builder aRoom() {
        return world(r -> r.textChannel("综合").voiceChannel("开黑").role("会员")
                .member("alice", "会员").member("bob").inVoice("carol", "开黑").owner("olivia"));
    }

    private static TestWorld.Builder roomsNamed(int count) {
        TestWorld.Builder world = TestWorld.create();
        for (int i = 1; i <= count; i++) {
            world.room("房间" + i);
        }
        return world.room(FOREIGN_ROOM, r -> r.withoutBot());
    }

    private RoomGateway rooms(TestWorld.Builder world) {
        return given(world).rooms();
    }

    private Set<RoomId> ids(List<Room> rooms) {
        return rooms.stream().map(Room::id).collect(Collectors.toSet());
    }

    private Set<RoomId> roomsNamedInWorld(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> world().room("房间" + i)).collect(Collectors.toSet());
    }

    // joinedRooms ---------------------------------------------------------------------------------

    @Test
    void joinedRoomsListsTheRoomsTheBotIsIn() {
        RoomGateway rooms = rooms(roomsNamed(3));

        Page<Room> page = rooms.joinedRooms(RoomGateway.JOINED_ROOMS.first(50));

        assertEquals(roomsNamedInWorld(3), ids(page.items()));
        assertEquals(3, page.total());
        assertEquals(0, page.offset());
        assertEquals(Set.of("房间1", "房间2", "房间3"), page.items().stream().map(Room::name).collect(Collectors.toSet()));
    }

    @Test
    void joinedRoomsPagesWithOffsetLimitAndTotal() {
        RoomGateway rooms = rooms(roomsNamed(5));

        Page<Room> first = rooms.joinedRooms(RoomGateway.JOINED_ROOMS.first(2));
        Page<Room> second = rooms.joinedRooms(first.next().orElseThrow());
        Page<Room> third = rooms.joinedRooms(second.next().orElseThrow());

        assertEquals(List.of(2, 2, 1), List.of(first.items().size(), second.items().size(), third.items().size()));
        assertEquals(List.of(0, 2, 4), List.of(first.offset(), second.offset(), third.offset()));
        assertEquals(List.of(5, 5, 5), List.of(first.total(), second.total(), third.total()));
        assertEquals(2, first.limit());
        assertFalse(third.hasNext());
        List<Room> all = new ArrayList<>(first.items());
        all.addAll(second.items());
        all.addAll(third.items());
        assertEquals(5, all.size());
        assertEquals(roomsNamedInWorld(5), ids(all));
    }

    @Test
    void joinedRoomsPastTheEndIsEmpty() {
        RoomGateway rooms = rooms(roomsNamed(3));

        Page<Room> page = rooms.joinedRooms(RoomGateway.JOINED_ROOMS.page(10, 5));

        assertTrue(page.items().isEmpty());
        assertEquals(3, page.total());
    }

    @Test
    void allJoinedRoomsReadsEveryPage() {
        RoomGateway rooms = rooms(roomsNamed(53));

        List<Room> all = rooms.allJoinedRooms();

        assertEquals(53, all.size());
        assertEquals(roomsNamedInWorld(53), ids(all));
    }

    @Test
    void joinedRoomsRejectsPagesOfMoreThan50() {
        RoomGateway rooms = rooms(roomsNamed(1));

        assertInvalid("limit", () -> rooms.joinedRooms(RoomGateway.JOINED_ROOMS.first(51)));
        assertInvalid("page", () -> rooms.joinedRooms(null));
    }

    // details -------------------------------------------------------------------------------------

    @Test
    void detailsShowTheChannelTreeAndTheRoles() {
        RoomGateway rooms = rooms(world(r -> r.textChannel("综合").category("游戏", c -> c.voiceChannel("开黑"))
                .role("会员", Permission.SEND_MESSAGES).member("alice", "会员")));

        RoomDetails details = rooms.details(room());

        assertEquals(room(), details.room().id());
        assertEquals(ROOM, details.room().name());
        Channel category = details.channelNamed("游戏").orElseThrow();
        assertEquals(ChannelType.CATEGORY, category.type());
        assertEquals(List.of("开黑"), category.children().stream().map(Channel::name).toList());
        assertEquals(ChannelType.VOICE, category.children().get(0).type());
        assertEquals(channel("开黑").channel(), details.channelNamed("开黑").orElseThrow().id());
        assertEquals(ChannelType.TEXT, details.channelNamed("综合").orElseThrow().type());
        assertEquals(role("会员"), details.roleNamed("会员").orElseThrow().id());
        assertTrue(details.myRoles().contains(world().role(ROOM, TestWorld.DEFAULT_BOT_NAME)), "myRoles holds the bot's own role");
    }

    @Test
    void detailsOfARoomTheBotIsNotInAreNotFound() {
        RoomGateway rooms = rooms(aRoom());

        assertThrows(NotFoundException.class, () -> rooms.details(world().room(FOREIGN_ROOM)));
        assertThrows(NotFoundException.class, () -> rooms.details(UNKNOWN_ROOM));
    }

    @Test
    void detailsRejectNull() {
        RoomGateway rooms = rooms(aRoom());

        assertInvalid(() -> rooms.details(null));
    }

    // members -------------------------------------------------------------------------------------

    @Test
    void membersListsEveryMemberWithRolesAndFlags() {
        RoomGateway rooms = rooms(aRoom());

        Page<Member> page = rooms.members(room(), RoomGateway.ROOM_MEMBERS.first(300));

        Set<UserId> expected = Set.of(bot(), user("alice"), user("bob"), user("carol"), user("olivia"));
        assertEquals(expected, page.items().stream().map(Member::id).collect(Collectors.toSet()));
        assertEquals(5, page.total());
        Member alice = member(page, user("alice"));
        assertEquals("alice", alice.nickname());
        assertTrue(alice.hasRole(role("会员")));
        assertFalse(alice.bot());
        assertFalse(alice.owner());
        assertTrue(member(page, bot()).bot());
        assertTrue(member(page, user("olivia")).owner());
    }

    private static Member member(Page<Member> page, UserId id) {
        return page.items().stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void membersPagesWithOffsetLimitAndTotal() {
        RoomGateway rooms = rooms(aRoom());

        Page<Member> first = rooms.members(room(), RoomGateway.ROOM_MEMBERS.first(2));
        Page<Member> second = rooms.members(room(), first.next().orElseThrow());
        Page<Member> third = rooms.members(room(), second.next().orElseThrow());

        assertEquals(List.of(2, 2, 1), List.of(first.items().size(), second.items().size(), third.items().size()));
        assertEquals(List.of(0, 2, 4), List.of(first.offset(), second.offset(), third.offset()));
        assertEquals(List.of(5, 5, 5), List.of(first.total(), second.total(), third.total()));
        assertFalse(third.hasNext());
        Set<UserId> seen = new HashSet<>();
        for (Page<Member> page : List.of(first, second, third)) {
            page.items().forEach(m -> assertTrue(seen.add(m.id()), "each member once"));
        }
        assertEquals(5, seen.size());
    }

    @Test
    void allMembersReadsEveryPage() {
        RoomGateway rooms = rooms(TestWorld.create().room(ROOM, r -> IntStream.rangeClosed(1, 301).forEach(i -> r.member("user" + i))));

        List<Member> all = rooms.allMembers(room());

        assertEquals(302, all.size());
        assertEquals(302, all.stream().map(Member::id).distinct().count());
    }

    @Test
    void membersOfARoomTheBotIsNotInAreNotFound() {
        RoomGateway rooms = rooms(aRoom());

        assertThrows(NotFoundException.class, () -> rooms.members(world().room(FOREIGN_ROOM), RoomGateway.ROOM_MEMBERS.first(50)));
        assertThrows(NotFoundException.class, () -> rooms.members(UNKNOWN_ROOM, RoomGateway.ROOM_MEMBERS.first(50)));
    }

    @Test
    void membersRejectsPagesOfMoreThan300() {
        RoomGateway rooms = rooms(aRoom());

        assertInvalid("limit", () -> rooms.members(room(), RoomGateway.ROOM_MEMBERS.first(301)));
        assertInvalid("room", () -> rooms.members(null, RoomGateway.ROOM_MEMBERS.first(10)));
        assertInvalid("page", () -> rooms.members(room(), null));
    }

    // leave ---------------------------------------------------------------------------------------

    @Test
    void leavingTakesTheBotOutOfTheRoom() {
        RoomGateway rooms = rooms(aRoom());
        rooms.allJoinedRooms();

        rooms.leave(room());

        assertTrue(fake().member(room(), bot()).isEmpty());
        assertFalse(ids(fake().roomsOf(bot())).contains(room()));
        assertFalse(ids(rooms.allJoinedRooms()).contains(room()), "the joined rooms no longer list it");
    }

    @Test
    void leavingARoomTheBotIsNotInIsNotFound() {
        RoomGateway rooms = rooms(aRoom());

        assertThrows(NotFoundException.class, () -> rooms.leave(world().room(FOREIGN_ROOM)));
        assertThrows(NotFoundException.class, () -> rooms.leave(UNKNOWN_ROOM));
    }

    @Test
    void leaveRejectsNull() {
        RoomGateway rooms = rooms(aRoom());

        assertInvalid(() -> rooms.leave(null));
        assertTrue(fake().member(room(), bot()).isPresent());
    }

    // kick ----------------------------------------------------------------------------------------

    @Test
    void kickingRemovesTheMember() {
        RoomGateway rooms = rooms(aRoom());

        rooms.kick(room(), user("alice"));

        assertTrue(fake().member(room(), user("alice")).isEmpty());
        assertTrue(fake().member(room(), user("bob")).isPresent());
    }

    @Test
    void kickingNeedsKickMembers() {
        RoomGateway rooms = rooms(botLacking(Permission.KICK_MEMBERS, r -> r.member("alice")));

        assertThrows(PermissionDeniedException.class, () -> rooms.kick(room(), user("alice")));
        assertTrue(fake().member(room(), user("alice")).isPresent());
    }

    @Test
    void administratorImpliesKickMembers() {
        RoomGateway rooms = rooms(TestWorld.create().botPermissions(Permission.ADMINISTRATOR)
                .room(ROOM, r -> r.everyone(MEMBER_DEFAULTS).member("alice")));

        rooms.kick(room(), user("alice"));

        assertTrue(fake().member(room(), user("alice")).isEmpty());
    }

    @Test
    void kickingSomeoneNotInTheRoomIsNotFound() {
        RoomGateway rooms = rooms(aRoom().user("dave"));

        assertThrows(NotFoundException.class, () -> rooms.kick(room(), user("dave")));
        assertThrows(NotFoundException.class, () -> rooms.kick(UNKNOWN_ROOM, user("alice")));
        assertThrows(NotFoundException.class, () -> rooms.kick(world().room(FOREIGN_ROOM), user("stranger")));
    }

    @Test
    void kickRejectsNull() {
        RoomGateway rooms = rooms(aRoom());

        assertInvalid(() -> rooms.kick(null, user("alice")), () -> rooms.kick(room(), null));
        assertTrue(fake().member(room(), user("alice")).isPresent());
    }

    // changeNickname ------------------------------------------------------------------------------

    @Test
    void settingANicknameShowsInTheRoom() {
        RoomGateway rooms = rooms(aRoom());

        rooms.setNickname(room(), user("alice"), Nickname.of("小爱同学"));

        Member alice = fake().member(room(), user("alice")).orElseThrow();
        assertEquals(Optional.of(Nickname.of("小爱同学")), alice.roomNickname());
        assertEquals("小爱同学", alice.displayName());
    }

    @Test
    void clearingANicknameRemovesIt() {
        RoomGateway rooms = rooms(aRoom());
        rooms.changeNickname(room(), user("alice"), Optional.of(Nickname.of("小爱同学")));
        assertTrue(fake().member(room(), user("alice")).orElseThrow().roomNickname().isPresent());

        rooms.changeNickname(room(), user("alice"), Optional.empty());

        assertEquals(Optional.empty(), fake().member(room(), user("alice")).orElseThrow().roomNickname());
    }

    @Test
    void settingAnotherMembersNicknameNeedsManageNicknames() {
        RoomGateway rooms = rooms(botLacking(Permission.MANAGE_NICKNAMES, r -> r.member("alice")));

        assertThrows(PermissionDeniedException.class, () -> rooms.setNickname(room(), user("alice"), Nickname.of("小爱")));
        assertEquals(Optional.empty(), fake().member(room(), user("alice")).orElseThrow().roomNickname());
    }

    @Test
    void theBotRenamesItselfWithChangeNickname() {
        RoomGateway rooms = rooms(TestWorld.create().botPermissions(Permission.CHANGE_NICKNAME)
                .room(ROOM, r -> r.everyone(Permission.VIEW_CHANNEL)));

        rooms.setNickname(room(), bot(), Nickname.of("值班机器人"));

        assertEquals(Optional.of(Nickname.of("值班机器人")), fake().member(room(), bot()).orElseThrow().roomNickname());
    }

    @Test
    void theBotCannotRenameItselfWithoutChangeNickname() {
        RoomGateway rooms = rooms(TestWorld.create().botPermissions(Permission.SEND_MESSAGES)
                .room(ROOM, r -> r.everyone(Permission.VIEW_CHANNEL)));

        assertThrows(PermissionDeniedException.class, () -> rooms.setNickname(room(), bot(), Nickname.of("值班机器人")));
    }

    @Test
    void nicknamesOfPeopleNotInTheRoomAreNotFound() {
        RoomGateway rooms = rooms(aRoom().user("dave"));

        assertThrows(NotFoundException.class, () -> rooms.setNickname(room(), user("dave"), Nickname.of("戴夫")));
        assertThrows(NotFoundException.class, () -> rooms.setNickname(UNKNOWN_ROOM, user("alice"), Nickname.of("小爱")));
    }

    @Test
    void changeNicknameRejectsNull() {
        RoomGateway rooms = rooms(aRoom());

        assertInvalid(
                () -> rooms.changeNickname(null, user("alice"), Optional.of(Nickname.of("小爱"))),
                () -> rooms.changeNickname(room(), null, Optional.of(Nickname.of("小爱"))),
                () -> rooms.changeNickname(room(), user("alice"), null));
    }

    // silence -------------------------------------------------------------------------------------

    @Test
    void aSilenceLastsItsDuration() {
        RoomGateway rooms = rooms(aRoom());
        Instant now = world().clock().instant();

        rooms.silence(room(), user("alice"), Duration.ofMinutes(10), "刷屏");

        assertEquals(Optional.of(now.plus(Duration.ofMinutes(10))), fake().silencedUntil(room(), user("alice")));
        world().clock().advance(Duration.ofMinutes(10).plusSeconds(1));
        assertEquals(Optional.empty(), fake().silencedUntil(room(), user("alice")));
    }

    @Test
    void liftingASilenceEndsIt() {
        RoomGateway rooms = rooms(aRoom());
        rooms.silence(room(), user("alice"), Silence.of(Duration.ofHours(1), ""));
        assertTrue(fake().silencedUntil(room(), user("alice")).isPresent());

        rooms.unsilence(room(), user("alice"));

        assertEquals(Optional.empty(), fake().silencedUntil(room(), user("alice")));
    }

    @Test
    void silencingNeedsSilenceMembers() {
        RoomGateway rooms = rooms(botLacking(Permission.SILENCE_MEMBERS, r -> r.member("alice")));

        assertThrows(PermissionDeniedException.class, () -> rooms.silence(room(), user("alice"), Duration.ofMinutes(10), ""));
        assertEquals(Optional.empty(), fake().silencedUntil(room(), user("alice")));
    }

    @Test
    void silencingSomeoneNotInTheRoomIsNotFound() {
        RoomGateway rooms = rooms(aRoom().user("dave"));

        assertEquals(NotFoundException.What.USER, assertThrows(NotFoundException.class,
                () -> rooms.silence(room(), user("dave"), Duration.ofMinutes(1), "")).what());
        assertEquals(NotFoundException.What.ROOM, assertThrows(NotFoundException.class,
                () -> rooms.silence(UNKNOWN_ROOM, user("alice"), Duration.ofMinutes(1), "")).what());
    }

    @Test
    void silenceRejectsNull() {
        RoomGateway rooms = rooms(aRoom());

        assertInvalid(
                () -> rooms.silence(null, user("alice"), Silence.of(Duration.ofMinutes(1), "")),
                () -> rooms.silence(room(), null, Silence.of(Duration.ofMinutes(1), "")),
                () -> rooms.silence(room(), user("alice"), (Silence) null));
        assertEquals(Optional.empty(), fake().silencedUntil(room(), user("alice")));
    }

    // setMicrophoneMuted --------------------------------------------------------------------------

    @Test
    void mutingAMicrophoneMutesItAcrossTheRoom() {
        RoomGateway rooms = rooms(aRoom());

        rooms.setMicrophoneMuted(channel("开黑"), user("carol"), true);
        assertTrue(fake().isMicrophoneMuted(room(), user("carol")));

        rooms.setMicrophoneMuted(channel("开黑"), user("carol"), false);
        assertFalse(fake().isMicrophoneMuted(room(), user("carol")));
    }

    @Test
    void mutingAMicrophoneNeedsMuteMembers() {
        RoomGateway rooms = rooms(botLacking(Permission.MUTE_MEMBERS, r -> r.voiceChannel("开黑").inVoice("carol", "开黑")));

        assertThrows(PermissionDeniedException.class, () -> rooms.setMicrophoneMuted(channel("开黑"), user("carol"), true));
        assertFalse(fake().isMicrophoneMuted(room(), user("carol")));
    }

    @Test
    void mutingTheMicrophoneOfSomeoneNotInTheRoomIsNotFound() {
        RoomGateway rooms = rooms(aRoom().user("dave"));

        assertThrows(NotFoundException.class, () -> rooms.setMicrophoneMuted(channel("开黑"), user("dave"), true));
    }

    @Test
    void setMicrophoneMutedRejectsNull() {
        RoomGateway rooms = rooms(aRoom());

        assertInvalid(() -> rooms.setMicrophoneMuted(null, user("carol"), true),
                () -> rooms.setMicrophoneMuted(channel("开黑"), null, true));
        assertFalse(fake().isMicrophoneMuted(room(), user("carol")));
    }

    // setSpeakerMuted -----------------------------------------------------------------------------

    @Test
    void mutingASpeakerDeafensAcrossTheRoom() {
        RoomGateway rooms = rooms(aRoom());

        rooms.setSpeakerMuted(channel("开黑"), user("carol"), true);
        assertTrue(fake().isSpeakerMuted(room(), user("carol")));

        rooms.setSpeakerMuted(channel("开黑"), user("carol"), false);
        assertFalse(fake().isSpeakerMuted(room(), user("carol")));
    }

    @Test
    void mutingASpeakerNeedsMuteMembers() {
        RoomGateway rooms = rooms(botLacking(Permission.MUTE_MEMBERS, r -> r.voiceChannel("开黑").inVoice("carol", "开黑")));

        assertThrows(PermissionDeniedException.class, () -> rooms.setSpeakerMuted(channel("开黑"), user("carol"), true));
        assertFalse(fake().isSpeakerMuted(room(), user("carol")));
    }

    @Test
    void mutingTheSpeakerOfSomeoneNotInTheRoomIsNotFound() {
        RoomGateway rooms = rooms(aRoom().user("dave"));

        assertThrows(NotFoundException.class, () -> rooms.setSpeakerMuted(channel("开黑"), user("dave"), true));
    }

    @Test
    void setSpeakerMutedRejectsNull() {
        RoomGateway rooms = rooms(aRoom());

        assertInvalid(() -> rooms.setSpeakerMuted(null, user("carol"), true),
                () -> rooms.setSpeakerMuted(channel("开黑"), null, true));
        assertFalse(fake().isSpeakerMuted(room(), user("carol")));
    }
}
