package io.github.heychat4j.spring.boot.test;

import static io.github.heychat4j.testkit.HeychatAssertions.assertSent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.github.heychat4j.domain.Heychat;
import io.github.heychat4j.fake.FakeHeychat;
import io.github.heychat4j.http.HeychatHttp;
import io.github.heychat4j.testkit.HeychatWorld;
import io.github.heychat4j.testkit.TestWorld;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The default slice: the world's fake bot is the application's Heychat, and handler beans run synchronously. */
@HeychatBootTest(classes = EchoApplication.class)
class FakeSliceTest {
    @HeychatWorld
    static TestWorld.Builder world() {
        return TestWorld.create().room("房间", r -> r.textChannel("大厅").member("alice"));
    }

    @Autowired
    TestWorld world;

    @Autowired
    Heychat heychat;

    @Autowired
    ApplicationContext context;

    @Test
    void theFakeIsTheHeychatBeanAndTheHttpClientBacksOff() {
        assertSame(world.bot(), heychat);
        assertSame(world.bot(), context.getBean(FakeHeychat.class));
        assertEquals(0, context.getBeanNamesForType(HeychatHttp.class).length);
    }

    @Test
    void aHandlerBeanHasAnsweredWhenThePersonsActionReturns() {
        world.person("alice").says(world.channel("大厅"), "你好");

        assertSent(world.bot(), world.channel("大厅"), "echo: 你好");
    }
}
