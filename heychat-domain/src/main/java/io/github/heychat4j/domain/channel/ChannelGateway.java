package io.github.heychat4j.domain.channel;

import io.github.heychat4j.domain.internal.Checks;
import io.github.heychat4j.domain.RoomId;
import io.github.heychat4j.domain.UserId;
import java.util.List;
import java.util.Optional;

/**
 * Creates, changes and deletes channels, and manages who may do what in them.
 *
 * {@snippet :
 * ChannelGateway channels = heychat.channels();
 * Channel lobby = channels.create(room, NewChannel.voice("开黑大厅"));
 * channels.rename(lobby.ref(), "开黑大厅 2");
 * channels.changeSetting(lobby.ref(), ChannelSetting.maxMembers(10));
 * channels.delete(lobby.ref());
 * }
 *
 * Every method is synchronous and thread-safe, and throws a
 * {@link io.github.heychat4j.domain.HeychatException} when the platform refuses.
 */
public interface ChannelGateway {

    /**
     * Creates a channel. Needs 管理频道 ({@code MANAGE_CHANNELS}). Wire: {@code POST /chatroom/v3/channel/create}.
     *
     * @return the new channel
     */
    Channel create(RoomId room, NewChannel channel);

    /** Deletes a channel. Needs 管理频道. Wire: {@code POST /chatroom/v2/channel/delete}. */
    void delete(ChannelRef channel);

    /**
     * Renames a channel. Needs 管理频道. Wire: {@code POST /chatroom/v2/channel/edit}.
     *
     * @param newName the new name
     */
    void rename(ChannelRef channel, ChannelName newName);

    /**
     * Renames a channel. See {@link #rename(ChannelRef, ChannelName)}.
     *
     * @param newName 1 to {@value ChannelName#MAX_LENGTH} characters, checked by {@link ChannelName#of(String)}
     */
    default void rename(ChannelRef channel, String newName) {
        rename(channel, ChannelName.of(newName));
    }

    /** Changes one setting: slow mode, member limit or privacy. Needs 管理频道. Wire: {@code POST /chatroom/v2/settings/channel/edit}. */
    void changeSetting(ChannelRef channel, ChannelSetting setting);

    /**
     * Sets or clears (empty) a channel's password. Needs 管理频道.
     * Wire: {@code POST /chatroom/channel/edit_password/no_encrypt}.
     */
    void changePassword(ChannelRef channel, Optional<ChannelPassword> password);

    /** Sets a channel's password. Needs 管理频道. */
    default void setPassword(ChannelRef channel, ChannelPassword password) {
        changePassword(channel, Optional.of(Checks.notNull("password", password)));
    }

    /** Removes a channel's password. Needs 管理频道. */
    default void clearPassword(ChannelRef channel) {
        changePassword(channel, Optional.empty());
    }

    /**
     * Replaces the channel permission overwrites of the given roles and users. Needs 管理角色
     * ({@code MANAGE_ROLES}). Wire: {@code POST /chatroom/v2/role/role_user_perm}.
     */
    void overwritePermissions(ChannelRef channel, List<RoleOverwrite> roles, List<UserOverwrite> users);

    /**
     * A user's own permission overwrite in a channel. The platform's response shape is not documented
     * ({@code allow}/{@code deny} bitmasks are assumed). Wire: {@code GET /chatroom/v2/channel_user_perm/list_with_parent}.
     */
    PermissionOverwrite permissionsOf(ChannelRef channel, UserId user);

    /** Creates an invite code for a channel. Needs 创建邀请 ({@code CREATE_INVITES}). Wire: {@code GET /chatroom/v2/invite/code}. */
    InviteCode inviteCode(ChannelRef channel);
}
