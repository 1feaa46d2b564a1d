package io.github.heychat4j.emulator.internal;

import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The platform's REST endpoints, rows 1-39 of spec §2.1, by path. */
public final class Routes {

    private static final String GET = "GET";
    private static final String POST = "POST";

    private static final List<Route> ALL = List.of(
            new Route(1, POST, "/chatroom/v2/channel_msg/send", Route.Body.JSON, tree(MessageEndpoints::send)),
            new Route(2, POST, "/chatroom/v2/channel_msg/update", Route.Body.JSON, tree(MessageEndpoints::update)),
            new Route(3, POST, "/chatroom/v2/channel_msg/delete", Route.Body.JSON, tree(MessageEndpoints::delete)),
            new Route(4, POST, "/chatroom/v2/channel_msg/emoji/reply", Route.Body.JSON, tree(MessageEndpoints::react)),
            new Route(5, POST, "/chatroom/v3/msg/user", Route.Body.JSON, tree(MessageEndpoints::sendDirect)),
            new Route(6, POST, "/upload", Route.Body.MULTIPART, tree(MediaEndpoints::upload)),
            new Route(7, GET, "/chatroom/v2/room_role/roles", Route.Body.NONE, RoleEndpoints::list),
            new Route(8, POST, "/chatroom/v2/room_role/create", Route.Body.JSON, RoleEndpoints::create),
            new Route(9, POST, "/chatroom/v2/room_role/update", Route.Body.JSON, RoleEndpoints::update),
            new Route(10, POST, "/chatroom/v2/room_role/delete", Route.Body.JSON, tree(RoleEndpoints::delete)),
            new Route(11, POST, "/chatroom/v2/room_role/grant", Route.Body.JSON, tree(RoleEndpoints::grant)),
            new Route(12, POST, "/chatroom/v2/room_role/revoke", Route.Body.JSON, tree(RoleEndpoints::revoke)),
            new Route(13, GET, "/chatroom/v3/msg/meme/room/list", Route.Body.NONE, RoleEndpoints::memes),
            new Route(14, POST, "/chatroom/v2/msg/meme/room/del", Route.Body.JSON, tree(RoleEndpoints::deleteMeme)),
            new Route(15, POST, "/chatroom/v2/msg/meme/room/edit", Route.Body.JSON, tree(RoleEndpoints::renameMeme)),
            new Route(16, POST, "/chatroom/v2/room/nickname", Route.Body.JSON, tree(RoomEndpoints::nickname)),
            new Route(17, GET, "/chatroom/v2/room/joined", Route.Body.NONE, RoomEndpoints::joined),
            new Route(18, GET, "/chatroom/v2/room/view", Route.Body.NONE, RoomEndpoints::view),
            new Route(19, POST, "/chatroom/v2/room/leave", Route.Body.JSON, tree(RoomEndpoints::leave)),
            new Route(20, POST, "/chatroom/v2/room/kick_out", Route.Body.JSON, tree(RoomEndpoints::kick)),
            new Route(21, POST, "/chatroom/v2/room/ban", Route.Body.JSON, tree(RoomEndpoints::ban)),
            new Route(22, POST, "/chatroom/v2/room/mute", Route.Body.JSON, tree(RoomEndpoints::muteMicrophone)),
            new Route(23, POST, "/chatroom/v2/room/mute_earphone", Route.Body.JSON, tree(RoomEndpoints::muteSpeaker)),
            new Route(24, GET, "/chatroom/v2/room/users", Route.Body.NONE, RoomEndpoints::members),
            new Route(25, POST, "/chatroom/v2/channel/move_member", Route.Body.JSON, tree(ChannelEndpoints::move)),
            new Route(26, POST, "/chatroom/v2/channel/kick_out", Route.Body.JSON, tree(ChannelEndpoints::disconnect)),
            new Route(27, POST, "/chatroom/v2/channel/mute_user", Route.Body.JSON,
                    tree(ChannelEndpoints::toggleMicrophone)),
            new Route(28, GET, "/chatroom/v2/channel/which_user", Route.Body.NONE,
                    tree(ChannelEndpoints::whichChannel)),
            new Route(29, GET, "/chatroom/v2/channel/user/list", Route.Body.NONE, tree(ChannelEndpoints::usersIn)),
            new Route(30, GET, "/chatroom/v2/invite/code", Route.Body.NONE, tree(ChannelEndpoints::inviteCode)),
            new Route(31, POST, "/chatroom/v2/settings/channel/edit", Route.Body.JSON,
                    tree(ChannelEndpoints::changeSetting)),
            new Route(32, POST, "/chatroom/v2/channel/edit", Route.Body.JSON, tree(ChannelEndpoints::rename)),
            new Route(33, POST, "/chatroom/channel/edit_password/no_encrypt", Route.Body.JSON_OR_EMPTY,
                    tree(ChannelEndpoints::password)),
            new Route(34, POST, "/chatroom/v2/role/role_user_perm", Route.Body.JSON,
                    tree(ChannelEndpoints::overwritePermissions)),
            new Route(35, GET, "/chatroom/v2/channel_user_perm/list_with_parent", Route.Body.NONE,
                    tree(ChannelEndpoints::permissionsOf)),
            new Route(36, POST, "/chatroom/v3/channel/create", Route.Body.JSON, ChannelEndpoints::create),
            new Route(37, POST, "/chatroom/v2/channel/delete", Route.Body.JSON, tree(ChannelEndpoints::delete)),
            new Route(38, POST, "/chatroom/v3/channel/stream/push", Route.Body.JSON, tree(MediaEndpoints::startStream)),
            new Route(39, POST, "/chatroom/v3/channel/stream/stop", Route.Body.JSON, tree(MediaEndpoints::stopStream)));

    private static final Map<String, Route> BY_PATH = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(Route::path, Function.identity()));

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

    /** The route for a path. */
    public static Optional<Route> find(String path) {
        return Optional.ofNullable(BY_PATH.get(path));
    }
}
