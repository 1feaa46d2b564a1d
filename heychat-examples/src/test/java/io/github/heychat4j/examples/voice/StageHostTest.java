package io.github.heychat4j.examples.voice;

import static io.github.heychat4j.testkit.HeychatAssertions.assertGranted;
import static io.github.heychat4j.testkit.HeychatAssertions.assertMoved;
import static io.github.heychat4j.testkit.HeychatAssertions.assertNicknameCleared;
import static io.github.heychat4j.testkit.HeychatAssertions.assertNicknameSet;
import static io.github.heychat4j.testkit.HeychatAssertions.assertRevoked;
import static io.github.heychat4j.testkit.HeychatAssertions.assertSent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.heychat4j.domain.PermissionDeniedException;
import io.github.heychat4j.domain.RoomId;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.role.Permission;
import io.github.heychat4j.fake.FakeHeychat;
import io.github.heychat4j.testkit.HeychatTest;
import io.github.heychat4j.testkit.HeychatWorld;
import io.github.heychat4j.testkit.TestWorld;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

@HeychatTest
class StageHostTest {

    @HeychatWorld
    static TestWorld.Builder world() {
        return TestWorld.create().room("音乐房", r -> r
                .textChannel("公告")
                .voiceChannel("候场")
                .voiceChannel("舞台")
                .role("嘉宾")
                .member("host")
                .member("alice")
                .member("bob")
                .inVoice("alice", "候场")
                .inVoice("bob", "候场"));
    }

    private static StageHost.Stage stage(TestWorld world) {
        return new StageHost.Stage(world.channel("候场"), world.channel("舞台"), world.channel("公告"), world.role("嘉宾"));
    }

    @Test
    void openingMovesTheLobbyOnStageAndCrownsTheHost(TestWorld world, FakeHeychat bot) {
        RoomId room = world.room("音乐房");
        UserId host = world.user("host");

        StageHost.Opening opening = new StageHost(bot).open(stage(world), host);

        assertEquals(Set.of(world.user("alice"), world.user("bob")), opening.moved());
        assertMoved(bot, room, world.user("alice"), world.channel("舞台").channel());
        assertMoved(bot, room, world.user("bob"), world.channel("舞台").channel());
        assertGranted(bot, room, host, world.role("嘉宾"));
        assertNicknameSet(bot, room, host, "🎤 主持人");
        assertSent(bot, world.channel("公告"), "舞台开始");
        assertEquals(List.of(), world.fake().usersIn(world.channel("候场").channel()));
    }

    @Test
    void closingUndoesEverything(TestWorld world, FakeHeychat bot) {
        RoomId room = world.room("音乐房");
        UserId host = world.user("host");
        StageHost stageHost = new StageHost(bot);
        StageHost.Opening opening = stageHost.open(stage(world), host);

        stageHost.close(stage(world), host, opening.moved());

        assertMoved(bot, room, world.user("alice"), world.channel("候场").channel());
        assertRevoked(bot, room, host, world.role("嘉宾"));
        assertNicknameCleared(bot, room, host);
        assertSent(bot, world.channel("公告"), "舞台结束");
        assertTrue(world.fake().usersIn(world.channel("舞台").channel()).isEmpty());
    }

    @Test
    void anEmptyLobbyStillOpensTheStage(FakeHeychat unused) {
        TestWorld world = TestWorld.create().room("音乐房", r -> r
                .textChannel("公告").voiceChannel("候场").voiceChannel("舞台").role("嘉宾").member("host")).build();

        StageHost.Opening opening = new StageHost(world.bot()).open(stage(world), world.user("host"));

        assertTrue(opening.moved().isEmpty());
        assertGranted(world.bot(), world.room("音乐房"), world.user("host"), world.role("嘉宾"));
    }

    @Test
    void withoutMoveMembersTheStageDoesNotOpen(FakeHeychat unused) {
        TestWorld world = TestWorld.create().room("音乐房", r -> r
                .textChannel("公告").voiceChannel("候场").voiceChannel("舞台").role("嘉宾").member("host").member("alice")
                .inVoice("alice", "候场")
                .botPermissions(Permission.SEND_MESSAGES, Permission.MANAGE_ROLES)).build();

        assertThrows(PermissionDeniedException.class, () -> new StageHost(world.bot()).open(stage(world), world.user("host")));
    }

    @Test
    void aStageNeedsTwoVoiceChannelsAndATextChannelOfOneRoom(TestWorld world) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new StageHost.Stage(world.channel("公告"), world.channel("舞台"), world.channel("公告"), world.role("嘉宾")));
        assertEquals("lobby/stage: must be voice channels", e.getMessage());
    }
}
