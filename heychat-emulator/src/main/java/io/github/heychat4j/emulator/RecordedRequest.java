package io.github.heychat4j.emulator;

import java.util.Map;
import java.util.Objects;

/**
 * One request the emulator received, as its journal keeps it. Header values are never recorded, so
 * the bot token never appears here.
 *
 * {@snippet :
 * RecordedRequest last = emulator.requests().get(emulator.requests().size() - 1);
 * assertEquals("/chatroom/v2/room/kick_out", last.path());
 * }
 *
 * @param method the HTTP method
 * @param path   the path, without the query
 * @param query  the query parameters (the first value of each), in the order sent
 * @param body   the body as UTF-8 text; for a multipart upload a short description instead of the bytes
 * @param status the HTTP status sent back, or 0 when the connection was closed without a response
 */
public record RecordedRequest(String method, String path, Map<String, String> query, String body, int status) {

    /** Copies the query and checks that nothing is null. */
    public RecordedRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        query = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(query));
        Objects.requireNonNull(body, "body");
    }
}
