package io.github.heychat4j.emulator;

import java.time.Duration;
import java.util.Objects;

/**
 * A wire-level failure the emulator plays for a request, to test how a client copes with what the
 * network and the platform's front end can do. Inject one with {@link WireFaults#inject}.
 *
 * {@snippet :
 * emulator.faults().inject("/chatroom/v2/room/kick_out", WireFault.status(503));
 * emulator.faults().inject("/chatroom/v2/channel_msg/send", WireFault.appliedButLost());
 * }
 *
 * Faults that say "not applied" answer before the request reaches the world; the others let the
 * world apply it first.
 */
public sealed interface WireFault {

    /** An HTTP error status (e.g. 500, 502, 503) with a failed envelope; the request is NOT applied. */
    static WireFault status(int httpStatus) {
        return new Status(httpStatus);
    }

    /** HTTP 429 with a {@code Retry-After} header in whole seconds; the request is NOT applied. */
    static WireFault tooManyRequests(Duration retryAfter) {
        return new TooManyRequests(retryAfter);
    }

    /** The answer comes {@code delay} late; the request is then handled normally. */
    static WireFault latency(Duration delay) {
        return new Latency(delay);
    }

    /** The connection is closed before any response; the request is NOT applied. */
    static WireFault dropConnection() {
        return new DropConnection();
    }

    /** The request is applied normally, but the body sent back is not valid JSON. */
    static WireFault malformedJson() {
        return new MalformedJson();
    }

    /** The request IS applied, then the connection is closed without a response. */
    static WireFault appliedButLost() {
        return new AppliedButLost();
    }

    /**
     * An HTTP error status.
     *
     * @param httpStatus 400 to 599
     */
    record Status(int httpStatus) implements WireFault {
        /** Validates the status. */
        public Status {
            if (httpStatus < 400 || httpStatus > 599) {
                throw new IllegalArgumentException("httpStatus: must be between 400 and 599, got " + httpStatus);
            }
        }
    }

    /**
     * HTTP 429.
     *
     * @param retryAfter what the {@code Retry-After} header says, whole seconds from 0
     */
    record TooManyRequests(Duration retryAfter) implements WireFault {
        /** Validates the delay. */
        public TooManyRequests {
            Objects.requireNonNull(retryAfter, "retryAfter");
            if (retryAfter.isNegative() || retryAfter.getNano() != 0) {
                throw new IllegalArgumentException("retryAfter: whole seconds, not negative, got " + retryAfter);
            }
        }
    }

    /**
     * A late answer.
     *
     * @param delay 0 to 60 seconds
     */
    record Latency(Duration delay) implements WireFault {
        /** Validates the delay. */
        public Latency {
            Objects.requireNonNull(delay, "delay");
            if (delay.isNegative() || delay.compareTo(Duration.ofMinutes(1)) > 0) {
                throw new IllegalArgumentException("delay: must be between 0 and 60 seconds, got " + delay);
            }
        }
    }

    /** The connection closes before any response; nothing applied. */
    record DropConnection() implements WireFault {
    }

    /** Applied, answered with a body that is not JSON. */
    record MalformedJson() implements WireFault {
    }

    /** Applied, then the connection closes without a response. */
    record AppliedButLost() implements WireFault {
    }
}
