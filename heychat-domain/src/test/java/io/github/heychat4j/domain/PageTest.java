package io.github.heychat4j.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PageTest {
    private static final Listing<String> LETTERS = new Listing<>("letters", 50);

    @Test
    void pageRequestValidatesOffsetAndLimit() {
        assertEquals("offset: must not be negative, got -1",
                assertThrows(IllegalArgumentException.class, () -> LETTERS.page(-1, 10)).getMessage());
        assertEquals("limit: must be at least 1, got 0",
                assertThrows(IllegalArgumentException.class, () -> LETTERS.first(0)).getMessage());
        assertEquals("listing: must not be null",
                assertThrows(IllegalArgumentException.class, () -> new PageRequest<String>(null, 0, 1)).getMessage());
    }

    @Test
    void aListingNeedsANameAndAMaximumOfAtLeastOne() {
        assertEquals("name: must not be blank", assertThrows(IllegalArgumentException.class, () -> new Listing<>(" ", 5)).getMessage());
        assertEquals("maxLimit: must be between 1 and " + Integer.MAX_VALUE + ", got 0",
                assertThrows(IllegalArgumentException.class, () -> new Listing<>("x", 0)).getMessage());
        assertEquals(1, new Listing<>("x", 1).first().limit());
        assertEquals("letters", LETTERS.toString());
    }

    static IntStream allowedLimits() {
        return Samples.ints(1, 50);
    }

    static IntStream tooLargeLimits() {
        return IntStream.concat(Samples.ints(51, 1_000_000), IntStream.of(Integer.MAX_VALUE));
    }

    @ParameterizedTest
    @MethodSource("allowedLimits")
    void aPageUpToTheListingsMaximumCanBeAsked(int limit) {
        PageRequest<String> request = LETTERS.first(limit);
        assertEquals(new PageRequest<>(LETTERS, 0, limit), request);
        assertEquals(new PageRequest<>(LETTERS, limit, limit), request.next());
    }

    @ParameterizedTest
    @MethodSource("tooLargeLimits")
    void aLargerPageCannotBeMadeForThatListing(int limit) {
        assertEquals("limit: at most 50 for letters, got " + limit,
                assertThrows(IllegalArgumentException.class, () -> LETTERS.page(7, limit)).getMessage());
    }

    @Test
    void theFirstPageWithoutASizeIsTheLargest() {
        assertEquals(new PageRequest<>(LETTERS, 0, 50), LETTERS.first());
        assertEquals(new PageRequest<>(LETTERS, 3, 4), LETTERS.page(3, 4));
    }

    @Test
    void aPageKnowsWhetherAnotherFollows() {
        Page<String> first = new Page<>(List.of("a", "b"), LETTERS.first(2), 3);
        assertTrue(first.hasNext());
        assertEquals(LETTERS.page(2, 2), first.next().orElseThrow());
        assertEquals(0, first.offset());
        assertEquals(2, first.limit());
        Page<String> last = new Page<>(List.of("c"), LETTERS.page(2, 2), 3);
        assertFalse(last.hasNext());
        assertTrue(last.next().isEmpty());
    }

    @Test
    void theNextPageStartsAfterTheItemsReturnedEvenWhenFewerThanAsked() {
        Page<String> shortPage = new Page<>(List.of("a"), LETTERS.page(4, 10), 30);
        assertEquals(4, shortPage.offset());
        assertEquals(10, shortPage.limit());
        assertEquals(LETTERS.page(5, 10), shortPage.next().orElseThrow());
    }

    @Test
    void anEmptyPageEndsTheListingEvenIfTheTotalSaysMore() {
        assertFalse(new Page<String>(List.of(), LETTERS.page(10, 10), 99).hasNext());
    }

    @Test
    void aPageNeedsItsRequestAndATotalOfAtLeastZero() {
        assertEquals("request: must not be null",
                assertThrows(IllegalArgumentException.class, () -> new Page<String>(List.of(), null, 0)).getMessage());
        assertEquals("total: must not be negative, got -1",
                assertThrows(IllegalArgumentException.class, () -> new Page<String>(List.of(), LETTERS.first(), -1)).getMessage());
        assertEquals(0, new Page<String>(List.of(), LETTERS.first(), 0).total());
    }

    @Test
    void readAllFollowsPagesInOrderAtTheLargestSize() {
        List<Integer> source = IntStream.range(0, 123).boxed().toList();
        Listing<Integer> numbers = new Listing<>("numbers", 50);
        List<PageRequest<Integer>> asked = new ArrayList<>();
        List<Integer> all = Page.readAll(numbers, request -> {
            asked.add(request);
            int end = Math.min(source.size(), request.offset() + request.limit());
            return new Page<>(source.subList(request.offset(), end), request, source.size());
        });
        assertEquals(source, all);
        assertEquals(List.of(numbers.page(0, 50), numbers.page(50, 50), numbers.page(100, 50)), asked);
    }

    @Test
    void pagesAreImmutable() {
        List<String> items = new ArrayList<>(List.of("a"));
        Page<String> page = new Page<>(items, LETTERS.first(1), 1);
        items.add("b");
        assertEquals(List.of("a"), page.items());
        assertThrows(UnsupportedOperationException.class, () -> page.items().add("c"));
    }
}
