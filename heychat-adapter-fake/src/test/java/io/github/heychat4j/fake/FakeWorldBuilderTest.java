package io.github.heychat4j.fake;

import io.github.heychat4j.domain.ChannelId;
import io.github.heychat4j.domain.RoleId;
import io.github.heychat4j.domain.RoomId;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.channel.Channel;
import io.github.heychat4j.domain.channel.ChannelType;
import io.github.heychat4j.domain.meme.MemeKind;
import io.github.heychat4j.domain.meme.RoomMemes;
import io.github.heychat4j.domain.role.Permission;
import io.github.heychat4j.domain.role.Permissions;
import io.github.heychat4j.domain.role.Role;
import io.github.heychat4j.domain.role.RoleType;
import io.github.heychat4j.domain.room.Member;
import io.github.heychat4j.domain.room.RoomDetails;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

import static io.github.heychat4j.fake.TestWorld.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FakeWorldBuilderTest {

    @Test
    void aBuiltWorldShowsItsRoomsChannelTreeRolesAndMembers() {
        FakeWorld world = world();

        assertEquals(List.of(ROOM, OTHER_ROOM), world.rooms().stream().map(r -> r.id()).toList());
        RoomDetails details = world.details(ROOM).orElseThrow();
        assertEquals(List.of(GENERAL, LOBBY, AFK, GAMES, BOARD), details.channels().stream().map(Channel::id).toList());
        Channel games = details.channel(GAMES).orElseThrow();
        assertEquals(ChannelType.CATEGORY, games.type());
        assertEquals(List.of(NEWS, TEAM), games.children().stream().map(Channel::id).toList());
        assertEquals(Optional.of(GAMES), details.channel(TEAM).orElseThrow().parent());
        assertEquals(List.of(GENERAL, LOBBY, AFK, GAMES, NEWS, TEAM, BOARD),
                world.channels(ROOM).stream().map(Channel::id).toList());
        assertEquals(List.of(TOP, BOT_ROLE, VIP, world.everyoneRole(ROOM)),
                world.roles(ROOM).stream().map(Role::id).toList());
        assertEquals(List.of(OWNER, BOT, CAROL, ALICE, BOB), world.members(ROOM).stream().map(Member::id).toList());
    }

    @Test
    void theEveryoneRoleHasTheRoomsIdPositionZeroAndTheDefaultPermissions() {
        FakeWorld world = FakeWorld.builder().room(ROOM, "r", room -> { }).build();

        Role everyone = world.roles(ROOM).get(0);

        assertEquals(RoleId.of(ROOM.value()), everyone.id());
        assertEquals(RoleType.EVERYONE, everyone.type());
        assertEquals(0, everyone.position());
        assertEquals(FakeWorld.RoomBuilder.DEFAULT_EVERYONE, everyone.permissions());
        assertTrue(everyone.permissions().allows(Permission.SEND_MESSAGES));
        assertFalse(everyone.permissions().allows(Permission.KICK_MEMBERS));
    }

    @Test
    void declaredRolesAreCustomRolesAtTheirPositions() {
        Role bot = world(Permission.KICK_MEMBERS).roles(ROOM).get(1);

        assertEquals(new Role(BOT_ROLE, "机器人", Permissions.of(Permission.KICK_MEMBERS), RoleType.CUSTOM, 20,
                Optional.empty(), Optional.empty(), false, true), bot);
    }

    @Test
    void membersCarryTheirRolesNicknamesAndWhetherTheyAreBotsOrTheOwner() {
        FakeWorld world = world();

        Member bot = world.member(ROOM, BOT).orElseThrow();
        Member owner = world.member(ROOM, OWNER).orElseThrow();

        assertEquals(new Member(BOT, "值班机器人", Optional.empty(), Set.of(BOT_ROLE), true, false, Optional.empty()), bot);
        assertTrue(owner.owner());
        assertFalse(owner.bot());
        assertTrue(world.member(ROOM, STRANGER).isEmpty());
    }

    @Test
    void voicePresenceMemesAndJoinTimesAreSetUp() {
        FakeWorld world = world();

        assertEquals(List.of(ALICE, BOB), world.usersIn(LOBBY));
        assertEquals(Optional.of(LOBBY), world.voiceChannelOf(ROOM, ALICE));
        RoomMemes memes = world.memes(ROOM);
        assertEquals(List.of(SMILE), memes.emoji().stream().map(m -> m.path()).toList());
        assertEquals(MemeKind.STICKER, memes.stickers().get(0).kind());
        assertEquals(Optional.of(Instant.parse("2025-01-01T00:00:00Z")), world.roomsOf(BOT).get(0).joinedAt());
        assertEquals(Optional.empty(), world.rooms().get(0).joinedAt());
    }

    @Test
    void theWorldRunsOnTheGivenClock() {
        ManualClock clock = new ManualClock(Instant.parse("2031-01-01T00:00:00Z"));

        FakeWorld world = FakeWorld.builder().clock(clock).build();

        assertSame(clock, world.clock());
    }

    @Test
    void aMemberMustBeDeclaredInTheWorld() {
        FakeWorld.Builder builder = FakeWorld.builder().room(ROOM, "r", room -> room.member(ALICE));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, builder::build);
        assertTrue(e.getMessage().startsWith("user:"), e.getMessage());
    }

    @Test
    void aMembersRolesMustBeDeclaredInTheRoom() {
        FakeWorld.Builder builder = FakeWorld.builder().user(ALICE, "alice")
                .room(ROOM, "r", room -> room.member(ALICE, VIP));

        assertThrows(IllegalArgumentException.class, builder::build);
    }

    @Test
    void rolesAndChannelsMayBeDeclaredAfterTheMembersThatUseThem() {
        FakeWorld world = FakeWorld.builder().user(ALICE, "alice")
                .room(ROOM, "r", room -> room.member(ALICE, VIP).inVoice(ALICE, LOBBY)
                        .voiceChannel(LOBBY, "大厅").role(VIP, "vip", Permissions.none(), 1))
                .build();

        assertEquals(Optional.of(LOBBY), world.voiceChannelOf(ROOM, ALICE));
        assertTrue(world.member(ROOM, ALICE).orElseThrow().hasRole(VIP));
    }

    @Test
    void onlyVoiceChannelsCanHoldPresence() {
        FakeWorld.Builder builder = FakeWorld.builder().user(ALICE, "alice")
                .room(ROOM, "r", room -> room.textChannel(GENERAL, "综合").member(ALICE).inVoice(ALICE, GENERAL));

        assertThrows(IllegalArgumentException.class, builder::build);
    }

    @Test
    void aChannelIdIsUsedOnceInTheWholeWorld() {
        FakeWorld.Builder builder = FakeWorld.builder()
                .room(ROOM, "r", room -> room.textChannel(GENERAL, "a"))
                .room(OTHER_ROOM, "o", room -> room.textChannel(GENERAL, "b"));

        assertThrows(IllegalArgumentException.class, builder::build);
    }

    @Test
    void aCategoryCannotSitInsideAnotherCategory() {
        FakeWorld.Builder builder = FakeWorld.builder();

        assertThrows(IllegalArgumentException.class, () -> builder.room(ROOM, "r",
                room -> room.category(GAMES, "游戏", inner -> inner.category(NEWS, "新闻", x -> { }))));
    }

    @Test
    void aChannelNeedsAValidName() {
        FakeWorld.Builder builder = FakeWorld.builder();

        assertThrows(IllegalArgumentException.class, () -> builder.room(ROOM, "r", room -> room.textChannel(GENERAL, " ")));
    }

    @Test
    void aMemeExtensionIsLettersOrDigits() {
        FakeWorld.Builder builder = FakeWorld.builder();

        assertThrows(IllegalArgumentException.class,
                () -> builder.room(ROOM, "r", room -> room.meme(SMILE, "smile", ".png", MemeKind.EMOJI)));
    }

    @Test
    void aUserIsDeclaredOnce() {
        FakeWorld.Builder builder = FakeWorld.builder().user(ALICE, "alice").bot(ALICE, "alice again");

        assertThrows(IllegalArgumentException.class, builder::build);
    }

    @Test
    void eachBotGetsOneHeychat() {
        FakeWorld world = world();

        FakeHeychat bot = world.heychatFor(BOT);

        assertSame(bot, world.heychatFor(BOT));
        assertEquals(BOT, bot.self());
        assertSame(world, bot.world());
    }

    @Test
    void onlyDeclaredBotsGetAHeychat() {
        FakeWorld world = world();

        assertThrows(IllegalArgumentException.class, () -> world.heychatFor(ALICE));
        assertThrows(IllegalArgumentException.class, () -> world.heychatFor(UserId.of(99)));
    }

    @Test
    void aPersonCanJoinARoomAndConnectToVoice() {
        FakeWorld world = world();

        world.join(ROOM, STRANGER);
        world.connectVoice(ROOM, AFK, STRANGER);

        assertEquals(Set.of(), world.member(ROOM, STRANGER).orElseThrow().roles());
        assertEquals(List.of(STRANGER), world.usersIn(AFK));
    }

    @Test
    void connectingToVoiceMovesAwayFromTheOldChannel() {
        FakeWorld world = world();

        world.connectVoice(ROOM, AFK, ALICE);

        assertEquals(List.of(BOB), world.usersIn(LOBBY));
        assertEquals(List.of(ALICE), world.usersIn(AFK));
    }

    @Test
    void gettersOfUnknownThingsAreEmpty() {
        FakeWorld world = world();
        RoomId nowhere = RoomId.of("1");

        assertTrue(world.details(nowhere).isEmpty());
        assertTrue(world.members(nowhere).isEmpty());
        assertTrue(world.roles(nowhere).isEmpty());
        assertTrue(world.usersIn(ChannelId.of("1")).isEmpty());
        assertTrue(world.password(GENERAL).isEmpty());
        assertTrue(world.uploads().isEmpty());
        assertTrue(world.streams().isEmpty());
    }
}
