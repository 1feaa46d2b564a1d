package io.github.heychat4j.emulator;

import io.github.heychat4j.domain.Operation;
import io.github.heychat4j.emulator.internal.FaultSchedule;
import io.github.heychat4j.emulator.internal.Routes;

import java.util.Objects;

/**
 * Wire-level fault injection of one {@link HeychatEmulator}: the next requests to a path get a
 * {@link WireFault} instead of (or on top of) their normal handling. Faults for one path are played in
 * the order injected. Thread-safe.
 *
 * {@snippet :
 * emulator.faults().inject("/chatroom/v2/room/view", WireFault.status(502), 2);   // the next two GETs fail
 * emulator.faults().inject("/chatroom/v2/room/view", WireFault.latency(Duration.ofMillis(300)));
 * emulator.faults().inject(Operation.ROOMS_KICK, WireFault.appliedButLost());   // the same key as the journal's
 * emulator.faults().clear();
 * }
 *
 * Business failures (permission denied, not found, ...) are not wire faults: they come from the
 * world's rules or its own {@code faults()}.
 */
public final class WireFaults {

    private final FaultSchedule schedule;

    WireFaults(FaultSchedule schedule) {
        this.schedule = schedule;
    }

    /**
     * The next {@code times} requests to {@code path} get {@code fault}.
     *
     * @param path  the request path, e.g. {@code "/chatroom/v2/room/kick_out"} or {@code "/upload"}
     * @param fault what to do
     * @param times how many requests, at least 1
     */
    public void inject(String path, WireFault fault, int times) {
        Objects.requireNonNull(fault, "fault");
        if (path == null || !path.startsWith("/")) {
            throw new IllegalArgumentException("path: must start with /, got " + path);
        }
        if (times < 1) {
            throw new IllegalArgumentException("times: must be at least 1, got " + times);
        }
        schedule.add(path, fault, times);
    }

    /** The next request to {@code path} gets {@code fault}. */
    public void inject(String path, WireFault fault) {
        inject(path, fault, 1);
    }

    /**
     * The next {@code times} requests for {@code operation} get {@code fault}: the same as injecting on the path of
     * the route serving it, named by the key the fake's journal and the HTTP adapter's listener use.
     *
     * @param operation the operation whose requests fail
     * @param fault     what to do
     * @param times     how many requests, at least 1
     */
    public void inject(Operation operation, WireFault fault, int times) {
        if (operation == null) {
            throw new IllegalArgumentException("operation: must not be null");
        }
        inject(Routes.of(operation).orElseThrow().path(), fault, times);
    }

    /** The next request for {@code operation} gets {@code fault}. */
    public void inject(Operation operation, WireFault fault) {
        inject(operation, fault, 1);
    }

    /** Forgets every fault not played yet. */
    public void clear() {
        schedule.clear();
    }
}
