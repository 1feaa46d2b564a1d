package io.github.heychat4j.http;

import io.github.heychat4j.domain.HeychatException;
import io.github.heychat4j.domain.Operation;
import io.github.heychat4j.domain.internal.Checks;
import java.time.Duration;
import java.util.Optional;

/**
 * One logical call of a port method as it ended, reported to {@link HeychatListener#callCompleted}: its operation,
 * how it ended (the exception the caller got, or none), how many requests it sent and how long it took from the
 * call to its end, retries, rate-limit waits and backoff included.
 *
 * @param operation the port method called
 * @param error     the exception the caller got; empty when the call succeeded
 * @param attempts  how many requests were sent, 0 when the call was refused before sending (open circuit, local
 *                  rate limit beyond its allowed wait)
 * @param duration  from the call to its end, on the client's ticker ({@link HeychatHttp.Builder#ticker})
 */
public record CallCompleted(Operation operation, Optional<HeychatException> error, int attempts, Duration duration) {
    /** Validates that nothing is null and the counts are not negative. */
    public CallCompleted {
        Checks.notNull("operation", operation);
        Checks.notNull("error", error);
        Checks.notNull("duration", duration);
        if (attempts < 0) {
            throw new IllegalArgumentException("attempts: must not be negative, got " + attempts);
        }
        if (duration.isNegative()) {
            throw new IllegalArgumentException("duration: must not be negative, got " + duration);
        }
    }

    /** Whether the caller got a result. */
    public boolean succeeded() {
        return error.isEmpty();
    }

    /**
     * The class of the exception the caller got: one of the sealed {@link HeychatException} family, so a bounded
     * set; empty on success.
     */
    public Optional<Class<? extends HeychatException>> errorType() {
        return error.map(HeychatException::getClass);
    }

    @Override
    public String toString() {
        return "CallCompleted[" + operation + ", " + errorType().map(Class::getSimpleName).orElse("ok") + ", " + attempts
                + " attempt(s), " + duration.toMillis() + " ms]";
    }
}
