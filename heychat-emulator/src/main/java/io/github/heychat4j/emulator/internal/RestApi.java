package io.github.heychat4j.emulator.internal;

import io.github.heychat4j.domain.HeychatException;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.media.MediaUpload;
import io.github.heychat4j.fake.FakeHeychat;
import io.github.heychat4j.fake.FakeWorld;
import io.github.heychat4j.fake.ManualClock;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.MultiPart;
import org.eclipse.jetty.http.MultiPartFormData;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.util.Promise;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The platform's REST API over the served world: checks a request as the platform would (path,
 * method, token, common query parameters, content type, body), runs it through the calling bot's ports
 * and answers with the platform's envelope. Knows nothing of wire faults or the HTTP server.
 */
public final class RestApi {

    /** The largest request body read: a 25 MiB upload plus its multipart framing. */
    public static final int MAX_BODY_BYTES = MediaUpload.MAX_BYTES + 64 * 1024;

    /**
     * The common query parameters of spec §1.2: the value the platform insists on (null: any), and whether
     * the platform is known to answer without the parameter.
     *
     * <p>Leniency (uncertain, as the spec is): the official documents mark all seven {@code required: no},
     * and the spec (§1.2) reports that {@code client_type}, {@code chat_os_type} and {@code chat_version}
     * alone work in practice (DEMO-GO, HBDEV, NB). So the other four are accepted when absent, with a
     * deviation note; the three of the minimal set stay required, as no client is known to leave them out
     * of every call.
     */
    private record CommonParam(String name, String insistedValue, boolean knownOptional) {
    }

    private static final List<CommonParam> COMMON_PARAMS = List.of(
            new CommonParam("client_type", "heybox_chat", false),
            new CommonParam("x_client_type", null, true),
            new CommonParam("os_type", null, true),
            new CommonParam("x_os_type", null, true),
            new CommonParam("x_app", null, true),
            new CommonParam("chat_os_type", "bot", false),
            new CommonParam("chat_version", null, false));

    private final ServedWorld served;
    private final Optional<Clock> wallClock;
    private final UnexpectedErrors errors;
    private final AtomicLong sequence = new AtomicLong(1_733_388_149_210_000L);

    /**
     * @param served    the world and tokens
     * @param wallClock when present, the world's manual clock is moved up to it before each call, so that
     *                  a long-running emulator lets bans expire and ack ids leave their window
     * @param errors    where a failure the emulator did not expect is logged and kept
     */
    public RestApi(ServedWorld served, Optional<Clock> wallClock, UnexpectedErrors errors) {
        this.served = served;
        this.wallClock = wallClock;
        this.errors = errors;
    }

    /**
     * Handles one REST request.
     *
     * @param method      the HTTP method
     * @param path        the path
     * @param query       the query parameters
     * @param token       the {@code token} header, null when absent
     * @param contentType the {@code Content-Type} header, null when absent
     * @param body        the body bytes (empty when none)
     * @param deviations  where the notes go of what the request did differently from the documents
     * @return the reply, never null
     */
    public Reply handle(String method, String path, QueryParams query, String token, String contentType, byte[] body,
                        Deviations deviations) {
        Optional<Route> found = Routes.find(path);
        if (found.isEmpty()) {
            return Reply.refused(Reply.NO_SUCH_ENDPOINT);
        }
        Route route = found.get();
        if (!route.method().equals(method)) {
            return Reply.refused(Reply.WRONG_METHOD + ": " + path + " takes " + route.method());
        }
        Optional<UserId> bot = served.botFor(token);
        FakeWorld world = served.world();
        if (bot.isEmpty()) {
            return Reply.failed(401, Reply.TOKEN_INVALID);
        }
        FakeHeychat heychat;
        try {
            heychat = world.heychatFor(bot.get());
        } catch (IllegalArgumentException e) {
            // A token of a bot the served world does not have (after a seed or a replace).
            return Reply.failed(401, Reply.TOKEN_INVALID);
        }
        try {
            checkCommonParams(query, deviations);
            JsonBody json = JsonBody.empty();
            Optional<MediaUpload> upload = Optional.empty();
            switch (route.body()) {
                case JSON:
                    requireJson(contentType);
                    json = JsonBody.parse(body);
                    break;
                case JSON_OR_EMPTY:
                    if (body.length > 0) {
                        requireJson(contentType);
                        json = JsonBody.parse(body);
                    }
                    break;
                case MULTIPART:
                    upload = Optional.of(multipart(contentType, body));
                    break;
                default:
                    break;
            }
            followWallClock(world);
            Call call = new Call(heychat, world, query, json, upload, sequence, deviations);
            return route.body() == Route.Body.MULTIPART
                    ? Reply.okVersioned(route.endpoint().handle(call))
                    : Reply.ok(route.endpoint().handle(call));
        } catch (BadRequest e) {
            return Reply.badRequest(e);
        } catch (IllegalArgumentException e) {
            return Reply.invalid(e);
        } catch (HeychatException e) {
            return Reply.of(e);
        } catch (RuntimeException e) {
            // The emulator's own bug: logged and kept (and journaled by the handler), so a test sees it
            // instead of a 500 that a client retries. Never a stack trace on the wire.
            return Reply.unexpected(errors.record(method + " " + path, e));
        }
    }

    private static void checkCommonParams(QueryParams query, Deviations deviations) {
        for (CommonParam param : COMMON_PARAMS) {
            Optional<String> sent = query.get(param.name()).filter(v -> !v.isEmpty());
            if (sent.isEmpty() && param.knownOptional()) {
                deviations.note("query parameter " + param.name()
                        + " is absent (spec §1.2 recommends sending all seven common parameters)");
                continue;
            }
            String value = query.required(param.name());
            if (param.insistedValue() != null && !param.insistedValue().equals(value)) {
                throw new BadRequest(param.name(), "must be " + param.insistedValue() + ", got \"" + value + "\"");
            }
        }
    }

    private static void requireJson(String contentType) {
        if (contentType == null || !contentType.trim().toLowerCase(Locale.ROOT).startsWith("application/json")) {
            throw new BadRequest("Content-Type", "must be application/json, got " + (contentType == null ? "none" : contentType));
        }
    }

    private static MediaUpload multipart(String contentType, byte[] body) {
        if (contentType == null || !contentType.trim().toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            throw new BadRequest("Content-Type", "must be multipart/form-data, got " + (contentType == null ? "none" : contentType));
        }
        String boundary = MultiPart.extractBoundary(contentType);
        if (boundary == null || boundary.isEmpty()) {
            throw new BadRequest("Content-Type", "must name the multipart boundary");
        }
        MultiPartFormData.Parser parser = new MultiPartFormData.Parser(boundary);
        // Everything stays in memory: the body is already read and bounded by MAX_BODY_BYTES.
        parser.setMaxMemoryFileSize(MAX_BODY_BYTES);
        parser.setMaxFileSize(MAX_BODY_BYTES);
        parser.setMaxLength(MAX_BODY_BYTES);
        CompletableFuture<MultiPartFormData.Parts> parsed = new CompletableFuture<>();
        parser.parse(Content.Source.from(ByteBuffer.wrap(body)), Promise.Invocable.toPromise(parsed));
        try (MultiPartFormData.Parts parts = parsed.join()) {
            MultiPart.Part file = parts.getFirst("file");
            if (file == null) {
                throw new BadRequest("file", "is required (a multipart part named file)");
            }
            ByteBuffer content = Content.Source.asByteBuffer(file.createContentSource());
            byte[] bytes = new byte[content.remaining()];
            content.get(bytes);
            String name = file.getFileName() == null || file.getFileName().isBlank() ? "upload.bin" : file.getFileName();
            String type = file.getHeaders().get(HttpHeader.CONTENT_TYPE);
            String mediaType = type == null ? "application/octet-stream" : type.split(";", 2)[0].trim();
            return new MediaUpload(name, mediaType, bytes);
        } catch (CompletionException | IOException e) {
            throw new BadRequest("body", "must be valid multipart/form-data");
        }
    }

    /** Moves the world's clock up to the wall clock when the emulator follows it (the admin API's people actions use it too). */
    public void followWallClock(FakeWorld world) {
        if (wallClock.isEmpty()) {
            return;
        }
        Instant now = wallClock.get().instant();
        ManualClock clock = world.clock();
        synchronized (clock) {
            if (now.isAfter(clock.instant())) {
                clock.set(now);
            }
        }
    }
}
