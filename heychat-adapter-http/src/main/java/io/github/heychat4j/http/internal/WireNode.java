package io.github.heychat4j.http.internal;

import io.github.heychat4j.domain.HeychatProtocolException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * A read-only view of one node of a response that knows where it is ({@code result.rooms[2].room_id}) and
 * fails with a {@link HeychatProtocolException} naming that place when a field is missing or has a type
 * that cannot be read. It accepts the type variations the platform is known for: ids as strings or
 * numbers, flags as booleans or 0/1.
 */
public final class WireNode {
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,20}");
    private static final BigInteger MAX_UNSIGNED_64 = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    private final JsonNode node;
    private final String where;
    private final String path;

    private WireNode(JsonNode node, String where, String path) {
        this.node = node;
        this.where = where;
        this.path = path;
    }

    /**
     * @param node  the node
     * @param where the response it is part of, for messages
     * @param path  its path inside the response, e.g. {@code "result"}
     */
    public static WireNode of(JsonNode node, String where, String path) {
        return new WireNode(node, where, path);
    }

    /** The underlying tree (tests and the envelope decoder). */
    public JsonNode json() {
        return node;
    }

    /** This node's path, e.g. {@code result.rooms[0]}. */
    public String path() {
        return path;
    }

    /** A failure naming this node. */
    public HeychatProtocolException unreadable(String problem) {
        return new HeychatProtocolException("unreadable answer to " + where + ": " + path + " " + problem);
    }

    /** A failure naming this node, with its cause. */
    public HeychatProtocolException unreadable(String problem, Throwable cause) {
        return new HeychatProtocolException("unreadable answer to " + where + ": " + path + " " + problem, cause);
    }

    private HeychatProtocolException unreadable(String field, String expected, JsonNode got) {
        return new HeychatProtocolException("unreadable answer to " + where + ": " + path + "." + field + " expected "
                + expected + ", got " + describe(got));
    }

    private static String describe(JsonNode n) {
        if (n == null || n.isMissingNode()) {
            return "nothing";
        }
        if (n.isNull()) {
            return "null";
        }
        String text = n.toString();
        return n.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + " " + (text.length() > 40 ? text.substring(0, 40) + "..." : text);
    }

    private JsonNode objectNode() {
        if (!node.isObject()) {
            throw unreadable("expected an object, got " + describe(node));
        }
        return node;
    }

    private JsonNode raw(String field) {
        JsonNode value = objectNode().get(field);
        return value == null || value.isNull() ? null : value;
    }

    /** Whether the field is present and not null. */
    public boolean has(String field) {
        return raw(field) != null;
    }

    /** Whether this node is a JSON object. */
    public boolean isObject() {
        return node.isObject();
    }

    /** Whether this node is a JSON array. */
    public boolean isArray() {
        return node.isArray();
    }

    /** A required field of any type. */
    public WireNode field(String field) {
        JsonNode value = raw(field);
        if (value == null) {
            throw unreadable(field, "a value", objectNode().get(field));
        }
        return new WireNode(value, where, path + "." + field);
    }

    /** An optional field of any type; absent or null is empty. */
    public Optional<WireNode> optionalField(String field) {
        JsonNode value = raw(field);
        return value == null ? Optional.empty() : Optional.of(new WireNode(value, where, path + "." + field));
    }

    /** A required object field. */
    public WireNode object(String field) {
        WireNode value = field(field);
        if (!value.node.isObject()) {
            throw unreadable(field, "an object", value.node);
        }
        return value;
    }

    /** A required string; integral numbers are accepted and rendered exactly. */
    public String text(String field) {
        JsonNode value = raw(field);
        if (value == null) {
            throw unreadable(field, "a string", objectNode().get(field));
        }
        return asText(field, value);
    }

    /** An optional string; absent or null is empty, an empty string is kept. */
    public Optional<String> optionalText(String field) {
        JsonNode value = raw(field);
        return value == null ? Optional.empty() : Optional.of(asText(field, value));
    }

    /** An optional string that is also empty when blank. */
    public Optional<String> nonBlankText(String field) {
        return optionalText(field).filter(s -> !s.isBlank());
    }

    private String asText(String field, JsonNode value) {
        if (value.isString()) {
            return value.stringValue();
        }
        if (value.isIntegralNumber()) {
            return value.bigIntegerValue().toString();
        }
        throw unreadable(field, "a string", value);
    }

    /**
     * A required unsigned 64-bit id as exact decimal digits, from a string or an integral number. The
     * number is read as a BigInteger, never through a double.
     */
    public String id(String field) {
        JsonNode value = raw(field);
        if (value == null) {
            throw unreadable(field, "an id", objectNode().get(field));
        }
        return asId(field, value);
    }

    /** An optional id; absent, null, {@code ""} and {@code 0} are empty (the platform's "none"). */
    public Optional<String> optionalId(String field) {
        JsonNode value = raw(field);
        if (value == null || (value.isString() && value.stringValue().isEmpty())) {
            return Optional.empty();
        }
        String id = asId(field, value);
        return id.equals("0") ? Optional.empty() : Optional.of(id);
    }

    private String asId(String field, JsonNode value) {
        String digits;
        if (value.isIntegralNumber()) {
            BigInteger n = value.bigIntegerValue();
            if (n.signum() < 0 || n.compareTo(MAX_UNSIGNED_64) > 0) {
                throw unreadable(field, "an unsigned 64-bit id", value);
            }
            digits = n.toString();
        } else if (value.isString() && DIGITS.matcher(value.stringValue()).matches()) {
            digits = new BigInteger(value.stringValue()).toString();
            if (new BigInteger(digits).compareTo(MAX_UNSIGNED_64) > 0) {
                throw unreadable(field, "an unsigned 64-bit id", value);
            }
        } else {
            throw unreadable(field, "an id (decimal digits)", value);
        }
        return digits;
    }

    /** The id this node itself holds (an element of an id array). */
    public String asId() {
        if (node.isIntegralNumber() || node.isString()) {
            try {
                return asId("", node);
            } catch (HeychatProtocolException e) {
                throw unreadable("expected an id (decimal digits), got " + describe(node));
            }
        }
        throw unreadable("expected an id (decimal digits), got " + describe(node));
    }

    /** A required signed 64-bit integer, from a number or a decimal string. */
    public long longValue(String field) {
        JsonNode value = raw(field);
        if (value == null) {
            throw unreadable(field, "an integer", objectNode().get(field));
        }
        return asLong(field, value);
    }

    /** An optional signed 64-bit integer. */
    public Optional<Long> optionalLong(String field) {
        JsonNode value = raw(field);
        if (value == null || (value.isString() && value.stringValue().isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(asLong(field, value));
    }

    private long asLong(String field, JsonNode value) {
        BigInteger n;
        if (value.isIntegralNumber()) {
            n = value.bigIntegerValue();
        } else if (value.isString() && value.stringValue().matches("-?[0-9]{1,20}")) {
            n = new BigInteger(value.stringValue());
        } else {
            throw unreadable(field, "an integer", value);
        }
        if (n.bitLength() > 63) {
            throw unreadable(field, "a 64-bit integer", value);
        }
        return n.longValue();
    }

    /** The signed 64-bit integer this node itself holds (an element of a number array). */
    public long asLong() {
        if (node.isIntegralNumber() && node.bigIntegerValue().bitLength() <= 63) {
            return node.bigIntegerValue().longValue();
        }
        if (node.isString() && node.stringValue().matches("-?[0-9]{1,19}")) {
            return asLong("", node);
        }
        throw unreadable("expected an integer, got " + describe(node));
    }

    /** A required 32-bit integer. */
    public int intValue(String field) {
        long value = longValue(field);
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw unreadable(field, "a 32-bit integer", raw(field));
        }
        return (int) value;
    }

    /** An optional 32-bit integer. */
    public Optional<Integer> optionalInt(String field) {
        Optional<Long> value = optionalLong(field);
        if (value.isPresent() && (value.get() < Integer.MIN_VALUE || value.get() > Integer.MAX_VALUE)) {
            throw unreadable(field, "a 32-bit integer", raw(field));
        }
        return value.map(Long::intValue);
    }

    /** A flag: {@code true}/{@code false}, {@code 1}/{@code 0}, or those as strings; absent or null is {@code otherwise}. */
    public boolean flag(String field, boolean otherwise) {
        JsonNode value = raw(field);
        if (value == null) {
            return otherwise;
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isIntegralNumber()) {
            return value.bigIntegerValue().signum() != 0;
        }
        if (value.isString()) {
            switch (value.stringValue()) {
                case "1", "true" -> {
                    return true;
                }
                case "0", "false", "" -> {
                    return false;
                }
                default -> {
                    // fall through to the failure below
                }
            }
        }
        throw unreadable(field, "a flag (true/false or 1/0)", value);
    }

    /** A required array field, element by element. */
    public List<WireNode> array(String field) {
        JsonNode value = raw(field);
        if (value == null || !value.isArray()) {
            throw unreadable(field, "an array", value == null ? objectNode().get(field) : value);
        }
        return elements(value, path + "." + field);
    }

    /** An optional array field; absent or null is an empty list. */
    public List<WireNode> optionalArray(String field) {
        JsonNode value = raw(field);
        if (value == null) {
            return List.of();
        }
        if (!value.isArray()) {
            throw unreadable(field, "an array", value);
        }
        return elements(value, path + "." + field);
    }

    private List<WireNode> elements(JsonNode array, String arrayPath) {
        List<WireNode> out = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            out.add(new WireNode(array.get(i), where, arrayPath + "[" + i + "]"));
        }
        return out;
    }
}
