package io.github.heychat4j.testkit.http;

import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a JUnit 5 test class whose tests drive the bot over real HTTP: an in-process
 * {@link io.github.heychat4j.emulator.HeychatEmulator} is started for the class on an OS-chosen loopback port,
 * each test gets a fresh {@link io.github.heychat4j.testkit.TestWorld} (from the class's
 * {@link io.github.heychat4j.testkit.HeychatWorld} method, or {@link io.github.heychat4j.testkit.TestWorld#standard()})
 * served by it, and a {@link io.github.heychat4j.http.HeychatHttp} (the production adapter) connected to it with
 * its gateway listening. The world's people act as on the fake, and
 * {@link io.github.heychat4j.testkit.HeychatAssertions} take the {@code HeychatHttp}: both wait until the bot has
 * handled what was pushed to it over the wire.
 *
 * {@snippet :
 * @HeychatEmulatorTest
 * class GreeterOverHttpTest {
 *     @HeychatWorld
 *     static TestWorld.Builder world() {
 *         return TestWorld.create().user("alice").room("测试房间", r -> r.textChannel("综合"));
 *     }
 *
 *     @Test
 *     void greetsNewcomers(TestWorld world, HeychatHttp bot) {
 *         new Greeter(bot, Map.of(world.room("测试房间"), world.channel("综合"))).subscribe();
 *
 *         world.person("alice").joins("测试房间");
 *
 *         HeychatAssertions.assertSent(bot, world.channel("综合"), "欢迎");
 *     }
 * }
 * }
 *
 * Test, {@code @BeforeEach} and {@code @AfterEach} methods may declare {@code HeychatHttp} (or
 * {@link io.github.heychat4j.domain.Heychat}), {@link io.github.heychat4j.testkit.TestWorld},
 * {@link io.github.heychat4j.fake.FakeWorld}, {@link io.github.heychat4j.fake.ManualClock},
 * {@link io.github.heychat4j.emulator.HeychatEmulator} (wire faults, the request journal) and {@link EmulatedBot}.
 * Use it instead of {@link io.github.heychat4j.testkit.HeychatTest}, not with it. After each test the bot's client is
 * closed (and the test fails if one of its handlers threw unchecked, as with {@code @HeychatTest}); after the class,
 * the emulator.
 */
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(HeychatEmulatorExtension.class)
public @interface HeychatEmulatorTest {
}
