package io.github.heychat4j.emulator.internal;

import io.github.heychat4j.domain.Operation;

/**
 * One REST endpoint of the platform: the domain operation it serves, its method, its path, what its body is, and
 * what it does. The paths are the emulator's own (it shares no wire code with the HTTP adapter); the operation is
 * the key the fake's journal, the HTTP adapter's listener and both fault APIs share.
 *
 * @param row       the row of spec §2.1
 * @param operation the domain operation this endpoint serves
 * @param method    GET or POST
 * @param path      the path below the base URI
 * @param body      what the request body holds
 * @param endpoint  decodes the call, runs it through the bot's ports and encodes the result
 */
public record Route(int row, Operation operation, String method, String path, Body body, Endpoint endpoint) {

    /** What a request body holds. */
    public enum Body {
        /** No body (GET). */
        NONE,
        /** A JSON object; {@code Content-Type: application/json}. */
        JSON,
        /** A JSON object or nothing at all (the channel password call sends everything in the query). */
        JSON_OR_EMPTY,
        /** {@code multipart/form-data} with a part {@code file}. */
        MULTIPART
    }

    /** Runs one decoded call and returns the envelope's {@code result}. */
    @FunctionalInterface
    public interface Endpoint {
        /**
         * @param call the decoded call
         * @return the {@code result} of the success envelope, ready to be written
         */
        WireResult handle(Call call);
    }
}
