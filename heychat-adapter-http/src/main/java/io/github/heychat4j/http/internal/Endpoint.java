package io.github.heychat4j.http.internal;

import io.github.heychat4j.domain.Operation;
import java.util.EnumMap;
import java.util.Map;

/**
 * Where each {@link Operation} goes on the wire: its HTTP method and path (the row of spec §2.1 in brackets).
 * The wire facts stay here; what the operation is (read or write, how safe to repeat, whether a "not found"
 * on a repeat means done) is the domain's. The switch has no default, so an operation without an endpoint
 * does not compile.
 *
 * @param operation what is called
 * @param method    the HTTP method
 * @param path      the path below the base URI (the upload URI for {@link Operation#MEDIA_UPLOAD})
 */
public record Endpoint(Operation operation, Method method, String path) {

    /** The HTTP method of an endpoint. */
    public enum Method {
        /** Query parameters only. */
        GET,
        /** A body (JSON, or multipart for the upload). */
        POST
    }

    private static final Map<Operation, Endpoint> TABLE = new EnumMap<>(Operation.class);

    static {
        for (Operation operation : Operation.values()) {
            TABLE.put(operation, route(operation));
        }
    }

    /** The endpoint of an operation. */
    public static Endpoint of(Operation operation) {
        return TABLE.get(operation);
    }

    private static Endpoint route(Operation op) {
        return switch (op) {
            case ROOMS_JOINED -> get(op, "/chatroom/v2/room/joined"); // row 17
            case ROOMS_DETAILS -> get(op, "/chatroom/v2/room/view"); // row 18
            case ROOMS_MEMBERS -> get(op, "/chatroom/v2/room/users"); // row 24
            case ROOMS_LEAVE -> post(op, "/chatroom/v2/room/leave"); // row 19
            case ROOMS_KICK -> post(op, "/chatroom/v2/room/kick_out"); // row 20
            case ROOMS_CHANGE_NICKNAME -> post(op, "/chatroom/v2/room/nickname"); // row 16
            case ROOMS_SILENCE -> post(op, "/chatroom/v2/room/ban"); // row 21: the wire's ban is silencing (禁言)
            case ROOMS_MUTE_MICROPHONE -> post(op, "/chatroom/v2/room/mute"); // row 22
            case ROOMS_MUTE_SPEAKER -> post(op, "/chatroom/v2/room/mute_earphone"); // row 23

            case VOICE_MOVE -> post(op, "/chatroom/v2/channel/move_member"); // row 25
            case VOICE_DISCONNECT -> post(op, "/chatroom/v2/channel/kick_out"); // row 26
            case VOICE_TOGGLE_MICROPHONE -> post(op, "/chatroom/v2/channel/mute_user"); // row 27
            case VOICE_CHANNEL_OF -> get(op, "/chatroom/v2/channel/which_user"); // row 28
            case VOICE_USERS_IN -> get(op, "/chatroom/v2/channel/user/list"); // row 29

            case CHANNELS_CREATE -> post(op, "/chatroom/v3/channel/create"); // row 36
            case CHANNELS_DELETE -> post(op, "/chatroom/v2/channel/delete"); // row 37
            case CHANNELS_RENAME -> post(op, "/chatroom/v2/channel/edit"); // row 32
            case CHANNELS_CHANGE_SETTING -> post(op, "/chatroom/v2/settings/channel/edit"); // row 31
            case CHANNELS_CHANGE_PASSWORD -> post(op, "/chatroom/channel/edit_password/no_encrypt"); // row 33, no version
            case CHANNELS_OVERWRITE_PERMISSIONS -> post(op, "/chatroom/v2/role/role_user_perm"); // row 34
            case CHANNELS_PERMISSIONS_OF -> get(op, "/chatroom/v2/channel_user_perm/list_with_parent"); // row 35
            case CHANNELS_INVITE_CODE -> get(op, "/chatroom/v2/invite/code"); // row 30: a GET that may mint a code

            case MESSAGES_SEND -> post(op, "/chatroom/v2/channel_msg/send"); // row 1
            case MESSAGES_EDIT -> post(op, "/chatroom/v2/channel_msg/update"); // row 2
            case MESSAGES_DELETE -> post(op, "/chatroom/v2/channel_msg/delete"); // row 3
            case MESSAGES_SET_REACTION -> post(op, "/chatroom/v2/channel_msg/emoji/reply"); // row 4, is_add 1/0
            case MESSAGES_SEND_DIRECT -> post(op, "/chatroom/v3/msg/user"); // row 5

            case ROLES_LIST -> get(op, "/chatroom/v2/room_role/roles"); // row 7
            case ROLES_CREATE -> post(op, "/chatroom/v2/room_role/create"); // row 8
            case ROLES_UPDATE -> post(op, "/chatroom/v2/room_role/update"); // row 9
            case ROLES_DELETE -> post(op, "/chatroom/v2/room_role/delete"); // row 10
            case ROLES_GRANT -> post(op, "/chatroom/v2/room_role/grant"); // row 11
            case ROLES_REVOKE -> post(op, "/chatroom/v2/room_role/revoke"); // row 12

            case MEMES_LIST -> get(op, "/chatroom/v3/msg/meme/room/list"); // row 13
            case MEMES_RENAME -> post(op, "/chatroom/v2/msg/meme/room/edit"); // row 15
            case MEMES_DELETE -> post(op, "/chatroom/v2/msg/meme/room/del"); // row 14

            case MEDIA_UPLOAD -> post(op, "/upload"); // row 6, on the upload host
            case MEDIA_START_STREAM -> post(op, "/chatroom/v3/channel/stream/push"); // row 38
            case MEDIA_STOP_STREAM -> post(op, "/chatroom/v3/channel/stream/stop"); // row 39
        };
    }

    private static Endpoint get(Operation operation, String path) {
        return new Endpoint(operation, Method.GET, path);
    }

    private static Endpoint post(Operation operation, String path) {
        return new Endpoint(operation, Method.POST, path);
    }

    /** Whether it goes to the upload host rather than the REST host. */
    public boolean onUploadHost() {
        return operation == Operation.MEDIA_UPLOAD;
    }

    /** {@code "POST /chatroom/v2/room/kick_out"}, for messages. */
    public String describe() {
        return method + " " + path;
    }
}
