package io.github.heychat4j.http.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.heychat4j.emulator.HeychatEmulator;
import io.github.heychat4j.http.internal.Endpoint;
import io.github.heychat4j.domain.Operation;
import io.github.heychat4j.testkit.TestWorld;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The HTTP adapter's endpoint of every operation is a path the emulator serves with that method: a request
 * without a token gets the emulator's 401, which it answers only after finding the route and checking the method
 * (an unknown path or a wrong method is refused first, with HTTP 200 and its own text).
 */
class EndpointsServedTest {
    private static HeychatEmulator emulator;
    private static HttpClient client;

    @BeforeAll
    static void start() {
        TestWorld world = TestWorld.create().room("测试房间", r -> r.textChannel("综合")).build();
        emulator = HeychatEmulator.builder().world(world.fake()).token(EmulatorConnection.TOKEN, world.botId()).start();
        client = HttpClient.newHttpClient();
    }

    @AfterAll
    static void stop() {
        emulator.close();
        assertEquals(List.of(), emulator.unexpectedErrors(), "the emulator failed");
    }

    @ParameterizedTest
    @EnumSource(Operation.class)
    void theEmulatorServesTheRowsPathWithItsMethod(Operation operation) throws IOException, InterruptedException {
        Endpoint endpoint = Endpoint.of(operation);
        URI uri = (endpoint.onUploadHost() ? emulator.uploadUri() : emulator.baseUri()).resolve(endpoint.path());
        HttpRequest.Builder request = HttpRequest.newBuilder(uri);
        if (endpoint.method() == Endpoint.Method.POST) {
            request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}"));
        } else {
            request.GET();
        }

        HttpResponse<String> answer = client.send(request.build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(401, answer.statusCode(), operation + " " + endpoint.method() + " " + endpoint.path() + ": " + answer.body());
    }
}
