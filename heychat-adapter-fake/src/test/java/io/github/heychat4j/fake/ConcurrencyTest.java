package io.github.heychat4j.fake;

import io.github.heychat4j.domain.MessageId;
import io.github.heychat4j.domain.Operation;
import io.github.heychat4j.domain.message.AckId;
import io.github.heychat4j.domain.message.MessageContent;
import io.github.heychat4j.domain.message.SentMessage;
import io.github.heychat4j.domain.role.Permission;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

import static io.github.heychat4j.fake.TestWorld.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConcurrencyTest {
    private static final int THREADS = 8;
    private static final int SENDS_PER_THREAD = 250;

    @Test
    void concurrentSendsFromTwoBotsGetUniqueIdsAndNoMessageIsLost() throws Exception {
        FakeWorld world = world();
        world.join(ROOM, OTHER_BOT);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<SentMessage>>> results = new ArrayList<>();
        try {
            for (int t = 0; t < THREADS; t++) {
                FakeHeychat bot = world.heychatFor(t % 2 == 0 ? BOT : OTHER_BOT);
                int thread = t;
                results.add(pool.submit(() -> {
                    start.await();
                    List<SentMessage> sent = new ArrayList<>();
                    for (int i = 0; i < SENDS_PER_THREAD; i++) {
                        sent.add(bot.messages().send(GENERAL_REF, MessageContent.text(thread + "-" + i)));
                    }
                    return sent;
                }));
            }
            start.countDown();
            Set<MessageId> ids = new HashSet<>();
            Set<AckId> acks = new HashSet<>();
            for (Future<List<SentMessage>> result : results) {
                for (SentMessage sent : result.get(30, TimeUnit.SECONDS)) {
                    ids.add(sent.id().orElseThrow());
                    acks.add(sent.ackId());
                }
            }

            int total = THREADS * SENDS_PER_THREAD;
            assertEquals(total, ids.size());
            assertEquals(total, acks.size());
            assertEquals(total, world.messages(GENERAL).size());
            assertEquals(total, world.journal().entries().size());
            assertTrue(world.journal().entries().stream().allMatch(JournalEntry::succeeded));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void concurrentTogglesNeverLoseAFlip() throws Exception {
        FakeWorld world = world(Permission.MUTE_MEMBERS);
        FakeHeychat bot = world.heychatFor(BOT);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        int rounds = 300;
        try {
            // Each round, two threads released together toggle once each, and the state is checked before the next
            // round. Two flips leave the microphone as it was; a lost flip leaves it changed, and that round fails.
            // (A parity check at the end alone would pass when flips are lost in pairs.)
            for (int round = 0; round < rounds; round++) {
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<?>> done = new ArrayList<>();
                for (int t = 0; t < 2; t++) {
                    done.add(pool.submit(() -> {
                        together.await();
                        bot.voice().toggleMicrophone(LOBBY_REF, ALICE);
                        return null;
                    }));
                }
                for (Future<?> f : done) {
                    f.get(30, TimeUnit.SECONDS);
                }
                assertFalse(world.isMicrophoneMutedIn(LOBBY, ALICE), "round " + round + ": a flip was lost");
            }

            assertEquals(2 * rounds, world.journal().entries(Operation.VOICE_TOGGLE_MICROPHONE).size());
        } finally {
            pool.shutdownNow();
        }
    }
}
