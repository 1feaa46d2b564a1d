package io.github.heychat4j.emulator.internal;

/**
 * One REST endpoint of the platform: its method, its path, what its body is, and what it does.
 *
 * @param row      the row of spec §2.1
 * @param method   GET or POST
 * @param path     the path below the base URI
 * @param body     what the request body holds
 * @param endpoint decodes the call, runs it through the bot's ports and encodes the result
 */
public record Route(int row, String method, String path, Body body, Endpoint endpoint) {

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
