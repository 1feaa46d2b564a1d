package io.github.heychat4j.domain.event;

import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.internal.Checks;
import java.time.Instant;
import java.util.Optional;

/**
 * An event of a type heychat4j does not know (the platform adds types without notice; some, like
 * {@code "5002"} or {@code "51"}, are seen by one community client only). Kept with its raw frame so that
 * nothing is dropped silently: a bot can read what it needs until heychat4j learns the type.
 *
 * @param type    the frame's {@code type}, as sent
 * @param rawJson the whole frame, as JSON text
 * @param time    when it was pushed
 */
public record UnknownEvent(String type, String rawJson, Instant time) implements HeychatEvent {
    /** Validates that nothing is null. */
    public UnknownEvent {
        Checks.notNull("type", type);
        Checks.notNull("rawJson", rawJson);
        Checks.notNull("time", time);
    }

    @Override
    public Optional<UserId> actor() {
        return Optional.empty();
    }
}
