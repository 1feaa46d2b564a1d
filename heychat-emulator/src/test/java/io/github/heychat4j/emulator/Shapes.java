package io.github.heychat4j.emulator;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Structural comparison of JSON: the same field names and the same node types (string, number,
 * boolean, object, array, null), recursively; values may differ. An element of an actual array must
 * have the shape of at least one element of the expected array (the golden arrays show each kind of
 * element once, e.g. a category and a voice channel).
 */
final class Shapes {

    private Shapes() {
    }

    /** The differences, empty when the shapes agree. */
    static List<String> differences(JsonNode expected, JsonNode actual) {
        List<String> out = new ArrayList<>();
        compare(expected, actual, "$", out);
        return out;
    }

    private static void compare(JsonNode expected, JsonNode actual, String path, List<String> out) {
        if (expected.getNodeType() != actual.getNodeType()) {
            out.add(path + ": expected " + expected.getNodeType() + ", got " + actual.getNodeType());
            return;
        }
        if (expected.isObject()) {
            TreeSet<String> want = new TreeSet<>(expected.propertyNames());
            TreeSet<String> got = new TreeSet<>(actual.propertyNames());
            if (!want.equals(got)) {
                out.add(path + ": expected fields " + want + ", got " + got);
                return;
            }
            for (String field : want) {
                compare(expected.get(field), actual.get(field), path + "." + field, out);
            }
        } else if (expected.isArray()) {
            if (expected.isEmpty()) {
                if (!actual.isEmpty()) {
                    out.add(path + ": expected an empty array, got " + actual.size() + " elements");
                }
                return;
            }
            for (int i = 0; i < actual.size(); i++) {
                JsonNode element = actual.get(i);
                List<String> best = null;
                for (JsonNode candidate : expected) {
                    List<String> diff = new ArrayList<>();
                    compare(candidate, element, path + "[" + i + "]", diff);
                    if (best == null || diff.size() < best.size()) {
                        best = diff;
                    }
                }
                out.addAll(best);
            }
        }
    }
}
