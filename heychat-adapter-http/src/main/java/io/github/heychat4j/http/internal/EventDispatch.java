package io.github.heychat4j.http.internal;

import io.github.heychat4j.domain.event.ButtonClicked;
import io.github.heychat4j.domain.event.CommandInvoked;
import io.github.heychat4j.domain.event.HeychatEvent;
import io.github.heychat4j.domain.event.MemberJoined;
import io.github.heychat4j.domain.event.MemberLeft;
import io.github.heychat4j.domain.event.MessagePosted;
import io.github.heychat4j.domain.event.ReactionAdded;
import io.github.heychat4j.domain.event.ReactionRemoved;
import io.github.heychat4j.domain.event.internal.EventHub;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * Hands decoded events to the {@link EventHub} on the dispatch executor: one lane per channel (room events:
 * per room), a lane's events one at a time and in order, different lanes in parallel. Bounded: {@link #offer}
 * says when the reader must stop asking for frames (a lane at {@code perLane}, or all lanes at {@code total}),
 * and {@code resumeReading} runs once the backlog is back to half of both bounds. Each event may carry a
 * {@link Delivery}: asked right before the handlers run whether they should, and told when they are done (an
 * event relayed by an {@link io.github.heychat4j.http.EventIntake} is claimed and acknowledged through it).
 * Thread-safe.
 */
final class EventDispatch {
    private static final System.Logger LOG = System.getLogger("io.github.heychat4j.events");

    /** What happens around one event's handlers. */
    interface Delivery {
        /** Nothing around: the handlers run. */
        Delivery DIRECT = new Delivery() {
            @Override
            public boolean begin() {
                return true;
            }

            @Override
            public void end() {
            }
        };

        /** Right before the handlers: whether they run; on the lane's thread. */
        boolean begin();

        /** After the handlers ran, or after {@link #begin()} said they do not; on the lane's thread. */
        void end();
    }

    private record Queued(HeychatEvent event, Delivery delivery) {
    }

    private final EventHub hub;
    private final Executor executor;
    private final int perLane;
    private final int total;
    private final Runnable resumeReading;
    private final Map<String, Lane> lanes = new HashMap<>();
    private int queued;
    private Lane blocking;
    private boolean readerWaiting;
    private boolean closed;

    EventDispatch(EventHub hub, Executor executor, int perLane, int total, Runnable resumeReading) {
        this.hub = hub;
        this.executor = executor;
        this.perLane = perLane;
        this.total = total;
        this.resumeReading = resumeReading;
    }

    /** The lane of an event: its channel, or for membership its room; the gateway's own events share one. */
    static String laneOf(HeychatEvent event) {
        if (event instanceof MessagePosted m) {
            return "c" + m.channel().channel().value();
        } else if (event instanceof CommandInvoked c) {
            return "c" + c.channel().channel().value();
        } else if (event instanceof ButtonClicked b) {
            return "c" + b.channel().channel().value();
        } else if (event instanceof ReactionAdded r) {
            return "c" + r.channel().value();
        } else if (event instanceof ReactionRemoved r) {
            return "c" + r.channel().value();
        } else if (event instanceof MemberJoined j) {
            return "r" + j.room().value();
        } else if (event instanceof MemberLeft l) {
            return "r" + l.room().value();
        }
        return "gateway";
    }

    /**
     * Queues an event for its lane.
     *
     * @return whether the reader may ask for the next frame; false means wait for {@code resumeReading}
     */
    boolean offer(HeychatEvent event) {
        return offer(event, Delivery.DIRECT);
    }

    /**
     * Queues an event for its lane, with what happens around its handlers. Events dropped on {@link #close()}
     * never see their delivery again.
     *
     * @return whether the reader may ask for the next frame; false means wait for {@code resumeReading}
     */
    boolean offer(HeychatEvent event, Delivery delivery) {
        String key = laneOf(event);
        boolean start;
        boolean mayRead;
        Lane lane;
        synchronized (this) {
            if (closed) {
                return false;
            }
            lane = lanes.computeIfAbsent(key, Lane::new);
            lane.events.add(new Queued(event, delivery));
            queued++;
            start = !lane.running;
            lane.running = true;
            if (lane.events.size() >= perLane || queued >= total) {
                blocking = lane.events.size() >= perLane ? lane : null;
                readerWaiting = true;
            }
            mayRead = !readerWaiting;
        }
        if (start) {
            run(lane);
        }
        return mayRead;
    }

    private void run(Lane lane) {
        try {
            executor.execute(() -> drain(lane));
        } catch (RejectedExecutionException shutDown) {
            synchronized (this) {
                queued -= lane.events.size();
                lane.events.clear();
                lane.running = false;
                lanes.remove(lane.key);
            }
        }
    }

    private void drain(Lane lane) {
        while (true) {
            Queued next;
            boolean resume = false;
            synchronized (this) {
                if (closed) {
                    lane.running = false;
                    return;
                }
                next = lane.events.poll();
                if (next == null) {
                    lane.running = false;
                    lanes.remove(lane.key);
                    return;
                }
            }
            try {
                if (next.delivery().begin()) {
                    hub.publish(next.event());
                }
            } catch (RuntimeException unexpected) {
                // the hub isolates handlers and a delivery must not throw; this would be a bug, and must not stop the lane
                LOG.log(System.Logger.Level.ERROR, "event delivery failed", unexpected);
            } finally {
                try {
                    next.delivery().end();
                } catch (RuntimeException unexpected) {
                    LOG.log(System.Logger.Level.ERROR, "event delivery failed to end", unexpected);
                }
            }
            synchronized (this) {
                if (closed) {
                    // close() already counted this event out (queued is 0), and a stopped gateway has no reader to resume
                    lane.running = false;
                    return;
                }
                queued--;
                if (readerWaiting && queued <= total / 2 && (blocking == null || blocking.events.size() <= perLane / 2)) {
                    readerWaiting = false;
                    blocking = null;
                    resume = true;
                }
            }
            if (resume) {
                resumeReading.run();
            }
        }
    }

    /** Whether the reader is waiting for the backlog to drain (so a missing PONG is not the link's fault). */
    synchronized boolean readerWaiting() {
        return readerWaiting;
    }

    /** Events waiting in all lanes. */
    synchronized int queued() {
        return queued;
    }

    /** Drops what is queued; lanes stop after the event they are delivering. */
    synchronized void close() {
        closed = true;
        lanes.values().forEach(l -> l.events.clear());
        lanes.clear();
        queued = 0;
    }

    private static final class Lane {
        final String key;
        final ArrayDeque<Queued> events = new ArrayDeque<>();
        boolean running;

        Lane(String key) {
            this.key = key;
        }
    }
}
