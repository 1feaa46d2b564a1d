package io.github.heychat4j.emulator.internal;

import io.github.heychat4j.domain.ChannelId;
import io.github.heychat4j.domain.RoomId;
import io.github.heychat4j.domain.media.MediaUpload;
import io.github.heychat4j.domain.media.StreamRequest;
import io.github.heychat4j.domain.media.StreamTaskId;
import io.github.heychat4j.domain.media.UploadedMedia;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;

/** Rows 6, 38 and 39 of spec §2.1: upload and voice-channel streams. */
final class MediaEndpoints {

    private MediaEndpoints() {
    }

    /** Row 6, POST /upload (multipart, part {@code file}). */
    static JsonNode upload(Call call) {
        MediaUpload file = call.upload().orElseThrow(() -> new BadRequest("file", "is required"));
        UploadedMedia media = call.heychat().media().upload(file);
        ObjectNode result = Json.object();
        result.put("url", media.url());
        return result;
    }

    /** Row 38, POST /chatroom/v3/channel/stream/push. */
    static JsonNode startStream(Call call) {
        JsonBody body = call.body();
        RoomId room = RoomId.of(body.id("room_id"));
        ChannelId channel = ChannelId.of(body.id("channel_id"));
        int repeat = body.optionalInteger("repeat_num").orElse(1);
        // The platform says max_duration only takes effect when looping (repeat_num -1): ignored otherwise.
        Optional<Duration> maxDuration = repeat == -1
                ? optionalInt(body, "max_duration").map(Duration::ofMinutes)
                : Optional.empty();
        StreamRequest request = new StreamRequest(
                call.voiceRef(room, channel),
                body.string("stream_url"),
                body.userId("operator"),
                body.optionalInteger("volume").orElse(100),
                repeat,
                maxDuration,
                Duration.ofSeconds(body.optionalInteger("seek_second").orElse(0)),
                body.optionalString("callback_url").filter(u -> !u.isEmpty()));
        StreamTaskId task = call.heychat().media().startStream(request);
        ObjectNode result = Json.object();
        result.put("task_id", task.value());
        return result;
    }

    private static Optional<Integer> optionalInt(JsonBody body, String field) {
        OptionalInt value = body.optionalInteger(field);
        return value.isPresent() ? Optional.of(value.getAsInt()) : Optional.empty();
    }

    /** Row 39, POST /chatroom/v3/channel/stream/stop. */
    static JsonNode stopStream(Call call) {
        String task = call.body().string("task_id");
        if (task.isEmpty()) {
            throw new BadRequest("task_id", "must not be empty");
        }
        call.heychat().media().stopStream(StreamTaskId.of(task));
        return Json.object();
    }
}
