package io.github.heychat4j.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.github.heychat4j.domain.UserId;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Small public promises a bot's monitoring relies on. */
class SmallContractsTest {
    @Test
    void onlyDuplicatesAreNotMalformedFrames() {
        assertEquals(List.of(SkipReason.OVERSIZED, SkipReason.BINARY, SkipReason.NOT_JSON, SkipReason.NOT_AN_ENVELOPE,
                        SkipReason.UNREADABLE_EVENT),
                Arrays.stream(SkipReason.values()).filter(SkipReason::isMalformed).toList());
    }

    @Test
    void aLocalCacheCoherencePublishesNowhere() {
        assertSame(CacheChangePublisher.NONE, CacheCoherence.local().attach(UserId.of(1), change -> { }, new HeychatListener() { }));
    }
}
