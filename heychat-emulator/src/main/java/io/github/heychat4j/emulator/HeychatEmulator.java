package io.github.heychat4j.emulator;

import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.emulator.internal.AdminApi;
import io.github.heychat4j.emulator.internal.EmulatorHandler;
import io.github.heychat4j.emulator.internal.FaultSchedule;
import io.github.heychat4j.emulator.internal.GatewayHub;
import io.github.heychat4j.emulator.internal.GatewayTokenHandler;
import io.github.heychat4j.emulator.internal.RequestLog;
import io.github.heychat4j.emulator.internal.RestApi;
import io.github.heychat4j.emulator.internal.ServedWorld;
import io.github.heychat4j.emulator.internal.UnexpectedErrors;
import io.github.heychat4j.emulator.internal.WorldBuilder;
import io.github.heychat4j.fake.FakeWorld;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.websocket.server.WebSocketUpgradeHandler;

import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A running, wire-compatible Heychat server over a {@link FakeWorld}: every REST endpoint of the bot
 * API (spec §2.1 rows 1-39, upload included) with the platform's paths, parameters, envelopes and error
 * texts. Each request is checked as the platform would check it, then executed through the ports of the
 * bot its {@code token} header belongs to, so the fake world's rules apply. It binds 127.0.0.1 on an
 * OS-chosen port by default.
 *
 * {@snippet :
 * try (HeychatEmulator emulator = HeychatEmulator.builder().start()) {   // the bundled demo world
 *     URI base = emulator.baseUri();                                       // http://127.0.0.1:41234
 *     // point the HTTP adapter (or curl) at base with the token "demo-token"
 *     emulator.faults().inject("/chatroom/v2/room/kick_out", WireFault.status(503));
 *     assertEquals(1, emulator.requestCount("/chatroom/v2/room/kick_out"));
 * }
 * }
 *
 * <p>It serves the platform's WebSocket gateway too ({@link #gatewayUri()}, {@link #gateway()}): every bot
 * connected with its token hears the events of its rooms, people's actions in the {@link #world()} and other
 * bots' calls alike, as the platform's frames.
 *
 * <p>Besides the platform's API it serves an admin API under {@code /_emulator/} for loopback clients
 * (health, seeding and resetting the world, the request journal, wire faults, people's actions pushed as
 * events, the gateway's state and faults, read-only state views); see {@link Main} for the list. Thread-safe.
 */
public final class HeychatEmulator implements AutoCloseable {

    /** Threads for a 2-core machine: one acceptor, one selector, and a handful of request threads. */
    private static final int MAX_THREADS = 16;
    private static final int MIN_THREADS = 4;

    private final Server server;
    private final ServedWorld served;
    private final WireFaults faults;
    private final RequestLog log;
    private final URI baseUri;
    private final Gateway gateway;
    private final UnexpectedErrors errors;

    private HeychatEmulator(Server server, ServedWorld served, FaultSchedule schedule, RequestLog log, URI baseUri,
                            GatewayHub hub, UnexpectedErrors errors) {
        this.errors = errors;
        this.server = server;
        this.served = served;
        this.faults = new WireFaults(schedule);
        this.log = log;
        this.baseUri = baseUri;
        this.gateway = new Gateway(hub);
    }

    /** A builder; without {@link Builder#world} the emulator serves the bundled {@link WorldFile#demo() demo world}. */
    public static Builder builder() {
        return new Builder();
    }

    /** The base of the REST paths, e.g. {@code http://127.0.0.1:41234}. */
    public URI baseUri() {
        return baseUri;
    }

    /**
     * The WebSocket gateway's address without its query, e.g. {@code ws://127.0.0.1:41234/chatroom/ws/connect};
     * a bot adds the common parameters and {@code token=<its token>}.
     */
    public URI gatewayUri() {
        return URI.create("ws" + baseUri.toString().substring("http".length()) + GatewayHub.PATH);
    }

    /** The WebSocket gateway: who is connected, the form of posted messages, gateway faults. */
    public Gateway gateway() {
        return gateway;
    }

    /** Where {@code POST /upload} is served: the same server. */
    public URI uploadUri() {
        return baseUri;
    }

    /** The world being served; changes made to it are visible over the wire and the other way round. */
    public FakeWorld world() {
        return served.world();
    }

    /**
     * Serves another world from now on; the accepted tokens stay. Like {@link #reset()} and {@link #seed},
     * it keeps the gateway's connections open: each bot hears the new world from now on, and a connection
     * whose bot is no longer a bot with an accepted token is closed (1008).
     */
    public void replaceWorld(FakeWorld world) {
        served.replace(world);
    }

    /**
     * Serves a fresh copy of the world the emulator started with, or was seeded with last, and empties the
     * request journal (the admin API's {@code POST /_emulator/reset}).
     *
     * @throws IllegalStateException when it started with a {@link FakeWorld} object, which cannot be copied,
     *                               and no world file was seeded since; start it with a {@link WorldFile} to reset
     */
    public void reset() {
        AdminApi.reset(served, log);
    }

    /**
     * Serves a world file from now on, with its tokens (the admin API's {@code POST /_emulator/world}); a
     * later {@link #reset()} returns to it.
     */
    public void seed(WorldFile file) {
        served.seed(file::build);
    }

    /** Wire-level fault injection. */
    public WireFaults faults() {
        return faults;
    }

    /** Every REST request received, in order (the latest 10,000); a snapshot. */
    public List<RecordedRequest> requests() {
        return log.snapshot();
    }

    /** How many REST requests came for a path, e.g. {@code "/chatroom/v2/room/kick_out"}. */
    public long requestCount(String path) {
        return log.count(path);
    }

    /** Forgets the recorded requests. */
    public void clearRequests() {
        log.clear();
    }

    /**
     * The emulator's own bugs: every exception it did not expect while answering a REST call, an admin call
     * or serving the gateway, oldest first (the latest {@value UnexpectedErrors#MAX_KEPT}), as
     * {@code where: exception}. Each is also logged at {@code ERROR} with its stack trace, and a REST call's
     * journal entry carries it ({@link RecordedRequest#unexpectedError()}); the client got a bare 500. Neither
     * {@link #reset()} nor {@link #clearRequests()} empties it, so a test can check at its end that it is empty:
     *
     * {@snippet :
     * assertEquals(List.of(), emulator.unexpectedErrors(), "the emulator failed");
     * }
     */
    public List<String> unexpectedErrors() {
        return errors.all();
    }

    /** The tokens the emulator accepts and their bots, for the command line's banner. */
    Map<String, UserId> tokens() {
        return served.tokens();
    }

    /** Blocks until the server stops. */
    void join() throws InterruptedException {
        server.join();
    }

    /** Stops the server and releases the port. */
    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("the emulator did not stop cleanly", e);
        }
    }

    @Override
    public String toString() {
        return "HeychatEmulator[" + baseUri + "]";
    }

    /** Configures and starts an emulator. */
    public static final class Builder {
        private FakeWorld world;
        private WorldFile file;
        private final Map<String, UserId> tokens = new LinkedHashMap<>();
        private int port;
        private String host = "127.0.0.1";
        private boolean followSystemClock;
        private MessageForm messageForm = MessageForm.FLAT;

        private Builder() {
        }

        /** Serve this world object. It cannot be copied, so {@link HeychatEmulator#reset()} is not available. */
        public Builder world(FakeWorld newWorld) {
            this.world = Objects.requireNonNull(newWorld, "world");
            this.file = null;
            return this;
        }

        /** Serve a world file, accepting its bot tokens; {@link HeychatEmulator#reset()} rebuilds it. */
        public Builder world(WorldFile newFile) {
            this.file = Objects.requireNonNull(newFile, "world");
            this.world = null;
            return this;
        }

        /**
         * A bot token the server accepts, for a bot of the world (repeatable). The token is a secret: it
         * is never logged or recorded.
         */
        public Builder token(String token, UserId bot) {
            if (token == null || token.isBlank()) {
                throw new IllegalArgumentException("token: must not be blank");
            }
            tokens.put(token, Objects.requireNonNull(bot, "bot"));
            return this;
        }

        /** The port; 0 (the default) lets the OS choose. */
        public Builder port(int newPort) {
            if (newPort < 0 || newPort > 65_535) {
                throw new IllegalArgumentException("port: must be between 0 and 65535, got " + newPort);
            }
            this.port = newPort;
            return this;
        }

        /** The address to bind; 127.0.0.1 by default. */
        public Builder host(String newHost) {
            if (newHost == null || newHost.isBlank()) {
                throw new IllegalArgumentException("host: must not be blank");
            }
            this.host = newHost;
            return this;
        }

        /**
         * Whether the world's manual clock follows the system clock (moved up before each request), so
         * that bans expire and ack ids leave their 60 s window in a long-running emulator. Off by default:
         * tests move the clock themselves. The command line turns it on.
         */
        public Builder followSystemClock(boolean follow) {
            this.followSystemClock = follow;
            return this;
        }

        /** The form in which the gateway pushes posted messages; {@link MessageForm#FLAT} by default. */
        public Builder messageForm(MessageForm form) {
            this.messageForm = Objects.requireNonNull(form, "form");
            return this;
        }

        /**
         * Starts the server.
         *
         * @throws IllegalStateException when the port cannot be bound, or no bot token is known (neither given
         *                               with {@link #token} nor in the world file)
         */
        public HeychatEmulator start() {
            ServedWorld served = served();
            FaultSchedule schedule = new FaultSchedule();
            RequestLog log = new RequestLog();
            UnexpectedErrors errors = new UnexpectedErrors();
            RestApi rest = new RestApi(served, followSystemClock ? Optional.of(Clock.systemUTC()) : Optional.empty(), errors);
            GatewayHub hub = new GatewayHub(served, log, messageForm, errors);
            AdminApi admin = new AdminApi(served, log, schedule, hub, rest::followWallClock, errors);

            QueuedThreadPool threads = new QueuedThreadPool(MAX_THREADS, MIN_THREADS);
            threads.setName("heychat-emulator");
            threads.setDaemon(true);
            Server server = new Server(threads);
            HttpConfiguration http = new HttpConfiguration();
            http.setSendServerVersion(false);
            http.setSendDateHeader(false);
            ServerConnector connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
            connector.setHost(host);
            connector.setPort(port);
            server.addConnector(connector);
            WebSocketUpgradeHandler gateway = WebSocketUpgradeHandler.from(server, container -> {
                container.setIdleTimeout(GatewayHub.IDLE_TIMEOUT);
                container.setMaxTextMessageSize(GatewayHub.MAX_INCOMING_TEXT);
                container.addMapping(GatewayHub.PATH, hub);
            });
            gateway.setHandler(new EmulatorHandler(rest, admin, schedule, log));
            server.setHandler(new GatewayTokenHandler(gateway));
            server.setStopTimeout(0);
            try {
                server.start();
            } catch (Exception e) {
                try {
                    server.stop();
                } catch (Exception ignored) {
                    // Already failing; the start failure is the one to report.
                }
                throw new IllegalStateException("the emulator could not start on " + host + ":" + port + ": " + cause(e), e);
            }
            return new HeychatEmulator(server, served, schedule, log, baseUri(connector.getLocalPort()), hub, errors);
        }

        /** Why the server did not start, in a few words: a busy port is the usual reason. */
        private static String cause(Throwable failure) {
            for (Throwable t = failure; t != null; t = t.getCause()) {
                if (t instanceof java.net.BindException) {
                    return "the port is busy or not allowed (" + t.getMessage() + "); choose another, or 0 to let the OS choose";
                }
            }
            return String.valueOf(failure.getMessage());
        }

        private ServedWorld served() {
            if (world != null) {
                requireTokens(tokens);
                return new ServedWorld(new WorldBuilder.Built(world, Map.of()), tokens, Optional.empty());
            }
            WorldFile source = file != null ? file : WorldFile.demo();
            Map<String, UserId> all = new LinkedHashMap<>(source.tokens());
            all.putAll(tokens);
            requireTokens(all);
            Supplier<WorldBuilder.Built> factory = source::build;
            return new ServedWorld(factory.get(), tokens, Optional.of(factory));
        }

        /** Without a token every request would be answered 401: say so at start, not at the first request. */
        private static void requireTokens(Map<String, UserId> accepted) {
            if (accepted.isEmpty()) {
                throw new IllegalStateException("no bot token: call token(token, bot) so that a bot can authenticate");
            }
        }

        private URI baseUri(int boundPort) {
            String shown = host.equals("0.0.0.0") || host.equals("::") ? "127.0.0.1" : host;
            if (shown.contains(":") && !shown.startsWith("[")) {
                shown = "[" + shown + "]";
            }
            return URI.create("http://" + shown + ":" + boundPort);
        }
    }
}
