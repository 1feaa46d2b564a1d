package io.github.heychat4j.emulator.internal;

import java.util.ArrayDeque;
import java.util.List;
import java.util.function.Predicate;

/**
 * The emulator's own bugs: every exception it did not expect (a REST call, an admin call or the gateway
 * failing where it never should) is logged at {@code ERROR} with its stack trace and kept here, so that a
 * test sees it instead of a bare 500 that a client retries and reports as the platform being unavailable.
 * One instance per emulator, shared by the REST API, the admin API and the gateway; thread-safe. It is not
 * emptied by a reset or by clearing the journal, so a test can check at its end that none happened.
 */
public final class UnexpectedErrors {

    /** How many descriptions are kept (the oldest go first); the log has them all. */
    public static final int MAX_KEPT = 100;

    private static final System.Logger LOG = System.getLogger(UnexpectedErrors.class.getName());

    private final ArrayDeque<String> kept = new ArrayDeque<>();

    /**
     * Logs an unexpected exception and keeps its description.
     *
     * @param where what was being done, e.g. {@code POST /chatroom/v2/room/kick_out}
     * @param e     the exception
     * @return the description kept: {@code where: exception}
     */
    public String record(String where, Throwable e) {
        String description = where + ": " + e;
        LOG.log(System.Logger.Level.ERROR, "emulator: unexpected failure in " + where, e);
        synchronized (kept) {
            if (kept.size() == MAX_KEPT) {
                kept.removeFirst();
            }
            kept.addLast(description);
        }
        return description;
    }

    /** Every description kept, oldest first. */
    public List<String> all() {
        synchronized (kept) {
            return List.copyOf(kept);
        }
    }

    /** The descriptions kept that match, oldest first. */
    public List<String> matching(Predicate<String> which) {
        return all().stream().filter(which).toList();
    }
}
