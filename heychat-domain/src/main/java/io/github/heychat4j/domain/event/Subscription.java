package io.github.heychat4j.domain.event;

/**
 * A handler's place on an {@link EventGateway}; cancel it to stop receiving. Cancelling twice is harmless.
 *
 * {@snippet :
 * try (Subscription greeting = heychat.events().on(MemberJoined.class, this::greet)) {
 *     runEvent();
 * } // no more greetings
 * }
 */
public interface Subscription extends AutoCloseable {
    /** Stops delivery to this handler; an event already being delivered to it finishes. */
    void cancel();

    /** Whether the handler still receives events. */
    boolean isActive();

    /** Same as {@link #cancel()}. */
    @Override
    default void close() {
        cancel();
    }
}
