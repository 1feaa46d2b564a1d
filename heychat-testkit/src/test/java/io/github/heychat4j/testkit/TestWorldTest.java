package io.github.heychat4j.testkit;

import io.github.heychat4j.domain.RoomId;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.channel.Channel;
import io.github.heychat4j.domain.channel.ChannelRef;
import io.github.heychat4j.domain.channel.ChannelType;
import io.github.heychat4j.domain.message.MessageContent;
import io.github.heychat4j.domain.meme.MemeKind;
import io.github.heychat4j.domain.role.Permission;
import io.github.heychat4j.domain.role.Permissions;
import io.github.heychat4j.domain.role.Role;
import io.github.heychat4j.domain.room.Member;
import io.github.heychat4j.domain.room.RoomDetails;
import io.github.heychat4j.fake.FakeWorld;
import io.github.heychat4j.fake.ManualClock;
import io.github.heychat4j.fake.PostedMessage;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TestWorldTest {

    private static TestWorld.Builder declared() {
        return TestWorld.create().room("测试房间", r -> r
                .voiceChannel("开黑")
                .textChannel("综合")
                .role("管理", Permission.KICK_MEMBERS)
                .member("alice")
                .member("carol", "管理")
                .inVoice("dave", "开黑"));
    }

    @Test
    void idsAreCountedUpInDeclarationOrderAboveTwoToThe53() {
        TestWorld world = declared().build();

        assertEquals(RoomId.of("3000000000000000001"), world.room("测试房间"));
        // the bot's own role takes the next id, then channels and roles as declared
        assertEquals("3000000000000000003", world.channel("开黑").channel().value());
        assertEquals("3000000000000000004", world.channel("综合").channel().value());
        assertEquals("3000000000000000005", world.role("管理").value());
        assertTrue(Long.parseLong(world.room("测试房间").value()) > (1L << 53));
        assertEquals(UserId.of(1_000_001), world.user("alice"));
        assertEquals(UserId.of(1_000_002), world.user("carol"));
        assertEquals(UserId.of(1_000_003), world.user("dave"));
    }

    @Test
    void everyBuildIsAFreshWorldWithTheSameIds() {
        TestWorld.Builder builder = declared();
        TestWorld first = builder.build();
        TestWorld second = builder.build();
        first.bot().rooms().kick(first.room("测试房间"), first.user("alice"));

        assertNotSame(first.fake(), second.fake());
        assertEquals(first.room("测试房间"), second.room("测试房间"));
        assertTrue(second.fake().member(second.room("测试房间"), second.user("alice")).isPresent());
        assertEquals(declared().build().channel("综合"), first.channel("综合"));
    }

    @Test
    void theDefaultBotIsAMemberOfEveryRoomWithEveryPermissionButAdministrator() {
        TestWorld world = TestWorld.create().room("一").room("二", r -> r.textChannel("综合")).build();

        assertEquals(TestWorld.DEFAULT_BOT_ID, world.botId());
        assertEquals(world.botId(), world.bot().self());
        assertEquals(world.botId(), world.user(TestWorld.DEFAULT_BOT_NAME));
        for (String room : List.of("一", "二")) {
            Member bot = world.fake().member(world.room(room), world.botId()).orElseThrow();
            assertTrue(bot.bot());
            assertEquals(Set.of(world.role(room, TestWorld.DEFAULT_BOT_NAME)), bot.roles());
            Role role = role(world, room, TestWorld.DEFAULT_BOT_NAME);
            assertEquals(Permissions.all().without(Permission.ADMINISTRATOR), role.permissions());
        }
        assertEquals(2, world.bot().rooms().allJoinedRooms().size());
    }

    private static Role role(TestWorld world, String room, String name) {
        return world.fake().roles(world.room(room)).stream().filter(r -> r.id().equals(world.role(room, name))).findFirst().orElseThrow();
    }

    @Test
    void botPermissionsApplyToEveryRoomUnlessARoomSaysOtherwise() {
        TestWorld world = TestWorld.create().bot("守卫").botPermissions(Permission.SEND_MESSAGES)
                .room("一").room("二", r -> r.botPermissions(Permission.KICK_MEMBERS)).build();

        assertEquals(Permissions.of(Permission.SEND_MESSAGES), role(world, "一", "守卫").permissions());
        assertEquals(Permissions.of(Permission.KICK_MEMBERS), role(world, "二", "守卫").permissions());
        assertEquals("守卫", world.fake().member(world.room("一"), world.botId()).orElseThrow().nickname());
    }

    @Test
    void aBotWithoutPermissionsHasNoRoleOfItsOwn() {
        TestWorld world = TestWorld.create().botPermissions().room("一").build();

        assertEquals(Set.of(), world.fake().member(world.room("一"), world.botId()).orElseThrow().roles());
        assertThrows(IllegalArgumentException.class, () -> world.role(TestWorld.DEFAULT_BOT_NAME));
    }

    @Test
    void aRoomWithoutTheBot() {
        TestWorld world = TestWorld.create().room("一").room("别人的", r -> r.withoutBot().member("alice")).build();

        assertEquals(Optional.empty(), world.fake().member(world.room("别人的"), world.botId()));
        assertEquals(List.of(world.room("一")), world.fake().roomsOf(world.botId()).stream().map(r -> r.id()).toList());
    }

    @Test
    void membersRolesVoiceAndOwner() {
        TestWorld world = TestWorld.create().room("测试房间", r -> r.voiceChannel("开黑").role("管理", Permission.KICK_MEMBERS)
                .roleAboveBot("站长", Permission.ADMINISTRATOR).member("carol", "管理", "站长").inVoice("dave", "开黑").owner("olivia")).build();
        RoomId room = world.room("测试房间");

        assertEquals(Set.of(world.role("管理"), world.role("站长")), world.fake().member(room, world.user("carol")).orElseThrow().roles());
        assertEquals(Optional.of(world.channel("开黑").channel()), world.fake().voiceChannelOf(room, world.user("dave")));
        assertTrue(world.fake().member(room, world.user("olivia")).orElseThrow().owner());
        assertTrue(role(world, "测试房间", "站长").position() > role(world, "测试房间", TestWorld.DEFAULT_BOT_NAME).position());
        assertTrue(role(world, "测试房间", "管理").position() < role(world, "测试房间", TestWorld.DEFAULT_BOT_NAME).position());
    }

    @Test
    void everyonePermissions() {
        TestWorld world = TestWorld.create().room("一", r -> r.everyone(Permission.VIEW_CHANNEL)).build();

        Role everyone = world.fake().roles(world.room("一")).stream()
                .filter(r -> r.id().equals(world.fake().everyoneRole(world.room("一")))).findFirst().orElseThrow();
        assertEquals(Permissions.of(Permission.VIEW_CHANNEL), everyone.permissions());
    }

    @Test
    void categoriesHoldTheirChannels() {
        TestWorld world = TestWorld.create().room("测试房间", r -> r.category("游戏", c -> c.voiceChannel("开黑").textChannel("攻略"))).build();

        RoomDetails details = world.fake().details(world.room("测试房间")).orElseThrow();
        Channel category = details.channelNamed("游戏").orElseThrow();
        assertEquals(List.of("开黑", "攻略"), category.children().stream().map(Channel::name).toList());
        assertEquals(ChannelType.CATEGORY, world.channel("游戏").type());
        assertEquals(ChannelType.VOICE, world.channel("开黑").type());
        assertEquals(Optional.of(world.channel("游戏").channel()), category.children().get(0).parent());
    }

    @Test
    void memes() {
        TestWorld world = TestWorld.create().room("测试房间", r -> r.emoji("狗头").sticker("早安")).build();

        var memes = world.fake().memes(world.room("测试房间"));
        assertEquals(MemeKind.EMOJI, memes.find(world.meme("狗头")).orElseThrow().kind());
        assertEquals(MemeKind.STICKER, memes.find(world.meme("测试房间", "早安")).orElseThrow().kind());
    }

    @Test
    void namesThatRepeatAcrossRoomsNeedTheRoom() {
        TestWorld world = TestWorld.create().room("一", r -> r.textChannel("综合").role("会员"))
                .room("二", r -> r.textChannel("综合").role("会员")).build();

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> world.channel("综合"));
        assertTrue(e.getMessage().contains("look it up with the room name"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> world.role("会员"));
        assertEquals(world.room("二"), world.channel("二", "综合").room());
        assertEquals(ChannelRef.text(world.room("一"), world.channel("一", "综合").channel()), world.channel("一", "综合"));
        assertFalse(world.role("一", "会员").equals(world.role("二", "会员")));
    }

    @Test
    void unknownNamesListWhatIsKnown() {
        TestWorld world = declared().build();

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> world.user("mallory"));
        assertTrue(e.getMessage().startsWith("no user named \"mallory\"; known: "), e.getMessage());
        assertTrue(e.getMessage().contains("\"alice\""), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> world.room("没有的房间"));
        assertThrows(IllegalArgumentException.class, () -> world.channel("测试房间", "没有的频道"));
        assertThrows(IllegalArgumentException.class, () -> world.meme("没有"));
    }

    @Test
    void declarationMistakesAreReportedWithTheName() {
        assertEquals("room name: \"一\" is declared twice; room names must be unique",
                assertThrows(IllegalArgumentException.class, () -> TestWorld.create().room("一").room("一")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> TestWorld.create().room("一", r -> r.textChannel("综合").voiceChannel("综合")));
        assertThrows(IllegalArgumentException.class, () -> TestWorld.create().room("一", r -> r.role("会员").role("会员")));
        assertThrows(IllegalArgumentException.class, () -> TestWorld.create().room("一", r -> r.role(TestWorld.DEFAULT_BOT_NAME)));
        assertThrows(IllegalArgumentException.class, () -> TestWorld.create().room("一", r -> r.textChannel("频".repeat(33))));
        assertThrows(IllegalArgumentException.class, () -> TestWorld.create().room("一", r -> r.category("甲", c -> c.channel("乙", ChannelType.CATEGORY))));

        IllegalArgumentException unknownRole = assertThrows(IllegalArgumentException.class,
                () -> TestWorld.create().room("一", r -> r.member("alice", "管理")).build());
        assertTrue(unknownRole.getMessage().contains("\"管理\""), unknownRole.getMessage());
        IllegalArgumentException notVoice = assertThrows(IllegalArgumentException.class,
                () -> TestWorld.create().room("一", r -> r.textChannel("综合").inVoice("alice", "综合")).build());
        assertTrue(notVoice.getMessage().contains("not a voice channel"), notVoice.getMessage());
    }

    @Test
    void aHandBuiltFakeWorldCanBeWrapped() {
        FakeWorld fake = FakeWorld.builder().bot(UserId.of(7), "机器人").user(UserId.of(8), "alice")
                .room(RoomId.of("3900000000000000001"), "手工房间", r -> r
                        .textChannel(io.github.heychat4j.domain.ChannelId.of("3900000000000000002"), "综合")
                        .member(UserId.of(7)).member(UserId.of(8)))
                .build();

        TestWorld world = TestWorld.of(fake, UserId.of(7));

        assertSame(fake, world.fake());
        assertEquals(RoomId.of("3900000000000000001"), world.room("手工房间"));
        assertEquals(ChannelRef.text(world.room("手工房间"), io.github.heychat4j.domain.ChannelId.of("3900000000000000002")),
                world.channel("综合"));
        assertEquals(UserId.of(8), world.user("alice"));
        assertEquals(UserId.of(7), world.bot().self());
        assertThrows(IllegalArgumentException.class, () -> TestWorld.of(fake, UserId.of(8)), "alice is not a bot");
    }

    @Test
    void peoplePostAndTheClockIsTheWorlds() {
        ManualClock clock = new ManualClock(Instant.parse("2026-02-01T12:00:00Z"));
        TestWorld world = TestWorld.standard().clock(clock).build();

        PostedMessage posted = world.post("alice", "综合", "有人开黑吗");

        assertSame(clock, world.clock());
        assertEquals(List.of(posted), world.fake().messages(world.channel("综合").channel()));
        assertEquals(MessageContent.text("有人开黑吗"), posted.content());
        assertEquals(world.user("alice"), posted.author());
        assertEquals(clock.instant(), posted.sentAt());
    }

    @Test
    void theStandardWorldHasWhatItsDocumentationSays() {
        TestWorld world = TestWorld.standard().build();

        assertEquals(ChannelType.TEXT, world.channel("测试房间", "综合").type());
        assertEquals(ChannelType.VOICE, world.channel("测试房间", "开黑").type());
        assertEquals(Set.of(world.botId(), world.user("alice"), world.user("bob")),
                Set.copyOf(world.fake().members(world.room("测试房间")).stream().map(Member::id).toList()));
    }

    @Test
    void configureReachesTheFakeBuilder() {
        TestWorld world = TestWorld.standard().configure(b -> b.bannedWords("外挂")).build();

        assertThrows(io.github.heychat4j.domain.RejectedException.class,
                () -> world.bot().messages().send(world.channel("综合"), MessageContent.text("卖外挂")));
    }
}
