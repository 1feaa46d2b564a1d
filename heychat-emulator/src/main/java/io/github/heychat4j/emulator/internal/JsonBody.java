package io.github.heychat4j.emulator.internal;

import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.role.Permissions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * A JSON request body (or one object inside it), read field by field with the platform's types:
 * 64-bit ids as strings of digits, user ids as JSON numbers, {@code addition} as a string holding
 * JSON, permission bitmasks as decimal strings. Every accessor fails with a {@link BadRequest} naming
 * the field and the rule.
 */
public final class JsonBody {

    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,20}");

    private final ObjectNode node;
    private final String prefix;

    private JsonBody(ObjectNode node, String prefix) {
        this.node = node;
        this.prefix = prefix;
    }

    /** Parses a request body; it must be one JSON object. */
    public static JsonBody parse(byte[] bytes) {
        if (bytes.length == 0) {
            throw new BadRequest("body", "is required (a JSON object)");
        }
        JsonNode parsed = Json.parse(bytes).orElseThrow(() -> new BadRequest("body", "must be valid JSON"));
        if (!parsed.isObject()) {
            throw new BadRequest("body", "must be a JSON object");
        }
        return new JsonBody((ObjectNode) parsed, "");
    }

    /** An object read with {@code prefix} before its field names in error messages. */
    public static JsonBody of(ObjectNode node, String prefix) {
        return new JsonBody(node, prefix);
    }

    /** A body with no fields, for endpoints whose body is empty. */
    public static JsonBody empty() {
        return new JsonBody(Json.object(), "");
    }

    private String name(String field) {
        return prefix + field;
    }

    /** The field's node; empty when absent or JSON null. */
    public Optional<JsonNode> field(String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value);
    }

    private JsonNode required(String field) {
        return field(field).orElseThrow(() -> new BadRequest(name(field), "is required"));
    }

    /** Whether the field is present and not null. */
    public boolean has(String field) {
        return field(field).isPresent();
    }

    /** A required JSON string, possibly empty. */
    public String string(String field) {
        JsonNode value = required(field);
        if (!value.isString()) {
            throw new BadRequest(name(field), "must be a JSON string");
        }
        return value.stringValue();
    }

    /** An optional JSON string. */
    public Optional<String> optionalString(String field) {
        return field(field).map(value -> {
            if (!value.isString()) {
                throw new BadRequest(name(field), "must be a JSON string");
            }
            return value.stringValue();
        });
    }

    /** A required 64-bit id: a JSON string of decimal digits. */
    public String id(String field) {
        String value = string(field);
        return checkDigits(field, value);
    }

    /** An optional 64-bit id; absent, null and {@code ""} mean none. */
    public Optional<String> optionalId(String field) {
        return optionalString(field).filter(v -> !v.isEmpty()).map(v -> checkDigits(field, v));
    }

    private String checkDigits(String field, String value) {
        if (!DIGITS.matcher(value).matches()) {
            throw new BadRequest(name(field), "must be a string of decimal digits, got \"" + value + "\"");
        }
        return value;
    }

    /** A required user id: a positive integral JSON number. */
    public UserId userId(String field) {
        return userIdOf(field, required(field), false);
    }

    private UserId userIdOf(String field, JsonNode value, boolean digitStringsToo) {
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            long id = value.longValue();
            if (id > 0) {
                return UserId.of(id);
            }
            throw new BadRequest(name(field), "must be a positive user id, got " + id);
        }
        if (digitStringsToo && value.isString() && DIGITS.matcher(value.stringValue()).matches()) {
            try {
                return UserId.parse(value.stringValue());
            } catch (IllegalArgumentException e) {
                throw new BadRequest(name(field), "must be a positive user id, got \"" + value.stringValue() + "\"");
            }
        }
        throw new BadRequest(name(field), digitStringsToo
                ? "must hold JSON numbers or strings of digits"
                : "must be a JSON number");
    }

    /** A required user id given as a JSON number or a string of digits. */
    public UserId anyUserId(String field) {
        return userIdOf(field, required(field), true);
    }

    /** Fails when the object has a field not in {@code known}: catches typos in hand-written files. */
    public void onlyFields(java.util.Set<String> known) {
        for (String field : node.propertyNames()) {
            if (!known.contains(field)) {
                throw new BadRequest(name(field), "is not a known field (known: " + String.join(", ", new java.util.TreeSet<>(known)) + ")");
            }
        }
    }

    /** A required array of user ids, each a JSON number or a string of digits. */
    public List<UserId> userIds(String field) {
        JsonNode value = required(field);
        if (!value.isArray()) {
            throw new BadRequest(name(field), "must be a JSON array");
        }
        List<UserId> ids = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            ids.add(userIdOf(field + "[" + i + "]", value.get(i), true));
        }
        return ids;
    }

    /** A required integral JSON number that fits an int. */
    public int integer(String field) {
        return intOf(field, required(field));
    }

    /** An optional integral JSON number that fits an int. */
    public OptionalInt optionalInteger(String field) {
        Optional<JsonNode> value = field(field);
        return value.isPresent() ? OptionalInt.of(intOf(field, value.get())) : OptionalInt.empty();
    }

    private int intOf(String field, JsonNode value) {
        if (!value.isIntegralNumber()) {
            throw new BadRequest(name(field), "must be a JSON integer");
        }
        if (!value.canConvertToInt()) {
            throw new BadRequest(name(field), "must fit in 32 bits, got " + value);
        }
        return value.intValue();
    }

    /** A required integral JSON number that fits a long. */
    public long longInteger(String field) {
        JsonNode value = required(field);
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw new BadRequest(name(field), "must be a JSON integer");
        }
        return value.longValue();
    }

    /** A required flag sent as the integer 1 or 0. */
    public boolean oneOrZero(String field) {
        int value = integer(field);
        if (value != 0 && value != 1) {
            throw new BadRequest(name(field), "must be 1 or 0, got " + value);
        }
        return value == 1;
    }

    /** A required JSON boolean. */
    public boolean bool(String field) {
        JsonNode value = required(field);
        if (!value.isBoolean()) {
            throw new BadRequest(name(field), "must be a JSON boolean");
        }
        return value.booleanValue();
    }

    /** A required permission bitmask: a decimal string. */
    public Permissions permissions(String field) {
        String value = string(field);
        if (!DIGITS.matcher(value).matches()) {
            throw new BadRequest(name(field), "must be a decimal string bitmask, got \"" + value + "\"");
        }
        try {
            return Permissions.parse(value);
        } catch (IllegalArgumentException e) {
            throw new BadRequest(name(field), "must fit in 64 bits, got " + value);
        }
    }

    /** A required JSON string holding a serialized JSON object, e.g. {@code addition}. */
    public JsonBody jsonString(String field) {
        String text = string(field);
        JsonNode parsed = Json.parse(text)
                .orElseThrow(() -> new BadRequest(name(field), "must be a JSON string holding valid JSON"));
        if (!parsed.isObject()) {
            throw new BadRequest(name(field), "must be a JSON string holding a JSON object");
        }
        return new JsonBody((ObjectNode) parsed, name(field) + ".");
    }

    /** The objects of an array field; empty when the field is absent and {@code required} is false. */
    public List<JsonBody> objects(String field, boolean required) {
        Optional<JsonNode> value = required ? Optional.of(required(field)) : field(field);
        if (value.isEmpty()) {
            return List.of();
        }
        if (!value.get().isArray()) {
            throw new BadRequest(name(field), "must be a JSON array");
        }
        List<JsonBody> objects = new ArrayList<>();
        for (int i = 0; i < value.get().size(); i++) {
            JsonNode element = value.get().get(i);
            String elementName = name(field) + "[" + i + "]";
            if (!element.isObject()) {
                throw new BadRequest(elementName, "must be a JSON object");
            }
            objects.add(new JsonBody((ObjectNode) element, elementName + "."));
        }
        return objects;
    }

    /** A required JSON object field. */
    public JsonBody object(String field) {
        JsonNode value = required(field);
        if (!value.isObject()) {
            throw new BadRequest(name(field), "must be a JSON object");
        }
        return new JsonBody((ObjectNode) value, name(field) + ".");
    }

    /** The integers of an optional array field. */
    public List<Integer> integers(String field) {
        Optional<JsonNode> value = field(field);
        if (value.isEmpty()) {
            return List.of();
        }
        if (!value.get().isArray()) {
            throw new BadRequest(name(field), "must be a JSON array");
        }
        List<Integer> ints = new ArrayList<>();
        for (int i = 0; i < value.get().size(); i++) {
            ints.add(intOf(field + "[" + i + "]", value.get().get(i)));
        }
        return ints;
    }

    /** A copy of this object with a string field set (the request itself is left as it was sent). */
    public JsonBody with(String field, String value) {
        ObjectNode copy = node.deepCopy();
        copy.put(field, value);
        return new JsonBody(copy, prefix);
    }

    /** The name a field of this object has in error messages. */
    public String nameOf(String field) {
        return name(field);
    }
}
