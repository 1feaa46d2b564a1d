package io.github.heychat4j.http.internal;

import io.github.heychat4j.domain.HeychatProtocolException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The adapter's one JSON configuration. Responses are read as trees: integers stay exact (int, long or
 * BigInteger nodes, never a double), so 64-bit ids survive whether the platform sends them as numbers or
 * strings. Jackson 3 mappers are immutable, so one shared instance is safe.
 */
public final class Json {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
    private static final JsonNodeFactory NODES = MAPPER.getNodeFactory();

    private Json() {
    }

    /** A new empty object. */
    public static ObjectNode object() {
        return NODES.objectNode();
    }

    /** The compact JSON text of a tree. */
    public static String write(JsonNode node) {
        return MAPPER.writeValueAsString(node);
    }

    /** The compact UTF-8 JSON of a tree. */
    public static byte[] writeBytes(JsonNode node) {
        return MAPPER.writeValueAsBytes(node);
    }

    /**
     * Parses a response body.
     *
     * @param where names the response in the message, e.g. {@code "GET /chatroom/v2/room/joined"}
     * @throws HeychatProtocolException when the body is empty or not one JSON value
     */
    public static JsonNode parse(byte[] body, String where) {
        if (body == null || body.length == 0) {
            throw new HeychatProtocolException(where + ": empty response body");
        }
        try {
            JsonNode node = MAPPER.readTree(body);
            if (node == null || node.isMissingNode()) {
                throw new HeychatProtocolException(where + ": empty response body");
            }
            return node;
        } catch (JacksonException e) {
            throw new HeychatProtocolException(where + ": response is not valid JSON (" + e.getOriginalMessage() + ")", e);
        }
    }

    /** Parses JSON text that is known to be well-formed (tests and nested JSON strings). */
    public static JsonNode parse(String text, String where) {
        return parse(text.getBytes(java.nio.charset.StandardCharsets.UTF_8), where);
    }
}
