package io.github.heychat4j.testkit.contract;

import java.util.Arrays;
import io.github.heychat4j.domain.NotFoundException;
import io.github.heychat4j.domain.PermissionDeniedException;
import io.github.heychat4j.domain.channel.Channel;
import io.github.heychat4j.domain.channel.ChannelGateway;
import io.github.heychat4j.domain.channel.ChannelName;
import io.github.heychat4j.domain.channel.ChannelPassword;
import io.github.heychat4j.domain.channel.ChannelRef;
import io.github.heychat4j.domain.channel.ChannelSetting;
import io.github.heychat4j.domain.channel.ChannelType;
import io.github.heychat4j.domain.channel.InviteCode;
import io.github.heychat4j.domain.channel.NewChannel;
import io.github.heychat4j.domain.channel.PermissionOverwrite;
import io.github.heychat4j.domain.channel.RoleOverwrite;
import io.github.heychat4j.domain.channel.UserOverwrite;
import io.github.heychat4j.domain.role.Permission;
import io.github.heychat4j.domain.role.Permissions;
import io.github.heychat4j.testkit.TestWorld;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The contract of {@link ChannelGateway}: every adapter passes it. Extend it and say how to connect
 * (see {@link RoomGatewayContract} for an example).
 */
public abstract non-sealed class ChannelGatewayContract extends GatewayContract {

    /** For subclasses. */
    protected ChannelGatewayContract() {
    }

    private static TestWorld.Builder aRoom() {
        return world(r -> r.textChannel("综合").voiceChannel("开黑").category("游戏", c -> c.textChannel("攻略"))
                .role("会员").member("alice", "会员"));
    }

    private static TestWorld.Builder lacking(Permission permission) {
        return botLacking(permission, r -> r.textChannel("综合").voiceChannel("开黑").role("会员").member("alice", "会员"));
    }

    private ChannelGateway channels(TestWorld.Builder world) {
        return given(world).channels();
    }

    private Optional<Channel> inWorld(ChannelRef ref) {
        return fake().channels(ref.room()).stream().filter(c -> c.id().equals(ref.channel())).findFirst();
    }

    private Optional<Channel> inWorldNamed(String name) {
        return fake().channels(room()).stream().filter(c -> c.name().equals(name)).findFirst();
    }

    private static ChannelRef unknownChannelIn(ChannelRef known) {
        return new ChannelRef(known.room(), UNKNOWN_CHANNEL, known.type());
    }

    // create --------------------------------------------------------------------------------------

    @Test
    void creatingAChannelAddsItToTheRoom() {
        ChannelGateway channels = channels(aRoom());

        Channel created = channels.create(room(), NewChannel.voice("新语音"));

        assertEquals("新语音", created.name());
        assertEquals(ChannelType.VOICE, created.type());
        assertEquals(room(), created.room());
        Channel stored = inWorld(created.ref()).orElseThrow();
        assertEquals("新语音", stored.name());
        assertEquals(ChannelType.VOICE, stored.type());
    }

    @Test
    void creatingInsideACategoryPlacesItThere() {
        ChannelGateway channels = channels(aRoom());

        Channel created = channels.create(room(), NewChannel.text("新闻").inCategory(channel("游戏").channel()));

        assertEquals(Optional.of(channel("游戏").channel()), created.parent());
        assertEquals(Optional.of(channel("游戏").channel()), inWorld(created.ref()).orElseThrow().parent());
    }

    @Test
    void creatingNeedsManageChannels() {
        ChannelGateway channels = channels(lacking(Permission.MANAGE_CHANNELS));

        assertThrows(PermissionDeniedException.class, () -> channels.create(room(), NewChannel.text("新闻")));
        assertEquals(Optional.empty(), inWorldNamed("新闻"));
    }

    @Test
    void creatingInARoomTheBotIsNotInIsNotFound() {
        ChannelGateway channels = channels(aRoom());

        assertThrows(NotFoundException.class, () -> channels.create(world().room(FOREIGN_ROOM), NewChannel.text("新闻")));
        assertThrows(NotFoundException.class, () -> channels.create(UNKNOWN_ROOM, NewChannel.text("新闻")));
    }

    @Test
    void createRejectsNull() {
        ChannelGateway channels = channels(aRoom());

        assertInvalid(() -> channels.create(null, NewChannel.text("新闻")), () -> channels.create(room(), null));
    }

    // delete --------------------------------------------------------------------------------------

    @Test
    void deletingRemovesTheChannel() {
        ChannelGateway channels = channels(aRoom());

        channels.delete(channel("开黑"));

        assertEquals(Optional.empty(), inWorld(channel("开黑")));
        assertTrue(inWorld(channel("综合")).isPresent());
    }

    @Test
    void deletingNeedsManageChannels() {
        ChannelGateway channels = channels(lacking(Permission.MANAGE_CHANNELS));

        assertThrows(PermissionDeniedException.class, () -> channels.delete(channel("开黑")));
        assertTrue(inWorld(channel("开黑")).isPresent());
    }

    @Test
    void deletingAnUnknownChannelIsNotFound() {
        ChannelGateway channels = channels(aRoom());

        assertThrows(NotFoundException.class, () -> channels.delete(unknownChannelIn(channel("综合"))));
        assertThrows(NotFoundException.class, () -> channels.delete(world().channel("外面")));
    }

    @Test
    void deleteRejectsNull() {
        ChannelGateway channels = channels(aRoom());

        assertInvalid(() -> channels.delete(null));
    }

    // rename --------------------------------------------------------------------------------------

    @Test
    void renamingChangesTheName() {
        ChannelGateway channels = channels(aRoom());

        channels.rename(channel("综合"), "闲聊");

        assertEquals("闲聊", inWorld(channel("综合")).orElseThrow().name());
    }

    @Test
    void renamingNeedsManageChannels() {
        ChannelGateway channels = channels(lacking(Permission.MANAGE_CHANNELS));

        assertThrows(PermissionDeniedException.class, () -> channels.rename(channel("综合"), "闲聊"));
        assertEquals("综合", inWorld(channel("综合")).orElseThrow().name());
    }

    @Test
    void renamingAnUnknownChannelIsNotFound() {
        ChannelGateway channels = channels(aRoom());

        assertThrows(NotFoundException.class, () -> channels.rename(unknownChannelIn(channel("综合")), "闲聊"));
        assertThrows(NotFoundException.class, () -> channels.rename(world().channel("外面"), "闲聊"));
    }

    @Test
    void renameRejectsBlankAndOverlongNamesAndNullNamingTheField() {
        ChannelGateway channels = channels(aRoom());

        assertInvalid("channelName",
                () -> channels.rename(channel("综合"), " "),
                () -> channels.rename(channel("综合"), "频".repeat(ChannelName.MAX_LENGTH + 1)),
                () -> channels.rename(channel("综合"), "综合\n二"),
                () -> channels.rename(channel("综合"), (String) null));
        assertInvalid("newName", () -> channels.rename(channel("综合"), (ChannelName) null));
        assertInvalid("channel",
                () -> channels.rename(null, "闲聊"),
                () -> channels.rename(null, ChannelName.of("闲聊")));
        assertEquals("综合", inWorld(channel("综合")).orElseThrow().name());
    }

    @Test
    void renameAcceptsANameOfTheLongestLength() {
        ChannelGateway channels = channels(aRoom());
        String longest = "频".repeat(ChannelName.MAX_LENGTH);

        channels.rename(channel("综合"), ChannelName.of(longest));

        assertEquals(longest, inWorld(channel("综合")).orElseThrow().name());
    }

    // changeSetting -------------------------------------------------------------------------------

    @Test
    void changingTheMemberLimitLimitsTheChannel() {
        ChannelGateway channels = channels(aRoom());

        channels.changeSetting(channel("开黑"), ChannelSetting.maxMembers(10));

        assertEquals(Optional.of(10), inWorld(channel("开黑")).orElseThrow().maxMembers());
    }

    @Test
    void changingPrivacyMakesTheChannelPrivate() {
        ChannelGateway channels = channels(aRoom());

        channels.changeSetting(channel("综合"), ChannelSetting.privacy(true));

        assertTrue(inWorld(channel("综合")).orElseThrow().isPrivate());
    }

    @Test
    void turningOnSlowModeSlowsTheChannelDown() {
        ChannelGateway channels = channels(aRoom());

        channels.changeSetting(channel("综合"), ChannelSetting.slowMode(Duration.ofSeconds(10)));

        assertEquals(Duration.ofSeconds(10), fake().slowMode(channel("综合").channel()));
    }

    @Test
    void changingASettingNeedsManageChannels() {
        ChannelGateway channels = channels(lacking(Permission.MANAGE_CHANNELS));

        assertThrows(PermissionDeniedException.class, () -> channels.changeSetting(channel("综合"), ChannelSetting.privacy(true)));
        assertFalse(inWorld(channel("综合")).orElseThrow().isPrivate());
    }

    @Test
    void changingASettingOfAnUnknownChannelIsNotFound() {
        ChannelGateway channels = channels(aRoom());

        assertThrows(NotFoundException.class,
                () -> channels.changeSetting(unknownChannelIn(channel("综合")), ChannelSetting.privacy(true)));
        assertThrows(NotFoundException.class, () -> channels.changeSetting(world().channel("外面"), ChannelSetting.privacy(true)));
    }

    @Test
    void changeSettingRejectsNull() {
        ChannelGateway channels = channels(aRoom());

        assertInvalid(() -> channels.changeSetting(null, ChannelSetting.privacy(true)),
                () -> channels.changeSetting(channel("综合"), null));
    }

    // changePassword ------------------------------------------------------------------------------

    @Test
    void settingAPasswordProtectsTheChannel() {
        ChannelGateway channels = channels(aRoom());

        channels.setPassword(channel("开黑"), ChannelPassword.of("8888"));

        assertEquals(Optional.of(ChannelPassword.of("8888")), fake().password(channel("开黑").channel()));
        assertTrue(inWorld(channel("开黑")).orElseThrow().passwordProtected());
    }

    @Test
    void clearingThePasswordOpensTheChannel() {
        ChannelGateway channels = channels(aRoom());
        channels.changePassword(channel("开黑"), Optional.of(ChannelPassword.of("8888")));
        assertTrue(fake().password(channel("开黑").channel()).isPresent());

        channels.changePassword(channel("开黑"), Optional.empty());

        assertEquals(Optional.empty(), fake().password(channel("开黑").channel()));
        assertFalse(inWorld(channel("开黑")).orElseThrow().passwordProtected());
    }

    @Test
    void changingThePasswordNeedsManageChannels() {
        ChannelGateway channels = channels(lacking(Permission.MANAGE_CHANNELS));

        assertThrows(PermissionDeniedException.class, () -> channels.setPassword(channel("开黑"), ChannelPassword.of("8888")));
        assertEquals(Optional.empty(), fake().password(channel("开黑").channel()));
    }

    @Test
    void changingThePasswordOfAnUnknownChannelIsNotFound() {
        ChannelGateway channels = channels(aRoom());

        assertThrows(NotFoundException.class,
                () -> channels.setPassword(unknownChannelIn(channel("开黑")), ChannelPassword.of("8888")));
        assertThrows(NotFoundException.class, () -> channels.setPassword(world().channel("外面语音"), ChannelPassword.of("8888")));
    }

    @Test
    void changePasswordRejectsNull() {
        ChannelGateway channels = channels(aRoom());

        assertInvalid(() -> channels.changePassword(null, Optional.of(ChannelPassword.of("8888"))),
                () -> channels.changePassword(channel("开黑"), null));
        assertEquals(Optional.empty(), fake().password(channel("开黑").channel()));
    }

    // overwritePermissions ------------------------------------------------------------------------

    @Test
    void overwritesShowInTheUsersChannelPermissions() {
        ChannelGateway channels = channels(aRoom());
        UserOverwrite alice = new UserOverwrite(user("alice"), Permissions.of(Permission.ATTACH_FILES),
                Permissions.of(Permission.SEND_MESSAGES));
        RoleOverwrite members = new RoleOverwrite(role("会员"), Permissions.of(Permission.ADD_REACTIONS), Permissions.none());

        channels.overwritePermissions(channel("综合"), List.of(members), List.of(alice));

        assertEquals(new PermissionOverwrite(alice.allow(), alice.deny()), channels.permissionsOf(channel("综合"), user("alice")));
        assertEquals(List.of(members), fake().roleOverwrites(channel("综合").channel()));
        assertEquals(List.of(alice), fake().userOverwrites(channel("综合").channel()));
    }

    @Test
    void overwritingPermissionsNeedsManageRoles() {
        ChannelGateway channels = channels(lacking(Permission.MANAGE_ROLES));
        UserOverwrite alice = new UserOverwrite(user("alice"), Permissions.none(), Permissions.of(Permission.SEND_MESSAGES));

        assertThrows(PermissionDeniedException.class, () -> channels.overwritePermissions(channel("综合"), List.of(), List.of(alice)));
        assertEquals(new PermissionOverwrite(Permissions.none(), Permissions.none()), channels.permissionsOf(channel("综合"), user("alice")));
    }

    @Test
    void overwritingPermissionsOfAnUnknownChannelIsNotFound() {
        ChannelGateway channels = channels(aRoom());
        UserOverwrite alice = new UserOverwrite(user("alice"), Permissions.none(), Permissions.of(Permission.SEND_MESSAGES));

        assertThrows(NotFoundException.class,
                () -> channels.overwritePermissions(unknownChannelIn(channel("综合")), List.of(), List.of(alice)));
        assertThrows(NotFoundException.class, () -> channels.overwritePermissions(world().channel("外面"), List.of(), List.of()));
    }

    @Test
    void overwritePermissionsRejectsNull() {
        ChannelGateway channels = channels(aRoom());

        assertInvalid(
                () -> channels.overwritePermissions(null, List.of(), List.of()),
                () -> channels.overwritePermissions(channel("综合"), null, List.of()),
                () -> channels.overwritePermissions(channel("综合"), List.of(), null));
    }

    @Test
    void overwritePermissionsRejectsANullElementNamingTheList() {
        ChannelGateway channels = channels(aRoom());

        assertInvalid("roles", () -> channels.overwritePermissions(channel("综合"), Arrays.asList((RoleOverwrite) null), List.of()));
        assertInvalid("users", () -> channels.overwritePermissions(channel("综合"), List.of(), Arrays.asList((UserOverwrite) null)));
    }

    // permissionsOf -------------------------------------------------------------------------------

    @Test
    void aUserWithoutOverwritesHasNone() {
        ChannelGateway channels = channels(aRoom());

        assertEquals(new PermissionOverwrite(Permissions.none(), Permissions.none()), channels.permissionsOf(channel("综合"), user("alice")));
    }

    @Test
    void permissionsInAnUnknownChannelAreNotFound() {
        ChannelGateway channels = channels(aRoom());

        assertThrows(NotFoundException.class, () -> channels.permissionsOf(unknownChannelIn(channel("综合")), user("alice")));
        assertThrows(NotFoundException.class, () -> channels.permissionsOf(world().channel("外面"), user("stranger")));
    }

    @Test
    void permissionsOfRejectsNull() {
        ChannelGateway channels = channels(aRoom());

        assertInvalid(() -> channels.permissionsOf(null, user("alice")), () -> channels.permissionsOf(channel("综合"), null));
    }

    // inviteCode ----------------------------------------------------------------------------------

    @Test
    void anInviteCodeIsHandedOut() {
        ChannelGateway channels = channels(aRoom());

        InviteCode code = channels.inviteCode(channel("综合"));

        assertFalse(code.code().isBlank());
    }

    @Test
    void invitingNeedsCreateInvites() {
        ChannelGateway channels = channels(lacking(Permission.CREATE_INVITES));

        assertThrows(PermissionDeniedException.class, () -> channels.inviteCode(channel("综合")));
    }

    @Test
    void invitingToAnUnknownChannelIsNotFound() {
        ChannelGateway channels = channels(aRoom());

        assertThrows(NotFoundException.class, () -> channels.inviteCode(unknownChannelIn(channel("综合"))));
        assertThrows(NotFoundException.class, () -> channels.inviteCode(world().channel("外面")));
    }

    @Test
    void inviteCodeRejectsNull() {
        ChannelGateway channels = channels(aRoom());

        assertInvalid(() -> channels.inviteCode(null));
    }
}
