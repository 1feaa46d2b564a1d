package io.github.heychat4j.domain.room;

import io.github.heychat4j.domain.internal.Checks;
import java.time.Duration;

/**
 * A timed silence (禁言): the member cannot speak in text or voice for {@code duration}. A zero
 * duration lifts the silence. (The platform's wire calls it a ban, {@code POST /chatroom/v2/room/ban}; the
 * room's blacklist, {@code BAN_MEMBERS}, is something else.)
 *
 * @param duration whole seconds, from 0 to {@value Integer#MAX_VALUE} seconds
 * @param reason   recorded in the room's audit log, at most {@value #MAX_REASON_LENGTH} characters, may be empty; when not empty, not blank and free of control characters
 */
public record Silence(Duration duration, String reason) {
    /** The longest reason accepted (not documented by the platform). */
    public static final int MAX_REASON_LENGTH = 200;

    /** Validates the duration and the reason. */
    public Silence {
        Checks.notNull("duration", duration);
        if (duration.isNegative()) {
            throw new IllegalArgumentException("duration: must not be negative, got " + duration);
        }
        if (duration.getNano() != 0 || duration.getSeconds() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("duration: whole seconds up to " + Integer.MAX_VALUE + ", got " + duration);
        }
        Checks.notNull("reason", reason);
        if (!reason.isEmpty()) {
            Checks.printable("reason", reason);
        }
        Checks.maxCodePoints("reason", reason, MAX_REASON_LENGTH);
    }

    /** A silence for {@code duration}. */
    public static Silence of(Duration duration, String reason) {
        return new Silence(duration, reason);
    }

    /** Lifting a silence: duration zero. */
    public static Silence lift() {
        return new Silence(Duration.ZERO, "");
    }

    /** Whether this lifts a silence. */
    public boolean isLift() {
        return duration.isZero();
    }
}
