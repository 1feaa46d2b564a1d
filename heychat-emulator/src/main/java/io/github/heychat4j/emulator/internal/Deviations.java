package io.github.heychat4j.emulator.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The notes of one request on where it deviated from the official documents but was accepted, because
 * the platform is known (or strongly believed) to accept it: the emulator's leniency rule
 * (docs/architecture.md, "The emulator's leniency"). Each note lands in the request's journal entry, so a
 * bot author still sees what to fix. One instance per request, used by one thread.
 */
public final class Deviations {

    private final List<String> notes = new ArrayList<>();

    /** Notes one deviation, e.g. {@code at_user_id is absent (the documents require it): read as ""}. */
    public void note(String deviation) {
        notes.add(deviation);
    }

    /** The notes so far, in the order noted. */
    public List<String> notes() {
        return List.copyOf(notes);
    }
}
