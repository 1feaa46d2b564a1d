package io.github.heychat4j.domain.media;

import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.channel.ChannelRef;
import io.github.heychat4j.domain.internal.Checks;
import java.time.Duration;
import java.util.Optional;

/**
 * A media stream to play into a voice channel.
 *
 * {@snippet :
 * StreamTaskId task = heychat.media().startStream(
 *         StreamRequest.of(voice, "https://example.com/radio.mp3", operator).withVolume(60).loopingFor(Duration.ofHours(2)));
 * heychat.media().stopStream(task);
 * }
 *
 * @param voiceChannel the voice channel to play into
 * @param streamUrl    the source URL
 * @param operator     the user on whose behalf the bot plays
 * @param volume       0 to 100 (100 is the source's own volume)
 * @param repeat       how many times to play, 1 to 1000, or -1 to loop
 * @param maxDuration  with {@code repeat == -1} only: how long to loop, 1 minute to 7 days, whole minutes
 * @param seek         where to start in the source, whole seconds
 * @param callbackUrl  where the platform reports the stream's state, if anywhere
 */
public record StreamRequest(ChannelRef voiceChannel, String streamUrl, UserId operator, int volume, int repeat,
                            Optional<Duration> maxDuration, Duration seek, Optional<String> callbackUrl) {
    /** The longest loop: 10080 minutes (7 days). */
    public static final Duration MAX_DURATION = Duration.ofMinutes(10_080);

    /** Validates every field. */
    public StreamRequest {
        Checks.notNull("voiceChannel", voiceChannel);
        if (!voiceChannel.type().isVoice()) {
            throw new IllegalArgumentException("voiceChannel: must be a voice channel, got " + voiceChannel.type());
        }
        Checks.httpUrl("streamUrl", streamUrl);
        Checks.notNull("operator", operator);
        Checks.between("volume", volume, 0, 100);
        if (repeat != -1) {
            Checks.between("repeat", repeat, 1, 1000);
        }
        Checks.notNull("maxDuration", maxDuration);
        if (maxDuration.isPresent()) {
            Duration d = maxDuration.get();
            if (repeat != -1) {
                throw new IllegalArgumentException("maxDuration: only with repeat = -1 (loop), got repeat " + repeat);
            }
            if (d.toSeconds() % 60 != 0 || d.getNano() != 0 || d.toMinutes() < 1 || d.compareTo(MAX_DURATION) > 0) {
                throw new IllegalArgumentException("maxDuration: whole minutes from 1 to 10080, got " + d);
            }
        }
        Checks.notNull("seek", seek);
        if (seek.isNegative() || seek.getNano() != 0 || seek.getSeconds() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("seek: whole seconds, not negative, got " + seek);
        }
        Checks.notNull("callbackUrl", callbackUrl);
        callbackUrl.ifPresent(u -> Checks.httpUrl("callbackUrl", u));
    }

    /** Play {@code streamUrl} once at full volume from the start. */
    public static StreamRequest of(ChannelRef voiceChannel, String streamUrl, UserId operator) {
        return new StreamRequest(voiceChannel, streamUrl, operator, 100, 1, Optional.empty(), Duration.ZERO, Optional.empty());
    }

    /** This request at another volume. */
    public StreamRequest withVolume(int newVolume) {
        return new StreamRequest(voiceChannel, streamUrl, operator, newVolume, repeat, maxDuration, seek, callbackUrl);
    }

    /** This request played {@code times} times. */
    public StreamRequest repeated(int times) {
        return new StreamRequest(voiceChannel, streamUrl, operator, volume, times, Optional.empty(), seek, callbackUrl);
    }

    /** This request looped for at most {@code duration}. */
    public StreamRequest loopingFor(Duration duration) {
        return new StreamRequest(voiceChannel, streamUrl, operator, volume, -1, Optional.of(Checks.notNull("maxDuration", duration)), seek, callbackUrl);
    }

    /** This request starting at {@code position}. */
    public StreamRequest startingAt(Duration position) {
        return new StreamRequest(voiceChannel, streamUrl, operator, volume, repeat, maxDuration, position, callbackUrl);
    }

    /** This request reporting its state to {@code url}. */
    public StreamRequest reportingTo(String url) {
        return new StreamRequest(voiceChannel, streamUrl, operator, volume, repeat, maxDuration, seek, Optional.of(Checks.notNull("callbackUrl", url)));
    }
}
