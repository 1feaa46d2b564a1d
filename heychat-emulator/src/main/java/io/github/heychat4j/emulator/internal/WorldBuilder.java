package io.github.heychat4j.emulator.internal;

import io.github.heychat4j.domain.ChannelId;
import io.github.heychat4j.domain.RoleId;
import io.github.heychat4j.domain.RoomId;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.channel.ChannelType;
import io.github.heychat4j.domain.meme.MemeKind;
import io.github.heychat4j.domain.meme.MemePath;
import io.github.heychat4j.domain.role.Permission;
import io.github.heychat4j.domain.role.Permissions;
import io.github.heychat4j.fake.FakeWorld;
import io.github.heychat4j.fake.ManualClock;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds a {@link FakeWorld} and its bot tokens from a world file's JSON tree (the format is documented
 * on {@code io.github.heychat4j.emulator.WorldFile}). Every mistake fails with an
 * {@link IllegalArgumentException} naming the field, e.g. {@code rooms[0].channels[2].type}.
 */
public final class WorldBuilder {

    /** A world and the tokens its bots answer to. */
    public record Built(FakeWorld world, Map<String, UserId> tokens) {
        /** Copies the tokens. */
        public Built {
            tokens = Collections.unmodifiableMap(new LinkedHashMap<>(tokens));
        }

        @Override
        public String toString() {
            return "Built[" + world + ", " + tokens.size() + " tokens]";
        }
    }

    private WorldBuilder() {
    }

    /** Parses world-file text into a tree, checking that it is a JSON object. */
    public static ObjectNode parse(String text) {
        JsonNode tree = Json.parse(text).orElseThrow(() -> new IllegalArgumentException("world file: must be valid JSON"));
        if (!tree.isObject()) {
            throw new IllegalArgumentException("world file: must be a JSON object");
        }
        return (ObjectNode) tree;
    }

    /** Builds a fresh world from a parsed world file. */
    public static Built build(ObjectNode tree) {
        try {
            return read(JsonBody.of(tree, ""));
        } catch (BadRequest e) {
            throw new IllegalArgumentException("world file: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("world file: " + e.getMessage(), e);
        }
    }

    private static Built read(JsonBody file) {
        file.onlyFields(Set.of("clock", "banned_words", "bots", "users", "rooms", "description"));
        FakeWorld.Builder world = FakeWorld.builder();
        Optional<String> clock = file.optionalString("clock");
        if (clock.isPresent()) {
            try {
                world.clock(new ManualClock(Instant.parse(clock.get())));
            } catch (DateTimeParseException e) {
                throw new BadRequest("clock", "must be an ISO-8601 instant such as 2025-01-01T00:00:00Z, got \"" + clock.get() + "\"");
            }
        }
        List<String> banned = new ArrayList<>();
        file.field("banned_words").ifPresent(words -> {
            if (!words.isArray()) {
                throw new BadRequest("banned_words", "must be an array of strings");
            }
            words.forEach(w -> {
                if (!w.isString()) {
                    throw new BadRequest("banned_words", "must be an array of strings");
                }
                banned.add(w.stringValue());
            });
        });
        if (!banned.isEmpty()) {
            world.bannedWords(banned.toArray(String[]::new));
        }
        Map<String, UserId> tokens = new LinkedHashMap<>();
        for (JsonBody bot : file.objects("bots", false)) {
            bot.onlyFields(Set.of("id", "nickname", "token"));
            UserId id = bot.anyUserId("id");
            world.bot(id, bot.string("nickname"));
            Optional<String> token = bot.optionalString("token");
            if (token.isPresent()) {
                if (token.get().isBlank()) {
                    throw new BadRequest(bot.nameOf("token"), "must not be blank");
                }
                if (tokens.putIfAbsent(token.get(), id) != null) {
                    throw new BadRequest(bot.nameOf("token"), "is used by two bots");
                }
            }
        }
        for (JsonBody user : file.objects("users", false)) {
            user.onlyFields(Set.of("id", "nickname"));
            world.user(user.anyUserId("id"), user.string("nickname"));
        }
        for (JsonBody room : file.objects("rooms", false)) {
            room(world, room);
        }
        return new Built(world.build(), tokens);
    }

    private static void room(FakeWorld.Builder world, JsonBody room) {
        room.onlyFields(Set.of("id", "name", "owner", "everyone", "roles", "channels", "members", "voice", "memes"));
        RoomId id = RoomId.of(room.id("id"));
        String name = room.string("name");
        // Read everything before handing the builder a callback, so that mistakes name their field.
        Optional<UserId> owner = room.has("owner") ? Optional.of(room.anyUserId("owner")) : Optional.empty();
        Optional<Permissions> everyone = room.field("everyone").map(p -> permissions(room, "everyone"));
        List<JsonBody> roles = room.objects("roles", false);
        List<JsonBody> channels = room.objects("channels", false);
        List<JsonBody> members = room.objects("members", false);
        List<JsonBody> voice = room.objects("voice", false);
        List<JsonBody> memes = room.objects("memes", false);
        List<java.util.function.Consumer<FakeWorld.RoomBuilder>> steps = new ArrayList<>();
        owner.ifPresent(o -> steps.add(r -> r.owner(o)));
        everyone.ifPresent(p -> steps.add(r -> r.everyone(p)));
        for (JsonBody role : roles) {
            role.onlyFields(Set.of("id", "name", "permissions", "position"));
            RoleId roleId = RoleId.of(role.id("id"));
            String roleName = role.string("name");
            Permissions permissions = permissions(role, "permissions");
            int position = role.integer("position");
            steps.add(r -> r.role(roleId, roleName, permissions, position));
        }
        for (JsonBody channel : channels) {
            steps.add(channel(channel, true));
        }
        for (JsonBody member : members) {
            member.onlyFields(Set.of("user", "roles"));
            UserId user = member.anyUserId("user");
            List<RoleId> memberRoles = new ArrayList<>();
            member.field("roles").ifPresent(list -> {
                if (!list.isArray()) {
                    throw new BadRequest(member.nameOf("roles"), "must be an array of role ids");
                }
                for (JsonNode r : list) {
                    if (!r.isString()) {
                        throw new BadRequest(member.nameOf("roles"), "must be an array of role ids (strings)");
                    }
                    memberRoles.add(RoleId.of(r.stringValue()));
                }
            });
            steps.add(r -> r.member(user, memberRoles.toArray(RoleId[]::new)));
        }
        for (JsonBody presence : voice) {
            presence.onlyFields(Set.of("user", "channel"));
            UserId user = presence.anyUserId("user");
            ChannelId channel = ChannelId.of(presence.id("channel"));
            steps.add(r -> r.inVoice(user, channel));
        }
        for (JsonBody meme : memes) {
            meme.onlyFields(Set.of("path", "name", "extension", "kind"));
            MemePath path = MemePath.of(meme.id("path"));
            String memeName = meme.string("name");
            String extension = meme.string("extension");
            String kind = meme.optionalString("kind").orElse("emoji");
            MemeKind memeKind;
            if (kind.equals("emoji")) {
                memeKind = MemeKind.EMOJI;
            } else if (kind.equals("sticker")) {
                memeKind = MemeKind.STICKER;
            } else {
                throw new BadRequest(meme.nameOf("kind"), "must be emoji or sticker, got \"" + kind + "\"");
            }
            steps.add(r -> r.meme(path, memeName, extension, memeKind));
        }
        world.room(id, name, r -> steps.forEach(step -> step.accept(r)));
    }

    private static java.util.function.Consumer<FakeWorld.RoomBuilder> channel(JsonBody channel, boolean topLevel) {
        channel.onlyFields(Set.of("id", "name", "type", "children"));
        ChannelId id = ChannelId.of(channel.id("id"));
        String name = channel.string("name");
        ChannelType type = channelType(channel);
        List<JsonBody> children = channel.objects("children", false);
        if (type != ChannelType.CATEGORY) {
            if (!children.isEmpty()) {
                throw new BadRequest(channel.nameOf("children"), "only a category has children");
            }
            return r -> r.channel(id, name, type);
        }
        if (!topLevel) {
            throw new BadRequest(channel.nameOf("type"), "a category cannot sit inside another category");
        }
        List<java.util.function.Consumer<FakeWorld.RoomBuilder>> inside = new ArrayList<>();
        for (JsonBody child : children) {
            inside.add(channel(child, false));
        }
        return r -> r.category(id, name, c -> inside.forEach(step -> step.accept(c)));
    }

    private static ChannelType channelType(JsonBody channel) {
        JsonNode type = channel.field("type").orElseThrow(() -> new BadRequest(channel.nameOf("type"), "is required"));
        if (type.isIntegralNumber() && type.canConvertToInt()) {
            ChannelType byCode = ChannelType.fromCode(type.intValue());
            if (byCode != ChannelType.UNKNOWN) {
                return byCode;
            }
        } else if (type.isString()) {
            for (ChannelType t : ChannelType.values()) {
                if (t != ChannelType.UNKNOWN && t.name().toLowerCase(Locale.ROOT).equals(type.stringValue())) {
                    return t;
                }
            }
        }
        throw new BadRequest(channel.nameOf("type"),
                "must be text, voice, announcement, category, temporary_voice, temporary_generator or a code 0-5, got " + type);
    }

    /** A permission set: a decimal bitmask string, or an array of names ({@code KICK_MEMBERS}, {@code 踢出房间}) or bitmasks. */
    private static Permissions permissions(JsonBody owner, String field) {
        JsonNode value = owner.field(field).orElseThrow(() -> new BadRequest(owner.nameOf(field), "is required"));
        if (value.isString()) {
            return parseOne(owner.nameOf(field), value.stringValue());
        }
        if (!value.isArray()) {
            throw new BadRequest(owner.nameOf(field), "must be a decimal bitmask string or an array of permission names");
        }
        Permissions all = Permissions.none();
        for (JsonNode element : value) {
            if (!element.isString()) {
                throw new BadRequest(owner.nameOf(field), "must hold permission names or decimal bitmasks as strings");
            }
            all = all.union(parseOne(owner.nameOf(field), element.stringValue()));
        }
        return all;
    }

    private static Permissions parseOne(String field, String text) {
        if (text.matches("[0-9]{1,20}")) {
            return Permissions.parse(text);
        }
        for (Permission p : Permission.values()) {
            if (p.name().equalsIgnoreCase(text) || p.chineseName().equals(text)) {
                return Permissions.of(p);
            }
        }
        throw new BadRequest(field, "has an unknown permission \"" + text + "\" (use names such as KICK_MEMBERS, 踢出房间, or a decimal bitmask)");
    }
}
