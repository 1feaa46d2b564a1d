package io.github.heychat4j.http.internal;

import io.github.heychat4j.domain.media.MediaGateway;
import io.github.heychat4j.domain.media.MediaUpload;
import io.github.heychat4j.domain.media.StreamRequest;
import io.github.heychat4j.domain.media.StreamTaskId;
import io.github.heychat4j.domain.media.UploadedMedia;

/** {@link MediaGateway} over HTTP; uploads go to the upload host. */
public final class HttpMediaGateway implements MediaGateway {
    private final HttpCore core;

    /** @param core the client */
    public HttpMediaGateway(HttpCore core) {
        this.core = core;
    }

    @Override
    public UploadedMedia upload(MediaUpload file) {
        return core.read(Requests.upload(file), Decoders::uploaded);
    }

    @Override
    public StreamTaskId startStream(StreamRequest request) {
        return core.read(Requests.startStream(request), Decoders::streamTask);
    }

    @Override
    public void stopStream(StreamTaskId task) {
        core.call(Requests.stopStream(task));
    }
}
