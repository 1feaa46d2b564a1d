package io.github.heychat4j.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PageTest {

    @Test
    void pageRequestValidatesOffsetAndLimit() {
        assertEquals("offset: must not be negative, got -1",
                assertThrows(IllegalArgumentException.class, () -> new PageRequest(-1, 10)).getMessage());
        assertEquals("limit: must be at least 1, got 0",
                assertThrows(IllegalArgumentException.class, () -> PageRequest.first(0)).getMessage());
    }

    @Test
    void eachListingChecksItsOwnMaximum() {
        assertEquals("limit: at most 50 for joined rooms, got 51", assertThrows(IllegalArgumentException.class,
                () -> PageRequest.first(51).requireLimitAtMost("joined rooms", PageRequest.JOINED_ROOMS_MAX_LIMIT)).getMessage());
        PageRequest ok = PageRequest.first(300);
        assertEquals(ok, ok.requireLimitAtMost("room members", PageRequest.ROOM_MEMBERS_MAX_LIMIT));
    }

    @Test
    void aPageKnowsWhetherAnotherFollows() {
        Page<String> first = new Page<>(List.of("a", "b"), 0, 2, 3);
        assertTrue(first.hasNext());
        assertEquals(new PageRequest(2, 2), first.next().orElseThrow());
        Page<String> last = new Page<>(List.of("c"), 2, 2, 3);
        assertFalse(last.hasNext());
        assertTrue(last.next().isEmpty());
    }

    @Test
    void anEmptyPageEndsTheListingEvenIfTheTotalSaysMore() {
        assertFalse(new Page<String>(List.of(), 10, 10, 99).hasNext());
    }

    @Test
    void readAllFollowsPagesInOrder() {
        List<Integer> source = IntStream.range(0, 123).boxed().toList();
        List<PageRequest> asked = new ArrayList<>();
        List<Integer> all = Page.readAll(50, request -> {
            asked.add(request);
            int end = Math.min(source.size(), request.offset() + request.limit());
            return new Page<>(source.subList(request.offset(), end), request.offset(), request.limit(), source.size());
        });
        assertEquals(source, all);
        assertEquals(List.of(new PageRequest(0, 50), new PageRequest(50, 50), new PageRequest(100, 50)), asked);
    }

    @Test
    void pagesAreImmutable() {
        List<String> items = new ArrayList<>(List.of("a"));
        Page<String> page = new Page<>(items, 0, 1, 1);
        items.add("b");
        assertEquals(List.of("a"), page.items());
        assertThrows(UnsupportedOperationException.class, () -> page.items().add("c"));
    }
}
