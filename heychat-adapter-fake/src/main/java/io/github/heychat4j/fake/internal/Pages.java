package io.github.heychat4j.fake.internal;

import io.github.heychat4j.domain.Page;
import io.github.heychat4j.domain.PageRequest;
import java.util.List;

/** Offset paging as the platform does it: a slice of the whole list, with the list's total. */
final class Pages {
    private Pages() {
    }

    static <T> Page<T> slice(List<T> all, PageRequest<T> request) {
        int from = Math.min(request.offset(), all.size());
        int to = (int) Math.min(all.size(), (long) request.offset() + request.limit());
        return new Page<>(all.subList(from, to), request, all.size());
    }
}
