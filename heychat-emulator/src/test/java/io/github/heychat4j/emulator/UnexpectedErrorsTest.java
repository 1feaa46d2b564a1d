package io.github.heychat4j.emulator;

import io.github.heychat4j.domain.UnavailableException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.logging.Level;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The emulator does not hide its own bugs: an exception it did not expect is logged, journaled and listed. */
class UnexpectedErrorsTest {

    private static final String LEAVE = "/chatroom/v2/room/leave";

    @Test
    void anExceptionTheEmulatorDidNotExpectIsLoggedJournaledAndListedAndTheClientGetsABare500() {
        // the planted bug's stack trace is expected: not on the console
        try (LogCapture logs = LogCapture.startQuietly();
             HeychatEmulator emulator = HeychatEmulator.builder().world(Ids.testWorld()).start()) {
            // A bug planted in the world: the fault predicate itself throws while the call is being run.
            emulator.world().faults().failWhen(call -> {
                throw new IllegalStateException("planted bug");
            }, new UnavailableException("never thrown"));

            String msg = new Wire(emulator.baseUri(), Ids.TOKEN).post(LEAVE, "{\"room_id\":\"3587810143523774464\"}").failed(500);

            assertFalse(msg.contains("planted bug"), "no exception text on the wire: " + msg);
            String expected = "POST " + LEAVE + ": java.lang.IllegalStateException: planted bug";
            assertEquals(List.of(expected), emulator.unexpectedErrors());
            RecordedRequest entry = emulator.requests().get(emulator.requests().size() - 1);
            assertEquals(LEAVE, entry.path());
            assertEquals(java.util.Optional.of(expected), entry.unexpectedError());
            assertTrue(logs.records().stream().anyMatch(r -> r.getLevel() == Level.SEVERE && r.getThrown() instanceof IllegalStateException
                    && r.getMessage().contains(LEAVE)), "logged at ERROR with the exception");

            emulator.world().faults().clear();
            emulator.clearRequests();
            assertEquals(List.of(expected), emulator.unexpectedErrors(), "clearing the journal keeps the list");
        }
    }

    @Test
    void aRefusalOfTheWorldsRulesIsNoUnexpectedError() {
        try (HeychatEmulator emulator = HeychatEmulator.builder().world(Ids.testWorld()).start()) {
            new Wire(emulator.baseUri(), Ids.TOKEN).post(LEAVE, "{\"room_id\":\"999\"}").failed(200);

            assertEquals(List.of(), emulator.unexpectedErrors());
            assertEquals(java.util.Optional.empty(), emulator.requests().get(0).unexpectedError());
        }
    }
}
