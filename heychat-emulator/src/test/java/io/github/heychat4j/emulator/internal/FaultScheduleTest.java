package io.github.heychat4j.emulator.internal;

import io.github.heychat4j.emulator.WireFault;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FaultScheduleTest {

    @Test
    void faultsForAPathPlayInOrderForTheirCounts() {
        FaultSchedule schedule = new FaultSchedule();
        schedule.add("/a", WireFault.status(500), 2);
        schedule.add("/a", WireFault.dropConnection(), 1);

        assertEquals(Optional.of(WireFault.status(500)), schedule.take("/a"));
        assertEquals(Optional.of(WireFault.status(500)), schedule.take("/a"));
        assertEquals(Optional.of(WireFault.dropConnection()), schedule.take("/a"));
        assertEquals(Optional.empty(), schedule.take("/a"));
    }

    @Test
    void otherPathsAreNotAffected() {
        FaultSchedule schedule = new FaultSchedule();
        schedule.add("/a", WireFault.malformedJson(), 1);

        assertEquals(Optional.empty(), schedule.take("/b"));
        assertEquals(Optional.of(WireFault.malformedJson()), schedule.take("/a"));
    }

    @Test
    void clearingForgetsEverything() {
        FaultSchedule schedule = new FaultSchedule();
        schedule.add("/a", WireFault.appliedButLost(), 3);

        schedule.clear();

        assertEquals(Optional.empty(), schedule.take("/a"));
    }
}
