package io.github.heychat4j.examples.readme;

// The README's "Integration tests over HTTP in one annotation" test, verbatim (ReadmeSnippetsTest checks it).

import static io.github.heychat4j.testkit.HeychatAssertions.*;

import io.github.heychat4j.http.HeychatHttp;
import io.github.heychat4j.testkit.HeychatWorld;
import io.github.heychat4j.testkit.TestWorld;
import io.github.heychat4j.testkit.http.HeychatEmulatorTest;
import org.junit.jupiter.api.Test;

@HeychatEmulatorTest
class WelcomeBotOverHttpTest {

    @HeychatWorld
    static TestWorld.Builder world() {
        return TestWorld.create()
                .user("alice")
                .room("测试房间", r -> r.textChannel("大厅").role("会员"));
    }

    @Test
    void greetsNewcomersOverTheWire(TestWorld world, HeychatHttp bot) {
        new WelcomeBot(bot, world.channel("大厅"), world.role("会员")).start();

        world.person("alice").joins("测试房间");

        assertGranted(bot, world.room("测试房间"), world.user("alice"), world.role("会员"));
        assertSent(bot, world.channel("大厅"), "欢迎");
    }
}
