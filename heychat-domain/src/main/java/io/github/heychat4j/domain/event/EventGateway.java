package io.github.heychat4j.domain.event;

import java.util.function.Consumer;

/**
 * What the bot hears: subscribe a handler to one type of {@link HeychatEvent}, or to all of them. The
 * inbound port, handed out by {@code Heychat.events()}; the fake delivers on the thread of the person
 * acting, the HTTP adapter from the platform's WebSocket gateway.
 *
 * {@snippet :
 * Subscription spam = heychat.events().on(MessagePosted.class, message -> guard.inspect(message));
 * heychat.events().on(MemberJoined.class, joined -> greeter.welcome(joined));
 * heychat.events().onHandlerFailure(failure -> log.warn("handler failed on " + failure.event(), failure.error()));
 * }
 *
 * <p>What every adapter guarantees:
 * <ul>
 *   <li><b>Isolation.</b> A handler that throws is reported to {@link #onHandlerFailure} and does not stop
 *       delivery to other handlers or of later events.</li>
 *   <li><b>Order.</b> Events of one channel (for room events: of one room) reach a handler in the order the
 *       platform sent them, one at a time. Events of different channels may be handled concurrently by the
 *       HTTP adapter, so a handler that touches shared state must be thread-safe.</li>
 *   <li><b>Once.</b> Each message id is delivered once: a command picked from the menu, which the platform may
 *       push both as a command ({@link CommandInvoked}) and as a message ({@link MessagePosted}), reaches the
 *       bot as whichever came first. A frame the platform sends twice is delivered once.</li>
 *   <li><b>Not its own voice.</b> What the bot itself did (its own messages, reactions, commands and clicks) is
 *       not delivered unless the adapter is configured to deliver it. Membership changes of the bot are.</li>
 *   <li><b>Subscription order.</b> For one event, handlers run in the order they subscribed.</li>
 *   <li>No replay: an event that happened before a handler subscribed, or while the gateway was
 *       disconnected, is not delivered; {@link GatewayReconnected} says when the second may have happened.</li>
 * </ul>
 */
public interface EventGateway {

    /**
     * Delivers events of {@code type} (and its subtypes) to {@code handler} until the subscription is cancelled.
     *
     * @param type    the event type, e.g. {@code MessagePosted.class}; {@code HeychatEvent.class} for every event
     * @param handler what to do with each
     * @param <E>     the event type
     * @return the subscription, to cancel
     * @throws IllegalArgumentException when an argument is null
     */
    <E extends HeychatEvent> Subscription on(Class<E> type, EventHandler<? super E> handler);

    /** Delivers every event to {@code handler}; same as {@code on(HeychatEvent.class, handler)}. */
    default Subscription onEvery(EventHandler<? super HeychatEvent> handler) {
        return on(HeychatEvent.class, handler);
    }

    /**
     * Tells {@code reporter} about every handler that throws. While nobody is subscribed here, failures are
     * logged as warnings through {@code System.Logger}.
     *
     * @param reporter what to do with a failure; must not throw (what it throws is logged and ignored)
     * @return the subscription, to cancel
     */
    Subscription onHandlerFailure(Consumer<HandlerFailure> reporter);
}
