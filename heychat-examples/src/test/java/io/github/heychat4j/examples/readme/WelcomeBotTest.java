package io.github.heychat4j.examples.readme;

// The README's "Testing your bot" test, verbatim (ReadmeSnippetsTest checks it).

import static io.github.heychat4j.testkit.HeychatAssertions.*;

import io.github.heychat4j.domain.event.MemberJoined;
import io.github.heychat4j.domain.role.Permission;
import io.github.heychat4j.fake.FakeHeychat;
import io.github.heychat4j.testkit.HeychatTest;
import io.github.heychat4j.testkit.HeychatWorld;
import io.github.heychat4j.testkit.TestWorld;
import org.junit.jupiter.api.Test;

@HeychatTest
class WelcomeBotTest {

    @HeychatWorld
    static TestWorld.Builder world() {
        return TestWorld.create()
                .user("alice")
                .room("测试房间", r -> r.textChannel("大厅").role("会员"));
    }

    @Test
    void greetsNewcomersAndMakesThemMembers(TestWorld world, FakeHeychat bot) {
        new WelcomeBot(bot, world.channel("大厅"), world.role("会员")).start();

        world.person("alice").joins("测试房间");

        assertHeard(bot, MemberJoined.class);
        assertGranted(bot, world.room("测试房间"), world.user("alice"), world.role("会员"));
        assertSent(bot, world.channel("大厅"), "欢迎");
    }

    @Test
    void asksForThePermissionItLacks() {
        TestWorld world = TestWorld.create()
                .botPermissions(Permission.SEND_MESSAGES)          // no 管理角色 (MANAGE_ROLES)
                .user("alice")
                .room("测试房间", r -> r.textChannel("大厅").role("会员"))
                .build();
        new WelcomeBot(world.bot(), world.channel("大厅"), world.role("会员")).start();

        world.person("alice").joins("测试房间");

        assertSent(world.bot(), world.channel("大厅"), "管理角色");
    }
}
