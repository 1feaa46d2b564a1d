package io.github.heychat4j.fake.internal;

import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.media.MediaGateway;
import io.github.heychat4j.domain.media.MediaUpload;
import io.github.heychat4j.domain.media.StreamRequest;
import io.github.heychat4j.domain.media.StreamTaskId;
import io.github.heychat4j.domain.media.UploadedMedia;
import io.github.heychat4j.domain.Operation;
import io.github.heychat4j.fake.RunningStream;
import io.github.heychat4j.fake.UploadedFile;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The media port over the fake world. */
public final class FakeMedia implements MediaGateway {
    /** Where uploads appear to live: the platform's CDN (spec §1.1). */
    static final String ATTACHMENTS = "https://chat.max-c.com/attachments/";
    private static final Pattern EXTENSION = Pattern.compile("\\.([A-Za-z0-9]{1,8})$");

    private final CallRoute route;
    private final UserId self;

    /**
     * @param route the call route
     * @param self  the bot
     */
    public FakeMedia(CallRoute route, UserId self) {
        this.route = route;
        this.self = self;
    }

    @Override
    public UploadedMedia upload(MediaUpload file) {
        return route.call(self, Operation.MEDIA_UPLOAD, List.of(file), w -> {
            String url = ATTACHMENTS + w.nextId() + extensionOf(file.fileName());
            w.uploads.add(new UploadedFile(self, file, url));
            return new UploadedMedia(url);
        });
    }

    private static String extensionOf(String fileName) {
        Matcher m = EXTENSION.matcher(fileName);
        return m.find() ? "." + m.group(1).toLowerCase(Locale.ROOT) : "";
    }

    @Override
    public StreamTaskId startStream(StreamRequest request) {
        return route.call(self, Operation.MEDIA_START_STREAM, List.of(request), w -> {
            RoomState r = Rules.joinedRoom(w, request.voiceChannel().room(), self);
            Rules.voiceChannel(r, request.voiceChannel().channel());
            // No rule about the operator: no document says it must be a member of the room (spec §2.6, row 38),
            // and the emulator, which serves the platform through this gateway, accepts what the platform is
            // known to accept (issue 16, docs/architecture.md).
            StreamTaskId task = StreamTaskId.of(w.nextId());
            w.streams.put(task, new RunningStream(task, request, true));
            return task;
        });
    }

    @Override
    public void stopStream(StreamTaskId task) {
        route.run(self, Operation.MEDIA_STOP_STREAM, List.of(task), w -> {
            RunningStream stream = w.streams.get(task);
            if (stream == null) {
                throw Errors.taskMissing(task);
            }
            w.streams.put(task, stream.stopped());
        });
    }
}
