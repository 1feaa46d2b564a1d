package io.github.heychat4j.http.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A gateway transport scripted by the test: each {@link #open} takes the next scripted outcome (a refused
 * handshake, a failure, a link that never opens, or by default an open link) and every open link is a
 * {@link ScriptedSocket} whose frames the test pushes. Runs on the test's thread.
 */
final class ScriptedTransport implements GatewayTransport {
    private final Deque<CompletableFuture<Socket>> outcomes = new ArrayDeque<>();
    final List<ScriptedSocket> sockets = new ArrayList<>();
    int opens;

    ScriptedTransport refuse(int status) {
        outcomes.add(CompletableFuture.failedFuture(new HandshakeRefused(status)));
        return this;
    }

    ScriptedTransport fail(RuntimeException failure) {
        outcomes.add(CompletableFuture.failedFuture(failure));
        return this;
    }

    ScriptedTransport hang() {
        outcomes.add(new CompletableFuture<>());
        return this;
    }

    /** The next open's handshake completes when the test completes the returned future. */
    CompletableFuture<Socket> pending() {
        CompletableFuture<Socket> handshake = new CompletableFuture<>();
        outcomes.add(handshake);
        return handshake;
    }

    @Override
    public CompletableFuture<Socket> open(Events events) {
        opens++;
        CompletableFuture<Socket> scripted = outcomes.poll();
        if (scripted != null) {
            return scripted;
        }
        ScriptedSocket socket = new ScriptedSocket(events);
        sockets.add(socket);
        return CompletableFuture.completedFuture(socket);
    }

    ScriptedSocket last() {
        if (sockets.isEmpty()) {
            throw new AssertionError("no link was opened");
        }
        return sockets.get(sockets.size() - 1);
    }

    /** One link: frames the test pushes wait in an inbox until the client asks for them, as in a TCP buffer. */
    static final class ScriptedSocket implements Socket {
        private final Events events;
        private final Deque<Object[]> inbox = new ArrayDeque<>();
        final List<String> sent = new ArrayList<>();
        long demand;
        boolean aborted;
        private boolean delivering;

        ScriptedSocket(Events events) {
            this.events = events;
        }

        /** The platform sends a whole text frame. */
        ScriptedSocket push(String... frames) {
            for (String frame : frames) {
                inbox.add(new Object[] {frame, true});
            }
            deliver();
            return this;
        }

        /** The platform sends one text frame in parts. */
        ScriptedSocket pushInParts(String... parts) {
            for (int i = 0; i < parts.length; i++) {
                inbox.add(new Object[] {parts[i], i == parts.length - 1});
            }
            deliver();
            return this;
        }

        /** The platform sends a binary frame of {@code bytes}, whole or as its last part. */
        ScriptedSocket pushBinary(int bytes, boolean last) {
            inbox.add(new Object[] {bytes, last});
            deliver();
            return this;
        }

        /** Frames sent but not read yet. */
        int unread() {
            return inbox.size();
        }

        void closeFromPlatform(int code, String reason) {
            events.onClosed(code, reason);
        }

        void breakLink(RuntimeException error) {
            events.onError(error);
        }

        private void deliver() {
            if (delivering) {
                return;
            }
            delivering = true;
            try {
                while (demand > 0 && !inbox.isEmpty() && !aborted) {
                    demand--;
                    Object[] frame = inbox.poll();
                    if (frame[0] instanceof Integer bytes) {
                        events.onBinary(bytes, (Boolean) frame[1]);
                    } else {
                        events.onText((String) frame[0], (Boolean) frame[1]);
                    }
                }
            } finally {
                delivering = false;
            }
        }

        @Override
        public void sendText(String text) {
            sent.add(text);
        }

        @Override
        public void request(long n) {
            demand += n;
            deliver();
        }

        @Override
        public void abort() {
            aborted = true;
        }
    }
}
