package io.github.heychat4j.fake;

import io.github.heychat4j.domain.ChannelId;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.channel.ChannelRef;
import io.github.heychat4j.domain.channel.ChannelType;
import io.github.heychat4j.domain.role.Permission;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

import static io.github.heychat4j.fake.TestWorld.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VoiceRulesTest {

    @Test
    void movingPutsEveryUserInTheTargetChannel() {
        FakeWorld world = world(Permission.MOVE_MEMBERS);

        world.heychatFor(BOT).voice().move(ROOM, LOBBY, AFK, Set.of(ALICE, BOB));

        assertEquals(List.of(), world.usersIn(LOBBY));
        assertEquals(Set.of(ALICE, BOB), Set.copyOf(world.usersIn(AFK)));
    }

    @Test
    void movingNeedsMoveMembers() {
        FakeWorld world = world(Permission.KICK_FROM_CHANNEL);

        PermissionDeniedCheck.denied(() -> world.heychatFor(BOT).voice().move(ROOM, LOBBY, AFK, Set.of(ALICE)), "MOVE_MEMBERS");
        assertEquals(Optional.of(LOBBY), world.voiceChannelOf(ROOM, ALICE));
    }

    @Test
    void movingSomeoneWhoIsNotInTheSourceChannelMovesNobody() {
        FakeWorld world = world(Permission.MOVE_MEMBERS);
        world.connectVoice(ROOM, TEAM, CAROL);

        assertNotFound("用户不存在", () -> world.heychatFor(BOT).voice().move(ROOM, LOBBY, AFK, Set.of(ALICE, CAROL)));

        assertEquals(Optional.of(LOBBY), world.voiceChannelOf(ROOM, ALICE));
        assertEquals(Optional.of(TEAM), world.voiceChannelOf(ROOM, CAROL));
    }

    @Test
    void movingToATextChannelIsTheWrongTarget() {
        FakeWorld world = world(Permission.MOVE_MEMBERS);

        assertWrongTarget(() -> world.heychatFor(BOT).voice().move(ROOM, LOBBY, GENERAL, Set.of(ALICE)));
        assertEquals(Optional.of(LOBBY), world.voiceChannelOf(ROOM, ALICE));
    }

    @Test
    void movingNobodyOrMoreThan50IsRefusedAsBadInput() {
        FakeWorld world = world(Permission.MOVE_MEMBERS);
        Set<UserId> many = new HashSet<>();
        for (long id = 1; id <= 51; id++) {
            many.add(UserId.of(id));
        }

        assertThrows(IllegalArgumentException.class, () -> world.heychatFor(BOT).voice().move(ROOM, LOBBY, AFK, Set.of()));
        assertThrows(IllegalArgumentException.class, () -> world.heychatFor(BOT).voice().move(ROOM, LOBBY, AFK, many));
        assertTrue(world.journal().entries().isEmpty());
    }

    @Test
    void disconnectingRemovesVoicePresence() {
        FakeWorld world = world(Permission.KICK_FROM_CHANNEL);

        world.heychatFor(BOT).voice().disconnect(LOBBY_REF, ALICE);

        assertEquals(Optional.empty(), world.voiceChannelOf(ROOM, ALICE));
        assertEquals(List.of(BOB), world.usersIn(LOBBY));
        assertTrue(world.member(ROOM, ALICE).isPresent());
    }

    @Test
    void disconnectingNeedsKickFromChannel() {
        FakeWorld world = world(Permission.MOVE_MEMBERS);

        PermissionDeniedCheck.denied(() -> world.heychatFor(BOT).voice().disconnect(LOBBY_REF, ALICE), "KICK_FROM_CHANNEL");
        assertEquals(Optional.of(LOBBY), world.voiceChannelOf(ROOM, ALICE));
    }

    @Test
    void disconnectingSomeoneFromAChannelTheyAreNotInIsNotFound() {
        FakeWorld world = world(Permission.KICK_FROM_CHANNEL);

        assertNotFound("用户不存在", () -> world.heychatFor(BOT).voice().disconnect(AFK_REF, ALICE));
    }

    @Test
    void theChannelMicrophoneToggleFlipsPerChannelAndUser() {
        FakeWorld world = world(Permission.MUTE_MEMBERS);
        FakeHeychat bot = world.heychatFor(BOT);

        bot.voice().toggleMicrophone(LOBBY_REF, ALICE);

        assertTrue(world.isMicrophoneMutedIn(LOBBY, ALICE));
        assertFalse(world.isMicrophoneMutedIn(LOBBY, BOB));
        assertFalse(world.isMicrophoneMutedIn(AFK, ALICE));
        bot.voice().toggleMicrophone(LOBBY_REF, ALICE);
        assertFalse(world.isMicrophoneMutedIn(LOBBY, ALICE));
    }

    @Test
    void togglingNeedsMuteMembers() {
        FakeWorld world = world(Permission.MUTE_CHANNELS);

        PermissionDeniedCheck.denied(() -> world.heychatFor(BOT).voice().toggleMicrophone(LOBBY_REF, ALICE), "MUTE_MEMBERS");
        assertFalse(world.isMicrophoneMutedIn(LOBBY, ALICE));
    }

    @Test
    void togglingOnATextChannelIsTheWrongTarget() {
        FakeWorld world = world(Permission.MUTE_MEMBERS);

        assertWrongTarget(() -> world.heychatFor(BOT).voice().toggleMicrophone(new ChannelRef(ROOM, GENERAL, ChannelType.VOICE), ALICE));
    }

    @Test
    void channelOfReflectsPresence() {
        FakeWorld world = world();
        FakeHeychat bot = world.heychatFor(BOT);

        assertEquals(Optional.of(LOBBY), bot.voice().channelOf(ROOM, ALICE));
        assertEquals(Optional.empty(), bot.voice().channelOf(ROOM, CAROL));
        world.connectVoice(ROOM, AFK, ALICE);
        assertEquals(Optional.of(AFK), bot.voice().channelOf(ROOM, ALICE, false));
    }

    @Test
    void channelOfSomeoneOutsideTheRoomIsNotFound() {
        FakeWorld world = world();

        assertNotFound("用户不存在", () -> world.heychatFor(BOT).voice().channelOf(ROOM, STRANGER));
        assertNotFound("请加入房间后再操作", () -> world.heychatFor(BOT).voice().channelOf(OTHER_ROOM, STRANGER));
    }

    @Test
    void usersInReflectsPresence() {
        FakeWorld world = world();
        FakeHeychat bot = world.heychatFor(BOT);

        assertEquals(List.of(ALICE, BOB), bot.voice().usersIn(LOBBY_REF));
        assertEquals(List.of(), bot.voice().usersIn(AFK_REF));
        assertEquals(List.of(), bot.voice().usersIn(ChannelRef.voice(ROOM, TEAM)));
    }

    @Test
    void usersInATextChannelIsTheWrongTarget() {
        FakeWorld world = world();

        assertWrongTarget(() -> world.heychatFor(BOT).voice().usersIn(GENERAL_REF));
    }

    @Test
    void aChannelTheRoomDoesNotOwnIsNotFound() {
        FakeWorld world = world(Permission.KICK_FROM_CHANNEL);

        assertNotFound("频道不存在", () -> world.heychatFor(BOT).voice().usersIn(ChannelRef.voice(ROOM, ChannelId.of("7"))));
        assertNotFound("频道不存在", () -> world.heychatFor(BOT).voice().disconnect(ChannelRef.voice(ROOM, ELSEWHERE), ALICE));
    }
}
