package io.github.heychat4j.fake.internal;

import io.github.heychat4j.domain.ChannelId;
import io.github.heychat4j.domain.RoomId;
import io.github.heychat4j.domain.UserId;
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
import io.github.heychat4j.domain.Operation;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

/** The channels port over the fake world. */
public final class FakeChannels implements ChannelGateway {
    private final CallRoute route;
    private final UserId self;

    /**
     * @param route the call route
     * @param self  the bot
     */
    public FakeChannels(CallRoute route, UserId self) {
        this.route = route;
        this.self = self;
    }

    @Override
    public Channel create(RoomId room, NewChannel channel) {
        return route.call(self, Operation.CHANNELS_CREATE, List.of(room, channel), w -> {
            RoomState r = Rules.joinedRoom(w, room, self);
            Rules.require(r, self, Permission.MANAGE_CHANNELS);
            channel.parent().ifPresent(parent -> {
                ChannelRecord category = Rules.channel(r, parent);
                if (category.type != ChannelType.CATEGORY) {
                    throw Errors.wrongTarget("parent " + parent + " is " + category.type + ", not a category");
                }
            });
            ChannelRecord created = new ChannelRecord(ChannelId.of(w.nextId()), channel.name().value(), channel.type(),
                    channel.parent(), channel.backend());
            r.channels.put(created.id, created);
            return r.toChannel(created);
        });
    }

    @Override
    public void delete(ChannelRef channel) {
        route.run(self, Operation.CHANNELS_DELETE, List.of(channel), w -> {
            RoomState r = managed(w, channel);
            r.removeChannelTree(channel.channel());
        });
    }

    @Override
    public void rename(ChannelRef channel, ChannelName newName) {
        // journalled as the plain name, as it goes on the wire
        String name = newName.value();
        route.run(self, Operation.CHANNELS_RENAME, List.of(channel, name),
                w -> managedChannel(w, channel).name = name);
    }

    @Override
    public void changeSetting(ChannelRef channel, ChannelSetting setting) {
        route.run(self, Operation.CHANNELS_CHANGE_SETTING, List.of(channel, setting), w -> {
            ChannelRecord c = managedChannel(w, channel);
            if (setting instanceof ChannelSetting.SlowMode slowMode) {
                if (!c.type.acceptsMessages()) {
                    throw Errors.wrongTarget("slow mode needs a text channel, channel " + c.id + " is " + c.type);
                }
                c.slowMode = slowMode.interval();
            } else if (setting instanceof ChannelSetting.MaxMembers maxMembers) {
                if (!c.type.isVoice()) {
                    throw Errors.wrongTarget("a member limit needs a voice channel, channel " + c.id + " is " + c.type);
                }
                c.maxMembers = Optional.of(maxMembers.count());
            } else if (setting instanceof ChannelSetting.Privacy privacy) {
                c.isPrivate = privacy.isPrivate();
            }
        });
    }

    @Override
    public void changePassword(ChannelRef channel, Optional<ChannelPassword> password) {
        route.run(self, Operation.CHANNELS_CHANGE_PASSWORD, List.of(channel, password), w -> {
            ChannelRecord c = managedChannel(w, channel);
            if (c.type == ChannelType.CATEGORY) {
                throw Errors.wrongTarget("a category has no password");
            }
            c.password = password;
        });
    }

    @Override
    public void overwritePermissions(ChannelRef channel, List<RoleOverwrite> roles, List<UserOverwrite> users) {
        List<RoleOverwrite> roleList = List.copyOf(roles);
        List<UserOverwrite> userList = List.copyOf(users);
        route.run(self, Operation.CHANNELS_OVERWRITE_PERMISSIONS,
                List.of(channel, roleList, userList), w -> {
                    RoomState r = Rules.joinedRoom(w, channel.room(), self);
                    ChannelRecord c = Rules.channel(r, channel.channel());
                    Rules.require(r, self, Permission.MANAGE_ROLES);
                    roleList.forEach(o -> Rules.role(r, o.role()));
                    userList.forEach(o -> Rules.member(r, o.user()));
                    roleList.forEach(o -> c.roleOverwrites.put(o.role(), o));
                    userList.forEach(o -> c.userOverwrites.put(o.user(), o));
                });
    }

    @Override
    public PermissionOverwrite permissionsOf(ChannelRef channel, UserId user) {
        return route.call(self, Operation.CHANNELS_PERMISSIONS_OF, List.of(channel, user), w -> {
            RoomState r = Rules.joinedRoom(w, channel.room(), self);
            ChannelRecord c = Rules.channel(r, channel.channel());
            Rules.member(r, user);
            UserOverwrite own = c.userOverwrites.get(user);
            return own == null
                    ? new PermissionOverwrite(Permissions.none(), Permissions.none())
                    : new PermissionOverwrite(own.allow(), own.deny());
        });
    }

    @Override
    public InviteCode inviteCode(ChannelRef channel) {
        return route.call(self, Operation.CHANNELS_INVITE_CODE, List.of(channel), w -> {
            RoomState r = Rules.joinedRoom(w, channel.room(), self);
            ChannelRecord c = Rules.channel(r, channel.channel());
            Rules.require(r, self, Permission.CREATE_INVITES);
            // Deterministic, so tests can expect it: the channel id in base 36.
            return new InviteCode(new BigInteger(c.id.value()).toString(Character.MAX_RADIX));
        });
    }

    private RoomState managed(WorldState w, ChannelRef channel) {
        RoomState r = Rules.joinedRoom(w, channel.room(), self);
        Rules.channel(r, channel.channel());
        Rules.require(r, self, Permission.MANAGE_CHANNELS);
        return r;
    }

    private ChannelRecord managedChannel(WorldState w, ChannelRef channel) {
        return managed(w, channel).channels.get(channel.channel());
    }
}
