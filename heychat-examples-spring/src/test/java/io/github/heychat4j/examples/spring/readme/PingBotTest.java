package io.github.heychat4j.examples.spring.readme;

import static io.github.heychat4j.testkit.HeychatAssertions.assertSent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.heychat4j.domain.message.MessageContent;
import io.github.heychat4j.spring.boot.test.HeychatBootTest;
import io.github.heychat4j.testkit.HeychatWorld;
import io.github.heychat4j.testkit.TestWorld;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

@HeychatBootTest
class PingBotTest {
    @HeychatWorld
    static TestWorld.Builder world() {
        return TestWorld.create().user("carol").room("房间", r -> r.textChannel("大厅").member("alice"));
    }

    @Autowired
    TestWorld world;

    @Autowired
    Greeter greeter;

    @Autowired
    HealthIndicator heychatHealthIndicator;

    @Test
    void answersPing() {
        world.person("alice").runs(world.channel("大厅"), "/ping", Map.of());

        assertSent(world.bot(), world.channel("大厅"), "pong");
    }

    @Test
    void answersAMention() {
        world.person("alice").saysMarkdown(world.channel("大厅"), "hi " + MessageContent.mention(world.botId()));

        assertSent(world.bot(), world.channel("大厅"), "在呢");
    }

    @Test
    void remembersWhoJoined() {
        world.person("carol").joins("房间");

        assertTrue(greeter.welcomed().contains("carol"), greeter.welcomed().toString());
    }

    @Test
    void isHealthyOnTheFake() {
        assertEquals(Status.UP, heychatHealthIndicator.health().getStatus());
    }
}
