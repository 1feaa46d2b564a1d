package io.github.heychat4j.domain.event;

/**
 * Handles one kind of event. A handler may throw: the gateway reports the failure to
 * {@link EventGateway#onHandlerFailure} (or logs it when nobody listens) and goes on delivering to other
 * handlers and later events.
 *
 * @param <E> the event type
 */
@FunctionalInterface
public interface EventHandler<E extends HeychatEvent> {
    /**
     * Handles the event.
     *
     * @param event the event
     * @throws Exception anything; it is reported, never propagated to the gateway's reader
     */
    void handle(E event) throws Exception;
}
