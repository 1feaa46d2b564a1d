package io.github.heychat4j.fake;

import io.github.heychat4j.domain.ChannelId;
import io.github.heychat4j.domain.HeychatException;
import io.github.heychat4j.domain.NotFoundException;
import io.github.heychat4j.domain.PermissionDeniedException;
import io.github.heychat4j.domain.RejectedException;
import io.github.heychat4j.domain.RoleId;
import io.github.heychat4j.domain.RoomId;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.channel.ChannelRef;
import io.github.heychat4j.domain.channel.ChannelType;
import io.github.heychat4j.domain.meme.MemeKind;
import io.github.heychat4j.domain.meme.MemePath;
import io.github.heychat4j.domain.role.Permission;
import io.github.heychat4j.domain.role.Permissions;
import org.junit.jupiter.api.function.Executable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The world most tests start from. In {@link #ROOM}: the owner, the bot with {@link #BOT_ROLE} (position 20),
 * Carol with {@link #TOP} (30, administrator), Alice with {@link #VIP} (5) and Bob; Alice and Bob sit in
 * {@link #LOBBY}. {@link #OTHER_ROOM} holds the stranger and the other bot, not the bot.
 */
final class TestWorld {
    static final UserId BOT = UserId.of(1000);
    static final UserId OTHER_BOT = UserId.of(1001);
    static final UserId OWNER = UserId.of(2000);
    static final UserId ALICE = UserId.of(2001);
    static final UserId BOB = UserId.of(2002);
    static final UserId CAROL = UserId.of(2003);
    static final UserId STRANGER = UserId.of(2009);

    static final RoomId ROOM = RoomId.of("3587810143523774464");
    static final RoomId OTHER_ROOM = RoomId.of("3587810143523774465");

    static final ChannelId GENERAL = ChannelId.of("3377790315288076288");
    static final ChannelId LOBBY = ChannelId.of("3377790315288076289");
    static final ChannelId AFK = ChannelId.of("3377790315288076290");
    static final ChannelId GAMES = ChannelId.of("3377790315288076291");
    static final ChannelId NEWS = ChannelId.of("3377790315288076292");
    static final ChannelId TEAM = ChannelId.of("3377790315288076293");
    static final ChannelId BOARD = ChannelId.of("3377790315288076294");
    static final ChannelId ELSEWHERE = ChannelId.of("3377790315288076295");

    static final RoleId TOP = RoleId.of("3581310465983111170");
    static final RoleId BOT_ROLE = RoleId.of("3581310465983111171");
    static final RoleId VIP = RoleId.of("3581310465983111172");

    static final MemePath SMILE = MemePath.of("1737773988806922240");
    static final MemePath WAVE = MemePath.of("1737773988806922241");

    static final ChannelRef GENERAL_REF = ChannelRef.text(ROOM, GENERAL);
    static final ChannelRef LOBBY_REF = ChannelRef.voice(ROOM, LOBBY);
    static final ChannelRef AFK_REF = ChannelRef.voice(ROOM, AFK);

    private TestWorld() {
    }

    /** The bot's role grants {@code botPermissions}; @everyone has the default permissions. */
    static FakeWorld world(Permission... botPermissions) {
        return builder(FakeWorld.RoomBuilder.DEFAULT_EVERYONE, Permissions.of(botPermissions)).build();
    }

    /** The bot's role grants {@code botPermissions}; @everyone has none. */
    static FakeWorld worldWithoutEveryone(Permission... botPermissions) {
        return builder(Permissions.none(), Permissions.of(botPermissions)).build();
    }

    static FakeWorld.Builder builder(Permissions everyone, Permissions bot) {
        return FakeWorld.builder()
                .bot(BOT, "值班机器人")
                .bot(OTHER_BOT, "别的机器人")
                .user(OWNER, "房主")
                .user(ALICE, "alice")
                .user(BOB, "bob")
                .user(CAROL, "carol")
                .user(STRANGER, "stranger")
                .room(ROOM, "开黑房", room -> room
                        .owner(OWNER)
                        .everyone(everyone)
                        .role(TOP, "房管", Permissions.of(Permission.ADMINISTRATOR), 30)
                        .role(BOT_ROLE, "机器人", bot, 20)
                        .role(VIP, "VIP", Permissions.of(Permission.SPEAK), 5)
                        .textChannel(GENERAL, "综合")
                        .voiceChannel(LOBBY, "大厅")
                        .voiceChannel(AFK, "挂机")
                        .category(GAMES, "游戏", games -> games
                                .textChannel(NEWS, "新闻")
                                .voiceChannel(TEAM, "组队"))
                        .channel(BOARD, "公告", ChannelType.ANNOUNCEMENT)
                        .member(BOT, BOT_ROLE)
                        .member(CAROL, TOP)
                        .member(ALICE, VIP)
                        .member(BOB)
                        .inVoice(ALICE, LOBBY)
                        .inVoice(BOB, LOBBY)
                        .meme(SMILE, "smile", "png", MemeKind.EMOJI)
                        .meme(WAVE, "wave", "gif", MemeKind.STICKER))
                .room(OTHER_ROOM, "别的房", room -> room
                        .owner(OWNER)
                        .textChannel(ELSEWHERE, "别处")
                        .member(STRANGER)
                        .member(OTHER_BOT));
    }

    static PermissionDeniedException assertDenied(Executable call) {
        PermissionDeniedException e = assertThrows(PermissionDeniedException.class, call);
        assertTrue(e.getMessage().startsWith("权限不足"), e.getMessage());
        return e;
    }

    static NotFoundException assertNotFound(String platformText, Executable call) {
        NotFoundException e = assertThrows(NotFoundException.class, call);
        assertTrue(e.getMessage().startsWith(platformText), e.getMessage());
        return e;
    }

    static RejectedException assertRejected(RejectedException.Reason reason, Executable call) {
        RejectedException e = assertThrows(RejectedException.class, call);
        assertEquals(reason, e.reason(), e.getMessage());
        return e;
    }

    static void assertWrongTarget(Executable call) {
        RejectedException e = assertRejected(RejectedException.Reason.WRONG_TARGET, call);
        assertTrue(e.platformMessage().startsWith("频道类型不支持该操作"), e.platformMessage());
    }

    /** The last entry of the world's journal failed with this exception type. */
    static void assertLastCallFailedWith(FakeWorld world, Class<? extends HeychatException> type) {
        var entries = world.journal().entries();
        var last = entries.get(entries.size() - 1);
        assertTrue(last.failure().isPresent() && type.isInstance(last.failure().get()), last.describe());
    }
}
