package io.github.heychat4j.http.internal;

import io.github.heychat4j.domain.message.AckId;
import tools.jackson.databind.node.ObjectNode;

/**
 * The body field by which the platform recognises a resent write of a de-duplicated operation
 * ({@link io.github.heychat4j.domain.Operation#isDeduplicated()}): {@code heychat_ack_id} for messages,
 * {@code nonce} for a new role. A {@link WireRequest} of such an operation carries its key, so the retry loop
 * and the caller's error message read it from the request, never back out of the JSON.
 *
 * @param field the body field
 * @param value its value, the same for every attempt of one call
 */
public record DeduplicationKey(String field, String value) {
    /** The {@code heychat_ack_id} of a message. */
    public static DeduplicationKey ackId(AckId id) {
        return new DeduplicationKey("heychat_ack_id", id.value());
    }

    /** The {@code nonce} of a write that carries one. */
    public static DeduplicationKey nonce(String nonce) {
        return new DeduplicationKey("nonce", nonce);
    }

    /** Puts the key into a request body. */
    public ObjectNode writeTo(ObjectNode body) {
        return body.put(field, value);
    }

    /** How an error message names it: {@code heychat_ack_id "…"}. */
    public String describe() {
        return field + " \"" + value + "\"";
    }
}
