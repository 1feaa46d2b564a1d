package io.github.heychat4j.fake;

/**
 * One kind of call a bot makes: one constant per abstract port method. The journal and the
 * fault injection speak in these.
 *
 * {@snippet :
 * world.faults().failNext(Operation.ROOMS_KICK, new UnavailableException("down"));
 * assertEquals(1, world.journal().entries(Operation.ROOMS_KICK).size());
 * }
 */
public enum Operation {
    /** {@code rooms().joinedRooms(page)}. */
    ROOMS_JOINED("rooms.joinedRooms", true),
    /** {@code rooms().details(room)}. */
    ROOMS_DETAILS("rooms.details", true),
    /** {@code rooms().members(room, page)}. */
    ROOMS_MEMBERS("rooms.members", true),
    /** {@code rooms().leave(room)}. */
    ROOMS_LEAVE("rooms.leave", false),
    /** {@code rooms().kick(room, user)}. */
    ROOMS_KICK("rooms.kick", false),
    /** {@code rooms().changeNickname(room, user, nickname)}. */
    ROOMS_CHANGE_NICKNAME("rooms.changeNickname", false),
    /** {@code rooms().silence(room, user, silence)} (the wire's ban). */
    ROOMS_BAN("rooms.ban", false),
    /** {@code rooms().setMicrophoneMuted(voiceChannel, user, muted)}. */
    ROOMS_MUTE_MICROPHONE("rooms.setMicrophoneMuted", false),
    /** {@code rooms().setSpeakerMuted(voiceChannel, user, muted)}. */
    ROOMS_MUTE_SPEAKER("rooms.setSpeakerMuted", false),
    /** {@code voice().move(room, from, to, users)}. */
    VOICE_MOVE("voice.move", false),
    /** {@code voice().disconnect(voiceChannel, user)}. */
    VOICE_DISCONNECT("voice.disconnect", false),
    /** {@code voice().toggleMicrophone(voiceChannel, user)}. */
    VOICE_TOGGLE_MICROPHONE("voice.toggleMicrophone", false),
    /** {@code voice().channelOf(room, user, voiceOnly)}. */
    VOICE_CHANNEL_OF("voice.channelOf", true),
    /** {@code voice().usersIn(voiceChannel)}. */
    VOICE_USERS_IN("voice.usersIn", true),
    /** {@code channels().create(room, channel)}. */
    CHANNELS_CREATE("channels.create", false),
    /** {@code channels().delete(channel)}. */
    CHANNELS_DELETE("channels.delete", false),
    /** {@code channels().rename(channel, newName)}. */
    CHANNELS_RENAME("channels.rename", false),
    /** {@code channels().changeSetting(channel, setting)}. */
    CHANNELS_CHANGE_SETTING("channels.changeSetting", false),
    /** {@code channels().changePassword(channel, password)}. */
    CHANNELS_CHANGE_PASSWORD("channels.changePassword", false),
    /** {@code channels().overwritePermissions(channel, roles, users)}. */
    CHANNELS_OVERWRITE_PERMISSIONS("channels.overwritePermissions", false),
    /** {@code channels().permissionsOf(channel, user)}. */
    CHANNELS_PERMISSIONS_OF("channels.permissionsOf", true),
    /** {@code channels().inviteCode(channel)}: it creates an invite, so it is not a pure read. */
    CHANNELS_INVITE_CODE("channels.inviteCode", false),
    /** {@code messages().send(channel, content, options)}. */
    MESSAGES_SEND("messages.send", false),
    /** {@code messages().edit(channel, message, content)}. */
    MESSAGES_EDIT("messages.edit", false),
    /** {@code messages().delete(channel, message)}. */
    MESSAGES_DELETE("messages.delete", false),
    /** {@code messages().setReaction(channel, message, emoji, present)}. */
    MESSAGES_SET_REACTION("messages.setReaction", false),
    /** {@code messages().sendDirect(user, content, options)}. */
    MESSAGES_SEND_DIRECT("messages.sendDirect", false),
    /** {@code roles().list(room)}. */
    ROLES_LIST("roles.list", true),
    /** {@code roles().create(room, role)}. */
    ROLES_CREATE("roles.create", false),
    /** {@code roles().update(room, role, changes, position)}. */
    ROLES_UPDATE("roles.update", false),
    /** {@code roles().delete(room, role)}. */
    ROLES_DELETE("roles.delete", false),
    /** {@code roles().grant(room, user, role)}. */
    ROLES_GRANT("roles.grant", false),
    /** {@code roles().revoke(room, user, role)}. */
    ROLES_REVOKE("roles.revoke", false),
    /** {@code memes().list(room)}. */
    MEMES_LIST("memes.list", true),
    /** {@code memes().rename(room, meme, newName)}. */
    MEMES_RENAME("memes.rename", false),
    /** {@code memes().delete(room, meme)}. */
    MEMES_DELETE("memes.delete", false),
    /** {@code media().upload(file)}. */
    MEDIA_UPLOAD("media.upload", false),
    /** {@code media().startStream(request)}. */
    MEDIA_START_STREAM("media.startStream", false),
    /** {@code media().stopStream(task)}. */
    MEDIA_STOP_STREAM("media.stopStream", false);

    private final String methodName;
    private final boolean read;

    Operation(String methodName, boolean read) {
        this.methodName = methodName;
        this.read = read;
    }

    /** Whether the call only reads and changes nothing. */
    public boolean isRead() {
        return read;
    }

    /** The port and method as a bot author writes them, e.g. {@code rooms.kick}. */
    public String methodName() {
        return methodName;
    }
}
