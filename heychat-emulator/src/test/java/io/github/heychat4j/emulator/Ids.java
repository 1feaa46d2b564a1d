package io.github.heychat4j.emulator;

import io.github.heychat4j.domain.ChannelId;
import io.github.heychat4j.domain.RoleId;
import io.github.heychat4j.domain.RoomId;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.channel.ChannelRef;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The ids of the test world (src/test/resources/test-world.json: the demo world plus two bots). */
final class Ids {

    static final String TOKEN = "demo-token";
    static final String WEAK_TOKEN = "weak-token";
    static final String OUTSIDER_TOKEN = "outsider-token";

    static final UserId BOT = UserId.of(2398561);
    static final UserId WEAK_BOT = UserId.of(2398562);
    static final UserId ALICE = UserId.of(8828375);
    static final UserId BOB = UserId.of(8836257);
    static final UserId CAROL = UserId.of(66837313);
    static final UserId DAVE = UserId.of(10000001);
    static final UserId EVE = UserId.of(10000002);

    static final RoomId ROOM = RoomId.of("3587810143523774464");
    static final ChannelId GENERAL = ChannelId.of("3377790315288076288");
    static final ChannelId NEWS = ChannelId.of("3377790315292270592");
    static final ChannelId VOICE_CATEGORY = ChannelId.of("3377790315279687680");
    static final ChannelId LOBBY = ChannelId.of("3377790315296464896");
    static final ChannelId AFK = ChannelId.of("3377790315304853504");
    static final ChannelId NO_SUCH_CHANNEL = ChannelId.of("1234567890123456789");

    static final RoleId ADMIN = RoleId.of("3587810143544745984");
    static final RoleId BOT_ROLE = RoleId.of("3587810143540551680");
    static final RoleId HOST = RoleId.of("3587810143548940288");
    static final RoleId MEMBER = RoleId.of("3587810143553134592");

    static final String DOGE = "1737773988806922240";
    static final String STICKER = "1737774102345678848";

    static final ChannelRef GENERAL_REF = ChannelRef.text(ROOM, GENERAL);
    static final ChannelRef LOBBY_REF = ChannelRef.voice(ROOM, LOBBY);

    private Ids() {
    }

    /** A test resource as text. */
    static String resource(String name) {
        try (InputStream in = Ids.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The test world file. */
    static WorldFile testWorld() {
        return WorldFile.parse(resource("test-world.json"));
    }
}
