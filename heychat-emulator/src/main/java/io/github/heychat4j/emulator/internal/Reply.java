package io.github.heychat4j.emulator.internal;

import io.github.heychat4j.domain.AmbiguousOutcomeException;
import io.github.heychat4j.domain.AuthenticationException;
import io.github.heychat4j.domain.HeychatException;
import io.github.heychat4j.domain.NotFoundException;
import io.github.heychat4j.domain.PermissionDeniedException;
import io.github.heychat4j.domain.RateLimitedException;
import io.github.heychat4j.domain.RejectedException;
import io.github.heychat4j.domain.UnavailableException;
import io.github.heychat4j.domain.internal.PlatformTexts;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * What the emulator sends back for one request: a status, the platform's envelope
 * {@code {"status","msg","result"}} (spec §3.1), extra headers, or nothing at all (the connection is
 * closed).
 *
 * <p>This is also the one place that decides the HTTP status of a REST refusal. The platform's convention
 * (spec §3.2; the official documents show only {@code 200 OK}) is HTTP 200 with {@code status:"failed"} and a
 * {@code msg}: business refusals (the exception's platform text, wire-errors.md), requests it cannot read
 * ({@code 参数错误: ...}), unknown paths and wrong methods all come back that way ({@link #refused}). Only what
 * a client must tell apart at the HTTP level keeps its own status: 401 for a token (spec §3.5 recommends
 * treating it as an authentication failure), 429 and 5xx (retried by clients, spec §3.2). The admin API is
 * heychat4j's own and answers its mistakes with 4xx statuses ({@link #adminBadRequest}). The texts of the
 * emulator's own answers are heychat4j's choice where the platform's are not documented.
 *
 * @param status  the HTTP status
 * @param body    the body bytes
 * @param headers extra headers, e.g. {@code Retry-After}
 * @param abort   close the connection instead of answering
 * @param unexpectedError the emulator's own failure this reply stands for ({@link UnexpectedErrors}), for the
 *                journal entry; empty for every answer the emulator meant to give
 */
public record Reply(int status, byte[] body, Map<String, String> headers, boolean abort,
                    Optional<String> unexpectedError) {

    /** A reply the emulator meant to give. */
    public Reply(int status, byte[] body, Map<String, String> headers, boolean abort) {
        this(status, body, headers, abort, Optional.empty());
    }

    /** 401: the {@code token} header is missing or unknown. */
    public static final String TOKEN_INVALID = "token无效";
    /** No such endpoint. */
    public static final String NO_SUCH_ENDPOINT = "接口不存在";
    /** Prefix of a refusal of a request that could not be read. */
    public static final String BAD_PARAMETER = "参数错误: ";
    /** The endpoint exists with another method (heychat4j's text). */
    public static final String WRONG_METHOD = "请求方法不支持";
    /** 5xx: a wire fault or an unexpected failure (heychat4j's text). */
    public static final String SERVER_ERROR = "服务器错误，请稍后重试";
    /** 429: too many requests (heychat4j's text). */
    public static final String TOO_MANY_REQUESTS = "请求过于频繁，请稍后重试";

    /** A success envelope around {@code result}. */
    public static Reply ok(WireResult result) {
        return new Reply(200, Json.write(out -> {
            out.writeStartObject();
            out.writeStringProperty("status", "ok");
            out.writeStringProperty("msg", "");
            out.writeName("result");
            result.writeTo(out);
            out.writeEndObject();
        }), Map.of(), false);
    }

    /** A success envelope around a result built as a tree. */
    public static Reply ok(JsonNode result) {
        return ok(WireResult.of(result));
    }

    /** A success envelope with the upload endpoint's extra {@code "version": "1.0"}. */
    public static Reply okVersioned(WireResult result) {
        return new Reply(200, Json.write(out -> {
            out.writeStartObject();
            out.writeStringProperty("status", "ok");
            out.writeStringProperty("msg", "");
            out.writeStringProperty("version", "1.0");
            out.writeName("result");
            result.writeTo(out);
            out.writeEndObject();
        }), Map.of(), false);
    }

    /** A failed envelope with {@code msg} (and an empty {@code result}), at the given HTTP status. */
    public static Reply failed(int status, String msg) {
        return new Reply(status, Json.write(out -> {
            out.writeStartObject();
            out.writeStringProperty("status", "failed");
            out.writeStringProperty("msg", msg);
            out.writeObjectPropertyStart("result");
            out.writeEndObject();
            out.writeEndObject();
        }), Map.of(), false);
    }

    /** The platform's refusal of a REST request (spec §3.2): HTTP 200, {@code status:"failed"}, {@code msg}. */
    public static Reply refused(String msg) {
        return failed(200, msg);
    }

    /** The refusal of a REST request the platform could not read: {@code 参数错误: <field> <rule>}. */
    public static Reply badRequest(BadRequest e) {
        return refused(BAD_PARAMETER + e.getMessage());
    }

    /** The refusal of a REST request that breaks a domain rule (the message names the field and the rule). */
    public static Reply invalid(IllegalArgumentException e) {
        return refused(BAD_PARAMETER + e.getMessage());
    }

    /** An admin request that could not be read: its own 4xx status (400, 413), for curl and scripts. */
    public static Reply adminBadRequest(BadRequest e) {
        return failed(e.httpStatus(), BAD_PARAMETER + e.getMessage());
    }

    /** An admin request that breaks a domain rule: HTTP 400. */
    public static Reply adminInvalid(IllegalArgumentException e) {
        return failed(400, BAD_PARAMETER + e.getMessage());
    }

    /** HTTP 429 with {@code Retry-After} in whole seconds (rounded up). */
    public static Reply tooManyRequests(Duration retryAfter) {
        long seconds = retryAfter.getSeconds() + (retryAfter.getNano() > 0 ? 1 : 0);
        Reply failed = failed(429, TOO_MANY_REQUESTS);
        return new Reply(429, failed.body(), Map.of("Retry-After", Long.toString(seconds)), false);
    }

    /**
     * The emulator failed where it never should: a bare 500 on the wire (never a stack trace), with the
     * failure's description for the journal entry.
     */
    public static Reply unexpected(String description) {
        Reply failed = failed(500, SERVER_ERROR);
        return new Reply(500, failed.body(), Map.of(), false, Optional.of(description));
    }

    /** No answer: the connection is closed. */
    public static Reply aborted() {
        return new Reply(0, new byte[0], Map.of(), true);
    }

    /**
     * How the platform answers a refusal of the world's rules: a refusal's text is written from its type and
     * reason (the one table of texts, {@link PlatformTexts}), followed by the exception's detail, so the HTTP
     * adapter reads back the same type and reason whoever raised it (the fake's rules or a test's fault).
     */
    public static Reply of(HeychatException e) {
        if (e instanceof RejectedException rejected) {
            String text = PlatformTexts.leadingWith(PlatformTexts.rejected(rejected.reason()), rejected.platformMessage());
            return refused(text.isEmpty() ? e.getMessage() : text);
        }
        if (e instanceof NotFoundException notFound) {
            return refused(PlatformTexts.leadingWith(PlatformTexts.notFound(notFound.what()), messageOf(e)));
        }
        if (e instanceof PermissionDeniedException) {
            return refused(PlatformTexts.leadingWith(PlatformTexts.PERMISSION_DENIED, messageOf(e)));
        }
        if (e instanceof RateLimitedException) {
            return ((RateLimitedException) e).retryAfter().map(Reply::tooManyRequests)
                    .orElseGet(() -> failed(429, TOO_MANY_REQUESTS));
        }
        if (e instanceof UnavailableException) {
            return failed(503, SERVER_ERROR);
        }
        if (e instanceof AuthenticationException) {
            return failed(401, TOKEN_INVALID);
        }
        if (e instanceof AmbiguousOutcomeException) {
            // The world applied the call but says the caller never heard back: on the wire, a lost answer.
            return aborted();
        }
        // Anything else the world throws (a protocol exception) travels as its text.
        return refused(e.getMessage() == null ? SERVER_ERROR : e.getMessage());
    }

    private static String messageOf(HeychatException e) {
        return e.getMessage() == null ? "" : e.getMessage();
    }
}
