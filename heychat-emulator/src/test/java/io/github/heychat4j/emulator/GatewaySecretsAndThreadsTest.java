package io.github.heychat4j.emulator;

import io.github.heychat4j.domain.message.MessageContent;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.LogRecord;

import static io.github.heychat4j.emulator.Ids.ALICE;
import static io.github.heychat4j.emulator.Ids.GENERAL_REF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bot token never leaves the handshake, and a closed emulator leaves no thread of its gateway behind. */
class GatewaySecretsAndThreadsTest {

    private static final String WRONG = "wrong-secret-token";

    @Test
    void theTokenIsInNoRecordedRequestNoLogAndNoAnswer() throws IOException {
        List<LogRecord> logged;
        try (LogCapture logs = LogCapture.start();
             HeychatEmulator emulator = HeychatEmulator.builder().world(Ids.testWorld()).start()) {
            logged = logs.records();
            try (GatewayClient bot = GatewayClient.connect(emulator, Ids.TOKEN)) {
                emulator.world().post(ALICE, GENERAL_REF, MessageContent.text("hi"));
                bot.nextFrame();
                emulator.gateway().dropConnections();
                bot.awaitClosed();
            }
            String refusal = rawHandshake(emulator, WRONG);

            assertTrue(refusal.startsWith("HTTP/1.1 401"), refusal);
            assertFalse(refusal.contains(WRONG), refusal);
            List<RecordedRequest> handshakes = emulator.requests().stream().filter(r -> r.path().equals("/chatroom/ws/connect")).toList();
            assertEquals(List.of(101, 401), handshakes.stream().map(RecordedRequest::status).toList());
            handshakes.forEach(r -> assertEquals("****", r.query().get("token")));
            emulator.requests().forEach(r -> assertFalse(r.toString().contains(Ids.TOKEN) || r.toString().contains(WRONG), r.toString()));
        }
        for (LogRecord record : logged) {
            String text = record.getMessage() + " " + record.getThrown();
            assertFalse(text.contains(Ids.TOKEN) || text.contains(WRONG), text);
        }
    }

    @Test
    void closingTheEmulatorLeavesNoThreadOfItsOwn() throws InterruptedException {
        Set<Thread> before = Thread.getAllStackTraces().keySet();
        HeychatEmulator emulator = HeychatEmulator.builder().world(Ids.testWorld()).start();
        try (GatewayClient bot = GatewayClient.connect(emulator, Ids.TOKEN)) {
            emulator.world().post(ALICE, GENERAL_REF, MessageContent.text("hi"));
            bot.nextFrame();
        }
        emulator.close();

        List<Thread> left = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> !before.contains(t))
                // the JDK's HTTP client (the test's WebSocket client) and the common pool are not the emulator's
                .filter(t -> !t.getName().startsWith("HttpClient") && !t.getName().startsWith("ForkJoinPool"))
                .toList();
        for (Thread thread : left) {
            thread.join(GatewayClient.WAIT.toMillis());
        }
        assertEquals(List.of(), left.stream().filter(Thread::isAlive).map(Thread::getName).toList());
    }

    /** A handshake over a plain socket, to read the refusal's whole answer; returns the status line, headers and body. */
    private static String rawHandshake(HeychatEmulator emulator, String token) throws IOException {
        try (Socket socket = new Socket(emulator.baseUri().getHost(), emulator.baseUri().getPort())) {
            socket.setSoTimeout((int) GatewayClient.WAIT.toMillis());
            OutputStream out = socket.getOutputStream();
            String request = "GET /chatroom/ws/connect?" + GatewayClient.QUERY + "&token=" + token + " HTTP/1.1\r\n"
                    + "Host: " + emulator.baseUri().getAuthority() + "\r\n"
                    + "Upgrade: websocket\r\nConnection: Upgrade\r\n"
                    + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n";
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String head = readHead(in);
            int length = Integer.parseInt(headers(head).getOrDefault("content-length", "0"));
            return head + new String(in.readNBytes(length), StandardCharsets.UTF_8);
        }
    }

    private static String readHead(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.append((char) b);
        }
        return head.toString();
    }

    private static Map<String, String> headers(String head) {
        return head.lines().skip(1).filter(l -> l.contains(":"))
                .collect(java.util.stream.Collectors.toMap(l -> l.substring(0, l.indexOf(':')).trim().toLowerCase(java.util.Locale.ROOT),
                        l -> l.substring(l.indexOf(':') + 1).trim(), (a, b) -> a));
    }
}
