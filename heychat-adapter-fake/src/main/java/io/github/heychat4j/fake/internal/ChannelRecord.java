package io.github.heychat4j.fake.internal;

import io.github.heychat4j.domain.ChannelId;
import io.github.heychat4j.domain.RoleId;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.channel.ChannelPassword;
import io.github.heychat4j.domain.channel.ChannelType;
import io.github.heychat4j.domain.channel.RoleOverwrite;
import io.github.heychat4j.domain.channel.UserOverwrite;
import io.github.heychat4j.domain.channel.VoiceBackend;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** One channel's mutable state; guarded by the world's lock. */
final class ChannelRecord {
    final ChannelId id;
    final ChannelType type;
    final Optional<ChannelId> parent;
    final VoiceBackend backend;
    String name;
    boolean isPrivate;
    Optional<Integer> maxMembers = Optional.empty();
    Duration slowMode = Duration.ZERO;
    Optional<ChannelPassword> password = Optional.empty();
    final Map<RoleId, RoleOverwrite> roleOverwrites = new LinkedHashMap<>();
    final Map<UserId, UserOverwrite> userOverwrites = new LinkedHashMap<>();

    ChannelRecord(ChannelId id, String name, ChannelType type, Optional<ChannelId> parent, VoiceBackend backend) {
        this.id = id;
        this.name = name;
        this.type = type;
        this.parent = parent;
        this.backend = backend;
    }
}
