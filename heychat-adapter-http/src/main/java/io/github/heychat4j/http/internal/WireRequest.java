package io.github.heychat4j.http.internal;

import io.github.heychat4j.domain.Operation;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.node.ObjectNode;

/**
 * One logical call on the wire: its endpoint, its own query parameters (the common ones are added by the
 * transport), its body and, for a de-duplicated operation, the key the platform recognises a resend by.
 * Built once per call; every retry sends the same request, so that key stays the same.
 *
 * @param endpoint      what is called
 * @param query         endpoint-specific query parameters, in order
 * @param json          the JSON body of a POST
 * @param multipart     the multipart body of an upload
 * @param deduplication the de-duplication key, present exactly when the operation is de-duplicated
 */
public record WireRequest(Endpoint endpoint, Map<String, String> query, Optional<ObjectNode> json,
                          Optional<Multipart> multipart, Optional<DeduplicationKey> deduplication) {
    /** Copies the query; checks that a de-duplicated operation carries its key, in its body, and no other does. */
    public WireRequest {
        query = Collections.unmodifiableMap(new LinkedHashMap<>(query));
        Operation operation = endpoint.operation();
        if (operation.isDeduplicated() != deduplication.isPresent()) {
            throw new IllegalArgumentException("deduplication: " + operation + (operation.isDeduplicated()
                    ? " is de-duplicated by the platform and needs its key" : " is not de-duplicated and takes no key"));
        }
        deduplication.ifPresent(key -> {
            boolean inBody = json.map(body -> body.get(key.field())).filter(v -> v.isString() && v.stringValue().equals(key.value()))
                    .isPresent();
            if (!inBody) {
                throw new IllegalArgumentException("deduplication: the body of " + operation + " does not hold " + key.describe());
            }
        });
    }

    /** A GET with these query parameters. */
    public static WireRequest get(Operation operation, Map<String, String> query) {
        return new WireRequest(Endpoint.of(operation), query, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** A POST of a JSON body. */
    public static WireRequest post(Operation operation, ObjectNode body) {
        return new WireRequest(Endpoint.of(operation), Map.of(), Optional.of(body), Optional.empty(), Optional.empty());
    }

    /** A POST of a JSON body with query parameters too. */
    public static WireRequest post(Operation operation, Map<String, String> query, ObjectNode body) {
        return new WireRequest(Endpoint.of(operation), query, Optional.of(body), Optional.empty(), Optional.empty());
    }

    /** A POST of a de-duplicated operation: {@code key} is written into {@code body} here, the one place that does. */
    public static WireRequest post(Operation operation, ObjectNode body, DeduplicationKey key) {
        return new WireRequest(Endpoint.of(operation), Map.of(), Optional.of(key.writeTo(body)), Optional.empty(), Optional.of(key));
    }

    /** A multipart upload. */
    public static WireRequest upload(Operation operation, Multipart body) {
        return new WireRequest(Endpoint.of(operation), Map.of(), Optional.empty(), Optional.of(body), Optional.empty());
    }
}
