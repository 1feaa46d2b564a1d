package io.github.heychat4j.domain;

import static io.github.heychat4j.domain.OperationClass.DEDUPLICATED_WRITE;
import static io.github.heychat4j.domain.OperationClass.IDEMPOTENT_WRITE;
import static io.github.heychat4j.domain.OperationClass.NON_IDEMPOTENT_WRITE;
import static io.github.heychat4j.domain.OperationClass.SAFE_READ;

/**
 * One kind of call a bot makes: one constant per abstract port method, with the facts every adapter acts on
 * alike: whether it only reads, how safe it is to repeat ({@link OperationClass}), whether the platform
 * de-duplicates it, and whether it removes something. The one table of operations: the fake's journal and
 * faults, the HTTP adapter's listener and metrics, and the emulator's routes and faults all name calls by it.
 * The constant names follow the ports ({@code ROOMS_KICK} is {@code rooms().kick(..)}).
 *
 * {@snippet :
 * world.faults().failNext(Operation.ROOMS_KICK, new UnavailableException("down"));
 * assertEquals(1, world.journal().entries(Operation.ROOMS_KICK).size());
 * }
 */
public enum Operation {
    /** {@code rooms().joinedRooms(page)}. */
    ROOMS_JOINED("rooms.joinedRooms", SAFE_READ, false),
    /** {@code rooms().details(room)}. */
    ROOMS_DETAILS("rooms.details", SAFE_READ, false),
    /** {@code rooms().members(room, page)}. */
    ROOMS_MEMBERS("rooms.members", SAFE_READ, false),
    /** {@code rooms().leave(room)}: leaving twice leaves the bot out. */
    ROOMS_LEAVE("rooms.leave", IDEMPOTENT_WRITE, true),
    /** {@code rooms().kick(room, user)}. */
    ROOMS_KICK("rooms.kick", IDEMPOTENT_WRITE, true),
    /** {@code rooms().changeNickname(room, user, nickname)}: sets a value. */
    ROOMS_CHANGE_NICKNAME("rooms.changeNickname", IDEMPOTENT_WRITE, false),
    /**
     * {@code rooms().silence(room, user, silence)} (the wire calls it a ban): sets a duration from now; a repeat
     * extends it by the retry delay at most.
     */
    ROOMS_SILENCE("rooms.silence", IDEMPOTENT_WRITE, false),
    /** {@code rooms().setMicrophoneMuted(voiceChannel, user, muted)}: sets a flag, not a toggle. */
    ROOMS_MUTE_MICROPHONE("rooms.setMicrophoneMuted", IDEMPOTENT_WRITE, false),
    /** {@code rooms().setSpeakerMuted(voiceChannel, user, muted)}: sets a flag. */
    ROOMS_MUTE_SPEAKER("rooms.setSpeakerMuted", IDEMPOTENT_WRITE, false),

    /** {@code voice().move(room, from, to, users)}: moving to where the user already is changes nothing. */
    VOICE_MOVE("voice.move", IDEMPOTENT_WRITE, false),
    /** {@code voice().disconnect(voiceChannel, user)}. */
    VOICE_DISCONNECT("voice.disconnect", IDEMPOTENT_WRITE, true),
    /** {@code voice().toggleMicrophone(voiceChannel, user)}: a toggle, a second call undoes the first. */
    VOICE_TOGGLE_MICROPHONE("voice.toggleMicrophone", NON_IDEMPOTENT_WRITE, false),
    /** {@code voice().channelOf(room, user, voiceOnly)}. */
    VOICE_CHANNEL_OF("voice.channelOf", SAFE_READ, false),
    /** {@code voice().usersIn(voiceChannel)}. */
    VOICE_USERS_IN("voice.usersIn", SAFE_READ, false),

    /**
     * {@code channels().create(room, channel)}. A {@code nonce} is sent, but only one community client does so and
     * nobody has shown the platform de-duplicates on it: unverified, so treated as not repeatable.
     */
    CHANNELS_CREATE("channels.create", NON_IDEMPOTENT_WRITE, false),
    /** {@code channels().delete(channel)}. */
    CHANNELS_DELETE("channels.delete", IDEMPOTENT_WRITE, true),
    /** {@code channels().rename(channel, newName)}. */
    CHANNELS_RENAME("channels.rename", IDEMPOTENT_WRITE, false),
    /** {@code channels().changeSetting(channel, setting)}. */
    CHANNELS_CHANGE_SETTING("channels.changeSetting", IDEMPOTENT_WRITE, false),
    /** {@code channels().changePassword(channel, password)}. */
    CHANNELS_CHANGE_PASSWORD("channels.changePassword", IDEMPOTENT_WRITE, false),
    /** {@code channels().overwritePermissions(channel, roles, users)}: replaces the overwrites. */
    CHANNELS_OVERWRITE_PERMISSIONS("channels.overwritePermissions", IDEMPOTENT_WRITE, false),
    /** {@code channels().permissionsOf(channel, user)}. */
    CHANNELS_PERMISSIONS_OF("channels.permissionsOf", SAFE_READ, false),
    /**
     * {@code channels().inviteCode(channel)}: it may mint a code, so it is not a pure read; a spare code harms
     * nobody, so it is safe to repeat.
     */
    CHANNELS_INVITE_CODE("channels.inviteCode", IDEMPOTENT_WRITE, false),

    /** {@code messages().send(channel, content, options)}: de-duplicated by its {@code heychat_ack_id}. */
    MESSAGES_SEND("messages.send", DEDUPLICATED_WRITE, false),
    /** {@code messages().edit(channel, message, content)}: carries a {@code heychat_ack_id} too. */
    MESSAGES_EDIT("messages.edit", DEDUPLICATED_WRITE, false),
    /** {@code messages().delete(channel, message)}. */
    MESSAGES_DELETE("messages.delete", IDEMPOTENT_WRITE, true),
    /** {@code messages().setReaction(channel, message, emoji, present)}: sets presence, not a toggle. */
    MESSAGES_SET_REACTION("messages.setReaction", IDEMPOTENT_WRITE, false),
    /** {@code messages().sendDirect(user, content, options)}: de-duplicated by its {@code heychat_ack_id}. */
    MESSAGES_SEND_DIRECT("messages.sendDirect", DEDUPLICATED_WRITE, false),

    /** {@code roles().list(room)}. */
    ROLES_LIST("roles.list", SAFE_READ, false),
    /** {@code roles().create(room, role)}: de-duplicated by the platform's official {@code nonce}. */
    ROLES_CREATE("roles.create", DEDUPLICATED_WRITE, false),
    /** {@code roles().update(room, role, changes, position)}: replaces the role's state. */
    ROLES_UPDATE("roles.update", IDEMPOTENT_WRITE, false),
    /** {@code roles().delete(room, role)}. */
    ROLES_DELETE("roles.delete", IDEMPOTENT_WRITE, true),
    /** {@code roles().grant(room, user, role)}. */
    ROLES_GRANT("roles.grant", IDEMPOTENT_WRITE, false),
    /** {@code roles().revoke(room, user, role)}. */
    ROLES_REVOKE("roles.revoke", IDEMPOTENT_WRITE, false),

    /** {@code memes().list(room)}. */
    MEMES_LIST("memes.list", SAFE_READ, false),
    /** {@code memes().rename(room, meme, newName)}. */
    MEMES_RENAME("memes.rename", IDEMPOTENT_WRITE, false),
    /** {@code memes().delete(room, meme)}. */
    MEMES_DELETE("memes.delete", IDEMPOTENT_WRITE, true),

    /** {@code media().upload(file)}: a repeat only leaves an unused copy on the CDN. */
    MEDIA_UPLOAD("media.upload", IDEMPOTENT_WRITE, false),
    /** {@code media().startStream(request)}: a repeat would start a second stream. */
    MEDIA_START_STREAM("media.startStream", NON_IDEMPOTENT_WRITE, false),
    /** {@code media().stopStream(task)}: stopping a stopped stream is harmless. */
    MEDIA_STOP_STREAM("media.stopStream", IDEMPOTENT_WRITE, true);

    private final String methodName;
    private final OperationClass operationClass;
    private final boolean absentMeansDone;

    Operation(String methodName, OperationClass operationClass, boolean absentMeansDone) {
        this.methodName = methodName;
        this.operationClass = operationClass;
        this.absentMeansDone = absentMeansDone;
    }

    /** The port and method as a bot author writes them, e.g. {@code rooms.kick}. */
    public String methodName() {
        return methodName;
    }

    /** How safe it is to repeat. */
    public OperationClass operationClass() {
        return operationClass;
    }

    /** Whether the call only reads and changes nothing ({@link OperationClass#SAFE_READ}). */
    public boolean isRead() {
        return operationClass == SAFE_READ;
    }

    /** Whether the platform de-duplicates it by a client id ({@link OperationClass#DEDUPLICATED_WRITE}). */
    public boolean isDeduplicated() {
        return operationClass == DEDUPLICATED_WRITE;
    }

    /**
     * Whether it removes something, so that "not found" on a repeat after an earlier attempt whose answer got lost
     * means the earlier attempt did the work: the call succeeded.
     */
    public boolean absentMeansDone() {
        return absentMeansDone;
    }
}
