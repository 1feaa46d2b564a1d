package io.github.heychat4j.http;

import java.time.Duration;

/**
 * How the adapter keeps its WebSocket link to the platform's gateway (spec §5) alive and how much it buffers
 * for slow handlers. Immutable; derive variants with the {@code with...} methods.
 *
 * {@snippet :
 * HeychatHttp heychat = HeychatHttp.builder().token(token).bot(bot)
 *         .gateway(GatewayPolicy.defaults().withPongTimeout(Duration.ofSeconds(45)).withDeliverOwnMessages(true))
 *         .build();
 * }
 *
 * <p><b>Heartbeat.</b> A text {@code PING} goes out on connect and every {@code heartbeatInterval}; the platform
 * answers {@code PONG}. When nothing at all arrives (no {@code PONG}, no event) within {@code pongTimeout} of a
 * {@code PING}, the link is dead: it is dropped and a new one is made. The default, 20 s, is ours: the spec (§5.2) lists clients that
 * wait 15 s for a {@code PONG} and others that give up after 3 or 5 missed ones (90 to 150 s). 20 s finds a
 * silent link within 50 s of its last sign of life, and is kinder than 15 s to a slow mobile uplink. While the
 * adapter itself has stopped reading (see back-pressure below) a missing {@code PONG} is not held against the
 * link: it is queued behind the events nobody has read yet; the wait restarts when reading resumes.
 *
 * <p><b>Reconnect.</b> The wait before reconnect attempt {@code n} is {@code minBackoff * 2^(n-1)}, capped at
 * {@code maxBackoff}, times a random factor in {@code [1 - jitter, 1 + jitter]} (capped again), as the official
 * demo does (1 s doubling to 60 s) with the jitter of a community client (±20 %). After a link stayed up for
 * {@code stableAfter}, the next loss starts again at {@code minBackoff}. A handshake refused with 401 or 403, or
 * {@code closesBeforeAuthenticationFailure} links in a row that the platform closed before sending a single
 * frame, mean the token is not accepted (spec §3.5): the gateway stops instead of retrying.
 *
 * <p><b>Back-pressure.</b> Events wait in one queue per channel (room events: per room); a handler runs one event
 * of its channel at a time, so a slow handler delays only its own channel. When one queue holds
 * {@code maxQueuedPerChannel} events, or all queues together hold {@code maxQueued}, the adapter stops asking the
 * socket for frames: the platform's further frames stay in the TCP buffers and TCP flow control slows the sender.
 * Nothing is dropped. Reading resumes once that queue is back to half its bound and the total to half of
 * {@code maxQueued}. While reading is paused, every channel waits, not only the slow one.
 *
 * @param heartbeatInterval                 time between two {@code PING}s, 1 s to 5 minutes (default 30 s, spec §5.2)
 * @param pongTimeout                       how long a {@code PING} may wait for its {@code PONG}, 1 s to 5 minutes (default 20 s)
 * @param minBackoff                        the first reconnect wait, 1 ms to 1 minute (default 1 s)
 * @param maxBackoff                        the longest reconnect wait, {@code minBackoff} to 1 hour (default 60 s)
 * @param jitter                            randomisation of the wait, 0.0 to 1.0 (default 0.2)
 * @param stableAfter                       how long a link must stay up to reset the backoff, 0 to 1 hour (default 60 s)
 * @param maxFrameBytes                     the largest frame read, in UTF-8 bytes, 1 KiB to 64 MiB (default 1 MiB); larger
 *                                          frames are skipped and reported
 * @param maxQueuedPerChannel               events waiting for one channel's handlers, 1 to 1,000,000 (default 1,000)
 * @param maxQueued                         events waiting in all, {@code maxQueuedPerChannel} to 10,000,000 (default 10,000)
 * @param recentMessageIds                  how many message ids are remembered to deliver each message once across the
 *                                          command and message events, 1 to 10,000,000 (default 10,000); kept across reconnects
 * @param closesBeforeAuthenticationFailure how many links in a row closed before their first frame mean a refused
 *                                          token, 1 to 100 (default 3)
 * @param deliverOwnMessages                whether the bot's own messages, reactions, commands and clicks are delivered
 *                                          (default false)
 */
public record GatewayPolicy(Duration heartbeatInterval, Duration pongTimeout, Duration minBackoff, Duration maxBackoff,
                            double jitter, Duration stableAfter, int maxFrameBytes, int maxQueuedPerChannel, int maxQueued,
                            int recentMessageIds, int closesBeforeAuthenticationFailure, boolean deliverOwnMessages) {
    /** One mebibyte, the platform clients' usual frame cap (spec §5.3). */
    public static final int ONE_MIB = 1 << 20;

    private static final GatewayPolicy DEFAULTS = new GatewayPolicy(Duration.ofSeconds(30), Duration.ofSeconds(20),
            Duration.ofSeconds(1), Duration.ofSeconds(60), 0.2, Duration.ofSeconds(60), ONE_MIB, 1_000, 10_000, 10_000, 3,
            false);

    /** Validates every field. */
    public GatewayPolicy {
        PolicyChecks.between("heartbeatInterval", heartbeatInterval, Duration.ofSeconds(1), Duration.ofMinutes(5));
        PolicyChecks.between("pongTimeout", pongTimeout, Duration.ofSeconds(1), Duration.ofMinutes(5));
        PolicyChecks.between("minBackoff", minBackoff, Duration.ofMillis(1), Duration.ofMinutes(1));
        PolicyChecks.between("maxBackoff", maxBackoff, minBackoff, Duration.ofHours(1));
        if (!(jitter >= 0.0 && jitter <= 1.0)) {
            throw new IllegalArgumentException("jitter: must be between 0.0 and 1.0, got " + jitter);
        }
        PolicyChecks.between("stableAfter", stableAfter, Duration.ZERO, Duration.ofHours(1));
        PolicyChecks.between("maxFrameBytes", maxFrameBytes, 1024, 64 * ONE_MIB);
        PolicyChecks.between("maxQueuedPerChannel", maxQueuedPerChannel, 1, 1_000_000);
        PolicyChecks.between("maxQueued", maxQueued, maxQueuedPerChannel, 10_000_000);
        PolicyChecks.between("recentMessageIds", recentMessageIds, 1, 10_000_000);
        PolicyChecks.between("closesBeforeAuthenticationFailure", closesBeforeAuthenticationFailure, 1, 100);
    }

    /** PING every 30 s, PONG within 20 s, reconnect after 1 s doubling to 60 s ±20 %, 1 MiB frames, own messages filtered. */
    public static GatewayPolicy defaults() {
        return DEFAULTS;
    }

    /** This policy with another heartbeat interval. */
    public GatewayPolicy withHeartbeatInterval(Duration interval) {
        return new GatewayPolicy(interval, pongTimeout, minBackoff, maxBackoff, jitter, stableAfter, maxFrameBytes,
                maxQueuedPerChannel, maxQueued, recentMessageIds, closesBeforeAuthenticationFailure, deliverOwnMessages);
    }

    /** This policy with another PONG timeout. */
    public GatewayPolicy withPongTimeout(Duration timeout) {
        return new GatewayPolicy(heartbeatInterval, timeout, minBackoff, maxBackoff, jitter, stableAfter, maxFrameBytes,
                maxQueuedPerChannel, maxQueued, recentMessageIds, closesBeforeAuthenticationFailure, deliverOwnMessages);
    }

    /** This policy with other reconnect waits. */
    public GatewayPolicy withBackoff(Duration min, Duration max) {
        return new GatewayPolicy(heartbeatInterval, pongTimeout, min, max, jitter, stableAfter, maxFrameBytes,
                maxQueuedPerChannel, maxQueued, recentMessageIds, closesBeforeAuthenticationFailure, deliverOwnMessages);
    }

    /** This policy with another randomisation of the reconnect wait (0 = none). */
    public GatewayPolicy withJitter(double factor) {
        return new GatewayPolicy(heartbeatInterval, pongTimeout, minBackoff, maxBackoff, factor, stableAfter, maxFrameBytes,
                maxQueuedPerChannel, maxQueued, recentMessageIds, closesBeforeAuthenticationFailure, deliverOwnMessages);
    }

    /** This policy resetting the backoff after another time up. */
    public GatewayPolicy withStableAfter(Duration up) {
        return new GatewayPolicy(heartbeatInterval, pongTimeout, minBackoff, maxBackoff, jitter, up, maxFrameBytes,
                maxQueuedPerChannel, maxQueued, recentMessageIds, closesBeforeAuthenticationFailure, deliverOwnMessages);
    }

    /** This policy with another frame size limit. */
    public GatewayPolicy withMaxFrameBytes(int bytes) {
        return new GatewayPolicy(heartbeatInterval, pongTimeout, minBackoff, maxBackoff, jitter, stableAfter, bytes,
                maxQueuedPerChannel, maxQueued, recentMessageIds, closesBeforeAuthenticationFailure, deliverOwnMessages);
    }

    /** This policy with other queue bounds. */
    public GatewayPolicy withQueueBounds(int perChannel, int total) {
        return new GatewayPolicy(heartbeatInterval, pongTimeout, minBackoff, maxBackoff, jitter, stableAfter, maxFrameBytes,
                perChannel, total, recentMessageIds, closesBeforeAuthenticationFailure, deliverOwnMessages);
    }

    /** This policy remembering another number of message ids. */
    public GatewayPolicy withRecentMessageIds(int count) {
        return new GatewayPolicy(heartbeatInterval, pongTimeout, minBackoff, maxBackoff, jitter, stableAfter, maxFrameBytes,
                maxQueuedPerChannel, maxQueued, count, closesBeforeAuthenticationFailure, deliverOwnMessages);
    }

    /** This policy reading another number of early closes as a refused token. */
    public GatewayPolicy withClosesBeforeAuthenticationFailure(int closes) {
        return new GatewayPolicy(heartbeatInterval, pongTimeout, minBackoff, maxBackoff, jitter, stableAfter, maxFrameBytes,
                maxQueuedPerChannel, maxQueued, recentMessageIds, closes, deliverOwnMessages);
    }

    /** This policy delivering, or not, what the bot itself did. */
    public GatewayPolicy withDeliverOwnMessages(boolean deliver) {
        return new GatewayPolicy(heartbeatInterval, pongTimeout, minBackoff, maxBackoff, jitter, stableAfter, maxFrameBytes,
                maxQueuedPerChannel, maxQueued, recentMessageIds, closesBeforeAuthenticationFailure, deliver);
    }
}
