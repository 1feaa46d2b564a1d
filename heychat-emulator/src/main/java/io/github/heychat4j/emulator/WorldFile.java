package io.github.heychat4j.emulator;

import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.emulator.internal.Json;
import io.github.heychat4j.emulator.internal.WorldBuilder;
import io.github.heychat4j.fake.FakeWorld;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A world described in JSON: the rooms, channels, roles, members, voice presence and memes the emulator
 * serves, and the bot tokens it accepts. Each {@link #newWorld()} builds a fresh {@link FakeWorld} from
 * the same description, which is how the emulator resets. The bundled {@link #demo()} world is a
 * complete example ({@code io/github/heychat4j/emulator/demo-world.json} in the jar).
 *
 * <h2>Format</h2>
 * {@snippet lang=json :
 * {
 *   "clock": "2025-01-01T00:00:00Z",
 *   "banned_words": ["广告"],
 *   "bots":  [ { "id": 2398561, "nickname": "demo-bot", "token": "demo-token" } ],
 *   "users": [ { "id": 8828375, "nickname": "alice" }, { "id": 8836257, "nickname": "bob" } ],
 *   "rooms": [ {
 *     "id": "3587810143523774464",
 *     "name": "heychat4j 演示房间",
 *     "owner": 8828375,
 *     "everyone": ["VIEW_CHANNEL", "SEND_MESSAGES", "CONNECT", "SPEAK"],
 *     "roles": [
 *       { "id": "3587810143544745984", "name": "管理员", "permissions": ["ADMINISTRATOR"], "position": 4 },
 *       { "id": "3587810143548940288", "name": "主持人", "permissions": ["踢出房间", "MOVE_MEMBERS"], "position": 2 },
 *       { "id": "3587810143553134592", "name": "成员", "permissions": "16384", "position": 1 }
 *     ],
 *     "channels": [
 *       { "id": "3377790315288076288", "name": "综合", "type": "text" },
 *       { "id": "3377790315279687680", "name": "语音频道", "type": "category", "children": [
 *           { "id": "3377790315296464896", "name": "开黑大厅", "type": "voice" } ] }
 *     ],
 *     "members": [ { "user": 8828375, "roles": ["3587810143544745984"] },
 *                  { "user": 2398561, "roles": ["3587810143548940288"] },
 *                  { "user": 8836257 } ],
 *     "voice": [ { "user": 8836257, "channel": "3377790315296464896" } ],
 *     "memes": [ { "path": "1737773988806922240", "name": "doge", "extension": "png", "kind": "emoji" } ]
 *   } ]
 * }
 * }
 *
 * <ul>
 * <li>{@code description} (optional): free text for people, ignored.</li>
 * <li>{@code clock} (optional): where the world's manual clock starts, an ISO-8601 instant.</li>
 * <li>{@code banned_words} (optional): words that make a message fail with {@code 包含违禁词}.</li>
 * <li>{@code bots}: bot users; {@code token} (optional) is the value of the {@code token} header the
 *     emulator accepts for that bot. Keep real tokens out of world files: these are made up.</li>
 * <li>{@code users}: people. User ids are positive numbers (JSON numbers or digit strings).</li>
 * <li>{@code rooms[].id}, role, channel and meme ids: unsigned 64-bit ids as strings of digits.</li>
 * <li>{@code owner} (optional): a user who owns the room and may do anything in it.</li>
 * <li>{@code everyone} (optional) and {@code roles[].permissions}: either a decimal bitmask string
 *     ({@code "16384"}) or an array whose items are permission names ({@code "KICK_MEMBERS"}, as in
 *     {@link io.github.heychat4j.domain.role.Permission}, or the Chinese name {@code "踢出房间"}) or
 *     decimal bitmasks. A higher {@code position} ranks higher; a bot manages only roles below its highest.</li>
 * <li>{@code channels[].type}: {@code text}, {@code voice}, {@code announcement}, {@code category},
 *     {@code temporary_voice}, {@code temporary_generator} or the platform code 0-5. Only a top-level
 *     {@code category} has {@code children}.</li>
 * <li>{@code members}: who is in the room (bots too) with which custom roles, by id.</li>
 * <li>{@code voice}: who sits in which voice channel.</li>
 * <li>{@code memes}: room emoji ({@code "kind": "emoji"}, the default) and stickers ({@code "sticker"}).</li>
 * </ul>
 * Unknown fields are refused, so that a typo does not silently drop a part of the world.
 *
 * {@snippet :
 * WorldFile file = WorldFile.read(Path.of("world.json"));
 * try (HeychatEmulator emulator = HeychatEmulator.builder().world(file).start()) {
 *     ...
 * }
 * }
 */
public final class WorldFile {

    private static final String DEMO = "demo-world.json";

    private final ObjectNode tree;
    private final Map<String, UserId> tokens;

    private WorldFile(ObjectNode tree) {
        this.tree = tree;
        // Building once checks the whole file now rather than at the first reset.
        this.tokens = WorldBuilder.build(tree).tokens();
    }

    /**
     * Parses a world file's text.
     *
     * @throws IllegalArgumentException naming the field and the rule when the file is wrong
     */
    public static WorldFile parse(String json) {
        return new WorldFile(WorldBuilder.parse(json));
    }

    /** Reads a world file (UTF-8). */
    public static WorldFile read(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the world file " + file, e);
        }
    }

    /**
     * The bundled demo world: the room 「heychat4j 演示房间」 with text channels 综合 and 公告, a voice
     * category with 开黑大厅 and 挂机, roles 管理员, 主持人 and 成员, five people (alice, bob, carol, dave,
     * eve), and the bot {@code demo-bot} (id 2398561) with the token {@code demo-token}, which holds 主持人
     * and a bot role allowed to manage roles and send messages.
     */
    public static WorldFile demo() {
        try (InputStream in = WorldFile.class.getResourceAsStream(DEMO)) {
            if (in == null) {
                throw new IllegalStateException("the demo world " + DEMO + " is missing from the jar");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the demo world", e);
        }
    }

    /** A fresh world as the file describes it. */
    public FakeWorld newWorld() {
        return WorldBuilder.build(tree).world();
    }

    /** A fresh world and its tokens, for the emulator. */
    WorldBuilder.Built build() {
        return WorldBuilder.build(tree);
    }

    /** The bot tokens the file declares, each mapped to its bot. */
    public Map<String, UserId> tokens() {
        return tokens;
    }

    /** The file as compact JSON (it contains the tokens). */
    public String toJson() {
        return Json.text(tree);
    }

    @Override
    public String toString() {
        // Never the tokens.
        return "WorldFile[" + tree.path("rooms").size() + " rooms, " + tokens.size() + " bot tokens]";
    }
}
