package io.github.heychat4j.http.internal;

import io.github.heychat4j.domain.RoomId;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.channel.Channel;
import io.github.heychat4j.domain.channel.ChannelGateway;
import io.github.heychat4j.domain.channel.ChannelName;
import io.github.heychat4j.domain.channel.ChannelPassword;
import io.github.heychat4j.domain.channel.ChannelRef;
import io.github.heychat4j.domain.channel.ChannelSetting;
import io.github.heychat4j.domain.channel.InviteCode;
import io.github.heychat4j.domain.channel.NewChannel;
import io.github.heychat4j.domain.channel.PermissionOverwrite;
import io.github.heychat4j.domain.channel.RoleOverwrite;
import io.github.heychat4j.domain.channel.UserOverwrite;
import java.math.BigInteger;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** {@link ChannelGateway} over HTTP; every change drops the room's cached details. */
public final class HttpChannelGateway implements ChannelGateway {
    private final HttpCore core;

    /** @param core the client */
    public HttpChannelGateway(HttpCore core) {
        this.core = core;
    }

    @Override
    public Channel create(RoomId room, NewChannel channel) {
        try {
            Reply reply = core.call(Requests.createChannel(room, channel, core.ids().nonce()));
            if (reply.result().json().isEmpty()) {
                // the answer's shape is undocumented (spec §10 q4); with nothing in it, find the new channel instead
                return newest(room, channel).orElseThrow(() -> reply.result().unreadable(
                        "is empty and no channel named \"" + channel.name() + "\" appeared in the room"));
            }
            return Decoders.read(reply.result(), r -> Decoders.createdChannel(r, room));
        } finally {
            core.caches().roomChanged(room);
        }
    }

    private Optional<Channel> newest(RoomId room, NewChannel channel) {
        return core.caches().details(room, false).allChannels().stream()
                .filter(c -> c.name().equals(channel.name().value()) && c.type() == channel.type())
                .max(Comparator.comparing(c -> new BigInteger(c.id().value())));
    }

    @Override
    public void delete(ChannelRef channel) {
        try {
            core.call(Requests.deleteChannel(channel));
        } finally {
            core.caches().roomChanged(channel.room());
        }
    }

    @Override
    public void rename(ChannelRef channel, ChannelName newName) {
        try {
            core.call(Requests.renameChannel(channel, newName.value()));
        } finally {
            core.caches().roomChanged(channel.room());
        }
    }

    @Override
    public void changeSetting(ChannelRef channel, ChannelSetting setting) {
        try {
            core.call(Requests.channelSetting(channel, setting));
        } finally {
            core.caches().roomChanged(channel.room());
        }
    }

    @Override
    public void changePassword(ChannelRef channel, Optional<ChannelPassword> password) {
        try {
            core.call(Requests.channelPassword(channel, password));
        } finally {
            core.caches().roomChanged(channel.room());
        }
    }

    @Override
    public void overwritePermissions(ChannelRef channel, List<RoleOverwrite> roles, List<UserOverwrite> users) {
        List<RoleOverwrite> roleList = List.copyOf(roles);
        List<UserOverwrite> userList = List.copyOf(users);
        try {
            core.call(Requests.overwritePermissions(core.self(), channel, roleList, userList));
        } finally {
            core.caches().roomChanged(channel.room());
        }
    }

    @Override
    public PermissionOverwrite permissionsOf(ChannelRef channel, UserId user) {
        return core.read(Requests.channelPermissions(channel, user), Decoders::permissions);
    }

    @Override
    public InviteCode inviteCode(ChannelRef channel) {
        return core.read(Requests.inviteCode(core.self(), channel), Decoders::inviteCode);
    }
}
