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
    private final Ids ids = new Ids(Clock.fixed(Instant.ofEpochMilli(1733388149129L), ZoneOffset.UTC));

    @Test
    void ackIdsStartAtTheClockInMillisTimesAThousandAndIncrease() {
        List<AckId> first = List.of(ids.nextAckId(), ids.nextAckId(), ids.nextAckId());

        assertEquals(List.of(AckId.of("1733388149129000"), AckId.of("1733388149129001"), AckId.of("1733388149129002")), first);
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
