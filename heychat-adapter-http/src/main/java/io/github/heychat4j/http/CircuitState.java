package io.github.heychat4j.http;

/** The state of the adapter's circuit breaker, as reported to {@link HeychatListener#circuitStateChanged}. */
public enum CircuitState {
    /** Calls go through; failures are counted. */
    CLOSED,
    /** Too many failures: calls fail fast with {@link io.github.heychat4j.domain.UnavailableException} without being sent. */
    OPEN,
    /** A few trial calls go through to see whether the platform recovered. */
    HALF_OPEN
}
