package io.github.heychat4j.emulator.internal;

import io.github.heychat4j.domain.ChannelId;
import io.github.heychat4j.domain.MessageId;
import io.github.heychat4j.domain.RoomId;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.channel.Channel;
import io.github.heychat4j.domain.role.Role;
import io.github.heychat4j.domain.room.Member;
import io.github.heychat4j.domain.room.Nickname;
import io.github.heychat4j.domain.room.Room;
import io.github.heychat4j.domain.room.RoomDetails;
import io.github.heychat4j.emulator.GatewayFault;
import io.github.heychat4j.emulator.MessageForm;
import io.github.heychat4j.emulator.RecordedRequest;
import io.github.heychat4j.emulator.WireFault;
import io.github.heychat4j.fake.FakeWorld;
import io.github.heychat4j.fake.PostedMessage;
import io.github.heychat4j.fake.Reaction;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The emulator's own HTTP API under {@code /_emulator/}: health, seeding and resetting the world, the
 * request journal, wire faults, people's actions pushed as events ({@link PeopleActions}) or raw frames,
 * the gateway's state and faults, and read-only views of the world for people using curl. Answers in the
 * platform's envelope. No token; the HTTP handler lets only loopback clients in.
 */
public final class AdminApi {

    /** The path prefix of the admin API. */
    public static final String PREFIX = "/_emulator/";

    private static final Pattern MESSAGES = Pattern.compile(
            "/_emulator/state/rooms/([0-9]{1,20})/channels/([0-9]{1,20})/messages");
    private static final Pattern ROOM = Pattern.compile("/_emulator/state/rooms/([0-9]{1,20})");

    private final ServedWorld served;
    private final RequestLog log;
    private final FaultSchedule faults;
    private final GatewayHub gateway;
    private final Consumer<FakeWorld> beforeActing;
    private final UnexpectedErrors errors;

    /**
     * @param served       the world and tokens
     * @param log          the request journal
     * @param faults       the wire faults waiting
     * @param gateway      the WebSocket gateway
     * @param beforeActing what to do to the world before a person acts in it (move its clock up, as before a REST call)
     * @param errors       where a failure the emulator did not expect is logged and kept
     */
    public AdminApi(ServedWorld served, RequestLog log, FaultSchedule faults, GatewayHub gateway,
                    Consumer<FakeWorld> beforeActing, UnexpectedErrors errors) {
        this.errors = errors;
        this.served = served;
        this.log = log;
        this.faults = faults;
        this.gateway = gateway;
        this.beforeActing = beforeActing;
    }

    /** Handles one admin request. */
    public Reply handle(String method, String path, byte[] body) {
        try {
            return route(method, path, body);
        } catch (BadRequest e) {
            return Reply.adminBadRequest(e);
        } catch (IllegalArgumentException e) {
            return Reply.adminInvalid(e);
        } catch (IllegalStateException e) {
            return Reply.failed(409, e.getMessage());
        } catch (RuntimeException e) {
            return Reply.unexpected(errors.record(method + " " + path, e));
        }
    }

    private Reply route(String method, String path, byte[] body) {
        switch (method + " " + path) {
            case "GET /_emulator/health":
                return Reply.ok(health());
            case "POST /_emulator/world":
                ObjectNode file = WorldBuilder.parse(new String(body, java.nio.charset.StandardCharsets.UTF_8));
                served.seed(() -> WorldBuilder.build(file));
                return Reply.ok(health());
            case "POST /_emulator/reset":
                reset(served, log);
                return Reply.ok(health());
            case "GET /_emulator/requests":
                return Reply.ok(requests());
            case "DELETE /_emulator/requests":
                log.clear();
                return Reply.ok(Json.object());
            case "POST /_emulator/faults":
                return Reply.ok(addFault(JsonBody.parse(body)));
            case "GET /_emulator/faults":
                return Reply.ok(activeFaults());
            case "DELETE /_emulator/faults":
                faults.clear();
                return Reply.ok(Json.object());
            case "POST /_emulator/events":
                return Reply.ok(pushEvent(JsonBody.parse(body)));
            case "GET /_emulator/gateway":
                return Reply.ok(gatewayState());
            case "POST /_emulator/gateway/message_form":
                gateway.messageForm(messageForm(JsonBody.parse(body).string("form")));
                return Reply.ok(gatewayState());
            case "POST /_emulator/gateway/faults":
                return Reply.ok(addGatewayFault(JsonBody.parse(body)));
            case "DELETE /_emulator/gateway/faults":
                gateway.clearFaults();
                return Reply.ok(gatewayState());
            default:
                break;
        }
        if (method.equals("GET")) {
            Matcher messages = MESSAGES.matcher(path);
            if (messages.matches()) {
                return Reply.ok(messages(RoomId.of(messages.group(1)), ChannelId.of(messages.group(2))));
            }
            Matcher room = ROOM.matcher(path);
            if (room.matches()) {
                return Reply.ok(room(RoomId.of(room.group(1))));
            }
        }
        return Reply.failed(404, Reply.NO_SUCH_ENDPOINT);
    }

    /**
     * What a reset is, for the admin API and {@code HeychatEmulator.reset()} alike: a fresh copy of the world
     * the emulator was started or seeded with, and an empty request journal.
     */
    public static void reset(ServedWorld served, RequestLog log) {
        served.reset();
        log.clear();
    }

    private ObjectNode health() {
        FakeWorld world = served.world();
        ObjectNode result = Json.object();
        result.put("rooms", world.rooms().size());
        result.put("bots", served.tokens().size());
        result.put("clock", world.clock().instant().toString());
        result.put("resettable", served.resettable());
        return result;
    }

    private ObjectNode requests() {
        ObjectNode result = Json.object();
        ArrayNode array = result.putArray("requests");
        for (RecordedRequest request : log.snapshot()) {
            ObjectNode r = array.addObject();
            r.put("method", request.method());
            r.put("path", request.path());
            ObjectNode query = r.putObject("query");
            request.query().forEach(query::put);
            r.put("body", request.body());
            r.put("status", request.status());
            ArrayNode notes = r.putArray("notes");
            request.notes().forEach(notes::add);
            request.unexpectedError().ifPresent(error -> r.put("unexpected_error", error));
        }
        return result;
    }

    private ObjectNode activeFaults() {
        ObjectNode result = Json.object();
        ArrayNode array = result.putArray("faults");
        for (FaultSchedule.Active active : faults.active()) {
            ObjectNode f = array.addObject();
            f.put("path", active.path());
            WireFault fault = active.fault();
            if (fault instanceof WireFault.Status status) {
                f.put("fault", "status");
                f.put("status", status.httpStatus());
            } else if (fault instanceof WireFault.TooManyRequests tooMany) {
                f.put("fault", "too_many_requests");
                f.put("retry_after_seconds", tooMany.retryAfter().toSeconds());
            } else if (fault instanceof WireFault.Latency latency) {
                f.put("fault", "latency");
                f.put("latency_ms", latency.delay().toMillis());
            } else if (fault instanceof WireFault.DropConnection) {
                f.put("fault", "drop_connection");
            } else if (fault instanceof WireFault.MalformedJson) {
                f.put("fault", "malformed_json");
            } else if (fault instanceof WireFault.AppliedButLost) {
                f.put("fault", "applied_but_lost");
            }
            f.put("times", active.remaining());
        }
        return result;
    }

    private ObjectNode addFault(JsonBody body) {
        String path = body.string("path");
        if (!path.startsWith("/") || path.startsWith(PREFIX)) {
            throw new BadRequest("path", "must be a REST path such as /chatroom/v2/room/kick_out, got \"" + path + "\"");
        }
        String kind = body.string("fault");
        int times = body.optionalInteger("times").orElse(1);
        if (times < 1) {
            throw new BadRequest("times", "must be at least 1, got " + times);
        }
        WireFault fault;
        switch (kind) {
            case "status":
                fault = WireFault.status(body.integer("status"));
                break;
            case "too_many_requests":
                fault = WireFault.tooManyRequests(Duration.ofSeconds(body.optionalInteger("retry_after_seconds").orElse(1)));
                break;
            case "latency":
                fault = WireFault.latency(Duration.ofMillis(body.integer("latency_ms")));
                break;
            case "drop_connection":
                fault = WireFault.dropConnection();
                break;
            case "malformed_json":
                fault = WireFault.malformedJson();
                break;
            case "applied_but_lost":
                fault = WireFault.appliedButLost();
                break;
            default:
                throw new BadRequest("fault", "must be status, too_many_requests, latency, drop_connection, "
                        + "malformed_json or applied_but_lost, got \"" + kind + "\"");
        }
        faults.add(path, fault, times);
        ObjectNode result = Json.object();
        result.put("path", path);
        result.put("fault", kind);
        result.put("times", times);
        return result;
    }

    /** A typed event (a person's action in the world) or a raw frame ({@code {"frame": {...}, "bot"?}}). */
    private ObjectNode pushEvent(JsonBody body) {
        if (!body.has("frame")) {
            FakeWorld world = served.world();
            beforeActing.accept(world);
            return PeopleActions.act(world, body);
        }
        JsonNode frame = body.field("frame").orElseThrow();
        if (!frame.isObject()) {
            throw new BadRequest("frame", "must be a JSON object (the whole frame, sent as it is)");
        }
        Optional<UserId> bot = body.has("bot") ? Optional.of(body.userId("bot")) : Optional.empty();
        ObjectNode result = Json.object();
        result.put("connections", gateway.pushRaw(Json.text(frame), bot));
        return result;
    }

    private ObjectNode gatewayState() {
        ObjectNode result = Json.object();
        result.put("connections", gateway.connections());
        ArrayNode bots = result.putArray("bots");
        gateway.connectedBots().forEach(bot -> bots.add(bot.value()));
        result.put("message_form", gateway.messageForm().name().toLowerCase(Locale.ROOT));
        ArrayNode active = result.putArray("faults");
        for (GatewayFault fault : gateway.faults()) {
            ObjectNode f = active.addObject();
            if (fault instanceof GatewayFault.SilentPings) {
                f.put("fault", "silent_pings");
            } else if (fault instanceof GatewayFault.DuplicateFrames d) {
                f.put("fault", "duplicate_frames");
                f.put("times", d.remaining());
            } else if (fault instanceof GatewayFault.RefusedHandshakes r) {
                f.put("fault", "refuse_handshakes");
                f.put("status", r.status());
                f.put("times", r.remaining());
            }
        }
        ArrayNode failures = result.putArray("failures");
        gateway.failures().forEach(failures::add);
        return result;
    }

    private static MessageForm messageForm(String name) {
        for (MessageForm form : MessageForm.values()) {
            if (form.name().equalsIgnoreCase(name)) {
                return form;
            }
        }
        throw new BadRequest("form", "must be flat, nested or alternate, got \"" + name + "\"");
    }

    private ObjectNode addGatewayFault(JsonBody body) {
        String kind = body.string("fault");
        int times = body.optionalInteger("times").orElse(1);
        if (times < 1) {
            throw new BadRequest("times", "must be at least 1, got " + times);
        }
        ObjectNode result = gatewayState();
        switch (kind) {
            case "drop_connections":
                result.put("affected", gateway.dropConnections());
                result.put("connections", gateway.connections());
                return result;
            case "malformed_frame":
                result.put("affected", gateway.sendMalformedFrame());
                return result;
            case "silent_pings":
                gateway.silencePings();
                break;
            case "duplicate_frames":
                gateway.duplicateFrames(times);
                break;
            case "refuse_handshakes":
                int status = body.optionalInteger("status").orElse(401);
                if (status != 401 && status != 503) {
                    throw new BadRequest("status", "must be 401 or 503, got " + status);
                }
                gateway.refuseHandshakes(status, times);
                break;
            default:
                throw new BadRequest("fault", "must be drop_connections, malformed_frame, silent_pings, duplicate_frames "
                        + "or refuse_handshakes, got \"" + kind + "\"");
        }
        return gatewayState();
    }

    private ObjectNode messages(RoomId room, ChannelId channel) {
        FakeWorld world = served.world();
        Optional<Channel> known = world.channel(channel).filter(c -> c.room().equals(room));
        if (known.isEmpty()) {
            throw new BadRequest("channel", "is not a channel of room " + room);
        }
        ObjectNode result = Json.object();
        ArrayNode array = result.putArray("messages");
        for (PostedMessage message : world.messages(channel)) {
            ObjectNode m = ContentCodec.encode(message.content());
            m.put("msg_id", message.id().value());
            m.put("user_id", message.author().value());
            m.put("reply_id", message.replyTo().map(MessageId::value).orElse(""));
            m.put("heychat_ack_id", message.ackId().value());
            m.put("send_time", message.sentAt().toEpochMilli());
            m.put("edited", message.edited());
            ArrayNode reactions = m.putArray("reactions");
            for (Reaction reaction : world.reactions(message.id())) {
                ObjectNode r = reactions.addObject();
                r.put("user_id", reaction.user().value());
                r.put("emoji", reaction.emoji().code());
            }
            array.add(m);
        }
        return result;
    }

    private WireResult room(RoomId id) {
        FakeWorld world = served.world();
        Room room = world.rooms().stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new BadRequest("room", "is not a room of the world: " + id));
        long owner = room.owner().map(UserId::value).orElse(0L);
        List<Channel> channels = world.details(id).map(RoomDetails::channels).orElse(List.of());
        List<Role> roles = world.roles(id);
        List<MemberState> members = world.members(id).stream()
                .map(m -> new MemberState(m, world.voiceChannelOf(id, m.id()), world.silencedUntil(id, m.id())))
                .toList();
        return out -> {
            out.writeStartObject();
            out.writeName("room");
            WireEncoder.room(out, room);
            out.writeArrayPropertyStart("channels");
            channels.forEach(c -> WireEncoder.channel(out, c, owner));
            out.writeEndArray();
            out.writeArrayPropertyStart("roles");
            roles.forEach(r -> WireEncoder.role(out, r, id, owner));
            out.writeEndArray();
            out.writeArrayPropertyStart("members");
            for (MemberState m : members) {
                out.writeStartObject();
                out.writeNumberProperty("user_id", m.member().id().value());
                out.writeStringProperty("nickname", m.member().nickname());
                out.writeStringProperty("room_nickname", m.member().roomNickname().map(Nickname::value).orElse(""));
                out.writeBooleanProperty("bot", m.member().bot());
                out.writeName("roles");
                WireEncoder.roleIds(out, m.member().roles());
                out.writeStringProperty("voice_channel_id", m.voiceChannel().map(ChannelId::value).orElse(""));
                out.writeStringProperty("silenced_until", m.silencedUntil().map(Object::toString).orElse(""));
                out.writeEndObject();
            }
            out.writeEndArray();
            out.writeEndObject();
        };
    }

    /** A member with what the world knows of it beyond the member list, looked up before the reply is written. */
    private record MemberState(Member member, Optional<ChannelId> voiceChannel, Optional<Instant> silencedUntil) {
    }
}
