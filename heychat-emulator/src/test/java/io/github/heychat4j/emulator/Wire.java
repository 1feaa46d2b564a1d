package io.github.heychat4j.emulator;

import io.github.heychat4j.emulator.internal.Json;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * The tests' own tiny Heychat client over the JDK's HttpClient: the common query parameters, the
 * token header, JSON bodies. Deliberately not the HTTP adapter.
 */
final class Wire {

    static final String COMMON = "client_type=heybox_chat&x_client_type=web&os_type=web&x_os_type=bot"
            + "&x_app=heybox_chat&chat_os_type=bot&chat_version=1.30.0";

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private final URI base;
    private final Optional<String> token;

    Wire(URI base, String token) {
        this.base = base;
        this.token = Optional.ofNullable(token);
    }

    /** The same client with another token (null: none). */
    Wire withToken(String newToken) {
        return new Wire(base, newToken);
    }

    /** A GET with the common parameters and {@code query} ("a=1&b=2", may be empty). */
    Reply get(String path, String query) {
        return send(request(path, COMMON + (query.isEmpty() ? "" : "&" + query)).GET().build());
    }

    /** A JSON POST with the common parameters. */
    Reply post(String path, String json) {
        return post(path, "", json);
    }

    /** A JSON POST with the common parameters and more query parameters. */
    Reply post(String path, String query, String json) {
        return send(request(path, COMMON + (query.isEmpty() ? "" : "&" + query))
                .header("Content-Type", "application/json;charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** A request builder for {@code path?query} with the token header, for unusual requests. */
    HttpRequest.Builder request(String path, String rawQuery) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path + (rawQuery.isEmpty() ? "" : "?" + rawQuery)))
                .timeout(Duration.ofSeconds(10));
        token.ifPresent(t -> builder.header("token", t));
        return builder;
    }

    /** Sends a request; I/O failures are unchecked. */
    Reply send(HttpRequest request) {
        try {
            return sendOrThrow(request);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends a request and lets an I/O failure through, for the wire-fault tests. */
    Reply sendOrThrow(HttpRequest request) throws IOException {
        try {
            HttpResponse<byte[]> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(response.statusCode(), new String(response.body(), StandardCharsets.UTF_8), response.headers());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** What came back. */
    record Reply(int status, String text, HttpHeaders headers) {

        /** The body as JSON; fails the test when it is not. */
        JsonNode json() {
            return Json.parse(text).orElseThrow(() -> new AssertionError("not JSON: " + text));
        }

        boolean ok() {
            return status == 200 && "ok".equals(json().path("status").asString());
        }

        String msg() {
            return json().path("msg").asString();
        }

        JsonNode result() {
            return json().path("result");
        }

        /** Asserts a success envelope and returns its result. */
        JsonNode okResult() {
            if (!ok()) {
                throw new AssertionError("expected a success envelope, got HTTP " + status + ": " + text);
            }
            return result();
        }

        /** Asserts a failed envelope with this status and returns its msg. */
        String failed(int expectedStatus) {
            JsonNode json = json();
            if (status != expectedStatus || !"failed".equals(json.path("status").asString())) {
                throw new AssertionError("expected HTTP " + expectedStatus + " with a failed envelope, got HTTP "
                        + status + ": " + text);
            }
            return json.path("msg").asString();
        }
    }
}
