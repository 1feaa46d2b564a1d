package io.github.heychat4j.redis;

import io.github.heychat4j.emulator.HeychatEmulator;
import io.github.heychat4j.http.HeychatHttp;
import io.github.heychat4j.testkit.TestWorld;
import java.util.ArrayList;
import java.util.List;

/**
 * The bot of one test's world on an emulator started for that test, and what the test opened for the bot (its
 * replicas' clients and Redis links); the test closes it all when it ends.
 */
final class EmulatedBot {
    /** The bot's token in the Redis tests, which check that it never reaches Redis. */
    static final String TOKEN = "replica-test-token-never-in-redis";

    private final TestWorld world;
    private final HeychatEmulator emulator;
    private final List<AutoCloseable> opened = new ArrayList<>();

    EmulatedBot(TestWorld world) {
        this.world = world;
        this.emulator = HeychatEmulator.builder().world(world.fake()).token(TOKEN, world.botId()).start();
    }

    HeychatEmulator emulator() {
        return emulator;
    }

    /** A client of the bot on the emulator; the test sets the rest (limits, caches, time) and opens it. */
    HeychatHttp.Builder client() {
        return HeychatHttp.builder().token(TOKEN).bot(world.botId())
                .baseUri(emulator.baseUri()).uploadUri(emulator.uploadUri());
    }

    /** Keeps {@code resource} to be closed with this (or by {@link #closeOpened()}), and returns it. */
    <T extends AutoCloseable> T open(T resource) {
        opened.add(resource);
        return resource;
    }

    /** Closes what was opened, the last first, and forgets it; the emulator stays. */
    void closeOpened() throws Exception {
        for (int i = opened.size() - 1; i >= 0; i--) {
            opened.get(i).close();
        }
        opened.clear();
    }

    /** Closes what was opened, the last first, then the emulator (also when closing one of those failed). */
    void close() throws Exception {
        try {
            closeOpened();
        } finally {
            emulator.close();
        }
    }
}
