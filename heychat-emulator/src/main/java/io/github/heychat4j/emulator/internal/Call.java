package io.github.heychat4j.emulator.internal;

import io.github.heychat4j.domain.ChannelId;
import io.github.heychat4j.domain.NotFoundException;
import io.github.heychat4j.domain.internal.PlatformTexts;
import io.github.heychat4j.domain.RoomId;
import io.github.heychat4j.domain.channel.Channel;
import io.github.heychat4j.domain.channel.ChannelRef;
import io.github.heychat4j.domain.channel.ChannelType;
import io.github.heychat4j.domain.media.MediaUpload;
import io.github.heychat4j.domain.room.Room;
import io.github.heychat4j.fake.FakeHeychat;
import io.github.heychat4j.fake.FakeWorld;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One decoded REST call on its way into the world: the calling bot's ports, the world (to fill in
 * what the wire leaves out, such as a channel's type), the query, the body and the uploaded file.
 */
public final class Call {

    private final FakeHeychat heychat;
    private final FakeWorld world;
    private final QueryParams query;
    private final JsonBody body;
    private final Optional<MediaUpload> upload;
    private final AtomicLong sequence;
    private final Deviations deviations;

    Call(FakeHeychat heychat, FakeWorld world, QueryParams query, JsonBody body, Optional<MediaUpload> upload,
         AtomicLong sequence, Deviations deviations) {
        this.heychat = heychat;
        this.world = world;
        this.query = query;
        this.body = body;
        this.upload = upload;
        this.sequence = sequence;
        this.deviations = deviations;
    }

    /** A string field the documents require, and the documented value it takes when a request leaves it out. */
    record DocumentedDefault(String field, String value) {
    }

    /** The documented value of a string field left out, for {@link #bodyWithDefaults}. */
    static DocumentedDefault absentAs(String field, String value) {
        return new DocumentedDefault(field, value);
    }

    /**
     * The body with the documented value filled in for each listed field the request left out, each noted
     * as a deviation: the emulator's leniency (docs/architecture.md). Only an endpoint's request reading calls
     * this, next to a comment naming the evidence that the platform accepts the shorter request.
     */
    JsonBody bodyWithDefaults(DocumentedDefault... defaults) {
        JsonBody filled = body;
        for (DocumentedDefault d : defaults) {
            if (!filled.has(d.field())) {
                filled = filled.with(d.field(), d.value());
                deviations.note(d.field() + " is absent (the documents require it): read as \"" + d.value() + "\"");
            }
        }
        return filled;
    }

    /** Where the notes go of what this request did differently from the documents (and was accepted). */
    Deviations deviations() {
        return deviations;
    }

    /** The calling bot's ports: every call goes through them, so the fake's rules apply. */
    public FakeHeychat heychat() {
        return heychat;
    }

    /** The world being served. */
    public FakeWorld world() {
        return world;
    }

    /** The query parameters. */
    public QueryParams query() {
        return query;
    }

    /** The JSON body (empty for GETs). */
    public JsonBody body() {
        return body;
    }

    /** The uploaded file, for the upload endpoint. */
    public Optional<MediaUpload> upload() {
        return upload;
    }

    /** A fresh server-side sequence number, for ack ids and {@code msg_seq}. */
    public String nextSequence() {
        return Long.toString(sequence.incrementAndGet());
    }

    /** The channel as the world knows it, if the room has it. */
    public Optional<Channel> channel(RoomId room, ChannelId channel) {
        return world.channels(room).stream().filter(c -> c.id().equals(channel)).findFirst();
    }

    /**
     * Where a channel is, for an endpoint whose wire form names no channel type: the type comes from
     * the world, or {@code fallback} when the world has no such channel (the port then says so).
     */
    public ChannelRef ref(RoomId room, ChannelId channel, ChannelType fallback) {
        ChannelType type = channel(room, channel).map(Channel::type)
                .filter(t -> t != ChannelType.UNKNOWN)
                .orElse(fallback);
        return new ChannelRef(room, channel, type);
    }

    /** Where a channel is, with the type the request sent when it sent one. */
    public ChannelRef ref(RoomId room, ChannelId channel, OptionalInt wireType, ChannelType fallback) {
        if (wireType.isEmpty()) {
            return ref(room, channel, fallback);
        }
        ChannelType type = ChannelType.fromCode(wireType.getAsInt());
        if (type == ChannelType.UNKNOWN) {
            throw new BadRequest("channel_type", "must be a known channel type (0 to 5), got " + wireType.getAsInt());
        }
        return new ChannelRef(room, channel, type);
    }

    /**
     * Where a voice channel is, for the voice endpoints: a voice channel keeps its own type; anything
     * else is passed on as voice, so the world's rules refuse the wrong target as the platform would.
     */
    public ChannelRef voiceRef(RoomId room, ChannelId channel) {
        ChannelType type = channel(room, channel).map(Channel::type)
                .filter(ChannelType::isVoice)
                .orElse(ChannelType.VOICE);
        return new ChannelRef(room, channel, type);
    }

    /** The room that has this channel; the platform's "频道不存在" when none has. */
    public RoomId roomOf(ChannelId channel) {
        for (Room room : world.rooms()) {
            if (world.channels(room.id()).stream().anyMatch(c -> c.id().equals(channel))) {
                return room.id();
            }
        }
        throw new NotFoundException(NotFoundException.What.CHANNEL,
                PlatformTexts.leadingWith(PlatformTexts.notFound(NotFoundException.What.CHANNEL), "channel " + channel));
    }

    /** The room's owner as a wire number, 0 when unknown. */
    public long ownerOf(RoomId room) {
        return world.rooms().stream().filter(r -> r.id().equals(room)).findFirst()
                .flatMap(Room::owner).map(u -> u.value()).orElse(0L);
    }
}
