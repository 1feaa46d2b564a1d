package io.github.heychat4j.http;

/** Where the gateway's link stands, as {@link GatewayEvents#state()} tells it (for health checks). */
public enum GatewayState {
    /** {@link GatewayEvents#start()} was never called: the bot does not listen to events. */
    NOT_STARTED,
    /** Started, and connecting: before the first link, or waiting to reconnect after a lost one. */
    CONNECTING,
    /**
     * Started, as one replica of several sharing an {@link EventIntake}: another replica (or none, for a moment)
     * holds the platform's gateway, and this one handles its share of the frames the intake relays.
     */
    STANDBY,
    /** A link is up. */
    CONNECTED,
    /** Stopped for good: by the bot, by {@link HeychatHttp#close()}, or because the platform refused the token. */
    STOPPED
}
