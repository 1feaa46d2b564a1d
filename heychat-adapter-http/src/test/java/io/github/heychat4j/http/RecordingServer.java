package io.github.heychat4j.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A scripted HTTP server on loopback (OS-chosen port) for wire tests without the emulator: it records
 * every request and answers each path from a queue of one-shot answers, then from the path's standing
 * answer, else with a failed 404 envelope.
 */
final class RecordingServer implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final List<Recorded> requests = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<Answer>> queued = new ConcurrentHashMap<>();
    private final Map<String, Answer> standing = new ConcurrentHashMap<>();

    /** A request as it arrived. */
    record Recorded(String method, String path, Map<String, String> query, Map<String, List<String>> headers, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        Optional<String> header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).findFirst();
        }
    }

    /**
     * What to answer.
     *
     * @param status  the HTTP status
     * @param headers extra headers
     * @param body    the body
     * @param gate    when set, the answer waits until it opens
     * @param entered counted down when the request arrived (before the gate)
     * @param drop    close the connection without answering
     */
    record Answer(int status, Map<String, String> headers, byte[] body, Optional<CountDownLatch> gate,
                  Optional<CountDownLatch> entered, boolean drop) {
        static Answer json(int status, String json) {
            return new Answer(status, Map.of(), json.getBytes(StandardCharsets.UTF_8), Optional.empty(), Optional.empty(), false);
        }

        static Answer ok(String resultJson) {
            return json(200, "{\"status\":\"ok\",\"msg\":\"\",\"result\":" + resultJson + "}");
        }

        static Answer failed(String msg) {
            return json(200, "{\"status\":\"failed\",\"msg\":\"" + msg + "\",\"result\":{}}");
        }

        static Answer golden(String responseFile) {
            return new Answer(200, Map.of(), Golden.bytes("responses/" + responseFile), Optional.empty(), Optional.empty(), false);
        }

        static Answer status(int status) {
            return json(status, "{\"status\":\"failed\",\"msg\":\"HTTP " + status + "\",\"result\":{}}");
        }

        static Answer dropped() {
            return new Answer(0, Map.of(), new byte[0], Optional.empty(), Optional.empty(), true);
        }

        Answer withHeader(String name, String value) {
            Map<String, String> h = new LinkedHashMap<>(headers);
            h.put(name, value);
            return new Answer(status, h, body, gate, entered, drop);
        }

        Answer heldUntil(CountDownLatch open, CountDownLatch arrived) {
            return new Answer(status, headers, body, Optional.of(open), Optional.of(arrived), drop);
        }
    }

    private RecordingServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    static RecordingServer start() {
        try {
            return new RecordingServer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Answers every request to {@code path} this way, after the queued answers. */
    RecordingServer answer(String path, Answer answer) {
        standing.put(path, answer);
        return this;
    }

    /** Answers the next requests to {@code path} with these, in order. */
    RecordingServer enqueue(String path, Answer... answers) {
        Deque<Answer> queue = queued.computeIfAbsent(path, p -> new ArrayDeque<>());
        synchronized (queue) {
            queue.addAll(List.of(answers));
        }
        return this;
    }

    List<Recorded> requests() {
        return List.copyOf(requests);
    }

    List<Recorded> requests(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).toList();
    }

    long count(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).count();
    }

    Recorded last(String path) {
        List<Recorded> matching = requests(path);
        if (matching.isEmpty()) {
            throw new AssertionError("no request to " + path + "; got " + requests.stream().map(Recorded::path).toList());
        }
        return matching.get(matching.size() - 1);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        byte[] body = exchange.getRequestBody().readAllBytes();
        requests.add(new Recorded(exchange.getRequestMethod(), path, query(exchange.getRequestURI().getRawQuery()),
                Map.copyOf(exchange.getRequestHeaders()), body));
        Answer answer = next(path);
        answer.entered().ifPresent(CountDownLatch::countDown);
        if (answer.gate().isPresent()) {
            try {
                if (!answer.gate().get().await(10, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("gate never opened for " + path);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (answer.drop()) {
            // an exception out of the handler makes the JDK server close the connection without an answer
            exchange.close();
            throw new IOException("dropping the connection on purpose");
        }
        answer.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
        exchange.getResponseHeaders().add("Content-Type", "application/json;charset=UTF-8");
        exchange.sendResponseHeaders(answer.status(), answer.body().length == 0 ? -1 : answer.body().length);
        if (answer.body().length > 0) {
            exchange.getResponseBody().write(answer.body());
        }
        exchange.close();
    }

    private Answer next(String path) {
        Deque<Answer> queue = queued.get(path);
        if (queue != null) {
            synchronized (queue) {
                Answer a = queue.poll();
                if (a != null) {
                    return a;
                }
            }
        }
        return standing.getOrDefault(path, Answer.json(404, "{\"status\":\"failed\",\"msg\":\"接口不存在\",\"result\":{}}"));
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> query = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return query;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String k = eq < 0 ? pair : pair.substring(0, eq);
            String v = eq < 0 ? "" : pair.substring(eq + 1);
            query.put(URLDecoder.decode(k, StandardCharsets.UTF_8), URLDecoder.decode(v, StandardCharsets.UTF_8));
        }
        return query;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
