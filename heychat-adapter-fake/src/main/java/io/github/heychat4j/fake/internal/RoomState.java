package io.github.heychat4j.fake.internal;

import io.github.heychat4j.domain.ChannelId;
import io.github.heychat4j.domain.RoleId;
import io.github.heychat4j.domain.RoomId;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.channel.Channel;
import io.github.heychat4j.domain.meme.Meme;
import io.github.heychat4j.domain.meme.MemePath;
import io.github.heychat4j.domain.role.Role;
import io.github.heychat4j.domain.room.Member;
import io.github.heychat4j.domain.room.Room;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** One room's mutable state; guarded by the world's lock. */
final class RoomState {
    final RoomId id;
    final String name;
    final Optional<UserId> owner;
    /** The @everyone role; the fake gives it the room's id, as the platform's id is not documented. */
    final RoleId everyoneRole;
    final Map<RoleId, Role> roles = new LinkedHashMap<>();
    final Map<ChannelId, ChannelRecord> channels = new LinkedHashMap<>();
    final Map<UserId, MemberRecord> members = new LinkedHashMap<>();
    final Map<UserId, Instant> bannedUntil = new HashMap<>();
    final Set<UserId> microphoneMuted = new HashSet<>();
    final Set<UserId> speakerMuted = new HashSet<>();
    final Map<UserId, ChannelId> voicePresence = new LinkedHashMap<>();
    final Set<ChannelUser> channelMicrophoneMuted = new HashSet<>();
    final Map<MemePath, Meme> memes = new LinkedHashMap<>();

    record ChannelUser(ChannelId channel, UserId user) {
    }

    RoomState(RoomId id, String name, Optional<UserId> owner) {
        this.id = id;
        this.name = name;
        this.owner = owner;
        this.everyoneRole = RoleId.of(id.value());
    }

    Room toRoom(Optional<Instant> joinedAt) {
        return new Room(id, name, Optional.empty(), Optional.empty(), owner, false, Optional.empty(), false, joinedAt);
    }

    /** Highest position first; the order of declaration among equals. */
    List<Role> roleList() {
        List<Role> list = new ArrayList<>(roles.values());
        list.sort(Comparator.comparingInt(Role::position).reversed());
        return List.copyOf(list);
    }

    List<Channel> channelTree() {
        return channels.values().stream().filter(c -> c.parent.isEmpty()).map(this::toChannel).toList();
    }

    Channel toChannel(ChannelRecord c) {
        List<Channel> children = channels.values().stream()
                .filter(child -> child.parent.equals(Optional.of(c.id)))
                .map(this::toChannel)
                .toList();
        return new Channel(id, c.id, c.name, c.type, c.parent, children, c.isPrivate, c.password.isPresent(), c.maxMembers);
    }

    Member toMember(MemberRecord m, UserRecord user) {
        return new Member(m.user, user.nickname(), m.nickname, m.roles, user.bot(), owner.equals(Optional.of(m.user)),
                Optional.empty());
    }

    /** The channel and every channel below it. */
    List<ChannelId> subtree(ChannelId root) {
        List<ChannelId> ids = new ArrayList<>();
        ids.add(root);
        for (ChannelRecord c : channels.values()) {
            if (c.parent.equals(Optional.of(root))) {
                ids.addAll(subtree(c.id));
            }
        }
        return ids;
    }

    void removeChannelTree(ChannelId root) {
        for (ChannelId gone : subtree(root)) {
            channels.remove(gone);
            voicePresence.values().removeIf(gone::equals);
            channelMicrophoneMuted.removeIf(cu -> cu.channel().equals(gone));
        }
    }

    void removeMember(UserId user) {
        members.remove(user);
        voicePresence.remove(user);
        channelMicrophoneMuted.removeIf(cu -> cu.user().equals(user));
    }

    void removeRole(RoleId role) {
        roles.remove(role);
        members.values().forEach(m -> m.roles.remove(role));
        channels.values().forEach(c -> c.roleOverwrites.remove(role));
    }

    boolean isOwner(UserId user) {
        return owner.equals(Optional.of(user));
    }
}
