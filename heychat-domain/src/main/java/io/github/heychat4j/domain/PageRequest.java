package io.github.heychat4j.domain;

import io.github.heychat4j.domain.internal.Checks;

/**
 * Which slice of a paged listing to read: skip {@code offset} items, return at most {@code limit}. The request
 * belongs to one {@link Listing}, whose maximum page size it checks when it is made, so no port has to.
 *
 * {@snippet :
 * Page<Room> first = heychat.rooms().joinedRooms(RoomGateway.JOINED_ROOMS.first(50));
 * first.next().ifPresent(next -> heychat.rooms().joinedRooms(next));
 * }
 *
 * @param listing the listing it reads
 * @param offset  how many items to skip, {@code >= 0}
 * @param limit   the page size, from 1 to the listing's {@link Listing#maxLimit()}
 * @param <T>     the type of the listed items
 */
public record PageRequest<T>(Listing<T> listing, int offset, int limit) {
    /** Validates offset {@code >= 0} and {@code 1 <= limit <= listing.maxLimit()}. */
    public PageRequest {
        Checks.notNull("listing", listing);
        if (offset < 0) {
            throw new IllegalArgumentException("offset: must not be negative, got " + offset);
        }
        if (limit < 1) {
            throw new IllegalArgumentException("limit: must be at least 1, got " + limit);
        }
        if (limit > listing.maxLimit()) {
            throw new IllegalArgumentException("limit: at most " + listing.maxLimit() + " for " + listing.name() + ", got " + limit);
        }
    }

    /** The page after this one, of the same size. */
    public PageRequest<T> next() {
        if (offset > Integer.MAX_VALUE - limit) {
            throw new IllegalArgumentException("offset: the page after offset " + offset + " with limit " + limit
                    + " would start past " + Integer.MAX_VALUE);
        }
        return new PageRequest<>(listing, offset + limit, limit);
    }
}
