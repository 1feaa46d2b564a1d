package io.github.heychat4j.emulator;

import io.github.heychat4j.domain.media.StreamTaskId;
import io.github.heychat4j.fake.RunningStream;
import io.github.heychat4j.fake.UploadedFile;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

import static io.github.heychat4j.emulator.Ids.GENERAL;
import static io.github.heychat4j.emulator.Ids.LOBBY;
import static io.github.heychat4j.emulator.Ids.ROOM;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Rows 6, 38 and 39: upload and voice-channel streams. */
class MediaEndpointsTest extends EmulatorTestSupport {

    static final String BOUNDARY = "heychat4jBoundary7MA4YWxkTrZu0gW";
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 1, 2, 3};

    static HttpRequest upload(Wire client, String partName, byte[] bytes) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String head = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + partName + "\"; filename=\"cat.png\"\r\n"
                + "Content-Type: image/png\r\n\r\n";
        body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        body.writeBytes(bytes);
        body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return client.request("/upload", Wire.COMMON)
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
    }

    private static final String PUSH = "{'room_id':'" + ROOM + "','channel_id':'" + LOBBY + "','stream_url':'https://example.com/live/music.flv',"
            + "'volume':80,'operator':8828375,'callback_url':'','seek_second':0,'repeat_num':-1,'max_duration':120}";

    @Test
    void uploadingAFileAnswersItsUrlInTheVersionedEnvelope() {
        Wire.Reply reply = wire.send(upload(wire, "file", PNG));

        String url = reply.okResult().path("url").asString();
        assertEquals("1.0", reply.json().path("version").asString());
        UploadedFile uploaded = world().uploads().get(0);
        assertEquals(uploaded.url(), url);
        assertEquals("cat.png", uploaded.file().fileName());
        assertEquals("image/png", uploaded.file().contentType());
        assertArrayEquals(PNG, uploaded.file().bytes());
    }

    @Test
    void uploadingWithoutAPartNamedFileIsABadRequest() {
        String msg = wire.send(upload(wire, "image", PNG)).failed(200);

        assertEquals("参数错误: file is required (a multipart part named file)", msg);
        assertTrue(world().uploads().isEmpty());
    }

    @Test
    void uploadingJsonIsABadRequest() {
        assertTrue(wire.post("/upload", "{}").failed(200).startsWith("参数错误: Content-Type must be multipart/form-data"));
    }

    @Test
    void startingAStreamAnswersItsTaskId() {
        String task = wire.post("/chatroom/v3/channel/stream/push", json(PUSH)).okResult().path("task_id").asString();

        RunningStream stream = world().streams().get(0);
        assertEquals(StreamTaskId.of(task), stream.id());
        assertTrue(stream.running());
        assertEquals(80, stream.request().volume());
        assertEquals(-1, stream.request().repeat());
        assertEquals(java.time.Duration.ofMinutes(120), stream.request().maxDuration().orElseThrow());
    }

    @Test
    void startingAStreamInATextChannelIsTheWrongTarget() {
        String msg = wire.post("/chatroom/v3/channel/stream/push", json(PUSH.replace(LOBBY.value(), GENERAL.value()))).failed(200);

        assertTrue(msg.startsWith("频道类型不支持该操作"), msg);
    }

    @Test
    void startingAStreamWithoutAnOperatorIsABadRequest() {
        assertEquals("参数错误: operator is required",
                wire.post("/chatroom/v3/channel/stream/push", json(PUSH.replace("'operator':8828375,", ""))).failed(200));
    }

    @Test
    void stoppingAStream() {
        String task = wire.post("/chatroom/v3/channel/stream/push", json(PUSH)).okResult().path("task_id").asString();

        JsonNode result = wire.post("/chatroom/v3/channel/stream/stop", json("{'task_id':'" + task + "'}")).okResult();

        assertTrue(result.isEmpty());
        assertFalse(world().streams().get(0).running());
    }

    @Test
    void stoppingAnUnknownStreamIsNotFound() {
        String msg = wire.post("/chatroom/v3/channel/stream/stop", json("{'task_id':'6750a1b2c3d4e5f6a7b8c9d0'}")).failed(200);

        assertTrue(msg.startsWith("任务不存在"), msg);
    }
}
