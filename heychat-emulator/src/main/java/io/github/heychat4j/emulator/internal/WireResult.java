package io.github.heychat4j.emulator.internal;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;

/**
 * The {@code result} of a success envelope, written straight into the reply's JSON. The objects the
 * platform answers with most (rooms, channels, roles, members) are written field by field, with no tree
 * built only to be serialized; a small result may still be built as a tree and written with {@link #of}.
 *
 * <p>A result only encodes what its endpoint has already fetched: every port call (and so every
 * refusal) happens before the reply is written.
 */
@FunctionalInterface
public interface WireResult {

    /**
     * Writes the result as one JSON value.
     *
     * @param out the generator, positioned where the value goes
     */
    void writeTo(JsonGenerator out);

    /** A result built as a tree. */
    static WireResult of(JsonNode tree) {
        return out -> out.writeTree(tree);
    }
}
