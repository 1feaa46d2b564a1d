package io.github.heychat4j.http.internal;

import io.github.heychat4j.domain.message.AckId;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Makes the client-side ids the platform de-duplicates by. {@code heychat_ack_id}s follow the platform's
 * advice of an increasing value that does not repeat within 60 s: epoch milliseconds times 1000 plus a
 * counter ({@code 1733388149129001}), strictly increasing per client. Nonces are 16 random hex digits.
 */
public final class Ids {
    private final Clock clock;
    private final AtomicLong lastAckId = new AtomicLong();
    private final SecureRandom random = new SecureRandom();

    /** @param clock the wall clock the ack ids start from */
    public Ids(Clock clock) {
        this.clock = clock;
    }

    /** A fresh ack id, greater than every earlier one of this client. */
    public AckId nextAckId() {
        long floor = clock.millis() * 1000;
        long id = lastAckId.updateAndGet(previous -> Math.max(previous + 1, floor));
        return AckId.of(Long.toString(id));
    }

    /** A fresh random nonce. */
    public String nonce() {
        byte[] bytes = new byte[8];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
