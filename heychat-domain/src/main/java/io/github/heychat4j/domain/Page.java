package io.github.heychat4j.domain;

import io.github.heychat4j.domain.internal.Checks;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One page of a paged listing: the items the platform returned for a request.
 *
 * {@snippet :
 * Page<Room> page = heychat.rooms().joinedRooms(RoomGateway.JOINED_ROOMS.first(50));
 * for (Room room : page.items()) { ... }
 * if (page.hasNext()) { ... page.next() ... }
 * }
 *
 * @param items   the items of this page, immutable
 * @param request the request this page answers (its listing, offset and page size)
 * @param total   the total number of items in the listing, as the platform counts them, {@code >= 0}
 * @param <T>     the item type
 */
public record Page<T>(List<T> items, PageRequest<T> request, int total) {
    /** Copies {@code items} and validates the total. */
    public Page {
        items = List.copyOf(Checks.elements("items", items));
        Checks.notNull("request", request);
        if (total < 0) {
            throw new IllegalArgumentException("total: must not be negative, got " + total);
        }
    }

    /** The offset this page starts at. */
    public int offset() {
        return request.offset();
    }

    /** The page size that was asked for. */
    public int limit() {
        return request.limit();
    }

    /** Whether another page follows this one. */
    public boolean hasNext() {
        return !items.isEmpty() && (long) request.offset() + items.size() < total;
    }

    /** The request for the page after this one, if there is one: it starts after the items this page holds. */
    public Optional<PageRequest<T>> next() {
        return hasNext() ? Optional.of(new PageRequest<>(request.listing(), request.offset() + items.size(), request.limit())) : Optional.empty();
    }

    /**
     * Reads every page of a listing, starting at the first page of the largest size, and returns all items in order.
     * Stops when a page is empty or when the platform's total has been reached.
     *
     * @param listing the listing to read
     * @param reader  reads one page
     */
    public static <T> List<T> readAll(Listing<T> listing, Function<PageRequest<T>, Page<T>> reader) {
        var all = new java.util.ArrayList<T>();
        Optional<PageRequest<T>> request = Optional.of(listing.first());
        while (request.isPresent()) {
            Page<T> page = reader.apply(request.get());
            all.addAll(page.items());
            request = page.next();
        }
        return List.copyOf(all);
    }
}
