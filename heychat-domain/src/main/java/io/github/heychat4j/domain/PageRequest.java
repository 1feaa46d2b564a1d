package io.github.heychat4j.domain;

/**
 * Which slice of a paged list to read: skip {@code offset} items, return at most {@code limit}.
 * Each listing has its own maximum page size ({@link #JOINED_ROOMS_MAX_LIMIT},
 * {@link #ROOM_MEMBERS_MAX_LIMIT}); the ports check it before any I/O.
 *
 * {@snippet :
 * Page<Room> first = heychat.rooms().joinedRooms(PageRequest.first(50));
 * first.next().ifPresent(next -> heychat.rooms().joinedRooms(next));
 * }
 *
 * @param offset how many items to skip, {@code >= 0}
 * @param limit  the page size, {@code >= 1}
 */
public record PageRequest(int offset, int limit) {
    /** The largest page of joined rooms the platform serves (official: 50). */
    public static final int JOINED_ROOMS_MAX_LIMIT = 50;
    /** The largest page of room members the platform serves (300). */
    public static final int ROOM_MEMBERS_MAX_LIMIT = 300;

    /** Validates offset {@code >= 0} and limit {@code >= 1}. */
    public PageRequest {
        if (offset < 0) {
            throw new IllegalArgumentException("offset: must not be negative, got " + offset);
        }
        if (limit < 1) {
            throw new IllegalArgumentException("limit: must be at least 1, got " + limit);
        }
    }

    /** The first page of the given size. */
    public static PageRequest first(int limit) {
        return new PageRequest(0, limit);
    }

    /** The page after this one, of the same size. */
    public PageRequest next() {
        if (offset > Integer.MAX_VALUE - limit) {
            throw new IllegalArgumentException("offset: the page after offset " + offset + " with limit " + limit
                    + " would start past " + Integer.MAX_VALUE);
        }
        return new PageRequest(offset + limit, limit);
    }

    /**
     * Checks this request against a listing's maximum page size.
     *
     * @param listing the listing's name for the message, e.g. "joined rooms"
     * @param max     the listing's maximum limit
     * @return this request
     * @throws IllegalArgumentException naming the rule when {@code limit > max}
     */
    public PageRequest requireLimitAtMost(String listing, int max) {
        if (limit > max) {
            throw new IllegalArgumentException("limit: at most " + max + " for " + listing + ", got " + limit);
        }
        return this;
    }
}
