package io.github.heychat4j.emulator;

import io.github.heychat4j.domain.ChannelId;
import io.github.heychat4j.domain.RoomId;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.fake.FakeWorld;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Java API: building, serving a world object, sharing it, the journal, closing. */
class HeychatEmulatorTest {

    private static final UserId BOT = UserId.of(11);
    private static final UserId ANN = UserId.of(12);
    private static final RoomId ROOM = RoomId.of("100");

    private static FakeWorld smallWorld() {
        return FakeWorld.builder()
                .bot(BOT, "bot")
                .user(ANN, "ann")
                .room(ROOM, "小房间", room -> room.textChannel(ChannelId.of("101"), "综合").member(BOT).member(ANN))
                .build();
    }

    @Test
    void servesAWorldObjectWithTheTokensGivenToTheBuilder() {
        FakeWorld world = smallWorld();
        try (HeychatEmulator emulator = HeychatEmulator.builder().world(world).token("t-1", BOT).start()) {
            Wire wire = new Wire(emulator.baseUri(), "t-1");

            wire.post("/chatroom/v2/room/leave", "{\"room_id\":\"100\"}").okResult();

            assertTrue(world.member(ROOM, BOT).isEmpty(), "the emulator acts on the very world object given");
            assertEquals(world, emulator.world());
        }
    }

    @Test
    void changesMadeToTheWorldAreVisibleOverTheWire() {
        FakeWorld world = smallWorld();
        try (HeychatEmulator emulator = HeychatEmulator.builder().world(world).token("t-1", BOT).start()) {
            world.join(ROOM, UserId.of(12));
            emulator.world().post(ANN, io.github.heychat4j.domain.channel.ChannelRef.text(ROOM, ChannelId.of("101")),
                    io.github.heychat4j.domain.message.MessageContent.text("hi"));

            Wire.Reply users = new Wire(emulator.baseUri(), "t-1").get("/chatroom/v2/room/users", "room_id=100");

            assertEquals(2, users.okResult().path("room_info").path("user_count").asInt());
        }
    }

    @Test
    void replacingTheWorldKeepsTheTokens() {
        try (HeychatEmulator emulator = HeychatEmulator.builder().world(smallWorld()).token("t-1", BOT).start()) {
            FakeWorld other = smallWorld();
            emulator.replaceWorld(other);

            new Wire(emulator.baseUri(), "t-1").post("/chatroom/v2/room/nickname",
                    "{\"nickname\":\"新名\",\"room_id\":\"100\",\"to_user_id\":11}").okResult();

            assertEquals("新名", other.member(ROOM, BOT).orElseThrow().displayName());
        }
    }

    @Test
    void aWorldObjectCannotBeReset() {
        try (HeychatEmulator emulator = HeychatEmulator.builder().world(smallWorld()).token("t-1", BOT).start()) {
            assertThrows(IllegalStateException.class, emulator::reset);
        }
    }

    @Test
    void anEmulatorWithoutAnyTokenRefusesToStartInsteadOfAnsweringEveryRequest401() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> HeychatEmulator.builder().world(smallWorld()).start());

        assertEquals("no bot token: call token(token, bot) so that a bot can authenticate", e.getMessage());
    }

    @Test
    void theDefaultIsTheDemoWorldOnLoopbackWithAnOsChosenPort() {
        try (HeychatEmulator emulator = HeychatEmulator.builder().start()) {
            assertEquals("127.0.0.1", emulator.baseUri().getHost());
            assertTrue(emulator.baseUri().getPort() > 0);
            assertEquals(emulator.baseUri(), emulator.uploadUri());
            assertEquals("heychat4j 演示房间", emulator.world().rooms().get(0).name());
            assertTrue(new Wire(emulator.baseUri(), "demo-token").get("/chatroom/v2/room/joined", "").ok());
        }
    }

    @Test
    void theJournalCountsRequestsPerPath() {
        try (HeychatEmulator emulator = HeychatEmulator.builder().start()) {
            Wire wire = new Wire(emulator.baseUri(), "demo-token");
            wire.get("/chatroom/v2/room/joined", "");
            wire.get("/chatroom/v2/room/joined", "");
            wire.get("/chatroom/v2/room/view", "room_id=1");

            assertEquals(2, emulator.requestCount("/chatroom/v2/room/joined"));
            assertEquals(3, emulator.requests().size());
            assertEquals(200, emulator.requests().get(0).status());

            emulator.clearRequests();
            assertEquals(0, emulator.requestCount("/chatroom/v2/room/joined"));
        }
    }

    @Test
    void closingReleasesThePort() throws IOException {
        int port;
        try (HeychatEmulator emulator = HeychatEmulator.builder().start()) {
            port = emulator.baseUri().getPort();
        }
        try (ServerSocket again = new ServerSocket()) {
            again.bind(new InetSocketAddress("127.0.0.1", port));
            assertTrue(again.isBound());
        }
    }

    @Test
    void aPortInUseFailsToStart() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            assertThrows(IllegalStateException.class,
                    () -> HeychatEmulator.builder().port(taken.getLocalPort()).start());
        }
    }

    @Test
    void theBuilderRefusesNonsense() {
        assertThrows(IllegalArgumentException.class, () -> HeychatEmulator.builder().port(70_000));
        assertThrows(IllegalArgumentException.class, () -> HeychatEmulator.builder().token(" ", BOT));
        assertThrows(IllegalArgumentException.class, () -> HeychatEmulator.builder().host(""));
    }

    @Test
    void followingTheSystemClockMovesTheWorldsClock() {
        try (HeychatEmulator emulator = HeychatEmulator.builder().followSystemClock(true).start()) {
            new Wire(emulator.baseUri(), "demo-token").get("/chatroom/v2/room/joined", "").okResult();

            assertFalse(emulator.world().clock().instant().isBefore(java.time.Instant.parse("2025-06-01T00:00:00Z")));
        }
    }

    @Test
    void theToStringNeverShowsATokenSecret() {
        try (HeychatEmulator emulator = HeychatEmulator.builder().token("super-secret", UserId.of(2398561)).start()) {
            assertFalse(emulator.toString().contains("super-secret"));
            assertFalse(WorldFile.demo().toString().contains("demo-token"));
        }
    }
}
