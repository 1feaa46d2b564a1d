package io.github.heychat4j.domain.media;

/**
 * Uploads files, and plays media streams into voice channels.
 *
 * {@snippet :
 * UploadedMedia banner = heychat.media().upload(MediaUpload.of(Path.of("banner.png")));
 * StreamTaskId radio = heychat.media().startStream(StreamRequest.of(voice, "https://example.com/radio.mp3", me));
 * heychat.media().stopStream(radio);
 * }
 *
 * Every method is synchronous and thread-safe, and throws a
 * {@link io.github.heychat4j.domain.HeychatException} when the platform refuses.
 */
public interface MediaGateway {

    /** Uploads a file and returns its CDN URL. Wire: {@code POST https://chat-upload.xiaoheihe.cn/upload} (multipart). */
    UploadedMedia upload(MediaUpload file);

    /**
     * Starts playing a stream into a voice channel. Not safe to repeat after a lost answer: a second
     * call would start a second stream. Wire: {@code POST /chatroom/v3/channel/stream/push}.
     */
    StreamTaskId startStream(StreamRequest request);

    /** Stops a stream. Stopping a stopped stream is harmless. Wire: {@code POST /chatroom/v3/channel/stream/stop}. */
    void stopStream(StreamTaskId task);
}
