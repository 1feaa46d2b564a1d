package io.github.heychat4j.fake;

import io.github.heychat4j.domain.ChannelId;
import io.github.heychat4j.domain.RoleId;
import io.github.heychat4j.domain.channel.Channel;
import io.github.heychat4j.domain.channel.ChannelPassword;
import io.github.heychat4j.domain.channel.ChannelRef;
import io.github.heychat4j.domain.channel.ChannelSetting;
import io.github.heychat4j.domain.channel.ChannelType;
import io.github.heychat4j.domain.channel.InviteCode;
import io.github.heychat4j.domain.channel.NewChannel;
import io.github.heychat4j.domain.channel.PermissionOverwrite;
import io.github.heychat4j.domain.channel.RoleOverwrite;
import io.github.heychat4j.domain.channel.UserOverwrite;
import io.github.heychat4j.domain.channel.VoiceBackend;
import io.github.heychat4j.domain.role.Permission;
import io.github.heychat4j.domain.role.Permissions;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

import static io.github.heychat4j.fake.TestWorld.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChannelRulesTest {
    private static final Permissions ALLOW_SPEAK = Permissions.of(Permission.SPEAK);
    private static final Permissions DENY_SEND = Permissions.of(Permission.SEND_MESSAGES);

    @Test
    void creatingAChannelGivesItTheNextIdOfTheWorld() {
        FakeWorld world = world(Permission.MANAGE_CHANNELS);

        Channel created = world.heychatFor(BOT).channels().create(ROOM, NewChannel.voice("开黑").on(VoiceBackend.VOLC));

        assertEquals(Channel.of(ROOM, ChannelId.of("4000000000000000000"), "开黑", ChannelType.VOICE), created);
        assertEquals(Optional.of(created), world.channel(created.id()));
        assertEquals(created, world.details(ROOM).orElseThrow().channels().get(world.details(ROOM).orElseThrow().channels().size() - 1));
    }

    @Test
    void aChannelCreatedInACategoryIsOneOfItsChildren() {
        FakeWorld world = world(Permission.MANAGE_CHANNELS);

        Channel created = world.heychatFor(BOT).channels().create(ROOM, NewChannel.text("攻略").inCategory(GAMES));

        assertEquals(Optional.of(GAMES), created.parent());
        assertEquals(List.of(NEWS, TEAM, created.id()),
                world.channel(GAMES).orElseThrow().children().stream().map(Channel::id).toList());
    }

    @Test
    void creatingAChannelNeedsManageChannels() {
        FakeWorld world = world(Permission.MANAGE_ROLES);

        PermissionDeniedCheck.denied(() -> world.heychatFor(BOT).channels().create(ROOM, NewChannel.text("x")), "MANAGE_CHANNELS");
        assertEquals(7, world.channels(ROOM).size());
    }

    @Test
    void theParentMustBeACategoryOfTheRoom() {
        FakeWorld world = world(Permission.MANAGE_CHANNELS);
        FakeHeychat bot = world.heychatFor(BOT);

        assertWrongTarget(() -> bot.channels().create(ROOM, NewChannel.text("x").inCategory(GENERAL)));
        assertNotFound("频道不存在", () -> bot.channels().create(ROOM, NewChannel.text("x").inCategory(ELSEWHERE)));
        assertEquals(7, world.channels(ROOM).size());
    }

    @Test
    void deletingACategoryDeletesItsChildrenAndTheirVoicePresence() {
        FakeWorld world = world(Permission.MANAGE_CHANNELS);
        world.connectVoice(ROOM, TEAM, CAROL);

        world.heychatFor(BOT).channels().delete(new ChannelRef(ROOM, GAMES, ChannelType.CATEGORY));

        assertEquals(List.of(GENERAL, LOBBY, AFK, BOARD), world.channels(ROOM).stream().map(Channel::id).toList());
        assertEquals(Optional.empty(), world.voiceChannelOf(ROOM, CAROL));
    }

    @Test
    void deletingNeedsManageChannels() {
        FakeWorld world = world();

        PermissionDeniedCheck.denied(() -> world.heychatFor(BOT).channels().delete(GENERAL_REF), "MANAGE_CHANNELS");
        assertTrue(world.channel(GENERAL).isPresent());
    }

    @Test
    void renamingChangesTheName() {
        FakeWorld world = world(Permission.MANAGE_CHANNELS);

        world.heychatFor(BOT).channels().rename(GENERAL_REF, "闲聊");

        assertEquals("闲聊", world.channel(GENERAL).orElseThrow().name());
    }

    @Test
    void renamingNeedsManageChannelsAndAValidName() {
        FakeWorld world = world();

        assertThrows(IllegalArgumentException.class, () -> world.heychatFor(BOT).channels().rename(GENERAL_REF, ""));
        assertDenied(() -> world.heychatFor(BOT).channels().rename(GENERAL_REF, "闲聊"));
        assertEquals("综合", world.channel(GENERAL).orElseThrow().name());
    }

    @Test
    void settingsAreStoredAndVisibleOnTheChannel() {
        FakeWorld world = world(Permission.MANAGE_CHANNELS);
        FakeHeychat bot = world.heychatFor(BOT);

        bot.channels().changeSetting(GENERAL_REF, ChannelSetting.slowMode(Duration.ofSeconds(10)));
        bot.channels().changeSetting(LOBBY_REF, ChannelSetting.maxMembers(8));
        bot.channels().changeSetting(LOBBY_REF, ChannelSetting.privacy(true));

        assertEquals(Duration.ofSeconds(10), world.slowMode(GENERAL));
        Channel lobby = world.channel(LOBBY).orElseThrow();
        assertEquals(Optional.of(8), lobby.maxMembers());
        assertTrue(lobby.isPrivate());
        bot.channels().changeSetting(LOBBY_REF, ChannelSetting.privacy(false));
        assertFalse(world.channel(LOBBY).orElseThrow().isPrivate());
    }

    @Test
    void slowModeNeedsATextChannelAndAMemberLimitAVoiceChannel() {
        FakeWorld world = world(Permission.MANAGE_CHANNELS);
        FakeHeychat bot = world.heychatFor(BOT);

        assertWrongTarget(() -> bot.channels().changeSetting(LOBBY_REF, ChannelSetting.slowMode(Duration.ofSeconds(5))));
        assertWrongTarget(() -> bot.channels().changeSetting(GENERAL_REF, ChannelSetting.maxMembers(5)));
        assertEquals(Optional.empty(), world.channel(GENERAL).orElseThrow().maxMembers());
    }

    @Test
    void settingsNeedManageChannels() {
        FakeWorld world = world();

        assertDenied(() -> world.heychatFor(BOT).channels().changeSetting(LOBBY_REF, ChannelSetting.privacy(true)));
        assertFalse(world.channel(LOBBY).orElseThrow().isPrivate());
    }

    @Test
    void aPasswordIsSetAndCleared() {
        FakeWorld world = world(Permission.MANAGE_CHANNELS);
        FakeHeychat bot = world.heychatFor(BOT);

        bot.channels().setPassword(LOBBY_REF, ChannelPassword.of("1234"));

        assertEquals(Optional.of(ChannelPassword.of("1234")), world.password(LOBBY));
        assertTrue(world.channel(LOBBY).orElseThrow().passwordProtected());
        bot.channels().clearPassword(LOBBY_REF);
        assertEquals(Optional.empty(), world.password(LOBBY));
        assertFalse(world.channel(LOBBY).orElseThrow().passwordProtected());
    }

    @Test
    void aPasswordNeedsManageChannels() {
        FakeWorld world = world();

        assertDenied(() -> world.heychatFor(BOT).channels().setPassword(LOBBY_REF, ChannelPassword.of("1234")));
        assertEquals(Optional.empty(), world.password(LOBBY));
    }

    @Test
    void overwritesAreStoredPerChannelAndAUsersOwnIsReadBack() {
        FakeWorld world = world(Permission.MANAGE_ROLES);
        FakeHeychat bot = world.heychatFor(BOT);
        RoleOverwrite vip = new RoleOverwrite(VIP, ALLOW_SPEAK, Permissions.none());
        UserOverwrite alice = new UserOverwrite(ALICE, ALLOW_SPEAK, DENY_SEND);

        bot.channels().overwritePermissions(LOBBY_REF, List.of(vip), List.of(alice));

        assertEquals(List.of(vip), world.roleOverwrites(LOBBY));
        assertEquals(List.of(alice), world.userOverwrites(LOBBY));
        assertEquals(new PermissionOverwrite(ALLOW_SPEAK, DENY_SEND), bot.channels().permissionsOf(LOBBY_REF, ALICE));
        assertEquals(List.of(), world.userOverwrites(AFK));
    }

    @Test
    void overwritingAgainReplacesTheOverwriteOfThatRoleOrUser() {
        FakeWorld world = world(Permission.MANAGE_ROLES);
        FakeHeychat bot = world.heychatFor(BOT);
        bot.channels().overwritePermissions(LOBBY_REF, List.of(), List.of(new UserOverwrite(ALICE, ALLOW_SPEAK, DENY_SEND)));

        bot.channels().overwritePermissions(LOBBY_REF, List.of(), List.of(new UserOverwrite(ALICE, DENY_SEND, ALLOW_SPEAK)));

        assertEquals(new PermissionOverwrite(DENY_SEND, ALLOW_SPEAK), bot.channels().permissionsOf(LOBBY_REF, ALICE));
    }

    @Test
    void aUserWithoutOverwriteHasEmptySets() {
        FakeWorld world = world();

        assertEquals(new PermissionOverwrite(Permissions.none(), Permissions.none()),
                world.heychatFor(BOT).channels().permissionsOf(GENERAL_REF, BOB));
    }

    @Test
    void overwritingNeedsManageRolesAndKnownRolesAndMembers() {
        FakeWorld world = world(Permission.MANAGE_CHANNELS);
        FakeHeychat bot = world.heychatFor(BOT);
        FakeHeychat manager = world(Permission.MANAGE_ROLES).heychatFor(BOT);

        PermissionDeniedCheck.denied(() -> bot.channels().overwritePermissions(LOBBY_REF,
                List.of(new RoleOverwrite(VIP, ALLOW_SPEAK, Permissions.none())), List.of()), "MANAGE_ROLES");
        assertNotFound("角色不存在", () -> manager.channels().overwritePermissions(LOBBY_REF,
                List.of(new RoleOverwrite(RoleId.of("9"), ALLOW_SPEAK, Permissions.none())), List.of()));
        assertNotFound("用户不存在", () -> manager.channels().overwritePermissions(LOBBY_REF,
                List.of(), List.of(new UserOverwrite(STRANGER, ALLOW_SPEAK, Permissions.none()))));
        assertEquals(List.of(), world.roleOverwrites(LOBBY));
    }

    @Test
    void anInviteCodeIsDeterministicPerChannel() {
        FakeWorld world = world();
        FakeHeychat bot = world.heychatFor(BOT);

        InviteCode general = bot.channels().inviteCode(GENERAL_REF);

        assertEquals(general, world().heychatFor(BOT).channels().inviteCode(GENERAL_REF));
        assertNotEquals(general, bot.channels().inviteCode(LOBBY_REF));
    }

    @Test
    void anInviteCodeNeedsCreateInvites() {
        FakeWorld world = worldWithoutEveryone(Permission.SEND_MESSAGES);

        PermissionDeniedCheck.denied(() -> world.heychatFor(BOT).channels().inviteCode(GENERAL_REF), "CREATE_INVITES");
    }
}
