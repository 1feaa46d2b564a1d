package io.github.heychat4j.http;

import io.github.heychat4j.domain.AuthenticationException;
import io.github.heychat4j.domain.UnavailableException;
import io.github.heychat4j.domain.event.EventGateway;
import io.github.heychat4j.domain.event.EventHandler;
import io.github.heychat4j.domain.event.HandlerFailure;
import io.github.heychat4j.domain.event.HeychatEvent;
import io.github.heychat4j.domain.event.Subscription;
import io.github.heychat4j.domain.internal.Checks;
import io.github.heychat4j.http.internal.GatewayClient;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * The events of the platform's WebSocket gateway (spec §5): an {@link EventGateway} that also connects. Get it
 * from {@link HeychatHttp#events()}, subscribe, then {@link #start()}; {@link HeychatHttp#close()} stops it.
 *
 * {@snippet :
 * try (HeychatHttp heychat = HeychatHttp.fromEnvironment()) {
 *     heychat.events().on(MessagePosted.class, message -> guard.inspect(message));
 *     heychat.events().on(GatewayReconnected.class, back -> guard.resync());
 *     heychat.events().start();              // returns once the first link is up
 *     waitForShutdown();
 * }
 * }
 *
 * <p>What it does for the bot, by {@link GatewayPolicy} (which documents each rule and its default):
 * <ul>
 *   <li>keeps one link open: {@code PING} every 30 s, a link that stays silent is dropped, a lost link is made
 *       again with exponential backoff and jitter, and a refused token stops it with an
 *       {@link AuthenticationException} instead of retrying for ever;</li>
 *   <li>after a reconnect, drops the caches events would have kept fresh and delivers
 *       {@link io.github.heychat4j.domain.event.GatewayReconnected} (the platform does not replay what was missed);</li>
 *   <li>delivers each frame once (by {@code sequence} on one link) and each message once (by message id across
 *       the command and message events), and not the bot's own actions unless
 *       {@link GatewayPolicy#deliverOwnMessages()};</li>
 *   <li>skips frames it cannot read (too large, not JSON, not an event) and reports them to
 *       {@link HeychatListener#frameSkipped}; none reaches a handler;</li>
 *   <li>runs handlers on the event executor ({@link HeychatHttp.Builder#eventExecutor}), one event of a channel at
 *       a time, and stops reading from the socket while too many events wait (see {@link GatewayPolicy}).</li>
 * </ul>
 * Thread-safe. A stopped gateway cannot be started again.
 */
public final class GatewayEvents implements EventGateway, AutoCloseable {
    private final GatewayClient client;

    GatewayEvents(GatewayClient client) {
        this.client = client;
    }

    @Override
    public <E extends HeychatEvent> Subscription on(Class<E> type, EventHandler<? super E> handler) {
        return client.hub().on(type, handler);
    }

    @Override
    public Subscription onHandlerFailure(Consumer<HandlerFailure> reporter) {
        return client.hub().onHandlerFailure(reporter);
    }

    /**
     * Connects, and waits for as long as it takes until the first link is up (its first frame has arrived).
     * Lost links are made again in the background afterwards. Calling it again while running returns at once.
     * With an {@link EventIntake} other than {@link EventIntake#local()} (replicas), it attaches to the intake and
     * returns at once: this replica connects to the platform's gateway only while the intake says it holds it
     * ({@link GatewayState#STANDBY} otherwise), and handles its share of the frames either way.
     *
     * @throws AuthenticationException when the platform refuses the token: 401 or 403 at the handshake, or links
     *                                 it closes before their first frame, several in a row; the gateway is stopped
     * @throws UnavailableException    when the gateway is stopped (by {@link #stop()}, or before this call)
     */
    public void start() {
        client.start(null);
    }

    /**
     * Connects and waits at most {@code timeout} for the first link. Failures to connect are retried with
     * backoff until then.
     *
     * @param timeout how long to wait, positive
     * @throws AuthenticationException when the platform refuses the token; the gateway is stopped
     * @throws UnavailableException    when no link came up in time; the gateway is stopped
     * @throws IllegalArgumentException when the timeout is null or not positive
     */
    public void start(Duration timeout) {
        Checks.notNull("timeout", timeout);
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout: must be positive, got " + timeout);
        }
        client.start(timeout);
    }

    /** Where the link stands now: not started, connecting (or reconnecting), connected, standing by (replicas), or stopped. */
    public GatewayState state() {
        return client.state();
    }

    /** Whether a link is up now (false while reconnecting). */
    public boolean isConnected() {
        return client.isConnected();
    }

    /** How many frames were skipped as too large, not JSON or unreadable since this client was built (duplicates not counted). */
    public long skippedFrames() {
        return client.skippedFrames();
    }

    /** How many events wait for their handlers now. */
    public int queuedEvents() {
        return client.queuedEvents();
    }

    /** Same as {@link #close()}. */
    public void stop() {
        close();
    }

    /**
     * Stops for good: drops the link, stops the heartbeat and reconnect timers, drops queued events and stops the
     * adapter's own dispatch threads (waiting up to 5 s for running handlers; an executor the bot supplied is
     * left alone). Idempotent.
     */
    @Override
    public void close() {
        client.close();
    }

    @Override
    public String toString() {
        return "GatewayEvents[" + (client.isConnected() ? "connected" : "not connected") + "]";
    }
}
