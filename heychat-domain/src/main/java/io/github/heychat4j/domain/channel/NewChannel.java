package io.github.heychat4j.domain.channel;

import io.github.heychat4j.domain.ChannelId;
import io.github.heychat4j.domain.internal.Checks;
import java.util.Optional;

/**
 * A channel to create.
 *
 * {@snippet :
 * Channel lobby = heychat.channels().create(room, NewChannel.voice("开黑大厅").inCategory(category));
 * }
 *
 * @param name    the channel's name
 * @param type    text, voice, announcement or category
 * @param parent  the category to put it in, if any
 * @param backend the voice back end for voice channels
 */
public record NewChannel(ChannelName name, ChannelType type, Optional<ChannelId> parent, VoiceBackend backend) {
    /** Validates every field. */
    public NewChannel {
        Checks.notNull("name", name);
        Checks.notNull("type", type);
        if (type == ChannelType.UNKNOWN || type == ChannelType.TEMPORARY_VOICE) {
            throw new IllegalArgumentException("type: must be TEXT, VOICE, ANNOUNCEMENT, CATEGORY or TEMPORARY_GENERATOR, got " + type);
        }
        Checks.notNull("parent", parent);
        Checks.notNull("backend", backend);
        if (type == ChannelType.CATEGORY && parent.isPresent()) {
            throw new IllegalArgumentException("parent: a category cannot sit inside another category");
        }
    }

    /** A text channel; the name is checked by {@link ChannelName#of(String)}. */
    public static NewChannel text(String name) {
        return new NewChannel(ChannelName.of(name), ChannelType.TEXT, Optional.empty(), VoiceBackend.TRTC);
    }

    /** A voice channel on the default back end; the name is checked by {@link ChannelName#of(String)}. */
    public static NewChannel voice(String name) {
        return new NewChannel(ChannelName.of(name), ChannelType.VOICE, Optional.empty(), VoiceBackend.TRTC);
    }

    /** A category; the name is checked by {@link ChannelName#of(String)}. */
    public static NewChannel category(String name) {
        return new NewChannel(ChannelName.of(name), ChannelType.CATEGORY, Optional.empty(), VoiceBackend.TRTC);
    }

    /** This channel placed inside a category. */
    public NewChannel inCategory(ChannelId category) {
        return new NewChannel(name, type, Optional.of(Checks.notNull("category", category)), backend);
    }

    /** This channel on another voice back end. */
    public NewChannel on(VoiceBackend voiceBackend) {
        return new NewChannel(name, type, parent, voiceBackend);
    }
}
