package io.github.heychat4j.testkit;

import io.github.heychat4j.domain.Heychat;
import io.github.heychat4j.fake.FakeHeychat;
import io.github.heychat4j.fake.FakeWorld;
import io.github.heychat4j.fake.ManualClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The extension as bot authors use it; misuse is covered by {@link HeychatExtensionMisuseTest}. */
@HeychatTest
class HeychatExtensionTest {
    private static final Set<FakeWorld> SEEN = Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));

    private TestWorld fromBeforeEach;

    @BeforeEach
    void remember(TestWorld world) {
        fromBeforeEach = world;
    }

    @AfterEach
    void sameWorldAfterwards(TestWorld world) {
        assertSame(fromBeforeEach, world);
    }

    @Test
    void everyParameterBelongsToTheSameWorld(TestWorld world, FakeHeychat bot, Heychat heychat, FakeWorld fake, ManualClock clock) {
        assertSame(fromBeforeEach, world);
        assertSame(world.bot(), bot);
        assertSame(bot, heychat);
        assertSame(world.fake(), fake);
        assertSame(fake.clock(), clock);
    }

    @RepeatedTest(3)
    void everyTestGetsAFreshWorld(FakeWorld fake, TestWorld world) {
        assertTrue(SEEN.add(fake), "a world seen by an earlier test");
        assertTrue(fake.member(world.room("测试房间"), world.user("alice")).isPresent());
        world.bot().rooms().kick(world.room("测试房间"), world.user("alice"));
    }

    @Test
    void withoutAWorldMethodTestsGetTheStandardWorld(TestWorld world) {
        assertEquals(TestWorld.standard().build().channel("综合"), world.channel("综合"));
    }

    /** A nested class may declare its own world; an instance method may use the test instance's state. */
    @Nested
    class WithItsOwnWorld {
        private final String roomName = "嵌套房间";

        @HeychatWorld
        TestWorld.Builder world() {
            return TestWorld.create().room(roomName, r -> r.textChannel("大厅"));
        }

        @Test
        void usesTheNestedWorld(TestWorld world) {
            assertEquals("大厅", world.fake().channels(world.room(roomName)).get(0).name());
        }
    }

    /** Without a world of its own, a nested class gets the outer class's. */
    @Nested
    class WithoutAWorldOfItsOwn {
        @Test
        void usesTheStandardWorldOfTheOuterClass(TestWorld world) {
            assertTrue(world.fake().member(world.room("测试房间"), world.user("bob")).isPresent());
        }
    }
}
