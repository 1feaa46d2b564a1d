package io.github.heychat4j.emulator;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

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
 * @param notes  where the request deviated from the official documents but was accepted, because the
 *               platform is known to accept it (e.g. {@code at_user_id is absent (the documents require
 *               it): read as ""}); empty for a request that follows the documents. Fix what they name.
 * @param unexpectedError the emulator's own failure while answering (an exception it did not expect, also
 *               logged at {@code ERROR}; the client got a bare 500): empty unless the emulator has a bug,
 *               see {@link HeychatEmulator#unexpectedErrors()}
 */
public record RecordedRequest(String method, String path, Map<String, String> query, String body, int status,
                              List<String> notes, Optional<String> unexpectedError) {

    /** Copies the query and the notes and checks that nothing is null. */
    public RecordedRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        query = Collections.unmodifiableMap(new LinkedHashMap<>(query));
        Objects.requireNonNull(body, "body");
        notes = List.copyOf(notes);
        Objects.requireNonNull(unexpectedError, "unexpectedError");
    }

    /** A request answered as the emulator meant to, with notes on where it deviated from the documents. */
    public RecordedRequest(String method, String path, Map<String, String> query, String body, int status,
                           List<String> notes) {
        this(method, path, query, body, status, notes, Optional.empty());
    }

    /** A request with no deviation from the documents. */
    public RecordedRequest(String method, String path, Map<String, String> query, String body, int status) {
        this(method, path, query, body, status, List.of());
    }
}
