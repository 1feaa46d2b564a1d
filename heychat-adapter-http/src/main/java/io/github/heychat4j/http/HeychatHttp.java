package io.github.heychat4j.http;

import io.github.heychat4j.domain.Heychat;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.channel.ChannelGateway;
import io.github.heychat4j.domain.media.MediaGateway;
import io.github.heychat4j.domain.meme.MemeGateway;
import io.github.heychat4j.domain.message.MessageGateway;
import io.github.heychat4j.domain.role.RoleGateway;
import io.github.heychat4j.domain.room.RoomGateway;
import io.github.heychat4j.domain.voice.VoiceGateway;
import io.github.heychat4j.http.internal.GatewayAddress;
import io.github.heychat4j.http.internal.HttpCore;
import io.github.heychat4j.http.internal.Ports;
import io.github.heychat4j.http.internal.SafeListener;
import io.github.heychat4j.http.internal.Settings;
import io.github.heychat4j.http.internal.Transport;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.function.LongSupplier;

/**
 * The Heychat bot API over HTTP: every port of {@link Heychat}, with retries by operation class, a circuit
 * breaker, local rate limits, a bulkhead and caches of read-mostly data. Thread-safe; build one per bot and
 * share it. It holds an HTTP client, so close it when done.
 *
 * {@snippet :
 * try (HeychatHttp heychat = HeychatHttp.fromEnvironment()) {      // HEYCHAT_TOKEN, HEYCHAT_BOT_ID
 *     for (Room room : heychat.rooms().allJoinedRooms()) {
 *         System.out.println(room.name());
 *     }
 * }
 * }
 *
 * Or with every setting spelled out:
 * {@snippet :
 * HeychatHttp heychat = HeychatHttp.builder()
 *         .token(System.getenv("HEYCHAT_TOKEN"))
 *         .bot(UserId.of(2398561))
 *         .retry(RetryPolicy.defaults().withMaxAttempts(4))
 *         .rateLimits(RateLimitPolicy.defaults().withRequestsPerMinute(200))
 *         .build();
 * }
 */
public final class HeychatHttp implements Heychat, AutoCloseable {
    /** The platform's REST host. */
    public static final URI DEFAULT_BASE_URI = URI.create("https://chat.xiaoheihe.cn");
    /** The platform's upload host. */
    public static final URI DEFAULT_UPLOAD_URI = URI.create("https://chat-upload.xiaoheihe.cn");
    /** The {@code chat_version} sent by default (spec §1.2). */
    public static final String DEFAULT_CHAT_VERSION = "1.30.0";
    /** The {@code chat_version} the gateway's WebSocket sends, as the official demo does (spec §5.1, §9.3). */
    public static final String GATEWAY_CHAT_VERSION = GatewayAddress.CHAT_VERSION;

    private static final System.Logger LOG = System.getLogger("io.github.heychat4j.http");

    private final Settings settings;
    private final HttpCore core;
    private final Ports cached;
    private final Ports uncached;
    private final GatewayEvents events;

    private HeychatHttp(Settings settings) {
        this.settings = settings;
        this.core = new HttpCore(settings);
        this.events = new GatewayEvents(core.gateway());
        this.cached = Ports.over(core, true, events);
        this.uncached = Ports.over(core, false, events);
    }

    /** A builder; {@link Builder#token} and {@link Builder#bot} are required. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A client configured from the environment: {@code HEYCHAT_TOKEN} and {@code HEYCHAT_BOT_ID} (required),
     * {@code HEYCHAT_BASE_URI} and {@code HEYCHAT_UPLOAD_URI} (optional). Everything else has its default.
     *
     * @throws IllegalArgumentException naming the variable that is missing or wrong
     */
    public static HeychatHttp fromEnvironment() {
        return builder().environment(System.getenv()).build();
    }

    @Override
    public UserId self() {
        return settings.bot();
    }

    @Override
    public RoomGateway rooms() {
        return cached.rooms();
    }

    @Override
    public VoiceGateway voice() {
        return cached.voice();
    }

    @Override
    public ChannelGateway channels() {
        return cached.channels();
    }

    @Override
    public MessageGateway messages() {
        return cached.messages();
    }

    @Override
    public RoleGateway roles() {
        return cached.roles();
    }

    @Override
    public MemeGateway memes() {
        return cached.memes();
    }

    /**
     * The platform's events, over its WebSocket gateway: subscribe, then {@link GatewayEvents#start() start()}.
     * Nothing connects until then.
     */
    @Override
    public GatewayEvents events() {
        return events;
    }

    @Override
    public MediaGateway media() {
        return cached.media();
    }

    /**
     * The same client, reading past the caches: joined rooms, room details, roles and memes come straight
     * from the platform. Writes through it still drop what they change from the caches.
     *
     * {@snippet :
     * RoomDetails now = heychat.uncached().rooms().details(room);
     * }
     */
    public Heychat uncached() {
        return uncached;
    }

    /**
     * Stops the gateway (its link, timers and dispatch threads) and releases the HTTP client and its threads;
     * calls made afterwards fail with {@link IllegalStateException}.
     */
    @Override
    public void close() {
        core.close();
    }

    /**
     * The state of each circuit breaker by its name, {@code "rest"} then {@code "upload"} (the names
     * {@link HeychatListener#circuitStateChanged} reports); empty when {@link CircuitBreakerPolicy#enabled()} is
     * false. For health checks.
     */
    public Map<String, CircuitState> circuitStates() {
        return core.circuitStates();
    }

    /** Where uploads go: the builder's {@code uploadUri}, or what it derived (tests). */
    URI uploadUri() {
        return settings.uploadUri();
    }

    @Override
    public String toString() {
        return "HeychatHttp[bot=" + settings.bot() + ", baseUri=" + settings.baseUri() + "]";
    }

    /**
     * Configures a {@link HeychatHttp}. Every setting but the token and the bot id has a production default.
     * Not thread-safe; {@link #build()} may be called more than once.
     */
    public static final class Builder {
        private BotToken token;
        private UserId bot;
        private URI baseUri = DEFAULT_BASE_URI;
        private URI uploadUri; // null: DEFAULT_UPLOAD_URI, or derived from a loopback baseUri (see build())
        private String chatVersion = DEFAULT_CHAT_VERSION;
        private Duration connectTimeout = Duration.ofSeconds(5);
        private Duration requestTimeout = Duration.ofSeconds(15);
        private Duration uploadTimeout = Duration.ofSeconds(60);
        private RetryPolicy retry = RetryPolicy.defaults();
        private CircuitBreakerPolicy circuitBreaker = CircuitBreakerPolicy.defaults();
        private RateLimitPolicy rateLimits = RateLimitPolicy.defaults();
        private RequestBudgets requestBudgets = RequestBudgets.local();
        private BulkheadPolicy bulkhead = BulkheadPolicy.defaults();
        private CachePolicy cache = CachePolicy.defaults();
        private final List<HeychatListener> listeners = new ArrayList<>();
        private CacheCoherence cacheCoherence = CacheCoherence.local();
        private EventIntake eventIntake = EventIntake.local();
        private Sleeper sleeper = Sleeper.system();
        private LongSupplier ticker = System::nanoTime;
        private Clock clock = Clock.systemUTC();
        private Executor cacheExecutor = ForkJoinPool.commonPool();
        private URI gatewayUri;
        private GatewayPolicy gateway = GatewayPolicy.defaults();
        private Executor eventExecutor;
        private UnaryOperator<Transport.Exchange> exchange = UnaryOperator.identity();

        private Builder() {
        }

        /** The bot token from the developer console (required). */
        public Builder token(BotToken botToken) {
            this.token = notNull("token", botToken);
            return this;
        }

        /** The bot token from the developer console (required). */
        public Builder token(String botToken) {
            return token(BotToken.of(botToken));
        }

        /**
         * The bot's own user id (required). The token is opaque (spec §1.3), so the id comes from here: it is
         * {@link #self()}, and the {@code heybox_id}/{@code user_id} of calls that want the bot's id.
         */
        public Builder bot(UserId botId) {
            this.bot = notNull("bot", botId);
            return this;
        }

        /** The bot's own user id (required). */
        public Builder bot(long botId) {
            return bot(UserId.of(botId));
        }

        /**
         * The REST host, default {@code https://chat.xiaoheihe.cn}. Plain {@code http} is accepted only for
         * loopback hosts (127.0.0.0/8, ::1, localhost), for the emulator.
         */
        public Builder baseUri(URI uri) {
            this.baseUri = checkedHost("baseUri", uri);
            return this;
        }

        /** The REST host as text. */
        public Builder baseUri(String uri) {
            return baseUri(parse("baseUri", uri));
        }

        /**
         * The upload host; {@code /upload} is appended. Default: {@code https://chat-upload.xiaoheihe.cn} while
         * {@link #baseUri} is the platform's; the {@code baseUri} itself when that is a loopback host (the emulator
         * serves {@code /upload} on its REST port). Any other {@code baseUri} needs an upload URI set here (or
         * {@code HEYCHAT_UPLOAD_URI}): {@link #build()} refuses to guess, so uploads never leave for the production
         * host behind a proxy's or a test server's back.
         */
        public Builder uploadUri(URI uri) {
            this.uploadUri = checkedHost("uploadUri", uri);
            return this;
        }

        /** The upload host as text. */
        public Builder uploadUri(String uri) {
            return uploadUri(parse("uploadUri", uri));
        }

        /** The {@code chat_version} query parameter, default {@value HeychatHttp#DEFAULT_CHAT_VERSION}. */
        public Builder chatVersion(String version) {
            notNull("chatVersion", version);
            if (!version.matches("[0-9]{1,4}(\\.[0-9]{1,4}){1,3}")) {
                throw new IllegalArgumentException("chatVersion: must look like 1.30.0, got \"" + version + "\"");
            }
            this.chatVersion = version;
            return this;
        }

        /** How long connecting may take, default 5 s; 1 ms to 5 minutes. */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = PolicyChecks.positive("connectTimeout", timeout, Duration.ofMinutes(5));
            return this;
        }

        /** How long a REST answer may take once sent, default 15 s; 1 ms to 5 minutes. */
        public Builder requestTimeout(Duration timeout) {
            this.requestTimeout = PolicyChecks.positive("requestTimeout", timeout, Duration.ofMinutes(5));
            return this;
        }

        /** How long an upload may take, default 60 s; 1 ms to 30 minutes. */
        public Builder uploadTimeout(Duration timeout) {
            this.uploadTimeout = PolicyChecks.positive("uploadTimeout", timeout, Duration.ofMinutes(30));
            return this;
        }

        /** Retry policy, default {@link RetryPolicy#defaults()}. */
        public Builder retry(RetryPolicy policy) {
            this.retry = notNull("retry", policy);
            return this;
        }

        /** Circuit breaker policy, default {@link CircuitBreakerPolicy#defaults()}. */
        public Builder circuitBreaker(CircuitBreakerPolicy policy) {
            this.circuitBreaker = notNull("circuitBreaker", policy);
            return this;
        }

        /** Local rate limits, default {@link RateLimitPolicy#defaults()}. */
        public Builder rateLimits(RateLimitPolicy policy) {
            this.rateLimits = notNull("rateLimits", policy);
            return this;
        }

        /**
         * Where the budgets of the {@link #rateLimits} come from, default {@link RequestBudgets#local()} (this
         * process only). Replicas of one bot share them through the {@code heychat-redis} module.
         */
        public Builder requestBudgets(RequestBudgets budgets) {
            this.requestBudgets = notNull("requestBudgets", budgets);
            return this;
        }

        /** Concurrency limit, default {@link BulkheadPolicy#defaults()}. */
        public Builder bulkhead(BulkheadPolicy policy) {
            this.bulkhead = notNull("bulkhead", policy);
            return this;
        }

        /** Cache policy, default {@link CachePolicy#defaults()}. */
        public Builder cache(CachePolicy policy) {
            this.cache = notNull("cache", policy);
            return this;
        }

        /**
         * How the caches hear of the writes and events of the other replicas of this bot, and tell them of their
         * own; default {@link CacheCoherence#local()} (this process only). Replicas share them through the
         * {@code heychat-redis} module.
         */
        public Builder cacheCoherence(CacheCoherence coherence) {
            this.cacheCoherence = notNull("cacheCoherence", coherence);
            return this;
        }

        /**
         * Where the events come from, default {@link EventIntake#local()}: this client's own link to the
         * platform's gateway, each frame straight to its handlers. Replicas of one bot share one gateway through
         * the {@code heychat-redis} module, so that each event is handled by one of them.
         */
        public Builder eventIntake(EventIntake intake) {
            this.eventIntake = notNull("eventIntake", intake);
            return this;
        }

        /**
         * The observer of calls, requests, retries, rate limits, circuit changes, cache hits and the gateway, in
         * place of any set before; default none.
         */
        public Builder listener(HeychatListener observer) {
            notNull("listener", observer);
            listeners.clear();
            listeners.add(observer);
            return this;
        }

        /**
         * Adds an observer beside those set before (metrics and tracing, say); each hears every signal, in the
         * order added, and one that throws does not keep the others from hearing.
         */
        public Builder addListener(HeychatListener observer) {
            listeners.add(notNull("listener", observer));
            return this;
        }

        /** How to wait between retries and for the rate limiter; default really sleeps. For tests. */
        public Builder sleeper(Sleeper waiting) {
            this.sleeper = notNull("sleeper", waiting);
            return this;
        }

        /**
         * The nanosecond time source of the caches (expiry, refresh) and of the de-duplication window of
         * retried messages; default {@link System#nanoTime()}. For tests.
         */
        public Builder ticker(LongSupplier nanoTime) {
            this.ticker = notNull("ticker", nanoTime);
            return this;
        }

        /** The wall clock for HTTP-date {@code Retry-After} values and ack ids; default UTC system clock. For tests. */
        public Builder clock(Clock wallClock) {
            this.clock = notNull("clock", wallClock);
            return this;
        }

        /** Where caches refresh in the background; default the common fork-join pool. For tests. */
        public Builder cacheExecutor(Executor executor) {
            this.cacheExecutor = notNull("cacheExecutor", executor);
            return this;
        }

        /**
         * The gateway's WebSocket endpoint, without a query (the adapter adds {@code chat_os_type},
         * {@code client_type}, {@code chat_version} {@value HeychatHttp#GATEWAY_CHAT_VERSION} and the token). Default:
         * derived from {@link #baseUri}, {@code https} becoming {@code wss} (and {@code http} {@code ws}), path
         * {@code /chatroom/ws/connect}. Plain {@code ws} is accepted only for loopback hosts.
         */
        public Builder gatewayUri(URI uri) {
            this.gatewayUri = checkedScheme("gatewayUri", uri, "wss", "ws");
            return this;
        }

        /** The gateway's WebSocket endpoint as text. */
        public Builder gatewayUri(String uri) {
            return gatewayUri(parse("gatewayUri", uri));
        }

        /** Gateway policy (heartbeat, reconnect, frame size, queues, own messages), default {@link GatewayPolicy#defaults()}. */
        public Builder gateway(GatewayPolicy policy) {
            this.gateway = notNull("gateway", policy);
            return this;
        }

        /**
         * Wraps the one HTTP exchange of every attempt: a test seam (package-private) that lets a test decide what an
         * attempt's exchange does (answer late, fail after the request was sent) without waiting on the JDK
         * {@code HttpClient}'s own timers.
         */
        Builder exchange(UnaryOperator<Transport.Exchange> wrap) {
            this.exchange = notNull("exchange", wrap);
            return this;
        }

        /**
         * Where event handlers run. Default: the adapter's own threads ({@code heychat4j-events-N}), a virtual thread
         * per busy channel on Java 21+ and a pool of as many platform threads as processors (at least 2) on Java 17;
         * they stop on {@link HeychatHttp#close()}. An executor given here is used as it is and never shut down by
         * the adapter; it must not run tasks on the calling thread if handlers are slow (the socket reader submits).
         */
        public Builder eventExecutor(Executor executor) {
            this.eventExecutor = notNull("eventExecutor", executor);
            return this;
        }

        /**
         * Reads the token, the bot id and optionally the hosts from environment variables: {@code HEYCHAT_TOKEN},
         * {@code HEYCHAT_BOT_ID}, {@code HEYCHAT_BASE_URI}, {@code HEYCHAT_UPLOAD_URI}.
         *
         * @param environment the variables, e.g. {@link System#getenv()}
         * @throws IllegalArgumentException naming the variable that is missing or wrong
         */
        public Builder environment(Map<String, String> environment) {
            notNull("environment", environment);
            String tokenText = environment.get("HEYCHAT_TOKEN");
            if (tokenText == null || tokenText.isBlank()) {
                throw new IllegalArgumentException("HEYCHAT_TOKEN: environment variable must be set to the bot token");
            }
            try {
                token(tokenText.trim());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("HEYCHAT_TOKEN: " + e.getMessage(), e);
            }
            String botText = environment.get("HEYCHAT_BOT_ID");
            if (botText == null || botText.isBlank()) {
                throw new IllegalArgumentException("HEYCHAT_BOT_ID: environment variable must be set to the bot's user id");
            }
            try {
                bot(UserId.parse(botText.trim()));
            } catch (IllegalArgumentException e) {
                // the value is not shown, nor is the cause kept: with the variables swapped it is the token
                throw new IllegalArgumentException("HEYCHAT_BOT_ID: must be the bot's user id, a positive decimal number;"
                        + " the value (" + botText.length() + " characters) is not shown in case it is the token"
                        + " (does HEYCHAT_TOKEN hold the id and HEYCHAT_BOT_ID the token?)");
            }
            String base = environment.get("HEYCHAT_BASE_URI");
            if (base != null && !base.isBlank()) {
                baseUri(base.trim());
            }
            String upload = environment.get("HEYCHAT_UPLOAD_URI");
            if (upload != null && !upload.isBlank()) {
                uploadUri(upload.trim());
            }
            return this;
        }

        /**
         * Builds the client and opens its HTTP client.
         *
         * @throws IllegalArgumentException when the token or the bot id is missing, or {@link #baseUri} is neither
         *         the platform's nor a loopback host and no {@link #uploadUri} is set
         */
        public HeychatHttp build() {
            if (token == null) {
                throw new IllegalArgumentException("token: required, set it with token(..)");
            }
            if (bot == null) {
                throw new IllegalArgumentException("bot: required, set the bot's user id with bot(..)");
            }
            if (Boolean.getBoolean("jdk.httpclient.enableAllMethodRetry")) {
                LOG.log(System.Logger.Level.WARNING, "jdk.httpclient.enableAllMethodRetry is set: the JDK may resend "
                        + "POSTs behind heychat4j's back, which defeats its ambiguous-outcome detection");
            }
            return new HeychatHttp(new Settings(token, bot, baseUri, effectiveUploadUri(), chatVersion, connectTimeout,
                    requestTimeout, uploadTimeout, retry, circuitBreaker, rateLimits, requestBudgets, bulkhead, cache, cacheCoherence,
                    listeners.isEmpty() ? HeychatListener.NONE : SafeListener.of(listeners), sleeper,
                    ticker, clock, cacheExecutor, gatewayUri != null ? gatewayUri : GatewayAddress.endpointFor(baseUri), gateway,
                    Optional.ofNullable(eventExecutor), eventIntake, exchange));
        }

        private URI effectiveUploadUri() {
            if (uploadUri != null) {
                return uploadUri;
            }
            if (baseUri.equals(DEFAULT_BASE_URI)) {
                return DEFAULT_UPLOAD_URI;
            }
            if (isLoopback(baseUri.getHost())) {
                return baseUri;
            }
            throw new IllegalArgumentException("uploadUri: required when baseUri is not the platform's (" + baseUri
                    + "): set uploadUri(..) or HEYCHAT_UPLOAD_URI, or uploads would go to " + DEFAULT_UPLOAD_URI);
        }

        private static <T> T notNull(String field, T value) {
            if (value == null) {
                throw new IllegalArgumentException(field + ": must not be null");
            }
            return value;
        }

        private static URI parse(String field, String text) {
            notNull(field, text);
            try {
                return new URI(text);
            } catch (java.net.URISyntaxException e) {
                throw new IllegalArgumentException(field + ": not a URI: " + e.getMessage(), e);
            }
        }

        private static URI checkedHost(String field, URI uri) {
            String text = checkedScheme(field, uri, "https", "http").toString();
            while (text.endsWith("/")) {
                text = text.substring(0, text.length() - 1);
            }
            return URI.create(text);
        }

        /** {@code uri} if absolute, with a host and nothing else, over {@code secure} (or {@code plain} for loopback). */
        private static URI checkedScheme(String field, URI uri, String secure, String plain) {
            notNull(field, uri);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!uri.isAbsolute() || uri.getHost() == null) {
                throw new IllegalArgumentException(field + ": must be an absolute " + plain + "(s) URI with a host, got "
                        + uri);
            }
            if (uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
                throw new IllegalArgumentException(field + ": must not have a query, fragment or user info, got " + uri);
            }
            if (scheme.equals(plain)) {
                if (!isLoopback(uri.getHost())) {
                    throw new IllegalArgumentException(field + ": plain " + plain + " only for loopback hosts "
                            + "(127.0.0.0/8, ::1, localhost); use " + secure + " for " + uri.getHost());
                }
            } else if (!scheme.equals(secure)) {
                throw new IllegalArgumentException(field + ": scheme must be " + secure + " (or " + plain + " for loopback), got "
                        + uri);
            }
            return uri;
        }

        // Decided from the literal host only: a DNS lookup here would be I/O, and a name that merely resolves to
        // 127.0.0.1 must not downgrade to plain http.
        static boolean isLoopback(String host) {
            String h = host.toLowerCase(Locale.ROOT);
            if (h.startsWith("[") && h.endsWith("]")) {
                h = h.substring(1, h.length() - 1);
            }
            if (h.equals("localhost") || h.equals("::1") || h.equals("0:0:0:0:0:0:0:1")) {
                return true;
            }
            String[] parts = h.split("\\.", -1);
            if (parts.length != 4 || !parts[0].equals("127")) {
                return false;
            }
            for (String part : parts) {
                if (!part.matches("[0-9]{1,3}") || Integer.parseInt(part) > 255) {
                    return false;
                }
            }
            return true;
        }
    }
}
