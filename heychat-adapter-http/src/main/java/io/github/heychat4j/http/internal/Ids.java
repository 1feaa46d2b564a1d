package io.github.heychat4j.http.internal;

import io.github.heychat4j.domain.message.AckId;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Makes the client-side ids the platform de-duplicates by.
 *
 * <p>A {@code heychat_ack_id} is {@code <epoch ms x 1000 + counter>-<instance>}, e.g.
 * {@code 1733388149129001-9f3ac2d18e07b5a4}: the first part follows the platform's advice of an increasing
 * value (spec §4.4) and is strictly increasing per client; the second is 64 random bits drawn once per
 * client. Two clients of one bot (two processes, a rolling deploy, a restart within the platform's 60 s
 * window) therefore never share an id, even with the same clock: a "duplicate" answer to a retry can only
 * be about an earlier attempt of the same call. 33 printable ASCII characters, within {@link AckId}'s
 * limit; the spec says any string is accepted. Nonces are 16 random hex digits.
 */
public final class Ids {
    private final Clock clock;
    private final AtomicLong lastAckId = new AtomicLong();
    private final SecureRandom random = new SecureRandom();
    private final String instance;

    /** @param clock the wall clock the ack ids start from */
    public Ids(Clock clock) {
        this.clock = clock;
        this.instance = nonce();
    }

    /** A fresh ack id, greater than every earlier one of this client and shared with no other client. */
    public AckId nextAckId() {
        long floor = clock.millis() * 1000;
        long id = lastAckId.updateAndGet(previous -> Math.max(previous + 1, floor));
        return AckId.of(id + "-" + instance);
    }

    /** A fresh random nonce. */
    public String nonce() {
        byte[] bytes = new byte[8];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
