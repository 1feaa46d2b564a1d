package io.github.heychat4j.domain;

import java.time.Duration;
import java.util.Optional;

/**
 * The platform (HTTP 429) or the adapter's own limiter (300 requests/min, 9 direct messages/min by
 * default) refused a call because too many were made. {@link #retryAfter()} says when to try again
 * if anyone said so.
 */
public final class RateLimitedException extends HeychatException {
    private static final long serialVersionUID = 1L;

    private final transient Duration retryAfter;

    /**
     * @param message    what was limited
     * @param retryAfter how long to wait, if known; null when unknown
     */
    public RateLimitedException(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    /** How long to wait before the next try, when the platform or the limiter said so. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    @Override
    public boolean isTransient() {
        return true;
    }
}
