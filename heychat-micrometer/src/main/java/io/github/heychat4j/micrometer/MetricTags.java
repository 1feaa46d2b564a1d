package io.github.heychat4j.micrometer;

import io.github.heychat4j.domain.Operation;
import io.github.heychat4j.http.CircuitState;
import io.github.heychat4j.http.GatewayDisconnect;
import io.github.heychat4j.http.SkipReason;
import java.util.Locale;

/**
 * The one place where the adapter's typed signals become tag values. Every value comes from a closed set (an enum
 * constant, a class of the sealed {@code HeychatException} family, a domain event class) or from the bot's own code
 * (the class of an exception a handler threw), never from a room, channel, user or message id.
 */
final class MetricTags {
    /** The value of the {@code exception} tag when there was none. */
    static final String NONE = "none";

    private MetricTags() {
    }

    /**
     * {@code rooms_kick} for {@link Operation#ROOMS_KICK}: the domain operation, lower case, the same key as the
     * fake's journal. If the key changes, this is the only line that follows.
     */
    static String operation(Operation operation) {
        return lower(operation.name());
    }

    /** The simple name of an exception class, as Micrometer's own binders tag exceptions. */
    static String exception(Class<? extends Throwable> type) {
        String simple = type.getSimpleName();
        return simple.isEmpty() ? type.getName() : simple;
    }

    /** {@code MessagePosted}, {@code UnknownEvent}: the domain event's simple class name. */
    static String eventType(Class<?> type) {
        return type.getSimpleName();
    }

    static String state(CircuitState state) {
        return lower(state.name());
    }

    static String reason(SkipReason reason) {
        return lower(reason.name());
    }

    static String kind(GatewayDisconnect.Kind kind) {
        return lower(kind.name());
    }

    /** {@code local} for heychat4j's own limiter, {@code platform} for an HTTP 429. */
    static String limiter(boolean local) {
        return local ? "local" : "platform";
    }

    private static String lower(String constant) {
        return constant.toLowerCase(Locale.ROOT);
    }
}
