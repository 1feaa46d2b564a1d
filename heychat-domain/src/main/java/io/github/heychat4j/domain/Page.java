package io.github.heychat4j.domain;

import io.github.heychat4j.domain.internal.Checks;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One page of a paged listing, as the platform returned it.
 *
 * {@snippet :
 * Page<Room> page = heychat.rooms().joinedRooms(PageRequest.first(50));
 * for (Room room : page.items()) { ... }
 * if (page.hasNext()) { ... page.next() ... }
 * }
 *
 * @param items  the items of this page, immutable
 * @param offset the offset this page starts at
 * @param limit  the page size that was asked for
 * @param total  the total number of items in the listing, as the platform counts them
 * @param <T>    the item type
 */
public record Page<T>(List<T> items, int offset, int limit, int total) {
    /** Copies {@code items} and validates the numbers. */
    public Page {
        items = List.copyOf(Checks.elements("items", items));
        if (offset < 0 || limit < 1 || total < 0) {
            throw new IllegalArgumentException("page: offset >= 0, limit >= 1 and total >= 0 required, got offset "
                    + offset + ", limit " + limit + ", total " + total);
        }
    }

    /** Whether another page follows this one. */
    public boolean hasNext() {
        return !items.isEmpty() && (long) offset + items.size() < total;
    }

    /** The request for the page after this one, if there is one. */
    public Optional<PageRequest> next() {
        return hasNext() ? Optional.of(new PageRequest(offset + items.size(), limit)) : Optional.empty();
    }

    /** The same page with every item mapped. */
    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), offset, limit, total);
    }

    /**
     * Reads every page of a listing, starting at the first, and returns all items in order.
     * Stops when a page is empty or when the platform's total has been reached.
     *
     * @param pageSize the page size to use
     * @param reader   reads one page
     */
    public static <T> List<T> readAll(int pageSize, Function<PageRequest, Page<T>> reader) {
        var all = new java.util.ArrayList<T>();
        Optional<PageRequest> request = Optional.of(PageRequest.first(pageSize));
        while (request.isPresent()) {
            Page<T> page = reader.apply(request.get());
            all.addAll(page.items());
            request = page.next();
        }
        return List.copyOf(all);
    }
}
