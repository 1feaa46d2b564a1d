package io.github.heychat4j.fake.internal;

import io.github.heychat4j.domain.ChannelId;
import io.github.heychat4j.domain.MessageId;
import io.github.heychat4j.domain.RoleId;
import io.github.heychat4j.domain.RoomId;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.message.AckId;
import io.github.heychat4j.domain.message.MessageContent;
import io.github.heychat4j.domain.message.MessageGateway;
import io.github.heychat4j.domain.role.Permission;
import io.github.heychat4j.domain.role.Permissions;
import io.github.heychat4j.domain.role.Role;
import io.github.heychat4j.fake.PostedMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The platform's rules, each in one place: who is where, what a member may do, which channel takes
 * which call, the role hierarchy, content, de-duplication and the direct-message limit. Every method
 * runs under the world's lock and either returns what the call needs or throws; none changes anything,
 * so a refused call leaves the world as it was.
 */
final class Rules {
    /** How long the platform remembers an ack id. */
    static final Duration ACK_WINDOW = Duration.ofSeconds(AckId.DEDUPLICATION_WINDOW_SECONDS);
    private static final Pattern MARKDOWN_IMAGE = Pattern.compile("!\\[[^\\]]*\\]\\(");

    private Rules() {
    }

    // ---------------------------------------------------------------- where

    /** The room, which the bot must have joined. */
    static RoomState joinedRoom(WorldState world, RoomId room, UserId bot) {
        RoomState r = world.room(room).orElseThrow(() -> Errors.roomMissing(room));
        if (!r.members.containsKey(bot)) {
            throw Errors.notInRoom(room);
        }
        return r;
    }

    /** A channel of this room. */
    static ChannelRecord channel(RoomState room, ChannelId id) {
        ChannelRecord c = room.channels.get(id);
        if (c == null) {
            throw Errors.channelMissing(id, room.id);
        }
        return c;
    }

    /** A voice (or temporary voice) channel of this room. */
    static ChannelRecord voiceChannel(RoomState room, ChannelId id) {
        ChannelRecord c = channel(room, id);
        if (!c.type.isVoice()) {
            throw Errors.wrongTarget("channel " + id + " is " + c.type + ", not a voice channel");
        }
        return c;
    }

    /** A channel of this room that takes messages. */
    static ChannelRecord messageChannel(RoomState room, ChannelId id) {
        ChannelRecord c = channel(room, id);
        if (!c.type.acceptsMessages()) {
            throw Errors.wrongTarget("channel " + id + " is " + c.type + ", not a text channel");
        }
        return c;
    }

    /** A member of this room. */
    static MemberRecord member(RoomState room, UserId user) {
        MemberRecord m = room.members.get(user);
        if (m == null) {
            throw Errors.userMissing("user " + user + " is not a member of room " + room.id);
        }
        return m;
    }

    /** A message of this channel that was not deleted. */
    static PostedMessage message(WorldState world, ChannelRecord channel, MessageId id) {
        PostedMessage m = world.messages.get(id);
        if (m == null || !m.channel().equals(channel.id)) {
            throw Errors.messageMissing(id, channel.id);
        }
        return m;
    }

    /** A role of this room. */
    static Role role(RoomState room, RoleId id) {
        Role role = room.roles.get(id);
        if (role == null) {
            throw Errors.roleMissing(id, room.id);
        }
        return role;
    }

    // ---------------------------------------------------------------- permissions

    /** What a member may do: everything for the owner, else the union of @everyone and their roles. */
    static Permissions permissions(RoomState room, UserId user) {
        if (room.isOwner(user)) {
            return Permissions.all();
        }
        Permissions p = room.roles.get(room.everyoneRole).permissions();
        MemberRecord m = room.members.get(user);
        if (m != null) {
            for (RoleId id : m.roles) {
                Role role = room.roles.get(id);
                if (role != null) {
                    p = p.union(role.permissions());
                }
            }
        }
        return p;
    }

    /** The bot must be allowed {@code needed} (ADMINISTRATOR allows everything). */
    static void require(RoomState room, UserId bot, Permission needed) {
        if (!permissions(room, bot).allows(needed)) {
            throw Errors.permissionDenied("needs " + needed + " " + needed.chineseName());
        }
    }

    /** The position of a member's highest role; the owner ranks above every role. */
    static int highestPosition(RoomState room, UserId user) {
        if (room.isOwner(user)) {
            return Integer.MAX_VALUE;
        }
        int highest = room.roles.get(room.everyoneRole).position();
        MemberRecord m = room.members.get(user);
        if (m != null) {
            for (RoleId id : m.roles) {
                Role role = room.roles.get(id);
                if (role != null) {
                    highest = Math.max(highest, role.position());
                }
            }
        }
        return highest;
    }

    /** The bot manages only custom roles strictly below its highest role; @everyone is not managed through these calls. */
    static void requireManageable(RoomState room, UserId bot, Role role) {
        if (role.id().equals(room.everyoneRole)) {
            throw Errors.other("不能操作全体成员角色 (@everyone cannot be changed, deleted, granted or revoked)");
        }
        requireBelowBot(room, bot, role.position(), "role " + role.id());
    }

    /** A position strictly below the bot's highest role. */
    static void requireBelowBot(RoomState room, UserId bot, int position, String what) {
        int highest = highestPosition(room, bot);
        if (position >= highest) {
            throw Errors.permissionDenied(what + " at position " + position + " is not below the bot's highest role (position "
                    + highest + ")");
        }
    }

    /** The bot grants only permissions it has itself (all, with ADMINISTRATOR). */
    static void requireOwnPermissions(RoomState room, UserId bot, Permissions granted) {
        Permissions own = permissions(room, bot);
        if (own.allows(Permission.ADMINISTRATOR)) {
            return;
        }
        Permissions missing = granted.minus(own);
        if (!missing.isEmpty()) {
            throw Errors.permissionDenied("cannot grant permissions the bot does not have: " + missing);
        }
    }

    // ---------------------------------------------------------------- content

    /** A banned member cannot speak; then the content's own permissions and words. */
    static void requireCanPost(WorldState world, RoomState room, UserId bot, MessageContent content) {
        Optional<Instant> ban = world.activeBan(room, bot);
        if (ban.isPresent()) {
            throw Errors.silenced(ban.get());
        }
        require(room, bot, Permission.SEND_MESSAGES);
        if (content instanceof MessageContent.Image
                || content instanceof MessageContent.Markdown md && MARKDOWN_IMAGE.matcher(md.markdown()).find()) {
            require(room, bot, Permission.SEND_IMAGES);
        }
        if (content instanceof MessageContent.Markdown md
                && (md.mentions().everyone() || md.mentions().online() || !md.mentions().roles().isEmpty())) {
            require(room, bot, Permission.MENTION_EVERYONE);
        }
        requireClean(world, content);
    }

    /** No configured banned word in the content's text. */
    static void requireClean(WorldState world, MessageContent content) {
        String text = content.plainText();
        for (String word : world.bannedWords) {
            if (text.contains(word)) {
                throw Errors.contentBlocked();
            }
        }
    }

    // ---------------------------------------------------------------- de-duplication and direct messages

    /**
     * The ack id to send with: the given one, unless this bot used it less than 60 s ago on the clock,
     * or a fresh one. Call it last, right before the message is stored, and then {@link #rememberAck}.
     */
    static AckId ackIdFor(WorldState world, UserId bot, Optional<AckId> given) {
        Map<AckId, Instant> used = world.ackIds.computeIfAbsent(bot, b -> new LinkedHashMap<>());
        Instant now = world.now();
        // insertion order is time order (the clock never goes back), so expired ids are all at the head
        Iterator<Instant> oldestFirst = used.values().iterator();
        while (oldestFirst.hasNext() && !now.isBefore(oldestFirst.next().plus(ACK_WINDOW))) {
            oldestFirst.remove();
        }
        if (given.isPresent() && used.containsKey(given.get())) {
            throw Errors.duplicate();
        }
        return given.orElseGet(world::nextAckId);
    }

    static void rememberAck(WorldState world, UserId bot, AckId ackId) {
        world.ackIds.computeIfAbsent(bot, b -> new LinkedHashMap<>()).put(ackId, world.now());
    }

    /** The user exists, shares a room with the bot, and has not been sent too many messages without answering. */
    static void requireCanMessageDirectly(WorldState world, UserId bot, UserId user) {
        if (!world.users.containsKey(user)) {
            throw Errors.userMissing("user " + user + " is unknown");
        }
        boolean shareRoom = world.rooms.values().stream()
                .anyMatch(r -> r.members.containsKey(bot) && r.members.containsKey(user));
        if (!shareRoom) {
            throw Errors.userMissing("user " + user + " shares no room with the bot");
        }
        int sent = world.unansweredDirect.getOrDefault(new WorldState.BotAndUser(bot, user), 0);
        if (sent >= MessageGateway.DIRECT_MESSAGES_BEFORE_REPLY) {
            throw Errors.directMessageLimit(MessageGateway.DIRECT_MESSAGES_BEFORE_REPLY);
        }
    }
}
