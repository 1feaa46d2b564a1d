package io.github.heychat4j.http.internal;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLHandshakeException;

/**
 * The one {@link HttpClient} of a client, and how a {@link WireRequest} becomes an HTTP request: the seven
 * common query parameters, the {@code token} header, {@code Content-Type: application/json;charset=UTF-8}
 * and the request timeout. The JDK's own retry of non-GET requests stays off (it is off unless the
 * {@code jdk.httpclient.enableAllMethodRetry} system property is set): the operation classes decide.
 */
public final class Transport implements AutoCloseable {
    static final String JSON_CONTENT_TYPE = "application/json;charset=UTF-8";

    private final Settings settings;
    private final ExecutorService executor;
    private final HttpClient client;
    private final Exchange exchange;

    /** Sends one attempt and reads the whole answer. */
    @FunctionalInterface
    public interface Exchange {
        /**
         * Sends the request and waits for its answer.
         *
         * @throws IOException          when the connection or the exchange failed
         * @throws InterruptedException when the thread was interrupted while waiting
         */
        Response send(HttpRequest request) throws IOException, InterruptedException;
    }

    /** Creates the client and its executor. */
    public Transport(Settings settings) {
        this.settings = settings;
        this.executor = Executors.newCachedThreadPool(new DaemonThreads());
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .executor(executor)
                .build();
        Exchange own = request -> {
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Response(response.statusCode(), response.headers(), response.body());
        };
        this.exchange = settings.exchange().apply(own);
    }

    /** The HTTP client, which the gateway's WebSocket shares. */
    HttpClient client() {
        return client;
    }

    /**
     * What came back.
     *
     * @param status  the HTTP status
     * @param headers the response headers
     * @param body    the whole body
     */
    public record Response(int status, HttpHeaders headers, byte[] body) {
    }

    /** Builds the HTTP request of a call; done once per call, reused by every attempt. */
    HttpRequest toHttp(WireRequest request) {
        Endpoint endpoint = request.endpoint();
        URI host = endpoint.onUploadHost() ? settings.uploadUri() : settings.baseUri();
        Map<String, String> query = new LinkedHashMap<>();
        query.put("client_type", "heybox_chat");
        query.put("x_client_type", "web");
        query.put("os_type", "web");
        query.put("x_os_type", "bot");
        query.put("x_app", "heybox_chat");
        query.put("chat_os_type", "bot");
        query.put("chat_version", settings.chatVersion());
        query.putAll(request.query());
        StringBuilder uri = new StringBuilder(host.toString()).append(endpoint.path()).append('?');
        query.forEach((k, v) -> uri.append(encode(k)).append('=').append(encode(v)).append('&'));
        uri.setLength(uri.length() - 1);

        HttpRequest.Builder http = HttpRequest.newBuilder(URI.create(uri.toString()))
                .header("token", settings.token().value())
                .header("Accept", "application/json")
                .timeout(endpoint.onUploadHost() ? settings.uploadTimeout() : settings.requestTimeout());
        if (request.multipart().isPresent()) {
            Multipart body = request.multipart().get();
            http.header("Content-Type", body.contentType()).POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes()));
        } else if (endpoint.method() == Endpoint.Method.POST) {
            byte[] body = Json.writeBytes(request.json().orElseGet(Json::object));
            http.header("Content-Type", JSON_CONTENT_TYPE).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        } else {
            http.GET();
        }
        return http.build();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Sends one attempt. */
    Response exchange(HttpRequest request) throws IOException, InterruptedException {
        return exchange.send(request);
    }

    /**
     * Whether an I/O failure happened before anything was sent: the connection could not be made. Such a
     * request provably never left, so even a non-idempotent write may be sent again.
     */
    static boolean neverConnected(IOException failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof HttpConnectTimeoutException || t instanceof ConnectException
                    || t instanceof UnknownHostException || t instanceof NoRouteToHostException
                    || t instanceof UnresolvedAddressException || t instanceof SSLHandshakeException) {
                return true;
            }
        }
        return false;
    }

    /** Whether the failure is the request timeout (the request was sent, the answer did not come in time). */
    static boolean timedOut(IOException failure) {
        return failure instanceof HttpTimeoutException && !(failure instanceof HttpConnectTimeoutException);
    }

    /**
     * Releases the HTTP client and its threads. Java 21+ closes the client. Java 17's {@code HttpClient} has no
     * close: its selector thread ({@code HttpClient-<id>-SelectorManager}) runs until the client is garbage
     * collected. The JDK names that thread after the id the client's {@code toString} ends with, and the thread's
     * loop ends, closing the client's selector and connections, when it is interrupted; so on 17 that thread is
     * interrupted. Only public API is used (no reflection into {@code jdk.internal}); if the JDK's naming ever
     * differs, nothing is found and the thread ends at the next GC as before.
     */
    @Override
    public void close() {
        if (client instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                // closing is best effort; the executor below is shut down either way
                System.getLogger(Transport.class.getName()).log(System.Logger.Level.DEBUG, "closing the HttpClient failed", e);
            }
        } else {
            selectorThread(client).ifPresent(Thread::interrupt);
        }
        executor.shutdownNow();
    }

    /** The selector thread of a JDK {@code HttpClient}, found by the name the JDK gives it. */
    static java.util.Optional<Thread> selectorThread(HttpClient client) {
        String text = client.toString();
        int open = text.lastIndexOf('(');
        if (open < 0 || !text.endsWith(")")) {
            return java.util.Optional.empty();
        }
        String name = "HttpClient-" + text.substring(open + 1, text.length() - 1) + "-SelectorManager";
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals(name)).findFirst();
    }

    private static final class DaemonThreads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "heychat4j-http-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    }
}
