package io.github.heychat4j.domain.channel;

import io.github.heychat4j.domain.ChannelId;
import io.github.heychat4j.domain.RoomId;
import io.github.heychat4j.domain.internal.Checks;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A channel of a room, with its children when it is a category (the room view is a tree).
 *
 * @param room              the room it belongs to
 * @param id                its id
 * @param name              its name
 * @param type              its type
 * @param parent            the category it sits in, if any
 * @param children          the channels inside it (categories only), immutable
 * @param isPrivate         whether it is private
 * @param passwordProtected whether joining needs a password
 * @param maxMembers        the member limit (voice), if set
 */
public record Channel(RoomId room, ChannelId id, String name, ChannelType type, Optional<ChannelId> parent,
                      List<Channel> children, boolean isPrivate, boolean passwordProtected,
                      Optional<Integer> maxMembers) {
    /** Validates that nothing is null and copies the children. */
    public Channel {
        Checks.notNull("room", room);
        Checks.notNull("id", id);
        Checks.notNull("name", name);
        Checks.notNull("type", type);
        Checks.notNull("parent", parent);
        children = List.copyOf(Checks.elements("children", children));
        Checks.notNull("maxMembers", maxMembers);
    }

    /** A channel with no parent, no children, public, no password, no limit. */
    public static Channel of(RoomId room, ChannelId id, String name, ChannelType type) {
        return new Channel(room, id, name, type, Optional.empty(), List.of(), false, false, Optional.empty());
    }

    /** Where this channel is, for the ports. */
    public ChannelRef ref() {
        return new ChannelRef(room, id, type == ChannelType.UNKNOWN ? ChannelType.TEXT : type);
    }

    /** This channel and all channels below it, depth first. */
    public Stream<Channel> flatten() {
        return Stream.concat(Stream.of(this), children.stream().flatMap(Channel::flatten));
    }
}
