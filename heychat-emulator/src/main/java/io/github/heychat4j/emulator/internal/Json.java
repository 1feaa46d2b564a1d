package io.github.heychat4j.emulator.internal;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The emulator's one JSON configuration, built once: a tree reader, a tree writer and generators. The
 * emulator reads trees and writes trees or generator calls, never objects by reflection, so that what
 * it accepts and writes is decided field by field in its own wire code. Shares nothing with the HTTP
 * adapter's JSON code.
 */
public final class Json {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final ObjectReader READER = MAPPER.reader();
    private static final ObjectWriter WRITER = MAPPER.writer();
    private static final JsonNodeFactory NODES = MAPPER.getNodeFactory();

    private Json() {
    }

    /** A new empty object node. */
    public static ObjectNode object() {
        return NODES.objectNode();
    }

    /** Parses JSON text; empty when it is not valid JSON. */
    public static Optional<JsonNode> parse(byte[] bytes) {
        try {
            return Optional.of(READER.readTree(bytes));
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }

    /** Parses JSON text; empty when it is not valid JSON. */
    public static Optional<JsonNode> parse(String text) {
        return parse(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Compact UTF-8 bytes of what {@code writing} writes into a generator. */
    public static byte[] write(Consumer<JsonGenerator> writing) {
        // The generator buffers what it writes and hands it over when closed, usually in one piece.
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator out = MAPPER.createGenerator(bytes)) {
            writing.accept(out);
        }
        return bytes.toByteArray();
    }

    /** Compact text. */
    public static String text(JsonNode node) {
        return WRITER.writeValueAsString(node);
    }
}
