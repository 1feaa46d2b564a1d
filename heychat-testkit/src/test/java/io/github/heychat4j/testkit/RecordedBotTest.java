package io.github.heychat4j.testkit;

import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.event.MessagePosted;
import io.github.heychat4j.domain.message.MessageContent;
import io.github.heychat4j.fake.FakeHeychat;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

import java.util.concurrent.atomic.AtomicInteger;

import static io.github.heychat4j.testkit.HeychatAssertions.assertHeard;
import static io.github.heychat4j.testkit.HeychatAssertions.assertKicked;
import static io.github.heychat4j.testkit.HeychatAssertions.assertSent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The abstraction the assertions read: any bot recorded against a world, with its journal, what it heard, the
 * world's names, and a wait that people's actions and assertions run. Here a second bot of the same world stands
 * in for a bot over another adapter.
 */
class RecordedBotTest {
    private static final UserId HELPER = UserId.of(9_000_002L);

    private final TestWorld world = TestWorld.create()
            .room("测试房间", r -> r.textChannel("综合").member("alice").member("bob"))
            .configure(w -> w.bot(HELPER, "helper"))
            .build();

    @Test
    void aTestWorldRecordsItsOwnBot() {
        RecordedBot recorded = RecordedBot.of(world.bot()).orElseThrow();

        assertSame(world.bot(), recorded.bot());
        assertSame(world, recorded.world());
        assertTrue(recorded.heard().isEmpty());
    }

    @Test
    void peopleAndAssertionsWaitForEveryRecordedBotOfTheWorld() {
        world.fake().join(world.room("测试房间"), HELPER);
        FakeHeychat other = world.fake().heychatFor(HELPER);
        AtomicInteger waits = new AtomicInteger();
        RecordedBot recorded = RecordedBot.record(other, other.journal(), world, waits::incrementAndGet);
        other.events().on(MessagePosted.class, m -> other.messages().send(m.channel(), MessageContent.text("收到")));

        world.person("alice").says(world.channel("综合"), "hi");
        assertEquals(1, waits.get(), "the person's action waited for the recorded bot");

        assertSent(other, world.channel("综合"), "收到");
        assertHeard(other, MessagePosted.class);
        assertEquals(3, waits.get(), "each assertion caught up with the bot first");
        assertEquals(1, recorded.heard().size());

        AssertionFailedError e = assertThrows(AssertionFailedError.class,
                () -> assertKicked(other, world.room("测试房间"), world.user("bob")));
        assertTrue(e.getMessage().startsWith("expected a kick of user bob (1000002) in room 测试房间, but the bot did:\n"
                + "  messages.send(text channel 综合 in room 测试房间, Text[text=收到]) -> ok"), e.getMessage());

        assertEquals(4, waits.get());

        recorded.forget();
        world.person("alice").says(world.channel("综合"), "again");
        assertEquals(4, waits.get(), "a forgotten bot is not waited for");
        assertFalse(RecordedBot.of(other).isPresent());
    }
}
