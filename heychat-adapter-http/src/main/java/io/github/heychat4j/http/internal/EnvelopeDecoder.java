package io.github.heychat4j.http.internal;

import io.github.heychat4j.domain.HeychatException;
import java.time.Duration;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Reads the platform's envelope {@code {"status","msg","result"}} and either returns the {@code result} or
 * throws what {@link ErrorTable} says. Success is {@code status == "ok"}; like the community clients
 * (spec §3.1), an envelope without {@code status} but with {@code code == 0} is also success, its payload in
 * {@code result} or {@code data}. A success without a result reads as an empty result.
 */
public final class EnvelopeDecoder {
    private EnvelopeDecoder() {
    }

    /**
     * @param where      the request, e.g. {@code "GET /chatroom/v2/room/joined"}, for messages
     * @param status     the HTTP status
     * @param body       the raw body
     * @param retryAfter the wait the headers asked for
     * @return the result, as a node whose path is {@code result}
     * @throws HeychatException mapped by the error table
     */
    public static WireNode decode(String where, int status, byte[] body, Optional<Duration> retryAfter) {
        if (status < 200 || status > 299) {
            throw ErrorTable.forStatus(where, status, failureMessage(body), retryAfter);
        }
        JsonNode root = Json.parse(body, where);
        WireNode envelope = WireNode.of(root, where, "envelope");
        if (!root.isObject()) {
            throw envelope.unreadable("expected an object, got " + root.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
        }
        JsonNode statusNode = root.get("status");
        if (statusNode != null && !statusNode.isNull() && !statusNode.isString()) {
            throw envelope.unreadable("has a status that is no string: " + statusNode);
        }
        Optional<String> outcome = envelope.optionalText("status");
        boolean ok = outcome.map("ok"::equals)
                .orElseGet(() -> envelope.optionalLong("code").map(code -> code == 0).orElseThrow(
                        () -> envelope.unreadable("has neither status nor code")));
        if (!ok) {
            throw ErrorTable.forFailedEnvelope(where, envelope.optionalText("msg").orElse(""));
        }
        JsonNode result = root.get("result");
        if ((result == null || result.isNull()) && outcome.isEmpty()) {
            result = root.get("data");
        }
        if (result == null || result.isNull()) {
            result = Json.object();
        }
        return WireNode.of(result, where, "result");
    }

    /** The {@code msg} of a failed envelope in an error body, if the body is one. */
    private static Optional<String> failureMessage(byte[] body) {
        try {
            JsonNode root = Json.parse(body, "error body");
            JsonNode msg = root.isObject() ? root.get("msg") : null;
            return msg != null && msg.isString() ? Optional.of(msg.stringValue()) : Optional.empty();
        } catch (HeychatException e) {
            // an HTML error page from a proxy, for example: the status alone decides
            return Optional.empty();
        }
    }
}
