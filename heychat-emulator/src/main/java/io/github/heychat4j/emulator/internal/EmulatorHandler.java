package io.github.heychat4j.emulator.internal;

import io.github.heychat4j.emulator.RecordedRequest;
import io.github.heychat4j.emulator.WireFault;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.io.EofException;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Promise;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * The emulator's one Jetty handler: reads the request, sends admin calls to {@link AdminApi} (loopback
 * clients only) and REST calls to {@link RestApi}, plays the wire fault waiting for the path, records
 * the request and writes the reply, or closes the connection without one.
 */
public final class EmulatorHandler extends Handler.Abstract {

    private static final String JSON_TYPE = "application/json;charset=UTF-8";

    private final RestApi rest;
    private final AdminApi admin;
    private final FaultSchedule faults;
    private final RequestLog log;

    /**
     * @param rest   the platform's REST API
     * @param admin  the admin API
     * @param faults the wire faults waiting
     * @param log    the request journal
     */
    public EmulatorHandler(RestApi rest, AdminApi admin, FaultSchedule faults, RequestLog log) {
        // Blocking: reading bodies and waiting out latency faults happen on the request's own thread.
        super(InvocationType.BLOCKING);
        this.rest = rest;
        this.admin = admin;
        this.faults = faults;
        this.log = log;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String path = Request.getPathInContext(request);
        String method = request.getMethod();
        HttpFields headers = request.getHeaders();
        if (path.startsWith(AdminApi.PREFIX)) {
            handleAdmin(request, response, callback, method, path);
            return true;
        }
        QueryParams query;
        byte[] body;
        try {
            query = QueryParams.parse(request.getHttpURI().getQuery());
            body = readBody(request);
        } catch (BadRequest e) {
            Reply refused = Reply.badRequest(e);
            send(response, callback, refused);
            log.add(new RecordedRequest(method, path, Map.of(), "", refused.status()));
            return true;
        }
        String contentType = headers.get(HttpHeader.CONTENT_TYPE);
        WireFault fault = faults.take(path).orElse(null);
        Deviations deviations = new Deviations();
        Reply reply;
        if (fault instanceof WireFault.Latency) {
            pause(((WireFault.Latency) fault).delay().toMillis());
        }
        if (fault instanceof WireFault.Status) {
            reply = Reply.failed(((WireFault.Status) fault).httpStatus(), Reply.SERVER_ERROR);
        } else if (fault instanceof WireFault.TooManyRequests) {
            reply = Reply.tooManyRequests(((WireFault.TooManyRequests) fault).retryAfter());
        } else if (fault instanceof WireFault.DropConnection) {
            reply = Reply.aborted();
        } else {
            reply = rest.handle(method, path, query, headers.get("token"), contentType, body, deviations);
            if (fault instanceof WireFault.AppliedButLost) {
                reply = Reply.aborted();
            } else if (fault instanceof WireFault.MalformedJson && !reply.abort()) {
                // A proper prefix of a JSON object is never valid JSON: the object is not closed.
                reply = new Reply(reply.status(), Arrays.copyOf(reply.body(), reply.body().length / 2),
                        reply.headers(), false, reply.unexpectedError());
            }
        }
        log.add(new RecordedRequest(method, path, RequestLog.redacted(query), journalBody(contentType, body),
                reply.abort() ? 0 : reply.status(), deviations.notes(), reply.unexpectedError()));
        if (reply.abort()) {
            abort(request, callback);
        } else {
            send(response, callback, reply);
        }
        return true;
    }

    private void handleAdmin(Request request, Response response, Callback callback, String method, String path) {
        if (!isLoopback(request.getConnectionMetaData().getRemoteSocketAddress())) {
            send(response, callback, Reply.failed(403, "the admin API answers loopback clients only"));
            return;
        }
        byte[] body;
        try {
            body = readBody(request);
        } catch (BadRequest e) {
            send(response, callback, Reply.adminBadRequest(e));
            return;
        }
        send(response, callback, admin.handle(method, path, body));
    }

    /** Whether a client address is this machine's loopback (the admin API serves no one else). */
    static boolean isLoopback(SocketAddress address) {
        return address instanceof InetSocketAddress && ((InetSocketAddress) address).getAddress() != null
                && ((InetSocketAddress) address).getAddress().isLoopbackAddress();
    }

    private static byte[] readBody(Request request) {
        long declared = request.getLength();
        if (declared > RestApi.MAX_BODY_BYTES) {
            throw new BadRequest(413, "body", "must be at most " + RestApi.MAX_BODY_BYTES + " bytes");
        }
        if (declared == 0) {
            return new byte[0];
        }
        try {
            CompletableFuture<byte[]> bytes = new CompletableFuture<>();
            Content.Source.asByteArrayAsync(request, RestApi.MAX_BODY_BYTES, Promise.Invocable.toPromise(bytes));
            return bytes.get();
        } catch (ExecutionException e) {
            throw new BadRequest(400, "body", "could not be read completely (at most " + RestApi.MAX_BODY_BYTES + " bytes)");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BadRequest(400, "body", "could not be read");
        }
    }

    private static String journalBody(String contentType, byte[] body) {
        if (contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            return "multipart/form-data (" + body.length + " bytes)";
        }
        return new String(body, StandardCharsets.UTF_8);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Writes a reply (the gateway's refused handshakes use it too). */
    static void send(Response response, Callback callback, Reply reply) {
        response.setStatus(reply.status());
        HttpFields.Mutable headers = response.getHeaders();
        headers.put(HttpHeader.CONTENT_TYPE, JSON_TYPE);
        headers.put(HttpHeader.CONTENT_LENGTH, reply.body().length);
        reply.headers().forEach(headers::put);
        response.write(true, ByteBuffer.wrap(reply.body()), callback);
    }

    /** Closes the connection with no response: the client sees the connection end mid-request. */
    private static void abort(Request request, Callback callback) {
        request.getConnectionMetaData().getConnection().getEndPoint().close();
        callback.failed(new EofException("connection closed by a wire fault"));
    }
}
