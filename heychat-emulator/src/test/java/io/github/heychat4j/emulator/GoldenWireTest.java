package io.github.heychat4j.emulator;

import io.github.heychat4j.domain.ChannelId;
import io.github.heychat4j.domain.RoomId;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.channel.ChannelRef;
import io.github.heychat4j.domain.media.StreamRequest;
import io.github.heychat4j.domain.message.MessageContent;
import io.github.heychat4j.emulator.internal.Json;
import io.github.heychat4j.emulator.internal.Route;
import io.github.heychat4j.emulator.internal.Routes;
import io.github.heychat4j.fake.FakeHeychat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The golden wire samples (golden/README.md): every request sample is accepted and succeeds in a world
 * made for them, and every response the emulator produces has the shape of the golden response.
 */
class GoldenWireTest {

    private static final RoomId MAIN_ROOM = RoomId.of("3587810143523774464");
    private static final UserId BOT = UserId.of(2398561);
    private static final String GOLDEN_MESSAGE = "2026607597894049792";
    private static final String GOLDEN_TASK = "6750a1b2c3d4e5f6a7b8c9d0";
    /** Where the golden files show several variants of a response, the one the emulator serves. */
    private static final List<String> SERVED_VARIANTS = List.of("direct", "empty", "flat", "acks");

    private static HeychatEmulator emulator;
    private static Wire wire;

    @BeforeAll
    static void start() {
        emulator = HeychatEmulator.builder().world(WorldFile.parse(Ids.resource("golden-world.json"))).start();
        wire = new Wire(emulator.baseUri(), "golden-token");
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    static Path golden(String dir) {
        try {
            return Path.of(GoldenWireTest.class.getClassLoader().getResource("golden/" + dir).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Path> files(String dir) {
        try (Stream<Path> list = Files.list(golden(dir))) {
            return list.filter(p -> p.toString().endsWith(".json")).sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int row(Path file) {
        return Integer.parseInt(file.getFileName().toString().substring(0, 2));
    }

    /** The golden response the emulator's answer to a row must look like. */
    static JsonNode goldenResponse(int row) {
        String prefix = String.format("%02d-", row);
        List<Path> candidates = files("responses").stream()
                .filter(p -> p.getFileName().toString().startsWith(prefix)).collect(Collectors.toList());
        Path chosen = candidates.size() == 1 ? candidates.get(0) : candidates.stream()
                .filter(p -> SERVED_VARIANTS.stream().anyMatch(v -> p.getFileName().toString().endsWith("." + v + ".json")))
                .findFirst().orElseThrow(() -> new AssertionError("no served variant among " + candidates));
        return Json.parse(read(chosen)).orElseThrow();
    }

    static void assertSameShape(JsonNode expected, JsonNode actual, String what) {
        List<String> differences = Shapes.differences(expected, actual);
        assertTrue(differences.isEmpty(), what + ": " + differences + "\nactual: " + actual);
    }

    /** The query string of a .query.json file. */
    private static String queryOf(Path file) {
        StringJoiner query = new StringJoiner("&");
        Json.parse(read(file)).orElseThrow().forEachEntry((name, value) -> query.add(name + "=" + Wire.encode(value.asString())));
        return query.toString();
    }

    /** Puts the world into the state a sample assumes, and maps the sample's made-up ids to real ones. */
    private static Map<String, String> prepare(int row) {
        FakeHeychat bot = emulator.world().heychatFor(BOT);
        switch (row) {
            case 2:
            case 3:
            case 4: {
                String id = bot.messages().send(ChannelRef.text(MAIN_ROOM, ChannelId.of("3377790315288076288")),
                        MessageContent.text("原文")).id().orElseThrow().value();
                return Map.of(GOLDEN_MESSAGE, id);
            }
            case 26:
                emulator.world().connectVoice(RoomId.of("3884071942269132800"), ChannelId.of("3884071973717917696"),
                        UserId.of(8836257));
                return Map.of();
            case 39: {
                String task = bot.media().startStream(StreamRequest.of(
                        ChannelRef.voice(MAIN_ROOM, ChannelId.of("3377790315296464896")), "https://example.com/a.flv", BOT)).value();
                return Map.of(GOLDEN_TASK, task);
            }
            default:
                return Map.of();
        }
    }

    private static Wire.Reply sendSample(Route route, String body, String query) {
        HttpRequest.Builder request = wire.request(route.path(), Wire.COMMON + (query.isEmpty() ? "" : "&" + query));
        if (route.method().equals("GET")) {
            return wire.send(request.GET().build());
        }
        return wire.send(request.header("Content-Type", "application/json;charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    @TestFactory
    Stream<DynamicTest> everyGoldenRequestIsAcceptedAndAnsweredInTheGoldenShape() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path file : files("requests")) {
            String name = file.getFileName().toString();
            boolean queryFile = name.endsWith(".query.json");
            Path bodyFile = golden("requests").resolve(name.replace(".query.json", ".json"));
            if (queryFile && Files.exists(bodyFile)) {
                continue; // sent together with its body
            }
            Path queryCompanion = golden("requests").resolve(name.replace(".json", ".query.json"));
            tests.add(DynamicTest.dynamicTest(name, () -> {
                emulator.reset();
                Route route = Routes.all().get(row(file) - 1);
                Map<String, String> ids = prepare(route.row());
                String body = queryFile ? "{}" : read(file);
                for (Map.Entry<String, String> id : ids.entrySet()) {
                    body = body.replace(id.getKey(), id.getValue());
                }
                String query = queryFile ? queryOf(file) : Files.exists(queryCompanion) ? queryOf(queryCompanion) : "";

                Wire.Reply reply = sendSample(route, body, query);

                assertTrue(reply.ok(), name + " was not accepted: HTTP " + reply.status() + " " + reply.text());
                assertSameShape(goldenResponse(route.row()), reply.json(), name);
            }));
        }
        assertEquals(44, tests.size(), "every request sample but 06-upload.md, with bodies and queries paired");
        return tests.stream();
    }

    @Test
    void theUploadAnswerHasTheGoldenShape() {
        emulator.reset();

        Wire.Reply reply = wire.send(MediaEndpointsTest.upload(wire, "file", MediaEndpointsTest.PNG));

        assertTrue(reply.ok(), reply.text());
        assertSameShape(goldenResponse(6), reply.json(), "upload");
    }

    @Test
    void aRefusalHasTheGoldenFailureShape() {
        emulator.reset();

        Wire.Reply reply = wire.post("/chatroom/v2/room/kick_out", "{\"room_id\":\"3587810143523774464\",\"to_user_id\":100001}");

        assertEquals(200, reply.status());
        assertTrue(reply.msg().startsWith("权限不足"), reply.text());
        assertSameShape(Json.parse(read(golden("responses/failures").resolve("permission-denied.json"))).orElseThrow(),
                reply.json(), "refusal");
    }

    @Test
    void theEmulatorsOwnErrorsHaveTheGoldenFailureShape() {
        JsonNode failed = Json.parse(read(golden("responses/failures").resolve("failed.json"))).orElseThrow();

        assertSameShape(failed, wire.withToken(null).get("/chatroom/v2/room/joined", "").json(), "401");
        assertSameShape(failed, wire.get("/chatroom/v2/nothing", "").json(), "404");
        assertSameShape(failed, wire.post("/chatroom/v2/room/kick_out", "{}").json(), "400");
    }
}
