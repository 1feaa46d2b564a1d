package io.github.heychat4j.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.heychat4j.domain.ChannelId;
import io.github.heychat4j.domain.Operation;
import io.github.heychat4j.domain.PermissionDeniedException;
import io.github.heychat4j.domain.RoleId;
import io.github.heychat4j.domain.RoomId;
import io.github.heychat4j.domain.UnavailableException;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.channel.ChannelPassword;
import io.github.heychat4j.domain.channel.ChannelRef;
import io.github.heychat4j.domain.channel.ChannelSetting;
import io.github.heychat4j.domain.channel.NewChannel;
import io.github.heychat4j.domain.meme.MemePath;
import io.github.heychat4j.domain.role.RoleDraft;
import io.github.heychat4j.domain.room.Nickname;
import io.github.heychat4j.domain.room.RoomDetails;
import io.github.heychat4j.http.RecordingServer.Answer;
import io.github.heychat4j.http.internal.Endpoint;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The caches: one load per key, expiry and refresh on the injected ticker, invalidation by writes, bypass. */
class CacheTest {
    static final UserId BOT = UserId.of(2398561);
    static final RoomId ROOM = RoomId.of("3587810143523774464");
    static final ChannelRef TEXT = ChannelRef.text(ROOM, ChannelId.of("3377790315288076288"));
    static final String VIEW = Endpoint.of(Operation.ROOMS_DETAILS).path();
    static final String ROLES = Endpoint.of(Operation.ROLES_LIST).path();
    static final String MEMES = Endpoint.of(Operation.MEMES_LIST).path();
    static final String JOINED = Endpoint.of(Operation.ROOMS_JOINED).path();

    private RecordingServer server;
    private final AtomicLong ticker = new AtomicLong();
    private final RecordingListener listener = new RecordingListener();
    private HeychatHttp http;

    @BeforeEach
    void start() {
        server = RecordingServer.start();
        Map.ofEntries(
                Map.entry(Operation.ROOMS_DETAILS, "18-room-view.json"), Map.entry(Operation.ROLES_LIST, "07-role-list.json"),
                Map.entry(Operation.MEMES_LIST, "13-meme-list.json"), Map.entry(Operation.ROOMS_JOINED, "17-room-joined.flat.json"),
                Map.entry(Operation.CHANNELS_CREATE, "36-channel-create.json"), Map.entry(Operation.CHANNELS_DELETE, "37-channel-delete.json"),
                Map.entry(Operation.CHANNELS_RENAME, "32-channel-edit.json"),
                Map.entry(Operation.CHANNELS_CHANGE_SETTING, "31-channel-settings-edit.json"),
                Map.entry(Operation.CHANNELS_CHANGE_PASSWORD, "33-channel-password.json"),
                Map.entry(Operation.CHANNELS_OVERWRITE_PERMISSIONS, "34-role-user-perm.json"),
                Map.entry(Operation.ROLES_CREATE, "08-role-create.direct.json"), Map.entry(Operation.ROLES_UPDATE, "09-role-update.direct.json"),
                Map.entry(Operation.ROLES_DELETE, "10-role-delete.json"), Map.entry(Operation.ROLES_GRANT, "11-role-grant.empty.json"),
                Map.entry(Operation.ROLES_REVOKE, "12-role-revoke.json"), Map.entry(Operation.MEMES_RENAME, "15-meme-edit.json"),
                Map.entry(Operation.MEMES_DELETE, "14-meme-delete.json"), Map.entry(Operation.ROOMS_LEAVE, "19-room-leave.empty.json"),
                Map.entry(Operation.ROOMS_CHANGE_NICKNAME, "16-room-nickname.json"), Map.entry(Operation.ROOMS_KICK, "20-room-kick-out.json"))
                .forEach((operation, file) -> server.answer(Endpoint.of(operation).path(), Answer.golden(file)));
    }

    @AfterEach
    void stop() {
        if (http != null) {
            http.close();
        }
        server.close();
    }

    private HeychatHttp client(UnaryOperator<HeychatHttp.Builder> tweak) {
        http = tweak.apply(HeychatHttp.builder().token("cache-token").bot(BOT).baseUri(server.uri()).listener(listener)
                .ticker(ticker::get).cacheExecutor(Runnable::run).sleeper(d -> { })).build();
        return http;
    }

    private HeychatHttp client() {
        return client(b -> b);
    }

    @Test
    void roomDetailsAreLoadedOnceAndThenServedFromTheCache() {
        RoomDetails first = client().rooms().details(ROOM);

        RoomDetails second = http.rooms().details(ROOM);

        assertEquals(first, second);
        assertEquals(1, server.count(VIEW));
        assertEquals(List.of("miss roomDetails", "hit roomDetails"),
                listener.events.stream().filter(e -> e.startsWith("miss") || e.startsWith("hit")).toList());
    }

    @Test
    void concurrentMissesOfOneKeyMakeExactlyOneRequest() throws Exception {
        int callers = 8;
        CountDownLatch open = new CountDownLatch(1);
        CountDownLatch arrived = new CountDownLatch(1);
        CountDownLatch missed = new CountDownLatch(callers);
        server.enqueue(VIEW, Answer.golden("18-room-view.json").heldUntil(open, arrived));
        client(b -> b.listener(new HeychatListener() {
            @Override
            public void cacheMiss(String cache) {
                missed.countDown();
            }
        }));
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            List<Future<RoomDetails>> results = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                results.add(pool.submit(() -> http.rooms().details(ROOM)));
            }
            assertTrue(missed.await(10, TimeUnit.SECONDS), "every caller missed");
            assertTrue(arrived.await(10, TimeUnit.SECONDS), "the one load reached the server");
            open.countDown();
            RoomDetails expected = results.get(0).get(10, TimeUnit.SECONDS);
            for (Future<RoomDetails> result : results) {
                assertEquals(expected, result.get(10, TimeUnit.SECONDS));
            }
        } finally {
            open.countDown();
            pool.shutdownNow();
        }
        assertEquals(1, server.count(VIEW));
    }

    @Test
    void entriesExpireOnTheTicker() {
        client().rooms().details(ROOM);

        ticker.addAndGet(Duration.ofMinutes(5).plusNanos(1).toNanos());
        http.rooms().details(ROOM);

        assertEquals(2, server.count(VIEW));
    }

    @Test
    void oldEntriesAreRefreshedWhileTheOldValueIsServed() {
        RoomDetails before = client().rooms().details(ROOM);
        ticker.addAndGet(Duration.ofMinutes(1).plusNanos(1).toNanos());

        RoomDetails during = http.rooms().details(ROOM);
        http.rooms().details(ROOM);

        assertEquals(before, during);
        assertEquals(2, server.count(VIEW));
    }

    @Test
    void failuresAreNotCached() {
        server.enqueue(VIEW, Answer.status(503));
        client(b -> b.retry(RetryPolicy.none()));

        assertThrows(UnavailableException.class, () -> http.rooms().details(ROOM));
        http.rooms().details(ROOM);
        http.rooms().details(ROOM);

        assertEquals(2, server.count(VIEW));
    }

    @Test
    void theUncachedViewReadsThroughEveryTime() {
        client();

        http.uncached().rooms().details(ROOM);
        http.uncached().rooms().details(ROOM);
        http.uncached().roles().list(ROOM);
        http.uncached().memes().list(ROOM);
        http.uncached().rooms().allJoinedRooms();
        http.uncached().rooms().allJoinedRooms();

        assertEquals(2, server.count(VIEW));
        assertEquals(2, server.count(JOINED));
        assertEquals(BOT, http.uncached().self());
    }

    @Test
    void aDisabledCacheAsksEveryTime() {
        client(b -> b.cache(CachePolicy.disabled()));

        http.roles().list(ROOM);
        http.roles().list(ROOM);

        assertEquals(2, server.count(ROLES));
    }

    @Test
    void allJoinedRoomsIsCachedAndLeavingDropsIt() {
        client();
        assertEquals(2, http.rooms().allJoinedRooms().size());
        http.rooms().allJoinedRooms();
        assertEquals(1, server.count(JOINED));

        http.rooms().leave(ROOM);
        http.rooms().allJoinedRooms();

        assertEquals(2, server.count(JOINED));
    }

    /** A write and what it must drop. */
    enum Write {
        CREATE_CHANNEL(h -> h.channels().create(ROOM, NewChannel.voice("开黑语音2")), VIEW),
        DELETE_CHANNEL(h -> h.channels().delete(TEXT), VIEW),
        RENAME_CHANNEL(h -> h.channels().rename(TEXT, "闲聊大厅"), VIEW),
        CHANGE_SETTING(h -> h.channels().changeSetting(TEXT, ChannelSetting.privacy(true)), VIEW),
        SET_PASSWORD(h -> h.channels().setPassword(TEXT, ChannelPassword.of("123456")), VIEW),
        OVERWRITE_PERMISSIONS(h -> h.channels().overwritePermissions(TEXT, List.of(), List.of()), VIEW),
        CREATE_ROLE(h -> h.roles().create(ROOM, RoleDraft.named("录音管理")), ROLES),
        UPDATE_ROLE(h -> h.roles().update(ROOM, RoleId.of("3581310465983111170"), RoleDraft.named("x"), 2), ROLES),
        DELETE_ROLE(h -> h.roles().delete(ROOM, RoleId.of("3581310465983111170")), ROLES),
        GRANT_ROLE(h -> h.roles().grant(ROOM, UserId.of(8828375), RoleId.of("3581310465983111170")), ROLES),
        REVOKE_ROLE(h -> h.roles().revoke(ROOM, UserId.of(8828375), RoleId.of("3581310465983111170")), ROLES),
        GRANT_ROLE_SHOWS_IN_DETAILS(h -> h.roles().grant(ROOM, BOT, RoleId.of("3581310465983111170")), VIEW),
        RENAME_MEME(h -> h.memes().rename(ROOM, MemePath.of("1737773988806922240"), "doge笑"), MEMES),
        DELETE_MEME(h -> h.memes().delete(ROOM, MemePath.of("1737773988806922240")), MEMES),
        LEAVE_ROOM(h -> h.rooms().leave(ROOM), VIEW),
        LEAVE_ROOM_DROPS_ROLES(h -> h.rooms().leave(ROOM), ROLES),
        LEAVE_ROOM_DROPS_MEMES(h -> h.rooms().leave(ROOM), MEMES),
        OWN_NICKNAME(h -> h.rooms().setNickname(ROOM, BOT, Nickname.of("机器人")), VIEW);

        final Consumer<HeychatHttp> write;
        final String dropped;

        Write(Consumer<HeychatHttp> write, String dropped) {
            this.write = write;
            this.dropped = dropped;
        }
    }

    private void read(String path) {
        if (path.equals(VIEW)) {
            http.rooms().details(ROOM);
        } else if (path.equals(ROLES)) {
            http.roles().list(ROOM);
        } else {
            http.memes().list(ROOM);
        }
    }

    @ParameterizedTest
    @EnumSource(Write.class)
    void everyWriteDropsWhatItChanged(Write write) {
        client();
        read(write.dropped);
        read(write.dropped);
        assertEquals(1, server.count(write.dropped));

        write.write.accept(http);
        read(write.dropped);

        assertEquals(2, server.count(write.dropped));
    }

    @Test
    void aFailedWriteStillDropsWhatItMayHaveChanged() {
        server.enqueue(Endpoint.of(Operation.CHANNELS_RENAME).path(), Answer.failed("权限不足"));
        client();
        http.rooms().details(ROOM);

        assertThrows(PermissionDeniedException.class, () -> http.channels().rename(TEXT, "x"));
        http.rooms().details(ROOM);

        assertEquals(2, server.count(VIEW));
    }

    @Test
    void writesThatChangeNothingCachedKeepTheCache() {
        client();
        http.rooms().details(ROOM);

        http.rooms().setNickname(ROOM, UserId.of(8828375), Nickname.of("别人"));
        http.rooms().kick(ROOM, UserId.of(8836257));
        http.rooms().details(ROOM);

        assertEquals(1, server.count(VIEW));
    }

    @Test
    void writesThroughTheUncachedViewDropTheCacheToo() {
        client();
        http.roles().list(ROOM);

        http.uncached().roles().delete(ROOM, RoleId.of("3581310465983111170"));
        http.roles().list(ROOM);

        assertEquals(2, server.count(ROLES));
    }
}
