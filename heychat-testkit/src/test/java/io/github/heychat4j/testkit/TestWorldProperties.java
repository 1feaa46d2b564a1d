package io.github.heychat4j.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.heychat4j.domain.role.Permission;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;

/** Properties of the fixtures, checked over every small world shape and every kind of blank name. */
class TestWorldProperties {

    static Stream<Arguments> worldShapes() {
        return IntStream.rangeClosed(1, 12).boxed()
                .flatMap(rooms -> IntStream.rangeClosed(0, 6).mapToObj(channels -> Arguments.of(rooms, channels)));
    }

    static Stream<String> blankNames() {
        List<String> names = new ArrayList<>(List.of(""));
        char[] blanks = {' ', '\t', '\n', '\u3000'};
        for (char a : blanks) {
            names.add(String.valueOf(a));
            for (char b : blanks) {
                names.add("" + a + b);
                names.add("" + a + b + a + b);
            }
        }
        return names.stream();
    }

    @ParameterizedTest
    @MethodSource("worldShapes")
    void idsAreUniqueAndAboveTwoToThe53(int rooms, int channels) {
        TestWorld.Builder builder = TestWorld.create();
        for (int r = 0; r < rooms; r++) {
            int room = r;
            builder.room("房间" + r, fixture -> {
                for (int c = 0; c < channels; c++) {
                    fixture.textChannel("频道" + c).role("角色" + c, Permission.SEND_MESSAGES);
                }
                fixture.emoji("表情" + room);
            });
        }
        TestWorld world = builder.build();

        List<String> ids = new ArrayList<>();
        for (int r = 0; r < rooms; r++) {
            ids.add(world.room("房间" + r).value());
            ids.add(world.meme("表情" + r).value());
            for (int c = 0; c < channels; c++) {
                ids.add(world.channel("房间" + r, "频道" + c).channel().value());
                ids.add(world.role("房间" + r, "角色" + c).value());
            }
        }
        Set<String> unique = new HashSet<>(ids);
        assertEquals(ids.size(), unique.size());
        assertTrue(ids.stream().allMatch(id -> Long.parseLong(id) > (1L << 53)));
    }

    @ParameterizedTest
    @NullSource
    @MethodSource("blankNames")
    void blankNamesAreRejected(String name) {
        assertThrows(IllegalArgumentException.class, () -> TestWorld.create().room(name));
        assertThrows(IllegalArgumentException.class, () -> TestWorld.create().user(name));
        assertThrows(IllegalArgumentException.class, () -> TestWorld.create().bot(name));
        assertThrows(IllegalArgumentException.class, () -> TestWorld.create().room("一", r -> r.member(name)));
        assertThrows(IllegalArgumentException.class, () -> TestWorld.create().room("一", r -> r.textChannel(name)));
        assertThrows(IllegalArgumentException.class, () -> TestWorld.create().room("一").build().room(name));
    }
}
