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
}
