package io.github.heychat4j.domain.event;

import io.github.heychat4j.domain.UserId;
import java.time.Instant;
import java.util.Optional;

/**
 * Something that happened on Heychat that the bot can hear: a member ran a command, posted a message,
 * joined or left a room, reacted, or clicked a card button; or the gateway itself reconnected; or the
 * platform sent an event heychat4j does not know. Every event is an immutable record, so a test can
 * build one and compare it with {@code equals}.
 *
 * <p>Switch over the sealed hierarchy to handle every kind:
 * {@snippet :
 * heychat.events().onEvery(event -> {
 *     switch (event) {
 *         case MessagePosted m -> log.info(m.author().displayName() + ": " + m.text());
 *         case MemberJoined j -> greet(j.room(), j.member().id());
 *         default -> { }
 *     }
 * });
 * }
 * (Pattern matching for {@code switch} needs Java 21; on 17 use {@code instanceof} or
 * {@link EventGateway#on(Class, EventHandler)}.)
 */
public sealed interface HeychatEvent permits CommandInvoked, MessagePosted, MemberJoined, MemberLeft, ReactionAdded,
        ReactionRemoved, ButtonClicked, GatewayReconnected, UnknownEvent {

    /** When it happened: the platform's send time where the event has one, else the time the frame was pushed. */
    Instant time();

    /**
     * The person (or bot) whose action this event reports: the author of a message, the member who
     * ran a command, reacted, clicked, joined or left. Empty for events no one did ({@link GatewayReconnected},
     * {@link UnknownEvent}).
     */
    Optional<UserId> actor();
}
