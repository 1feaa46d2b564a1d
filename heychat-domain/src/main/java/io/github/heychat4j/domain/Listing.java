package io.github.heychat4j.domain;

import io.github.heychat4j.domain.internal.Checks;

/**
 * A paged listing of the platform and the largest page it serves. A {@link PageRequest} belongs to one listing and
 * cannot ask for a larger page, so a port that takes a {@code PageRequest<Room>} can trust its size. The listings
 * are constants of their ports, e.g. {@code RoomGateway.JOINED_ROOMS}.
 *
 * {@snippet :
 * Page<Room> first = heychat.rooms().joinedRooms(RoomGateway.JOINED_ROOMS.first(20));
 * }
 *
 * @param name     what is listed, for messages, e.g. "joined rooms"
 * @param maxLimit the largest page size, {@code >= 1}
 * @param <T>      the type of the listed items
 */
public record Listing<T>(String name, int maxLimit) {
    /** Validates the name and the maximum. */
    public Listing {
        Checks.notBlank("name", name);
        Checks.between("maxLimit", maxLimit, 1, Integer.MAX_VALUE);
    }

    /** The first page of {@code limit} items. */
    public PageRequest<T> first(int limit) {
        return new PageRequest<>(this, 0, limit);
    }

    /** The first page of the largest size, {@link #maxLimit()}. */
    public PageRequest<T> first() {
        return first(maxLimit);
    }

    /** The page of {@code limit} items that starts after {@code offset} items. */
    public PageRequest<T> page(int offset, int limit) {
        return new PageRequest<>(this, offset, limit);
    }

    @Override
    public String toString() {
        return name;
    }
}
