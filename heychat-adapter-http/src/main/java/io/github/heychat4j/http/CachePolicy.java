package io.github.heychat4j.http;

import java.time.Duration;

/**
 * Caching of read-mostly data: the joined rooms ({@code allJoinedRooms}), room details, and the roles and
 * memes of each room. Entries expire {@code expireAfterWrite} after they were loaded; once older than
 * {@code refreshAfterWrite} the next read returns them and reloads them in the background. Every write
 * through the same client drops what it changed, and {@link HeychatHttp#uncached()} reads past the cache.
 *
 * {@snippet :
 * CachePolicy shortLived = CachePolicy.defaults().withExpireAfterWrite(Duration.ofSeconds(30)).withRefreshAfterWrite(Duration.ZERO);
 * }
 *
 * @param enabled           whether anything is cached
 * @param maximumSize       entries per cache, 1 to 1000000
 * @param expireAfterWrite  how long an entry lives, 1 ms to 1 day
 * @param refreshAfterWrite when an entry is reloaded in the background, shorter than {@code expireAfterWrite};
 *                          {@link Duration#ZERO} never refreshes
 */
public record CachePolicy(boolean enabled, long maximumSize, Duration expireAfterWrite, Duration refreshAfterWrite) {
    private static final CachePolicy DEFAULTS = new CachePolicy(true, 1_000, Duration.ofMinutes(5), Duration.ofMinutes(1));

    /** Validates every field. */
    public CachePolicy {
        if (maximumSize < 1 || maximumSize > 1_000_000) {
            throw new IllegalArgumentException("maximumSize: must be between 1 and 1000000, got " + maximumSize);
        }
        PolicyChecks.positive("expireAfterWrite", expireAfterWrite, Duration.ofDays(1));
        PolicyChecks.between("refreshAfterWrite", refreshAfterWrite, Duration.ZERO, Duration.ofDays(1));
        if (!refreshAfterWrite.isZero() && refreshAfterWrite.compareTo(expireAfterWrite) >= 0) {
            throw new IllegalArgumentException("refreshAfterWrite: must be shorter than expireAfterWrite (" + expireAfterWrite
                    + "), got " + refreshAfterWrite);
        }
    }

    /** 1000 entries per cache, expiring after 5 minutes, refreshed in the background after 1 minute. */
    public static CachePolicy defaults() {
        return DEFAULTS;
    }

    /** Nothing cached: every read asks the platform. */
    public static CachePolicy disabled() {
        return new CachePolicy(false, DEFAULTS.maximumSize, DEFAULTS.expireAfterWrite, DEFAULTS.refreshAfterWrite);
    }

    /** This policy with another size bound. */
    public CachePolicy withMaximumSize(long entries) {
        return new CachePolicy(enabled, entries, expireAfterWrite, refreshAfterWrite);
    }

    /** This policy with another lifetime. */
    public CachePolicy withExpireAfterWrite(Duration lifetime) {
        return new CachePolicy(enabled, maximumSize, lifetime, refreshAfterWrite);
    }

    /** This policy refreshing after another age; {@link Duration#ZERO} turns refreshing off. */
    public CachePolicy withRefreshAfterWrite(Duration age) {
        return new CachePolicy(enabled, maximumSize, expireAfterWrite, age);
    }
}
