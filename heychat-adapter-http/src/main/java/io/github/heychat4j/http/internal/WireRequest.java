package io.github.heychat4j.http.internal;

import io.github.heychat4j.domain.Operation;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.node.ObjectNode;

/**
 * One logical call on the wire: its endpoint, its own query parameters (the common ones are added by the
 * transport) and its body. Built once per call; every retry sends the same request, so a
 * {@code heychat_ack_id} or {@code nonce} in it stays the same.
 *
 * @param endpoint  what is called
 * @param query     endpoint-specific query parameters, in order
 * @param json      the JSON body of a POST
 * @param multipart the multipart body of an upload
 */
public record WireRequest(Endpoint endpoint, Map<String, String> query, Optional<ObjectNode> json,
                          Optional<Multipart> multipart) {
    /** Copies the query. */
    public WireRequest {
        query = Collections.unmodifiableMap(new LinkedHashMap<>(query));
    }

    /** A GET with these query parameters. */
    public static WireRequest get(Operation operation, Map<String, String> query) {
        return new WireRequest(Endpoint.of(operation), query, Optional.empty(), Optional.empty());
    }

    /** A POST of a JSON body. */
    public static WireRequest post(Operation operation, ObjectNode body) {
        return new WireRequest(Endpoint.of(operation), Map.of(), Optional.of(body), Optional.empty());
    }

    /** A POST of a JSON body with query parameters too. */
    public static WireRequest post(Operation operation, Map<String, String> query, ObjectNode body) {
        return new WireRequest(Endpoint.of(operation), query, Optional.of(body), Optional.empty());
    }

    /** A multipart upload. */
    public static WireRequest upload(Operation operation, Multipart body) {
        return new WireRequest(Endpoint.of(operation), Map.of(), Optional.empty(), Optional.of(body));
    }
}
