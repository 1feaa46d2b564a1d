package io.github.heychat4j.testkit.contract;

import java.util.Arrays;
import io.github.heychat4j.domain.NotFoundException;
import io.github.heychat4j.domain.PermissionDeniedException;
import io.github.heychat4j.domain.RejectedException;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.channel.ChannelRef;
import io.github.heychat4j.domain.role.Permission;
import io.github.heychat4j.domain.voice.VoiceGateway;
import io.github.heychat4j.domain.voice.UsersToMove;
import io.github.heychat4j.testkit.TestWorld;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The contract of {@link VoiceGateway}: every adapter passes it. Extend it and say how to connect
 * (see {@link RoomGatewayContract} for an example).
 */
public abstract non-sealed class VoiceGatewayContract extends GatewayContract {

    /** For subclasses. */
    protected VoiceGatewayContract() {
    }

    private static TestWorld.Builder aRoom() {
        return world(r -> r.textChannel("综合").voiceChannel("开黑").voiceChannel("挂机")
                .member("alice").inVoice("carol", "开黑").inVoice("dave", "开黑"));
    }

    private static TestWorld.Builder lacking(Permission permission) {
        return botLacking(permission, r -> r.textChannel("综合").voiceChannel("开黑").voiceChannel("挂机")
                .inVoice("carol", "开黑"));
    }

    private VoiceGateway voice(TestWorld.Builder world) {
        return given(world).voice();
    }

    private Set<UserId> in(String channel) {
        return new HashSet<>(fake().usersIn(channel(channel).channel()));
    }

    // move ----------------------------------------------------------------------------------------

    @Test
    void movingPutsUsersIntoTheTargetChannel() {
        VoiceGateway voice = voice(aRoom());

        voice.move(room(), channel("开黑").channel(), channel("挂机").channel(), Set.of(user("carol"), user("dave")));

        assertEquals(Set.of(user("carol"), user("dave")), in("挂机"));
        assertEquals(Set.of(), in("开黑"));
        assertEquals(Optional.of(channel("挂机").channel()), fake().voiceChannelOf(room(), user("carol")));
    }

    @Test
    void movingNeedsMoveMembers() {
        VoiceGateway voice = voice(lacking(Permission.MOVE_MEMBERS));

        assertThrows(PermissionDeniedException.class,
                () -> voice.move(room(), channel("开黑").channel(), channel("挂机").channel(), Set.of(user("carol"))));
        assertEquals(Set.of(user("carol")), in("开黑"));
    }

    @Test
    void movingToAnUnknownChannelIsNotFound() {
        VoiceGateway voice = voice(aRoom());

        assertThrows(NotFoundException.class,
                () -> voice.move(room(), channel("开黑").channel(), UNKNOWN_CHANNEL, Set.of(user("carol"))));
        assertThrows(NotFoundException.class,
                () -> voice.move(UNKNOWN_ROOM, channel("开黑").channel(), channel("挂机").channel(), Set.of(user("carol"))));
        assertEquals(Set.of(user("carol"), user("dave")), in("开黑"));
    }

    @Test
    void movingIntoATextChannelIsRejectedAsTheWrongTarget() {
        VoiceGateway voice = voice(aRoom());

        RejectedException e = assertThrows(RejectedException.class,
                () -> voice.move(room(), channel("开黑").channel(), channel("综合").channel(), Set.of(user("carol"))));

        assertEquals(RejectedException.Reason.WRONG_TARGET, e.reason());
        assertEquals(Set.of(user("carol"), user("dave")), in("开黑"));
    }

    @Test
    void moveRejectsNoUsersTooManyUsersAndNull() {
        VoiceGateway voice = voice(aRoom());
        Set<UserId> tooMany = LongStream.rangeClosed(1, UsersToMove.MAX_SIZE + 1).mapToObj(UserId::of)
                .collect(Collectors.toSet());

        assertInvalid(
                () -> voice.move(room(), channel("开黑").channel(), channel("挂机").channel(), Set.of()),
                () -> voice.move(room(), channel("开黑").channel(), channel("挂机").channel(), tooMany),
                () -> voice.move(null, channel("开黑").channel(), channel("挂机").channel(), Set.of(user("carol"))),
                () -> voice.move(room(), null, channel("挂机").channel(), Set.of(user("carol"))),
                () -> voice.move(room(), channel("开黑").channel(), null, Set.of(user("carol"))),
                () -> voice.move(room(), channel("开黑").channel(), channel("挂机").channel(), (Set<UserId>) null));
        assertEquals(Set.of(user("carol"), user("dave")), in("开黑"));
    }

    @Test
    void moveRejectsANullUserAndTheWrongCountNamingTheUsers() {
        VoiceGateway voice = voice(aRoom());
        Set<UserId> withNull = new HashSet<>(Arrays.asList(user("carol"), null));

        assertInvalid("users",
                () -> voice.move(room(), channel("开黑").channel(), channel("挂机").channel(), withNull),
                () -> voice.move(room(), channel("开黑").channel(), channel("挂机").channel(), Set.of()),
                () -> voice.move(room(), channel("开黑").channel(), channel("挂机").channel(), (UsersToMove) null),
                () -> voice.move(room(), channel("开黑").channel(), channel("挂机").channel(), (Set<UserId>) null));
        assertEquals(Set.of(user("carol"), user("dave")), in("开黑"));
    }

    // disconnect ----------------------------------------------------------------------------------

    @Test
    void disconnectingTakesTheUserOutOfVoice() {
        VoiceGateway voice = voice(aRoom());

        voice.disconnect(channel("开黑"), user("carol"));

        assertEquals(Set.of(user("dave")), in("开黑"));
        assertEquals(Optional.empty(), fake().voiceChannelOf(room(), user("carol")));
    }

    @Test
    void disconnectingNeedsKickFromChannel() {
        VoiceGateway voice = voice(lacking(Permission.KICK_FROM_CHANNEL));

        assertThrows(PermissionDeniedException.class, () -> voice.disconnect(channel("开黑"), user("carol")));
        assertEquals(Set.of(user("carol")), in("开黑"));
    }

    @Test
    void disconnectingFromAnUnknownChannelIsNotFound() {
        VoiceGateway voice = voice(aRoom());

        assertThrows(NotFoundException.class, () -> voice.disconnect(ChannelRef.voice(room(), UNKNOWN_CHANNEL), user("carol")));
        assertThrows(NotFoundException.class, () -> voice.disconnect(world().channel("外面语音"), user("stranger")));
    }

    @Test
    void disconnectingFromATextChannelIsRejectedAsTheWrongTarget() {
        VoiceGateway voice = voice(aRoom());

        RejectedException e = assertThrows(RejectedException.class, () -> voice.disconnect(channel("综合"), user("carol")));

        assertEquals(RejectedException.Reason.WRONG_TARGET, e.reason());
    }

    @Test
    void disconnectRejectsNull() {
        VoiceGateway voice = voice(aRoom());

        assertInvalid(() -> voice.disconnect(null, user("carol")), () -> voice.disconnect(channel("开黑"), null));
        assertEquals(Set.of(user("carol"), user("dave")), in("开黑"));
    }

    // toggleMicrophone ----------------------------------------------------------------------------

    @Test
    void togglingMutesAnUnmutedUserAndUnmutesAMutedOne() {
        VoiceGateway voice = voice(aRoom());

        voice.toggleMicrophone(channel("开黑"), user("carol"));
        assertTrue(fake().isMicrophoneMutedIn(channel("开黑").channel(), user("carol")));

        voice.toggleMicrophone(channel("开黑"), user("carol"));
        assertFalse(fake().isMicrophoneMutedIn(channel("开黑").channel(), user("carol")));
    }

    @Test
    void togglingNeedsMuteMembers() {
        VoiceGateway voice = voice(lacking(Permission.MUTE_MEMBERS));

        assertThrows(PermissionDeniedException.class, () -> voice.toggleMicrophone(channel("开黑"), user("carol")));
        assertFalse(fake().isMicrophoneMutedIn(channel("开黑").channel(), user("carol")));
    }

    @Test
    void togglingInAnUnknownChannelIsNotFound() {
        VoiceGateway voice = voice(aRoom());

        assertThrows(NotFoundException.class, () -> voice.toggleMicrophone(ChannelRef.voice(room(), UNKNOWN_CHANNEL), user("carol")));
        assertThrows(NotFoundException.class, () -> voice.toggleMicrophone(world().channel("外面语音"), user("stranger")));
    }

    @Test
    void togglingInATextChannelIsRejectedAsTheWrongTarget() {
        VoiceGateway voice = voice(aRoom());

        RejectedException e = assertThrows(RejectedException.class, () -> voice.toggleMicrophone(channel("综合"), user("carol")));

        assertEquals(RejectedException.Reason.WRONG_TARGET, e.reason());
    }

    @Test
    void toggleMicrophoneRejectsNull() {
        VoiceGateway voice = voice(aRoom());

        assertInvalid(() -> voice.toggleMicrophone(null, user("carol")), () -> voice.toggleMicrophone(channel("开黑"), null));
        assertFalse(fake().isMicrophoneMutedIn(channel("开黑").channel(), user("carol")));
    }

    // channelOf -----------------------------------------------------------------------------------

    @Test
    void channelOfFindsTheVoiceChannelAUserIsIn() {
        VoiceGateway voice = voice(aRoom());

        assertEquals(Optional.of(channel("开黑").channel()), voice.channelOf(room(), user("carol")));
        assertEquals(Optional.of(channel("开黑").channel()), voice.channelOf(room(), user("carol"), false));
        assertEquals(Optional.empty(), voice.channelOf(room(), user("alice")));
    }

    @Test
    void channelOfInARoomTheBotIsNotInIsNotFound() {
        VoiceGateway voice = voice(aRoom());

        assertThrows(NotFoundException.class, () -> voice.channelOf(world().room(FOREIGN_ROOM), user("stranger")));
        assertThrows(NotFoundException.class, () -> voice.channelOf(UNKNOWN_ROOM, user("carol")));
    }

    @Test
    void channelOfRejectsNull() {
        VoiceGateway voice = voice(aRoom());

        assertInvalid(() -> voice.channelOf(null, user("carol"), true), () -> voice.channelOf(room(), null, true));
    }

    // usersIn -------------------------------------------------------------------------------------

    @Test
    void usersInListsWhoIsConnected() {
        VoiceGateway voice = voice(aRoom());

        List<UserId> connected = voice.usersIn(channel("开黑"));

        assertEquals(Set.of(user("carol"), user("dave")), new HashSet<>(connected));
        assertEquals(2, connected.size());
        assertEquals(List.of(), voice.usersIn(channel("挂机")));
    }

    @Test
    void usersInAnUnknownChannelIsNotFound() {
        VoiceGateway voice = voice(aRoom());

        assertThrows(NotFoundException.class, () -> voice.usersIn(ChannelRef.voice(room(), UNKNOWN_CHANNEL)));
        assertThrows(NotFoundException.class, () -> voice.usersIn(world().channel("外面语音")));
    }

    @Test
    void usersInRejectsNull() {
        VoiceGateway voice = voice(aRoom());

        assertInvalid(() -> voice.usersIn(null));
    }
}
