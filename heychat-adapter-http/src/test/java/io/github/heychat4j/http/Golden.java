package io.github.heychat4j.http;

import io.github.heychat4j.http.internal.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** The golden samples (copied to {@code golden/} on the test class path) and comparisons against them. */
final class Golden {
    private Golden() {
    }

    static byte[] bytes(String file) {
        try (InputStream in = Golden.class.getClassLoader().getResourceAsStream("golden/" + file)) {
            if (in == null) {
                throw new AssertionError("no golden file " + file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode json(String file) {
        return Json.parse(bytes(file), file);
    }

    static JsonNode request(String name) {
        return json("requests/" + name + ".json");
    }

    static Map<String, String> query(String name) {
        JsonNode node = json("requests/" + name + ".query.json");
        Map<String, String> query = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            query.put(e.getKey(), e.getValue().stringValue());
        }
        return query;
    }

    /**
     * Asserts that {@code actual} has exactly the field names and JSON types of {@code expected}, recursively.
     * String fields that hold JSON objects on both sides (addition, card msg) are compared the same way unless
     * listed in {@code opaqueStrings}.
     */
    static void assertSameStructure(JsonNode expected, JsonNode actual, String path, Set<String> opaqueStrings) {
        if (type(expected) != type(actual)) {
            throw new AssertionError(path + ": expected JSON " + type(expected) + " like " + expected + ", got " + type(actual)
                    + " " + actual);
        }
        if (expected.isObject()) {
            Set<String> expectedNames = names(expected);
            Set<String> actualNames = names(actual);
            if (!expectedNames.equals(actualNames)) {
                throw new AssertionError(path + ": expected fields " + expectedNames + ", got " + actualNames);
            }
            for (String name : expectedNames) {
                assertSameStructure(expected.get(name), actual.get(name), path + "." + name, opaqueStrings);
            }
        } else if (expected.isArray()) {
            if (expected.size() != actual.size()) {
                throw new AssertionError(path + ": expected " + expected.size() + " elements, got " + actual.size());
            }
            for (int i = 0; i < expected.size(); i++) {
                assertSameStructure(expected.get(i), actual.get(i), path + "[" + i + "]", opaqueStrings);
            }
        } else if (expected.isString() && !opaqueStrings.contains(path) && looksLikeJson(expected.stringValue())) {
            assertSameStructure(Json.parse(expected.stringValue(), path), Json.parse(actual.stringValue(), path),
                    path + "<json>", opaqueStrings);
        }
    }

    /**
     * Asserts that every field of {@code actual} is in {@code expected} with the same type and value, and that
     * every field of {@code expected} is in {@code actual} unless its name is in {@code mayLack}.
     */
    static void assertContainedIn(JsonNode expected, JsonNode actual, String path, Set<String> mayLack) {
        if (type(expected) != type(actual)) {
            throw new AssertionError(path + ": expected JSON " + type(expected) + ", got " + type(actual) + " " + actual);
        }
        if (expected.isObject()) {
            for (String name : names(actual)) {
                if (!expected.has(name)) {
                    throw new AssertionError(path + ": unexpected field " + name);
                }
                assertContainedIn(expected.get(name), actual.get(name), path + "." + name, mayLack);
            }
            for (String name : names(expected)) {
                if (!actual.has(name) && !mayLack.contains(name)) {
                    throw new AssertionError(path + ": missing field " + name);
                }
            }
        } else if (expected.isArray()) {
            if (expected.size() != actual.size()) {
                throw new AssertionError(path + ": expected " + expected.size() + " elements, got " + actual.size());
            }
            for (int i = 0; i < expected.size(); i++) {
                assertContainedIn(expected.get(i), actual.get(i), path + "[" + i + "]", mayLack);
            }
        } else if (!expected.equals(actual)) {
            throw new AssertionError(path + ": expected " + expected + ", got " + actual);
        }
    }

    /** Asserts equal values, except the named fields, which only need the same type. */
    static void assertSameValues(JsonNode expected, JsonNode actual, Set<String> generated) {
        Set<String> opaque = new java.util.HashSet<>(Set.of("body.addition"));
        generated.forEach(g -> opaque.add("body." + g));
        assertSameStructure(expected, actual, "body", opaque);
        for (Map.Entry<String, JsonNode> e : expected.properties()) {
            if (!generated.contains(e.getKey()) && !e.getValue().equals(actual.get(e.getKey()))) {
                throw new AssertionError("body." + e.getKey() + ": expected " + e.getValue() + ", got " + actual.get(e.getKey()));
            }
        }
    }

    private static boolean looksLikeJson(String s) {
        String t = s.trim();
        return t.startsWith("{") && t.endsWith("}");
    }

    private static Set<String> names(JsonNode node) {
        Set<String> names = new java.util.LinkedHashSet<>();
        Iterator<String> it = node.propertyNames().iterator();
        it.forEachRemaining(names::add);
        return names;
    }

    /** A JSON type name; integral and floating numbers differ, so a number never passes for an id string. */
    static String type(JsonNode n) {
        if (n.isString()) {
            return "string";
        }
        if (n.isIntegralNumber()) {
            return "integer";
        }
        if (n.isNumber()) {
            return "float";
        }
        if (n.isBoolean()) {
            return "boolean";
        }
        if (n.isArray()) {
            return "array";
        }
        if (n.isObject()) {
            return "object";
        }
        return n.isNull() ? "null" : "missing";
    }

    static final List<String> COMMON_QUERY = List.of("client_type", "x_client_type", "os_type", "x_os_type", "x_app",
            "chat_os_type", "chat_version");
}
