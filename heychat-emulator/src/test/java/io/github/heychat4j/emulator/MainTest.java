package io.github.heychat4j.emulator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line: started in-process on port 0. */
class MainTest {

    private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+)");

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

    private String output() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    private URI printedBase() {
        Matcher m = LISTENING.matcher(output());
        assertTrue(m.find(), output());
        return URI.create(m.group(1));
    }

    @Test
    void startsTheDemoWorldAndPrintsHowToUseIt() {
        try (HeychatEmulator emulator = Main.start(new String[] {"--port", "0"}, out).orElseThrow()) {
            URI base = printedBase();

            Wire.Reply health = new Wire(base, null).send(new Wire(base, null).request("/_emulator/health", "").GET().build());

            assertTrue(health.ok(), health.text());
            assertEquals(emulator.baseUri(), base);
            assertTrue(output().contains("demo-token"), output());
            assertTrue(output().contains("curl -H 'token: demo-token' '" + base + "/chatroom/v2/room/joined?" + Main.COMMON_QUERY), output());
            assertTrue(output().contains("gateway: " + emulator.gatewayUri() + "?token=demo-token"), output());
        }
    }

    @Test
    void aPersonsActionThroughTheAdminApiIsPushedAtTheWallClocksTime() {
        long before = System.currentTimeMillis();
        try (HeychatEmulator emulator = Main.start(new String[] {"--port", "0"}, out).orElseThrow();
             GatewayClient bot = GatewayClient.connect(emulator, "demo-token")) {
            Wire admin = new Wire(emulator.baseUri(), null);

            admin.send(admin.request("/_emulator/events", "").header("Content-Type", "application/json")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                            "{\"kind\":\"message\",\"user\":8828375,\"channel\":\"3377790315288076288\",\"text\":\"hi\"}"))
                    .build()).okResult();

            assertTrue(bot.nextFrame().path("timestamp").asLong() >= before);
        }
    }

    @Test
    void theCurlExampleWorks() {
        try (HeychatEmulator emulator = Main.start(new String[] {"--port", "0"}, out).orElseThrow()) {
            Wire.Reply joined = new Wire(printedBase(), "demo-token").get("/chatroom/v2/room/joined", "offset=0&limit=50");

            assertEquals("heychat4j 演示房间", joined.okResult().path("rooms").get(0).path("room_name").asString());
        }
    }

    @Test
    void servesAWorldFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("world.json");
        Files.writeString(file, "{\"bots\":[{\"id\":7,\"nickname\":\"b\",\"token\":\"file-token\"}],"
                + "\"rooms\":[{\"id\":\"5\",\"name\":\"文件房间\",\"members\":[{\"user\":7}]}]}", StandardCharsets.UTF_8);

        try (HeychatEmulator emulator = Main.start(new String[] {"--world", file.toString(), "--port", "0"}, out).orElseThrow()) {
            Wire.Reply joined = new Wire(printedBase(), "file-token").get("/chatroom/v2/room/joined", "");

            assertEquals("文件房间", joined.okResult().path("rooms").get(0).path("room_name").asString());
            assertTrue(output().contains("file-token"), output());
        }
    }

    @Test
    void helpPrintsTheUsageAndStartsNothing() {
        Optional<HeychatEmulator> started = Main.start(new String[] {"--help"}, out);

        assertTrue(started.isEmpty());
        assertTrue(output().startsWith("usage: java -jar heychat-emulator.jar"), output());
    }

    @Test
    void anUnknownArgumentIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Main.start(new String[] {"--prot", "1"}, out));

        assertEquals("unknown argument --prot", e.getMessage());
    }

    @Test
    void aPortThatIsNotANumberIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Main.start(new String[] {"--port", "eighty"}, out));
        assertThrows(IllegalArgumentException.class, () -> Main.start(new String[] {"--port"}, out));
    }

    private final ByteArrayOutputStream errors = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(errors, true, StandardCharsets.UTF_8);

    private String errorLine() {
        String text = errors.toString(StandardCharsets.UTF_8);
        assertEquals(1, text.lines().count(), text);
        return text.strip();
    }

    @Test
    void aBusyPortIsNamedInOneLineAndExitsNonZero() {
        try (HeychatEmulator busy = HeychatEmulator.builder().world(WorldFile.demo()).port(0).start()) {
            int port = busy.baseUri().getPort();

            int status = Main.run(new String[] {"--port", Integer.toString(port)}, out, err, HeychatEmulator::close);

            assertEquals(1, status);
            assertTrue(errorLine().startsWith("heychat-emulator: the emulator could not start on 127.0.0.1:" + port
                    + ": the port is busy"), errorLine());
        }
    }

    @Test
    void aMissingWorldFileIsNamedInOneLineAndExitsNonZero(@TempDir Path dir) {
        Path missing = dir.resolve("nowhere.json");

        int status = Main.run(new String[] {"--world", missing.toString(), "--port", "0"}, out, err, HeychatEmulator::close);

        assertEquals(2, status);
        assertEquals("heychat-emulator: the world file " + missing + " does not exist (--help shows the usage)", errorLine());
    }

    @Test
    void anInvalidWorldFileIsNamedInOneLineWithTheFieldAndExitsNonZero(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("world.json");
        Files.writeString(file, "{\"rooms\":[{\"id\":\"x\"}]}", StandardCharsets.UTF_8);

        int status = Main.run(new String[] {"--world", file.toString(), "--port", "0"}, out, err, HeychatEmulator::close);

        assertEquals(2, status);
        assertTrue(errorLine().startsWith("heychat-emulator: the world file " + file + " is invalid: rooms[0]"), errorLine());
    }

    @Test
    void aWorldFileThatIsNotJsonIsNamedInOneLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("world.json");
        Files.writeString(file, "rooms: []", StandardCharsets.UTF_8);

        assertEquals(2, Main.run(new String[] {"--world", file.toString()}, out, err, HeychatEmulator::close));
        assertEquals("heychat-emulator: the world file " + file + " is invalid: must be valid JSON (--help shows the usage)",
                errorLine());
    }

    @Test
    void aStartedEmulatorIsHandedOnAndTheStatusIsZero() {
        List<HeychatEmulator> served = new ArrayList<>();

        int status = Main.run(new String[] {"--port", "0"}, out, err, served::add);

        served.forEach(HeychatEmulator::close);
        assertEquals(0, status);
        assertEquals(1, served.size());
        assertEquals("", errors.toString(StandardCharsets.UTF_8));
    }
}
