package io.github.heychat4j.fake;

import io.github.heychat4j.domain.NotFoundException;
import io.github.heychat4j.domain.Operation;
import io.github.heychat4j.domain.room.RoomGateway;
import io.github.heychat4j.domain.Page;
import io.github.heychat4j.domain.RejectedException;
import io.github.heychat4j.domain.RoomId;
import io.github.heychat4j.domain.UnavailableException;
import io.github.heychat4j.domain.channel.ChannelRef;
import io.github.heychat4j.domain.channel.ChannelType;
import io.github.heychat4j.domain.role.Permission;
import io.github.heychat4j.domain.role.Permissions;
import io.github.heychat4j.domain.role.RoleDraft;
import io.github.heychat4j.domain.room.Silence;
import io.github.heychat4j.domain.room.Member;
import io.github.heychat4j.domain.room.Nickname;
import io.github.heychat4j.domain.room.Room;
import io.github.heychat4j.domain.room.RoomDetails;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

import static io.github.heychat4j.fake.TestWorld.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RoomRulesTest {

    @Test
    void joinedRoomsListsOnlyTheRoomsTheBotIsIn() {
        FakeWorld world = world();

        Page<Room> page = world.heychatFor(BOT).rooms().joinedRooms(RoomGateway.JOINED_ROOMS.first(50));

        assertEquals(List.of(ROOM), page.items().stream().map(Room::id).toList());
        assertEquals(1, page.total());
        assertEquals(Optional.of(ManualClock.DEFAULT_START), page.items().get(0).joinedAt());
        assertEquals(world.roomsOf(BOT), world.heychatFor(BOT).rooms().allJoinedRooms());
    }

    @Test
    void membersArePagedWithOffsetLimitAndTotal() {
        FakeWorld world = world();

        Page<Member> page = world.heychatFor(BOT).rooms().members(ROOM, RoomGateway.ROOM_MEMBERS.page(1, 2));

        assertEquals(List.of(BOT, CAROL), page.items().stream().map(Member::id).toList());
        assertEquals(RoomGateway.ROOM_MEMBERS.page(1, 2), page.request());
        assertEquals(5, page.total());
        assertEquals(world.members(ROOM), world.heychatFor(BOT).rooms().allMembers(ROOM));
    }

    @Test
    void aPageBeyondTheEndIsEmptyWithTheTotal() {
        Page<Member> page = world().heychatFor(BOT).rooms().members(ROOM, RoomGateway.ROOM_MEMBERS.page(10, 5));

        assertTrue(page.items().isEmpty());
        assertEquals(5, page.total());
        assertFalse(page.hasNext());
    }

    @Test
    void detailsShowTheChannelTreeRolesAndTheBotsOwnRoles() {
        FakeWorld world = world();

        RoomDetails details = world.heychatFor(BOT).rooms().details(ROOM);

        assertEquals(Set.of(BOT_ROLE), details.myRoles());
        assertEquals(world.details(ROOM).orElseThrow().channels(), details.channels());
        assertEquals(world.roles(ROOM), details.roles());
    }

    @Test
    void detailsFollowEveryChangeMadeAfterAnEarlierRead() {
        FakeWorld world = world(Permission.MANAGE_CHANNELS, Permission.MANAGE_ROLES, Permission.KICK_MEMBERS);
        FakeHeychat bot = world.heychatFor(BOT);
        RoomDetails before = bot.rooms().details(ROOM);
        int membersBefore = world.members(ROOM).size();

        bot.channels().rename(GENERAL_REF, "闲聊");
        bot.roles().create(ROOM, RoleDraft.named("值班"));
        bot.rooms().kick(ROOM, ALICE);
        world.join(ROOM, STRANGER);

        RoomDetails after = bot.rooms().details(ROOM);
        assertEquals("闲聊", after.channel(GENERAL).orElseThrow().name());
        assertEquals(before.roles().size() + 1, after.roles().size());
        assertTrue(world.member(ROOM, ALICE).isEmpty());
        assertEquals(membersBefore, world.members(ROOM).size());
        assertTrue(world.members(ROOM).stream().anyMatch(m -> m.id().equals(STRANGER)));
        assertEquals(after, world.heychatFor(BOT).rooms().details(ROOM));
    }

    @Test
    void aRoomTheBotIsNotInIsNotFound() {
        FakeHeychat bot = world().heychatFor(BOT);

        assertNotFound("请加入房间后再操作", () -> bot.rooms().details(OTHER_ROOM));
        assertNotFound("请加入房间后再操作", () -> bot.rooms().members(OTHER_ROOM, RoomGateway.ROOM_MEMBERS.first(10)));
        assertNotFound("房间不存在", () -> bot.rooms().details(RoomId.of("42")));
    }

    @Test
    void leavingRemovesTheBotFromTheRoom() {
        FakeWorld world = world();
        FakeHeychat bot = world.heychatFor(BOT);

        bot.rooms().leave(ROOM);

        assertTrue(world.member(ROOM, BOT).isEmpty());
        assertTrue(bot.rooms().allJoinedRooms().isEmpty());
        assertNotFound("请加入房间后再操作", () -> bot.rooms().details(ROOM));
        assertNotFound("请加入房间后再操作", () -> bot.rooms().leave(ROOM));
    }

    @Test
    void theOwnerCannotLeave() {
        FakeWorld world = FakeWorld.builder().bot(BOT, "bot").room(ROOM, "r", room -> room.owner(BOT)).build();

        assertRejected(RejectedException.Reason.OTHER, () -> world.heychatFor(BOT).rooms().leave(ROOM));
        assertTrue(world.member(ROOM, BOT).isPresent());
    }

    @Test
    void kickingRemovesMembershipAndVoicePresence() {
        FakeWorld world = world(Permission.KICK_MEMBERS);

        world.heychatFor(BOT).rooms().kick(ROOM, ALICE);

        assertTrue(world.member(ROOM, ALICE).isEmpty());
        assertEquals(List.of(BOB), world.usersIn(LOBBY));
    }

    @Test
    void kickingWithoutPermissionIsDenied() {
        FakeWorld world = world(Permission.SILENCE_MEMBERS);

        PermissionDeniedCheck.denied(() -> world.heychatFor(BOT).rooms().kick(ROOM, ALICE), "KICK_MEMBERS");

        assertTrue(world.member(ROOM, ALICE).isPresent());
    }

    @Test
    void administratorImpliesEveryPermission() {
        FakeWorld world = world(Permission.ADMINISTRATOR);

        world.heychatFor(BOT).rooms().kick(ROOM, ALICE);

        assertTrue(world.member(ROOM, ALICE).isEmpty());
    }

    @Test
    void theOwnerMayDoAnything() {
        FakeWorld world = FakeWorld.builder().bot(BOT, "bot").user(ALICE, "alice")
                .room(ROOM, "r", room -> room.owner(BOT).everyone(Permissions.none()).member(ALICE))
                .build();

        world.heychatFor(BOT).rooms().kick(ROOM, ALICE);

        assertTrue(world.member(ROOM, ALICE).isEmpty());
    }

    @Test
    void kickingSomeoneWhoIsNotAMemberIsNotFound() {
        FakeWorld world = world(Permission.KICK_MEMBERS);

        assertNotFound("用户不存在", () -> world.heychatFor(BOT).rooms().kick(ROOM, STRANGER));
    }

    @Test
    void theOwnerCannotBeKicked() {
        FakeWorld world = world(Permission.ADMINISTRATOR);

        assertDenied(() -> world.heychatFor(BOT).rooms().kick(ROOM, OWNER));
        assertTrue(world.member(ROOM, OWNER).isPresent());
    }

    @Test
    void theBotChangesItsOwnNicknameWithChangeNickname() {
        FakeWorld world = worldWithoutEveryone(Permission.CHANGE_NICKNAME);

        world.heychatFor(BOT).rooms().setNickname(ROOM, BOT, Nickname.of("小助手"));

        assertEquals("小助手", world.member(ROOM, BOT).orElseThrow().displayName());
    }

    @Test
    void theBotsOwnNicknameNeedsChangeNickname() {
        FakeWorld world = worldWithoutEveryone(Permission.MANAGE_NICKNAMES);

        PermissionDeniedCheck.denied(() -> world.heychatFor(BOT).rooms().setNickname(ROOM, BOT, Nickname.of("x")),
                "CHANGE_NICKNAME");
    }

    @Test
    void othersNicknamesNeedManageNicknames() {
        FakeWorld world = world(Permission.CHANGE_NICKNAME);

        PermissionDeniedCheck.denied(() -> world.heychatFor(BOT).rooms().setNickname(ROOM, ALICE, Nickname.of("x")),
                "MANAGE_NICKNAMES");
        assertEquals(Optional.empty(), world.member(ROOM, ALICE).orElseThrow().roomNickname());
    }

    @Test
    void anEmptyNicknameClearsIt() {
        FakeWorld world = world(Permission.MANAGE_NICKNAMES);
        FakeHeychat bot = world.heychatFor(BOT);
        bot.rooms().setNickname(ROOM, ALICE, Nickname.of("测试昵称"));
        assertEquals("测试昵称", world.member(ROOM, ALICE).orElseThrow().displayName());

        bot.rooms().clearNickname(ROOM, ALICE);

        assertEquals("alice", world.member(ROOM, ALICE).orElseThrow().displayName());
    }

    @Test
    void aBanLastsUntilTheClockPassesIt() {
        FakeWorld world = world(Permission.SILENCE_MEMBERS);

        world.heychatFor(BOT).rooms().silence(ROOM, ALICE, Duration.ofMinutes(10), "刷屏");

        Instant until = ManualClock.DEFAULT_START.plus(Duration.ofMinutes(10));
        assertEquals(Optional.of(until), world.silencedUntil(ROOM, ALICE));
        world.clock().advance(Duration.ofMinutes(10).minusSeconds(1));
        assertEquals(Optional.of(until), world.silencedUntil(ROOM, ALICE));
        world.clock().advance(Duration.ofSeconds(1));
        assertEquals(Optional.empty(), world.silencedUntil(ROOM, ALICE));
    }

    @Test
    void liftingABanUnbans() {
        FakeWorld world = world(Permission.SILENCE_MEMBERS);
        FakeHeychat bot = world.heychatFor(BOT);
        bot.rooms().silence(ROOM, ALICE, Duration.ofHours(1), "");

        bot.rooms().unsilence(ROOM, ALICE);

        assertEquals(Optional.empty(), world.silencedUntil(ROOM, ALICE));
    }

    @Test
    void aZeroDurationBanUnbans() {
        FakeWorld world = world(Permission.SILENCE_MEMBERS);
        FakeHeychat bot = world.heychatFor(BOT);
        bot.rooms().silence(ROOM, ALICE, Duration.ofHours(1), "");

        bot.rooms().silence(ROOM, ALICE, Silence.of(Duration.ZERO, "误判"));

        assertEquals(Optional.empty(), world.silencedUntil(ROOM, ALICE));
    }

    @Test
    void banningNeedsSilenceMembers() {
        FakeWorld world = world(Permission.BAN_MEMBERS);

        PermissionDeniedCheck.denied(() -> world.heychatFor(BOT).rooms().silence(ROOM, ALICE, Duration.ofHours(1), ""),
                "SILENCE_MEMBERS");
        assertEquals(Optional.empty(), world.silencedUntil(ROOM, ALICE));
    }

    @Test
    void roomMicrophoneAndSpeakerMutesAreSetAndCleared() {
        FakeWorld world = world(Permission.MUTE_MEMBERS);
        FakeHeychat bot = world.heychatFor(BOT);

        bot.rooms().setMicrophoneMuted(LOBBY_REF, ALICE, true);
        bot.rooms().setSpeakerMuted(LOBBY_REF, BOB, true);

        assertTrue(world.isMicrophoneMuted(ROOM, ALICE));
        assertFalse(world.isSpeakerMuted(ROOM, ALICE));
        assertTrue(world.isSpeakerMuted(ROOM, BOB));
        bot.rooms().setMicrophoneMuted(LOBBY_REF, ALICE, false);
        bot.rooms().setSpeakerMuted(LOBBY_REF, BOB, false);
        assertFalse(world.isMicrophoneMuted(ROOM, ALICE));
        assertFalse(world.isSpeakerMuted(ROOM, BOB));
    }

    @Test
    void roomMutesNeedMuteMembers() {
        FakeWorld world = world(Permission.MUTE_CHANNELS);

        PermissionDeniedCheck.denied(() -> world.heychatFor(BOT).rooms().setMicrophoneMuted(LOBBY_REF, ALICE, true),
                "MUTE_MEMBERS");
        assertDenied(() -> world.heychatFor(BOT).rooms().setSpeakerMuted(LOBBY_REF, ALICE, true));
        assertFalse(world.isMicrophoneMuted(ROOM, ALICE));
    }

    @Test
    void roomMutesNeedAVoiceChannel() {
        FakeWorld world = world(Permission.MUTE_MEMBERS);

        assertWrongTarget(() -> world.heychatFor(BOT).rooms().setMicrophoneMuted(
                new ChannelRef(ROOM, GENERAL, ChannelType.VOICE), ALICE, true));
    }

    @Test
    void aChannelOfAnotherRoomIsNotFound() {
        FakeWorld world = world(Permission.MUTE_MEMBERS);

        NotFoundException e = assertNotFound("频道不存在",
                () -> world.heychatFor(BOT).rooms().setMicrophoneMuted(ChannelRef.voice(ROOM, ELSEWHERE), ALICE, true));
        assertTrue(e.getMessage().contains(ELSEWHERE.value()));
    }
}
