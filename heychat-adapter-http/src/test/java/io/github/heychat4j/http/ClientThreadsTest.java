package io.github.heychat4j.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.heychat4j.domain.UserId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Closing a client releases its threads on every supported JDK, and a misplaced token is never echoed (issue 11, fault 6). */
class ClientThreadsTest {

    private static Set<Thread> selectorThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("HttpClient-") && t.getName().endsWith("-SelectorManager"))
                .collect(Collectors.toSet());
    }

    @Test
    void fiftyClientsBuiltAndClosedLeaveNoSelectorThreadBehind() throws InterruptedException {
        Set<Thread> before = selectorThreads();
        List<HeychatHttp> clients = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            clients.add(HeychatHttp.builder().token("threads-token").bot(UserId.of(2398561)).baseUri("http://127.0.0.1:1").build());
        }
        Set<Thread> started = selectorThreads();
        started.removeAll(before);
        assertEquals(50, started.size(), "each client has its selector thread while open");

        clients.forEach(HeychatHttp::close);

        // no GC is asked for: the threads must end because close released them
        long deadline = System.nanoTime() + 10_000_000_000L;
        for (Thread t : started) {
            t.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
        }
        assertEquals(List.of(), started.stream().filter(Thread::isAlive).map(Thread::getName).toList());
    }

    @Test
    void aSeamThatRefusesAtBuildFailsTheBuildAndLeavesNoSelectorThread() throws InterruptedException {
        Set<Thread> before = selectorThreads();
        IllegalStateException budgets = assertThrows(IllegalStateException.class, () -> HeychatHttp.builder()
                .token("threads-token").bot(UserId.of(2398561)).baseUri("http://127.0.0.1:1")
                .requestBudgets(spec -> {
                    throw new IllegalStateException("no shared store");
                }).build());
        IllegalStateException caches = assertThrows(IllegalStateException.class, () -> HeychatHttp.builder()
                .token("threads-token").bot(UserId.of(2398561)).baseUri("http://127.0.0.1:1")
                .cacheCoherence((bot, apply, listener) -> {
                    throw new IllegalStateException("no subscription");
                }).build());

        assertEquals("no shared store", budgets.getMessage());
        assertEquals("no subscription", caches.getMessage());
        Set<Thread> left = selectorThreads();
        left.removeAll(before);
        for (Thread t : left) {
            t.join(10_000);
        }
        assertEquals(List.of(), left.stream().filter(Thread::isAlive).map(Thread::getName).toList());
    }

    @Test
    void aTokenInHeychatBotIdIsNotEchoed() {
        String token = "hcbot-9f3ac2d18e07b5a4c1d2e3f405162738";

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> HeychatHttp.builder()
                .environment(Map.of("HEYCHAT_TOKEN", "2398561", "HEYCHAT_BOT_ID", token)));

        assertTrue(e.getMessage().startsWith("HEYCHAT_BOT_ID: "), e.getMessage());
        for (Throwable t = e; t != null; t = t.getCause()) {
            assertFalse(String.valueOf(t.getMessage()).contains(token), t.getMessage());
            assertFalse(String.valueOf(t.getMessage()).contains("9f3ac2d18e07"), t.getMessage());
        }
    }
}
