package io.github.heychat4j.http;

/**
 * Every operation of the ports as the wire endpoint it calls, with its {@link OperationClass}: the one
 * table that decides retries. The constant names follow the ports ({@code ROOMS_KICK} is
 * {@code rooms().kick(..)}).
 *
 * <p>{@link #absentMeansDone()} marks removals: when a retry of one of them is answered "not found"
 * after an earlier attempt whose answer got lost, the earlier attempt did the work and the call succeeds.
 */
public enum Endpoint {
    /** {@code rooms().joinedRooms} (spec row 17). */
    ROOMS_JOINED(Method.GET, "/chatroom/v2/room/joined", OperationClass.SAFE_READ, false),
    /** {@code rooms().details} (row 18). */
    ROOMS_DETAILS(Method.GET, "/chatroom/v2/room/view", OperationClass.SAFE_READ, false),
    /** {@code rooms().members} (row 24). */
    ROOMS_MEMBERS(Method.GET, "/chatroom/v2/room/users", OperationClass.SAFE_READ, false),
    /** {@code rooms().leave} (row 19): leaving twice leaves the bot out. */
    ROOMS_LEAVE(Method.POST, "/chatroom/v2/room/leave", OperationClass.IDEMPOTENT_WRITE, true),
    /** {@code rooms().kick} (row 20). */
    ROOMS_KICK(Method.POST, "/chatroom/v2/room/kick_out", OperationClass.IDEMPOTENT_WRITE, true),
    /** {@code rooms().changeNickname} (row 16): sets a value. */
    ROOMS_CHANGE_NICKNAME(Method.POST, "/chatroom/v2/room/nickname", OperationClass.IDEMPOTENT_WRITE, false),
    /** {@code rooms().ban} (row 21): sets a duration from now; a repeat extends it by the retry delay at most. */
    ROOMS_BAN(Method.POST, "/chatroom/v2/room/ban", OperationClass.IDEMPOTENT_WRITE, false),
    /** {@code rooms().setMicrophoneMuted} (row 22): sets a flag, not a toggle. */
    ROOMS_MUTE_MICROPHONE(Method.POST, "/chatroom/v2/room/mute", OperationClass.IDEMPOTENT_WRITE, false),
    /** {@code rooms().setSpeakerMuted} (row 23): sets a flag. */
    ROOMS_MUTE_SPEAKER(Method.POST, "/chatroom/v2/room/mute_earphone", OperationClass.IDEMPOTENT_WRITE, false),

    /** {@code voice().move} (row 25): moving to where the user already is changes nothing. */
    VOICE_MOVE(Method.POST, "/chatroom/v2/channel/move_member", OperationClass.IDEMPOTENT_WRITE, false),
    /** {@code voice().disconnect} (row 26). */
    VOICE_DISCONNECT(Method.POST, "/chatroom/v2/channel/kick_out", OperationClass.IDEMPOTENT_WRITE, true),
    /** {@code voice().toggleMicrophone} (row 27): a toggle, a second call undoes the first. */
    VOICE_TOGGLE_MICROPHONE(Method.POST, "/chatroom/v2/channel/mute_user", OperationClass.NON_IDEMPOTENT_WRITE, false),
    /** {@code voice().channelOf} (row 28). */
    VOICE_CHANNEL_OF(Method.GET, "/chatroom/v2/channel/which_user", OperationClass.SAFE_READ, false),
    /** {@code voice().usersIn} (row 29). */
    VOICE_USERS_IN(Method.GET, "/chatroom/v2/channel/user/list", OperationClass.SAFE_READ, false),

    /**
     * {@code channels().create} (row 36). A {@code nonce} is sent, but only one community client does so and
     * nobody has shown the platform de-duplicates on it: unverified, so treated as not repeatable.
     */
    CHANNELS_CREATE(Method.POST, "/chatroom/v3/channel/create", OperationClass.NON_IDEMPOTENT_WRITE, false),
    /** {@code channels().delete} (row 37). */
    CHANNELS_DELETE(Method.POST, "/chatroom/v2/channel/delete", OperationClass.IDEMPOTENT_WRITE, true),
    /** {@code channels().rename} (row 32). */
    CHANNELS_RENAME(Method.POST, "/chatroom/v2/channel/edit", OperationClass.IDEMPOTENT_WRITE, false),
    /** {@code channels().changeSetting} (row 31). */
    CHANNELS_CHANGE_SETTING(Method.POST, "/chatroom/v2/settings/channel/edit", OperationClass.IDEMPOTENT_WRITE, false),
    /** {@code channels().changePassword} (row 33, no version segment in the path). */
    CHANNELS_CHANGE_PASSWORD(Method.POST, "/chatroom/channel/edit_password/no_encrypt", OperationClass.IDEMPOTENT_WRITE, false),
    /** {@code channels().overwritePermissions} (row 34): replaces overwrites. */
    CHANNELS_OVERWRITE_PERMISSIONS(Method.POST, "/chatroom/v2/role/role_user_perm", OperationClass.IDEMPOTENT_WRITE, false),
    /** {@code channels().permissionsOf} (row 35). */
    CHANNELS_PERMISSIONS_OF(Method.GET, "/chatroom/v2/channel_user_perm/list_with_parent", OperationClass.SAFE_READ, false),
    /** {@code channels().inviteCode} (row 30): a GET that may mint a code; a spare code harms nobody. */
    CHANNELS_INVITE_CODE(Method.GET, "/chatroom/v2/invite/code", OperationClass.IDEMPOTENT_WRITE, false),

    /** {@code messages().send} (row 1): de-duplicated by {@code heychat_ack_id}. */
    MESSAGES_SEND(Method.POST, "/chatroom/v2/channel_msg/send", OperationClass.DEDUPLICATED_WRITE, false),
    /** {@code messages().edit} (row 2): carries a {@code heychat_ack_id} too. */
    MESSAGES_EDIT(Method.POST, "/chatroom/v2/channel_msg/update", OperationClass.DEDUPLICATED_WRITE, false),
    /** {@code messages().delete} (row 3). */
    MESSAGES_DELETE(Method.POST, "/chatroom/v2/channel_msg/delete", OperationClass.IDEMPOTENT_WRITE, true),
    /** {@code messages().setReaction} (row 4): sets presence ({@code is_add} 1/0), not a toggle. */
    MESSAGES_SET_REACTION(Method.POST, "/chatroom/v2/channel_msg/emoji/reply", OperationClass.IDEMPOTENT_WRITE, false),
    /** {@code messages().sendDirect} (row 5): de-duplicated by {@code heychat_ack_id}. */
    MESSAGES_SEND_DIRECT(Method.POST, "/chatroom/v3/msg/user", OperationClass.DEDUPLICATED_WRITE, false),

    /** {@code roles().list} (row 7). */
    ROLES_LIST(Method.GET, "/chatroom/v2/room_role/roles", OperationClass.SAFE_READ, false),
    /** {@code roles().create} (row 8): de-duplicated by the official {@code nonce} body field. */
    ROLES_CREATE(Method.POST, "/chatroom/v2/room_role/create", OperationClass.DEDUPLICATED_WRITE, false),
    /** {@code roles().update} (row 9): replaces the role's state. */
    ROLES_UPDATE(Method.POST, "/chatroom/v2/room_role/update", OperationClass.IDEMPOTENT_WRITE, false),
    /** {@code roles().delete} (row 10). */
    ROLES_DELETE(Method.POST, "/chatroom/v2/room_role/delete", OperationClass.IDEMPOTENT_WRITE, true),
    /** {@code roles().grant} (row 11). */
    ROLES_GRANT(Method.POST, "/chatroom/v2/room_role/grant", OperationClass.IDEMPOTENT_WRITE, false),
    /** {@code roles().revoke} (row 12). */
    ROLES_REVOKE(Method.POST, "/chatroom/v2/room_role/revoke", OperationClass.IDEMPOTENT_WRITE, false),

    /** {@code memes().list} (row 13). */
    MEMES_LIST(Method.GET, "/chatroom/v3/msg/meme/room/list", OperationClass.SAFE_READ, false),
    /** {@code memes().rename} (row 15). */
    MEMES_RENAME(Method.POST, "/chatroom/v2/msg/meme/room/edit", OperationClass.IDEMPOTENT_WRITE, false),
    /** {@code memes().delete} (row 14). */
    MEMES_DELETE(Method.POST, "/chatroom/v2/msg/meme/room/del", OperationClass.IDEMPOTENT_WRITE, true),

    /** {@code media().upload} (row 6, on the upload host): a repeat only leaves an unused copy on the CDN. */
    MEDIA_UPLOAD(Method.POST, "/upload", OperationClass.IDEMPOTENT_WRITE, false),
    /** {@code media().startStream} (row 38): a repeat would start a second stream. */
    MEDIA_START_STREAM(Method.POST, "/chatroom/v3/channel/stream/push", OperationClass.NON_IDEMPOTENT_WRITE, false),
    /** {@code media().stopStream} (row 39): stopping a stopped stream is harmless. */
    MEDIA_STOP_STREAM(Method.POST, "/chatroom/v3/channel/stream/stop", OperationClass.IDEMPOTENT_WRITE, true);

    /** The HTTP method of an endpoint. */
    public enum Method {
        /** Query parameters only. */
        GET,
        /** A body (JSON, or multipart for the upload). */
        POST
    }

    private final Method method;
    private final String path;
    private final OperationClass operationClass;
    private final boolean absentMeansDone;

    Endpoint(Method method, String path, OperationClass operationClass, boolean absentMeansDone) {
        this.method = method;
        this.path = path;
        this.operationClass = operationClass;
        this.absentMeansDone = absentMeansDone;
    }

    /** The HTTP method. */
    public Method method() {
        return method;
    }

    /** The path below the base URI (the upload URI for {@link #MEDIA_UPLOAD}). */
    public String path() {
        return path;
    }

    /** How safe it is to repeat. */
    public OperationClass operationClass() {
        return operationClass;
    }

    /** Whether this removes something, so that "not found" on a retry after a lost answer means it is done. */
    public boolean absentMeansDone() {
        return absentMeansDone;
    }

    /** Whether it goes to the upload host rather than the REST host. */
    public boolean onUploadHost() {
        return this == MEDIA_UPLOAD;
    }

    /** {@code "POST /chatroom/v2/room/kick_out"}, for messages. */
    public String describe() {
        return method + " " + path;
    }
}
