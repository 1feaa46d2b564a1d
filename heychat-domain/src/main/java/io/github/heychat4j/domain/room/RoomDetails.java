package io.github.heychat4j.domain.room;

import io.github.heychat4j.domain.ChannelId;
import io.github.heychat4j.domain.RoleId;
import io.github.heychat4j.domain.channel.Channel;
import io.github.heychat4j.domain.internal.Checks;
import io.github.heychat4j.domain.role.Role;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A room with its channel tree and roles, as the room view returns it.
 *
 * {@snippet :
 * RoomDetails details = heychat.rooms().details(room);
 * Optional<Channel> general = details.channelNamed("综合");
 * }
 *
 * @param room     the room
 * @param channels the top-level channels; categories hold their children
 * @param roles    the room's roles
 * @param myRoles  the roles the bot has in this room
 */
public record RoomDetails(Room room, List<Channel> channels, List<Role> roles, Set<RoleId> myRoles) {
    /** Copies the collections. */
    public RoomDetails {
        Checks.notNull("room", room);
        channels = List.copyOf(Checks.elements("channels", channels));
        roles = List.copyOf(Checks.elements("roles", roles));
        myRoles = Set.copyOf(Checks.elements("myRoles", myRoles));
    }

    /** Every channel of the tree, depth first. */
    public List<Channel> allChannels() {
        return channels.stream().flatMap(Channel::flatten).toList();
    }

    /** The channel with this id, anywhere in the tree. */
    public Optional<Channel> channel(ChannelId id) {
        return allChannels().stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** The first channel with this name, anywhere in the tree. */
    public Optional<Channel> channelNamed(String name) {
        return allChannels().stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** The role with this id. */
    public Optional<Role> role(RoleId id) {
        return roles.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** The first role with this name. */
    public Optional<Role> roleNamed(String name) {
        return roles.stream().filter(r -> r.name().equals(name)).findFirst();
    }
}
