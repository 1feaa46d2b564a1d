package io.github.heychat4j.domain.media;

import io.github.heychat4j.domain.internal.Checks;

/**
 * The id of a running voice-channel stream, to stop it.
 *
 * @param value the platform's task id
 */
public record StreamTaskId(String value) {
    /** Validates the id. */
    public StreamTaskId {
        Checks.notBlank("taskId", value);
        Checks.maxCodePoints("taskId", value, 128);
    }

    /** Same as the constructor. */
    public static StreamTaskId of(String value) {
        return new StreamTaskId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
