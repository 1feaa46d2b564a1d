package io.github.heychat4j.fake;

import io.github.heychat4j.domain.Page;
import io.github.heychat4j.domain.room.RoomGateway;
import io.github.heychat4j.domain.RejectedException;
import io.github.heychat4j.domain.RoomId;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.message.AckId;
import io.github.heychat4j.domain.message.MessageContent;
import io.github.heychat4j.domain.message.SendOptions;
import io.github.heychat4j.domain.room.Member;
import io.github.heychat4j.domain.room.Room;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static io.github.heychat4j.fake.TestWorld.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Rules checked over whole ranges of input, every value of each range, so the boundaries cannot slip. */
class RangeTest {
    private static final int ROOMS = 73;
    private static final FakeWorld MANY_ROOMS = manyRooms();

    private static FakeWorld manyRooms() {
        FakeWorld.Builder builder = FakeWorld.builder().bot(BOT, "bot");
        for (int i = 1; i <= ROOMS; i++) {
            builder.room(RoomId.of(Integer.toString(i)), "room " + i, room -> room.member(BOT));
        }
        return builder.build();
    }

    static Stream<Arguments> joinedRoomPages() {
        return IntStream.of(0, 1, 49, 50, 72, 73, 74, 200)
                .boxed()
                .flatMap(offset -> IntStream.of(1, 2, 7, 49, 50).mapToObj(limit -> Arguments.of(offset, limit)));
    }

    @ParameterizedTest
    @MethodSource("joinedRoomPages")
    void aJoinedRoomsPageIsTheSliceAtItsOffsetWithTheTotal(int offset, int limit) {
        Page<Room> page = MANY_ROOMS.heychatFor(BOT).rooms().joinedRooms(RoomGateway.JOINED_ROOMS.page(offset, limit));

        List<RoomId> expected = IntStream.rangeClosed(1, ROOMS).skip(offset).limit(limit)
                .mapToObj(i -> RoomId.of(Integer.toString(i))).toList();
        assertEquals(expected, page.items().stream().map(Room::id).toList());
        assertEquals(ROOMS, page.total());
    }

    @Test
    void everyJoinedRoomIsReadOnceWhenPagingThroughAll() {
        assertEquals(ROOMS, MANY_ROOMS.heychatFor(BOT).rooms().allJoinedRooms().size());
    }

    @Test
    void threeHundredMembersFitOnePage() {
        FakeWorld.Builder builder = FakeWorld.builder().bot(BOT, "bot");
        LongStream.rangeClosed(1, 320).forEach(id -> builder.user(UserId.of(10_000 + id), "u" + id));
        FakeWorld world = builder.room(ROOM, "big", room -> {
            room.member(BOT);
            LongStream.rangeClosed(1, 320).forEach(id -> room.member(UserId.of(10_000 + id)));
        }).build();

        Page<Member> first = world.heychatFor(BOT).rooms().members(ROOM, RoomGateway.ROOM_MEMBERS.first(300));

        assertEquals(300, first.items().size());
        assertEquals(321, first.total());
        assertEquals(321, world.heychatFor(BOT).rooms().allMembers(ROOM).size());
    }

    @ParameterizedTest
    @MethodSource("secondsInsideTheWindow")
    void anAckIdIsADuplicateAtEverySecondInsideTheWindow(long seconds) {
        FakeWorld world = world();
        SendOptions ack = SendOptions.defaults().withAckId(AckId.of("same"));
        world.heychatFor(BOT).messages().send(GENERAL_REF, MessageContent.text("a"), ack);
        world.clock().advance(Duration.ofSeconds(seconds).plusMillis(999));

        assertRejected(RejectedException.Reason.DUPLICATE_SUBMISSION,
                () -> world.heychatFor(BOT).messages().send(GENERAL_REF, MessageContent.text("b"), ack));
    }

    static LongStream secondsInsideTheWindow() {
        return LongStream.range(0, 60);
    }

    @ParameterizedTest
    @MethodSource("secondsFromTheWindowsEnd")
    void anAckIdIsAcceptedAgainFrom60SecondsOn(long seconds) {
        FakeWorld world = world();
        SendOptions ack = SendOptions.defaults().withAckId(AckId.of("same"));
        world.heychatFor(BOT).messages().send(GENERAL_REF, MessageContent.text("a"), ack);
        world.clock().advance(Duration.ofSeconds(seconds));

        world.heychatFor(BOT).messages().send(GENERAL_REF, MessageContent.text("b"), ack);

        assertEquals(2, world.messages(GENERAL).size());
    }

    static LongStream secondsFromTheWindowsEnd() {
        return LongStream.of(60, 61, 120, 3600, 86_400 * 365L);
    }
}
