/**
 * heychat4j's emulator: a wire-compatible local Heychat server over a fake world, with fault
 * injection and an admin API, for adapter tests and offline bot development. Run it with
 * {@link io.github.heychat4j.emulator.HeychatEmulator} or from the command line
 * ({@link io.github.heychat4j.emulator.Main}).
 */
module io.github.heychat4j.emulator {
    requires transitive io.github.heychat4j.fake;
    requires org.eclipse.jetty.server;
    requires org.eclipse.jetty.websocket.api;
    requires org.eclipse.jetty.websocket.server;
    requires tools.jackson.databind;

    exports io.github.heychat4j.emulator;
    // Jetty calls the gateway connection's listener methods through method handles.
    exports io.github.heychat4j.emulator.internal to org.eclipse.jetty.websocket.common;
}
