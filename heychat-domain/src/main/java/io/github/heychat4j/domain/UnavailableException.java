package io.github.heychat4j.domain;

/**
 * Heychat could not be reached or failed on its side: a 5xx status, an I/O error, a timeout, an
 * open circuit breaker or a full bulkhead. A write that fails this way was either not applied or is
 * safe to repeat (an idempotent write such as a kick or a nickname); when a write that is unsafe to
 * repeat may have been applied, the adapter throws {@link AmbiguousOutcomeException} instead.
 */
public final class UnavailableException extends HeychatException {
    private static final long serialVersionUID = 1L;

    /** @param message what failed */
    public UnavailableException(String message) {
        super(message);
    }

    /**
     * @param message what failed
     * @param cause   the underlying failure
     */
    public UnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public boolean isTransient() {
        return true;
    }
}
