package io.github.heychat4j.http.internal;

import io.github.heychat4j.domain.ChannelId;
import io.github.heychat4j.domain.MessageId;
import io.github.heychat4j.domain.Operation;
import io.github.heychat4j.domain.PageRequest;
import io.github.heychat4j.domain.RoleId;
import io.github.heychat4j.domain.RoomId;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.channel.ChannelPassword;
import io.github.heychat4j.domain.channel.ChannelRef;
import io.github.heychat4j.domain.channel.ChannelSetting;
import io.github.heychat4j.domain.channel.NewChannel;
import io.github.heychat4j.domain.channel.RoleOverwrite;
import io.github.heychat4j.domain.channel.UserOverwrite;
import io.github.heychat4j.domain.media.MediaUpload;
import io.github.heychat4j.domain.media.StreamRequest;
import io.github.heychat4j.domain.media.StreamTaskId;
import io.github.heychat4j.domain.meme.MemePath;
import io.github.heychat4j.domain.message.AckId;
import io.github.heychat4j.domain.message.Emoji;
import io.github.heychat4j.domain.message.MessageContent;
import io.github.heychat4j.domain.role.RoleDraft;
import io.github.heychat4j.domain.room.Silence;
import io.github.heychat4j.domain.room.Member;
import io.github.heychat4j.domain.room.Nickname;
import io.github.heychat4j.domain.room.Room;
import io.github.heychat4j.domain.voice.UsersToMove;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every request the adapter sends, with the spec's exact field names and JSON types (§2): 64-bit ids
 * as strings, user ids ({@code to_user_id}, {@code to_user_ids}, {@code operator}) as numbers,
 * {@code addition} as a JSON string, unused mention fields as {@code ""}, permission bitmasks as decimal
 * strings. Fields are written in the order of the golden samples.
 */
public final class Requests {
    private Requests() {
    }

    private static Map<String, String> query(String... keyValues) {
        Map<String, String> query = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            query.put(keyValues[i], keyValues[i + 1]);
        }
        return query;
    }

    // ---- rooms

    /** Row 17. */
    public static WireRequest joinedRooms(PageRequest<Room> page) {
        return WireRequest.get(Operation.ROOMS_JOINED, query("offset", Integer.toString(page.offset()),
                "limit", Integer.toString(page.limit())));
    }

    /** Row 18. */
    public static WireRequest roomView(RoomId room) {
        return WireRequest.get(Operation.ROOMS_DETAILS, query("room_id", room.value()));
    }

    /** Row 24; {@code heybox_id} is the bot's own id. */
    public static WireRequest roomUsers(UserId bot, RoomId room, PageRequest<Member> page) {
        return WireRequest.get(Operation.ROOMS_MEMBERS, query("heybox_id", bot.toString(),
                "offset", Integer.toString(page.offset()), "limit", Integer.toString(page.limit()), "room_id", room.value()));
    }

    /** Row 19. */
    public static WireRequest leave(RoomId room) {
        ObjectNode body = Json.object();
        body.put("room_id", room.value());
        return WireRequest.post(Operation.ROOMS_LEAVE, body);
    }

    /** Row 20. */
    public static WireRequest kick(RoomId room, UserId user) {
        ObjectNode body = Json.object();
        body.put("room_id", room.value());
        body.put("to_user_id", user.value());
        return WireRequest.post(Operation.ROOMS_KICK, body);
    }

    /** Row 16; clearing sends no {@code nickname} at all (official: omitting it clears the nickname). */
    public static WireRequest nickname(RoomId room, UserId user, Optional<Nickname> nickname) {
        ObjectNode body = Json.object();
        nickname.ifPresent(n -> body.put("nickname", n.value()));
        body.put("room_id", room.value());
        body.put("to_user_id", user.value());
        return WireRequest.post(Operation.ROOMS_CHANGE_NICKNAME, body);
    }

    /** Row 21, the wire's ban (禁言, the domain's {@link Silence}); {@code duration} in seconds, 0 lifts it. */
    public static WireRequest ban(RoomId room, UserId user, Silence ban) {
        ObjectNode body = Json.object();
        body.put("duration", ban.duration().getSeconds());
        body.put("reason", ban.reason());
        body.put("room_id", room.value());
        body.put("to_user_id", user.value());
        return WireRequest.post(Operation.ROOMS_SILENCE, body);
    }

    /** Rows 22 and 23. */
    public static WireRequest roomMute(Operation operation, ChannelRef voiceChannel, UserId user, boolean muted) {
        ObjectNode body = Json.object();
        body.put("room_id", voiceChannel.room().value());
        body.put("mute", muted);
        body.put("to_user_id", user.value());
        body.put("channel_id", voiceChannel.channel().value());
        return WireRequest.post(operation, body);
    }

    // ---- voice

    /** Row 25; {@code to_user_ids} are numbers, as in the official example. */
    public static WireRequest move(RoomId room, ChannelId from, ChannelId to, UsersToMove users) {
        ObjectNode body = Json.object();
        body.put("room_id", room.value());
        body.put("origin_channel_id", from.value());
        ArrayNode ids = body.putArray("to_user_ids");
        users.users().forEach(u -> ids.add(u.value()));
        body.put("channel_id", to.value());
        return WireRequest.post(Operation.VOICE_MOVE, body);
    }

    /**
     * Row 26: the official body carries room, channel and user; the community's query form
     * ({@code heybox_id}, {@code room_id}, {@code channel_id}) is sent too, which is harmless.
     */
    public static WireRequest disconnect(UserId bot, ChannelRef voiceChannel, UserId user) {
        ObjectNode body = Json.object();
        body.put("room_id", voiceChannel.room().value());
        body.put("to_user_id", user.value());
        body.put("channel_id", voiceChannel.channel().value());
        return WireRequest.post(Operation.VOICE_DISCONNECT, query("heybox_id", bot.toString(),
                "room_id", voiceChannel.room().value(), "channel_id", voiceChannel.channel().value()), body);
    }

    /** Row 27 (a toggle). */
    public static WireRequest toggleMicrophone(ChannelRef voiceChannel, UserId user) {
        ObjectNode body = Json.object();
        body.put("to_user_id", user.value());
        body.put("channel_id", voiceChannel.channel().value());
        body.put("room_id", voiceChannel.room().value());
        return WireRequest.post(Operation.VOICE_TOGGLE_MICROPHONE, body);
    }

    /** Row 28. */
    public static WireRequest whichChannel(RoomId room, UserId user, boolean voiceOnly) {
        return WireRequest.get(Operation.VOICE_CHANNEL_OF, query("to_user_id", user.toString(), "room_id", room.value(),
                "must_audio", Boolean.toString(voiceOnly)));
    }

    /** Row 29; {@code heybox_id} is the bot's own id. */
    public static WireRequest voiceUsers(UserId bot, ChannelRef voiceChannel) {
        return WireRequest.get(Operation.VOICE_USERS_IN, query("channel_id", voiceChannel.channel().value(),
                "room_id", voiceChannel.room().value(), "heybox_id", bot.toString()));
    }

    // ---- channels

    /** Row 36; the {@code nonce} is sent although its de-duplication is unverified. */
    public static WireRequest createChannel(RoomId room, NewChannel channel, String nonce) {
        ObjectNode body = Json.object();
        body.put("room_id", room.value());
        body.put("channel_name", channel.name().value());
        body.put("channel_type", channel.type().code());
        body.put("api_type", channel.backend().code());
        channel.parent().ifPresent(p -> body.put("parent_id", p.value()));
        DeduplicationKey.nonce(nonce).writeTo(body);
        return WireRequest.post(Operation.CHANNELS_CREATE, body);
    }

    /** Row 37. */
    public static WireRequest deleteChannel(ChannelRef channel) {
        ObjectNode body = Json.object();
        body.put("channel_id", channel.channel().value());
        body.put("room_id", channel.room().value());
        return WireRequest.post(Operation.CHANNELS_DELETE, body);
    }

    /** Row 32. */
    public static WireRequest renameChannel(ChannelRef channel, String name) {
        ObjectNode body = Json.object();
        body.put("room_id", channel.room().value());
        body.put("channel_id", channel.channel().value());
        body.put("channel_name", name);
        body.put("channel_type", channel.type().code());
        return WireRequest.post(Operation.CHANNELS_RENAME, body);
    }

    /** Row 31: {@code slow_mode} in seconds, {@code max_count}, {@code is_private} 1/0. */
    public static WireRequest channelSetting(ChannelRef channel, ChannelSetting setting) {
        String name;
        long value;
        if (setting instanceof ChannelSetting.SlowMode slow) {
            name = "slow_mode";
            value = slow.interval().getSeconds();
        } else if (setting instanceof ChannelSetting.MaxMembers max) {
            name = "max_count";
            value = max.count();
        } else if (setting instanceof ChannelSetting.Privacy privacy) {
            name = "is_private";
            value = privacy.isPrivate() ? 1 : 0;
        } else {
            throw new IllegalArgumentException("setting: unsupported kind " + setting.getClass().getSimpleName());
        }
        ObjectNode body = Json.object();
        body.put("channel_id", channel.channel().value());
        body.put("room_id", channel.room().value());
        body.put("setting", name);
        body.put("value", value);
        body.put("channel_type", channel.type().code());
        return WireRequest.post(Operation.CHANNELS_CHANGE_SETTING, body);
    }

    /** Row 33: the password travels in the query (a platform choice); an empty password clears it. */
    public static WireRequest channelPassword(ChannelRef channel, Optional<ChannelPassword> password) {
        return WireRequest.post(Operation.CHANNELS_CHANGE_PASSWORD, query("password",
                password.map(ChannelPassword::value).orElse(""), "channel_id", channel.channel().value(),
                "room_id", channel.room().value()), Json.object());
    }

    /** Row 34; {@code heybox_id} is the bot's own id. */
    public static WireRequest overwritePermissions(UserId bot, ChannelRef channel, List<RoleOverwrite> roles,
                                                   List<UserOverwrite> users) {
        ObjectNode body = Json.object();
        body.put("room_id", channel.room().value());
        body.put("channel_id", channel.channel().value());
        ArrayNode roleArray = body.putArray("roles");
        for (RoleOverwrite role : roles) {
            ObjectNode o = roleArray.addObject();
            o.put("role_id", role.role().value());
            o.put("allow", role.allow().toDecimalString());
            o.put("deny", role.deny().toDecimalString());
            o.put("channel_type", channel.type().code());
        }
        ArrayNode userArray = body.putArray("users");
        for (UserOverwrite user : users) {
            ObjectNode o = userArray.addObject();
            o.put("to_user_id", user.user().value());
            o.put("allow", user.allow().toDecimalString());
            o.put("deny", user.deny().toDecimalString());
        }
        return WireRequest.post(Operation.CHANNELS_OVERWRITE_PERMISSIONS, query("heybox_id", bot.toString()), body);
    }

    /** Row 35; the optional {@code parent_id} is not sent (the port does not know it). */
    public static WireRequest channelPermissions(ChannelRef channel, UserId user) {
        return WireRequest.get(Operation.CHANNELS_PERMISSIONS_OF, query("channel_id", channel.channel().value(),
                "to_user_id", user.toString()));
    }

    /** Row 30; {@code user_id} is the bot's own id. */
    public static WireRequest inviteCode(UserId bot, ChannelRef channel) {
        return WireRequest.get(Operation.CHANNELS_INVITE_CODE, query("user_id", bot.toString(),
                "room_id", channel.room().value(), "channel_id", channel.channel().value()));
    }

    // ---- messages

    /** Row 1. */
    public static WireRequest send(ChannelRef channel, MessageContent content, Optional<MessageId> replyTo, AckId ackId) {
        ObjectNode body = channelMessage(channel, content, replyTo);
        return WireRequest.post(Operation.MESSAGES_SEND, body, DeduplicationKey.ackId(ackId));
    }

    /** Row 2: the send fields plus {@code msg_id}. */
    public static WireRequest edit(ChannelRef channel, MessageId message, MessageContent content, AckId ackId) {
        ObjectNode body = channelMessage(channel, content, Optional.empty());
        body.put("msg_id", message.value());
        return WireRequest.post(Operation.MESSAGES_EDIT, body, DeduplicationKey.ackId(ackId));
    }

    private static ObjectNode channelMessage(ChannelRef channel, MessageContent content, Optional<MessageId> replyTo) {
        Wire wire = Wire.of(content);
        ObjectNode body = Json.object();
        body.put("msg", wire.msg());
        body.put("msg_type", wire.msgType());
        body.put("reply_id", replyTo.map(MessageId::value).orElse(""));
        body.put("room_id", channel.room().value());
        body.put("addition", wire.addition());
        body.put("at_user_id", wire.atUsers());
        body.put("at_role_id", wire.atRoles());
        body.put("mention_channel_id", wire.mentionChannels());
        body.put("channel_id", channel.channel().value());
        body.put("channel_type", channel.type().code());
        wire.img().ifPresent(img -> body.put("img", img));
        return body;
    }

    /** Row 5; {@code to_user_id} is a number. */
    public static WireRequest sendDirect(UserId user, MessageContent content, AckId ackId) {
        Wire wire = Wire.of(content);
        ObjectNode body = Json.object();
        body.put("msg", wire.msg());
        body.put("msg_type", wire.msgType());
        body.put("addition", wire.addition());
        body.put("to_user_id", user.value());
        wire.img().ifPresent(img -> body.put("img", img));
        return WireRequest.post(Operation.MESSAGES_SEND_DIRECT, body, DeduplicationKey.ackId(ackId));
    }

    /** Row 3. */
    public static WireRequest deleteMessage(ChannelRef channel, MessageId message) {
        ObjectNode body = Json.object();
        body.put("msg_id", message.value());
        body.put("room_id", channel.room().value());
        body.put("channel_id", channel.channel().value());
        return WireRequest.post(Operation.MESSAGES_DELETE, body);
    }

    /** Row 4; {@code is_add} 1 adds, 0 removes. */
    public static WireRequest reaction(ChannelRef channel, MessageId message, Emoji emoji, boolean present) {
        ObjectNode body = Json.object();
        body.put("msg_id", message.value());
        body.put("emoji", emoji.code());
        body.put("is_add", present ? 1 : 0);
        body.put("channel_id", channel.channel().value());
        body.put("room_id", channel.room().value());
        return WireRequest.post(Operation.MESSAGES_SET_REACTION, body);
    }

    /**
     * The message fields a content maps to (§4): type 1 text, 4 markdown, 10 markdown that notifies
     * someone, 3 image, 20 cards.
     */
    record Wire(String msg, int msgType, String addition, String atUsers, String atRoles, String mentionChannels,
                Optional<String> img) {
        static Wire of(MessageContent content) {
            if (content instanceof MessageContent.Text text) {
                return new Wire(text.text(), 1, "{}", "", "", "", Optional.empty());
            }
            if (content instanceof MessageContent.Markdown markdown) {
                var mentions = markdown.mentions();
                return new Wire(markdown.markdown(), mentions.notifiesAnyone() ? 10 : 4, "{}",
                        joined(mentions.users().stream().map(UserId::toString).toList()),
                        joined(mentions.roles().stream().map(RoleId::value).toList()),
                        joined(mentions.channels().stream().map(ChannelId::value).toList()), Optional.empty());
            }
            if (content instanceof MessageContent.Image image) {
                ObjectNode addition = Json.object();
                ObjectNode info = addition.putArray("img_files_info").addObject();
                info.put("url", image.url());
                info.put("width", image.width());
                info.put("height", image.height());
                return new Wire("", 3, Json.write(addition), "", "", "", Optional.of(image.url()));
            }
            if (content instanceof MessageContent.Cards cards) {
                return new Wire(CardJson.of(cards.cards()), 20, "{}", "", "", "", Optional.empty());
            }
            throw new IllegalArgumentException("content: unsupported kind " + content.getClass().getSimpleName());
        }

        private static String joined(List<String> ids) {
            return ids.stream().collect(Collectors.joining(","));
        }
    }

    // ---- roles

    /** Row 7. */
    public static WireRequest roles(RoomId room) {
        return WireRequest.get(Operation.ROLES_LIST, query("room_id", room.value()));
    }

    /** Row 8: {@code type} 0 (custom), {@code hoist} 1/0, the {@code nonce} de-duplicates. */
    public static WireRequest createRole(RoomId room, RoleDraft draft, String nonce) {
        ObjectNode body = roleFields(Json.object(), room, draft);
        return WireRequest.post(Operation.ROLES_CREATE, body, DeduplicationKey.nonce(nonce));
    }

    /** Row 9: the full role (SATORI marks icon, color_list and color required on update) plus {@code id} and {@code position}. */
    public static WireRequest updateRole(RoomId room, RoleId role, RoleDraft draft, int position, String nonce) {
        ObjectNode body = Json.object();
        body.put("id", role.value());
        roleFields(body, room, draft);
        body.put("position", position);
        DeduplicationKey.nonce(nonce).writeTo(body);
        return WireRequest.post(Operation.ROLES_UPDATE, body);
    }

    private static ObjectNode roleFields(ObjectNode body, RoomId room, RoleDraft draft) {
        body.put("name", draft.name());
        body.put("icon", draft.icon().orElse(""));
        ArrayNode colors = body.putArray("color_list");
        draft.colorList().forEach(colors::add);
        body.put("room_id", room.value());
        body.put("permissions", draft.permissions().toDecimalString());
        body.put("type", 0);
        body.put("color", draft.color().orElse(0));
        body.put("hoist", draft.hoist() ? 1 : 0);
        return body;
    }

    /** Row 10. */
    public static WireRequest deleteRole(RoomId room, RoleId role) {
        ObjectNode body = Json.object();
        body.put("role_id", role.value());
        body.put("room_id", room.value());
        return WireRequest.post(Operation.ROLES_DELETE, body);
    }

    /** Rows 11 and 12; {@code to_user_id} is a number. */
    public static WireRequest grantOrRevoke(Operation operation, RoomId room, UserId user, RoleId role) {
        ObjectNode body = Json.object();
        body.put("to_user_id", user.value());
        body.put("role_id", role.value());
        body.put("room_id", room.value());
        return WireRequest.post(operation, body);
    }

    // ---- memes

    /** Row 13. */
    public static WireRequest memes(RoomId room) {
        return WireRequest.get(Operation.MEMES_LIST, query("room_id", room.value()));
    }

    /** Row 15. */
    public static WireRequest renameMeme(RoomId room, MemePath meme, String name) {
        ObjectNode body = Json.object();
        body.put("path", meme.value());
        body.put("name", name);
        body.put("room_id", room.value());
        return WireRequest.post(Operation.MEMES_RENAME, body);
    }

    /** Row 14. */
    public static WireRequest deleteMeme(RoomId room, MemePath meme) {
        ObjectNode body = Json.object();
        body.put("path", meme.value());
        body.put("room_id", room.value());
        return WireRequest.post(Operation.MEMES_DELETE, body);
    }

    // ---- media

    /** Row 6: multipart, one part {@code file}. */
    public static WireRequest upload(MediaUpload file) {
        return WireRequest.upload(Operation.MEDIA_UPLOAD, Multipart.of(file));
    }

    /** Row 38; {@code operator} is a number; optional fields only when set. */
    public static WireRequest startStream(StreamRequest request) {
        ObjectNode body = Json.object();
        body.put("room_id", request.voiceChannel().room().value());
        body.put("channel_id", request.voiceChannel().channel().value());
        body.put("stream_url", request.streamUrl());
        body.put("volume", request.volume());
        body.put("operator", request.operator().value());
        request.callbackUrl().ifPresent(url -> body.put("callback_url", url));
        body.put("seek_second", request.seek().getSeconds());
        body.put("repeat_num", request.repeat());
        request.maxDuration().ifPresent(d -> body.put("max_duration", d.toMinutes()));
        return WireRequest.post(Operation.MEDIA_START_STREAM, body);
    }

    /** Row 39. */
    public static WireRequest stopStream(StreamTaskId task) {
        ObjectNode body = Json.object();
        body.put("task_id", task.value());
        return WireRequest.post(Operation.MEDIA_STOP_STREAM, body);
    }
}
