package io.github.heychat4j.testkit;

import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a JUnit 5 test class whose tests each get a fresh fake Heychat world: declare
 * {@link TestWorld}, {@link io.github.heychat4j.fake.FakeHeychat} (or
 * {@link io.github.heychat4j.domain.Heychat}), {@link io.github.heychat4j.fake.FakeWorld} or
 * {@link io.github.heychat4j.fake.ManualClock} as parameters of a test, {@code @BeforeEach} or
 * {@code @AfterEach} method. Within one test they all belong to the same world; no two tests share one.
 *
 * {@snippet :
 * @HeychatTest
 * class GreeterTest {
 *     @HeychatWorld
 *     static TestWorld.Builder world() {
 *         return TestWorld.create().user("alice").room("测试房间", r -> r.textChannel("综合"));
 *     }
 *
 *     @Test
 *     void greetsNewcomers(TestWorld world, FakeHeychat bot) {
 *         new Greeter(bot, Map.of(world.room("测试房间"), world.channel("综合"))).subscribe();
 *
 *         world.person("alice").joins("测试房间");
 *
 *         HeychatAssertions.assertSent(bot, world.channel("综合"), "欢迎");
 *     }
 * }
 * }
 *
 * Without a {@link HeychatWorld} method the tests get {@link TestWorld#standard()}.
 *
 * <p>A test whose bot's event handler threw fails after it ran, with the handler's exception as the cause,
 * unless the test checked it with {@link HeychatAssertions#assertHandlerFailed}.
 */
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(HeychatExtension.class)
public @interface HeychatTest {
}
