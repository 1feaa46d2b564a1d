package io.github.heychat4j.emulator.internal;

import io.github.heychat4j.domain.Operation;
import tools.jackson.databind.JsonNode;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The platform's REST endpoints, rows 1-39 of spec §2.1, by path and by the domain operation each serves. */
public final class Routes {

    private static final String GET = "GET";
    private static final String POST = "POST";

    private static final List<Route> ALL = List.of(
            new Route(1, Operation.MESSAGES_SEND, POST, "/chatroom/v2/channel_msg/send",
                    Route.Body.JSON, tree(MessageEndpoints::send)),
            new Route(2, Operation.MESSAGES_EDIT, POST, "/chatroom/v2/channel_msg/update",
                    Route.Body.JSON, tree(MessageEndpoints::update)),
            new Route(3, Operation.MESSAGES_DELETE, POST, "/chatroom/v2/channel_msg/delete",
                    Route.Body.JSON, tree(MessageEndpoints::delete)),
            new Route(4, Operation.MESSAGES_SET_REACTION, POST, "/chatroom/v2/channel_msg/emoji/reply",
                    Route.Body.JSON, tree(MessageEndpoints::react)),
            new Route(5, Operation.MESSAGES_SEND_DIRECT, POST, "/chatroom/v3/msg/user",
                    Route.Body.JSON, tree(MessageEndpoints::sendDirect)),
            new Route(6, Operation.MEDIA_UPLOAD, POST, "/upload", Route.Body.MULTIPART, tree(MediaEndpoints::upload)),
            new Route(7, Operation.ROLES_LIST, GET, "/chatroom/v2/room_role/roles",
                    Route.Body.NONE, RoleEndpoints::list),
            new Route(8, Operation.ROLES_CREATE, POST, "/chatroom/v2/room_role/create",
                    Route.Body.JSON, RoleEndpoints::create),
            new Route(9, Operation.ROLES_UPDATE, POST, "/chatroom/v2/room_role/update",
                    Route.Body.JSON, RoleEndpoints::update),
            new Route(10, Operation.ROLES_DELETE, POST, "/chatroom/v2/room_role/delete",
                    Route.Body.JSON, tree(RoleEndpoints::delete)),
            new Route(11, Operation.ROLES_GRANT, POST, "/chatroom/v2/room_role/grant",
                    Route.Body.JSON, tree(RoleEndpoints::grant)),
            new Route(12, Operation.ROLES_REVOKE, POST, "/chatroom/v2/room_role/revoke",
                    Route.Body.JSON, tree(RoleEndpoints::revoke)),
            new Route(13, Operation.MEMES_LIST, GET, "/chatroom/v3/msg/meme/room/list",
                    Route.Body.NONE, RoleEndpoints::memes),
            new Route(14, Operation.MEMES_DELETE, POST, "/chatroom/v2/msg/meme/room/del",
                    Route.Body.JSON, tree(RoleEndpoints::deleteMeme)),
            new Route(15, Operation.MEMES_RENAME, POST, "/chatroom/v2/msg/meme/room/edit",
                    Route.Body.JSON, tree(RoleEndpoints::renameMeme)),
            new Route(16, Operation.ROOMS_CHANGE_NICKNAME, POST, "/chatroom/v2/room/nickname",
                    Route.Body.JSON, tree(RoomEndpoints::nickname)),
            new Route(17, Operation.ROOMS_JOINED, GET, "/chatroom/v2/room/joined",
                    Route.Body.NONE, RoomEndpoints::joined),
            new Route(18, Operation.ROOMS_DETAILS, GET, "/chatroom/v2/room/view", Route.Body.NONE, RoomEndpoints::view),
            new Route(19, Operation.ROOMS_LEAVE, POST, "/chatroom/v2/room/leave",
                    Route.Body.JSON, tree(RoomEndpoints::leave)),
            new Route(20, Operation.ROOMS_KICK, POST, "/chatroom/v2/room/kick_out",
                    Route.Body.JSON, tree(RoomEndpoints::kick)),
            new Route(21, Operation.ROOMS_SILENCE, POST, "/chatroom/v2/room/ban",
                    Route.Body.JSON, tree(RoomEndpoints::ban)),
            new Route(22, Operation.ROOMS_MUTE_MICROPHONE, POST, "/chatroom/v2/room/mute",
                    Route.Body.JSON, tree(RoomEndpoints::muteMicrophone)),
            new Route(23, Operation.ROOMS_MUTE_SPEAKER, POST, "/chatroom/v2/room/mute_earphone",
                    Route.Body.JSON, tree(RoomEndpoints::muteSpeaker)),
            new Route(24, Operation.ROOMS_MEMBERS, GET, "/chatroom/v2/room/users",
                    Route.Body.NONE, RoomEndpoints::members),
            new Route(25, Operation.VOICE_MOVE, POST, "/chatroom/v2/channel/move_member",
                    Route.Body.JSON, tree(ChannelEndpoints::move)),
            new Route(26, Operation.VOICE_DISCONNECT, POST, "/chatroom/v2/channel/kick_out",
                    Route.Body.JSON, tree(ChannelEndpoints::disconnect)),
            new Route(27, Operation.VOICE_TOGGLE_MICROPHONE, POST, "/chatroom/v2/channel/mute_user", Route.Body.JSON,
                    tree(ChannelEndpoints::toggleMicrophone)),
            new Route(28, Operation.VOICE_CHANNEL_OF, GET, "/chatroom/v2/channel/which_user", Route.Body.NONE,
                    tree(ChannelEndpoints::whichChannel)),
            new Route(29, Operation.VOICE_USERS_IN, GET, "/chatroom/v2/channel/user/list",
                    Route.Body.NONE, tree(ChannelEndpoints::usersIn)),
            new Route(30, Operation.CHANNELS_INVITE_CODE, GET, "/chatroom/v2/invite/code",
                    Route.Body.NONE, tree(ChannelEndpoints::inviteCode)),
            new Route(31, Operation.CHANNELS_CHANGE_SETTING, POST, "/chatroom/v2/settings/channel/edit",
                    Route.Body.JSON,
                    tree(ChannelEndpoints::changeSetting)),
            new Route(32, Operation.CHANNELS_RENAME, POST, "/chatroom/v2/channel/edit",
                    Route.Body.JSON, tree(ChannelEndpoints::rename)),
            new Route(33, Operation.CHANNELS_CHANGE_PASSWORD, POST, "/chatroom/channel/edit_password/no_encrypt",
                    Route.Body.JSON_OR_EMPTY,
                    tree(ChannelEndpoints::password)),
            new Route(34, Operation.CHANNELS_OVERWRITE_PERMISSIONS, POST, "/chatroom/v2/role/role_user_perm",
                    Route.Body.JSON,
                    tree(ChannelEndpoints::overwritePermissions)),
            new Route(35, Operation.CHANNELS_PERMISSIONS_OF, GET, "/chatroom/v2/channel_user_perm/list_with_parent",
                    Route.Body.NONE,
                    tree(ChannelEndpoints::permissionsOf)),
            new Route(36, Operation.CHANNELS_CREATE, POST, "/chatroom/v3/channel/create",
                    Route.Body.JSON, ChannelEndpoints::create),
            new Route(37, Operation.CHANNELS_DELETE, POST, "/chatroom/v2/channel/delete",
                    Route.Body.JSON, tree(ChannelEndpoints::delete)),
            new Route(38, Operation.MEDIA_START_STREAM, POST, "/chatroom/v3/channel/stream/push",
                    Route.Body.JSON, tree(MediaEndpoints::startStream)),
            new Route(39, Operation.MEDIA_STOP_STREAM, POST, "/chatroom/v3/channel/stream/stop",
                    Route.Body.JSON, tree(MediaEndpoints::stopStream)));

    private static final Map<String, Route> BY_PATH = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(Route::path, Function.identity()));

    private static final Map<Operation, Route> BY_OPERATION = ALL.stream()
            .collect(Collectors.toMap(Route::operation, Function.identity(), (a, b) -> {
                throw new IllegalStateException("two routes serve " + a.operation());
            }, () -> new EnumMap<>(Operation.class)));

    private Routes() {
    }

    /**
     * An endpoint whose small result is built as a tree. The reads a bot makes most (rooms, roles,
     * members, memes) and the results holding those objects are written field by field instead.
     */
    private static Route.Endpoint tree(Function<Call, JsonNode> endpoint) {
        return call -> WireResult.of(endpoint.apply(call));
    }

    /** Every route, in row order. */
    public static List<Route> all() {
        return ALL;
    }

    /** The route serving an operation; empty only if a route is missing, which {@code RoutesTest} rules out. */
    public static Optional<Route> of(Operation operation) {
        return Optional.ofNullable(BY_OPERATION.get(operation));
    }

    /** The route for a path. */
    public static Optional<Route> find(String path) {
        return Optional.ofNullable(BY_PATH.get(path));
    }
}
