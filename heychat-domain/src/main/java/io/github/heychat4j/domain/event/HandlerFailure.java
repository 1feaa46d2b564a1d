package io.github.heychat4j.domain.event;

import io.github.heychat4j.domain.internal.Checks;

/**
 * A handler threw while handling an event. Delivery went on regardless.
 *
 * @param event the event it was handling
 * @param error what it threw
 */
public record HandlerFailure(HeychatEvent event, Throwable error) {
    /** Validates that nothing is null. */
    public HandlerFailure {
        Checks.notNull("event", event);
        Checks.notNull("error", error);
    }
}
