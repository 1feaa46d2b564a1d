package io.github.heychat4j.http.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.heychat4j.domain.message.AckId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class IdsTest {
    private static final Clock FIXED = Clock.fixed(Instant.ofEpochMilli(1733388149129L), ZoneOffset.UTC);
    private final Ids ids = new Ids(FIXED);

    @Test
    void ackIdsStartAtTheClockInMillisTimesAThousandAndIncreaseBeforeTheClientsInstance() {
        List<String> first = List.of(ids.nextAckId().value(), ids.nextAckId().value(), ids.nextAckId().value());

        String instance = first.get(0).substring(first.get(0).indexOf('-') + 1);
        assertTrue(instance.matches("[0-9a-f]{16}"), first.get(0));
        assertEquals(List.of("1733388149129000-" + instance, "1733388149129001-" + instance, "1733388149129002-" + instance), first);
        assertTrue(first.get(0).length() <= AckId.MAX_LENGTH);
    }

    @Test
    void twoClientsWithTheSameClockNeverShareAnAckId() {
        // two processes of one bot, or a restart inside the platform's 60 s window
        Ids other = new Ids(FIXED);
        Set<String> seen = ConcurrentHashMap.newKeySet();

        IntStream.range(0, 1_000).forEach(i -> {
            seen.add(ids.nextAckId().value());
            seen.add(other.nextAckId().value());
        });

        assertEquals(2_000, seen.size());
    }

    @Test
    void ackIdsAreUniqueAcrossThreads() {
        Set<String> seen = ConcurrentHashMap.newKeySet();

        IntStream.range(0, 10_000).parallel().forEach(i -> seen.add(ids.nextAckId().value()));

        assertEquals(10_000, seen.size());
    }

    @Test
    void noncesAreSixteenRandomHexDigits() {
        String a = ids.nonce();

        assertTrue(a.matches("[0-9a-f]{16}"), a);
        assertNotEquals(a, ids.nonce());
    }
}
