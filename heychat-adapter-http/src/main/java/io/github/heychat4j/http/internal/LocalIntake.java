package io.github.heychat4j.http.internal;

import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.http.EventIntake;
import io.github.heychat4j.http.HeychatListener;

/**
 * {@link EventIntake#local()}: no intake. The client recognises this instance and keeps the gateway's frames to
 * itself ({@link GatewayClient} without a relay), so it is never attached.
 */
public final class LocalIntake implements EventIntake {
    /** The one instance. */
    public static final LocalIntake INSTANCE = new LocalIntake();

    private LocalIntake() {
    }

    @Override
    public Relay attach(UserId bot, Receiver receiver, HeychatListener listener) {
        throw new IllegalStateException("the local intake is never attached: the client handles its own frames");
    }

    @Override
    public String toString() {
        return "EventIntake.local()";
    }
}
