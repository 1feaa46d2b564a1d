package io.github.heychat4j.emulator.internal;

import io.github.heychat4j.domain.UserId;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** A request's query parameters (first value of each), read with the platform's rules. */
public final class QueryParams {

    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,20}");
    private static final Pattern INTEGER = Pattern.compile("[0-9]{1,9}");

    private final Map<String, String> values;

    private QueryParams(Map<String, String> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    /** Parses a raw query string (may be null); keeps the first value of each name, in order. */
    public static QueryParams parse(String rawQuery) {
        Map<String, String> values = new LinkedHashMap<>();
        if (rawQuery != null && !rawQuery.isEmpty()) {
            for (String pair : rawQuery.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name = decode(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                values.putIfAbsent(name, value);
            }
        }
        return new QueryParams(values);
    }

    private static String decode(String text) {
        // Most names and values hold no escape, and URLDecoder would return them unchanged after setting
        // up a buffer for each one.
        if (text.indexOf('%') < 0 && text.indexOf('+') < 0) {
            return text;
        }
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new BadRequest("query", "must be URL-encoded, got \"" + text + "\"");
        }
    }

    /** Every parameter, in order. */
    public Map<String, String> asMap() {
        return values;
    }

    /** A parameter, if present. */
    public Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /** A required, non-empty parameter. */
    public String required(String name) {
        String value = values.get(name);
        if (value == null || value.isEmpty()) {
            throw new BadRequest(name, "is required");
        }
        return value;
    }

    /** A required 64-bit id: decimal digits. */
    public String id(String name) {
        String value = required(name);
        if (!DIGITS.matcher(value).matches()) {
            throw new BadRequest(name, "must be decimal digits, got \"" + value + "\"");
        }
        return value;
    }

    /** An optional 64-bit id; absent and empty mean none. */
    public Optional<String> optionalId(String name) {
        String value = values.get(name);
        return value == null || value.isEmpty() ? Optional.empty() : Optional.of(id(name));
    }

    /** A required user id: decimal digits of a positive number. */
    public UserId userId(String name) {
        String value = id(name);
        try {
            return UserId.parse(value);
        } catch (IllegalArgumentException e) {
            throw new BadRequest(name, "must be a positive user id, got \"" + value + "\"");
        }
    }

    /** An optional non-negative integer, {@code fallback} when absent. */
    public int integer(String name, int fallback) {
        String value = values.get(name);
        if (value == null || value.isEmpty()) {
            return fallback;
        }
        if (!INTEGER.matcher(value).matches()) {
            throw new BadRequest(name, "must be a non-negative integer, got \"" + value + "\"");
        }
        return Integer.parseInt(value);
    }

    /** An optional flag: {@code true}/{@code 1} or {@code false}/{@code 0}; {@code fallback} when absent. */
    public boolean flag(String name, boolean fallback) {
        String value = values.get(name);
        if (value == null || value.isEmpty()) {
            return fallback;
        }
        switch (value) {
            case "true":
            case "1":
                return true;
            case "false":
            case "0":
                return false;
            default:
                throw new BadRequest(name, "must be true, false, 1 or 0, got \"" + value + "\"");
        }
    }
}
