package io.github.heychat4j.fake;

import io.github.heychat4j.domain.internal.Checks;
import io.github.heychat4j.domain.media.StreamRequest;
import io.github.heychat4j.domain.media.StreamTaskId;

/**
 * A voice-channel stream a bot started, and whether it still plays.
 *
 * {@snippet :
 * assertTrue(world.streams().get(0).running());
 * }
 *
 * @param id      the task id
 * @param request what was asked for
 * @param running false once stopped
 */
public record RunningStream(StreamTaskId id, StreamRequest request, boolean running) {
    /** Validates that nothing is null. */
    public RunningStream {
        Checks.notNull("id", id);
        Checks.notNull("request", request);
    }

    /** This stream, stopped. */
    public RunningStream stopped() {
        return new RunningStream(id, request, false);
    }
}
