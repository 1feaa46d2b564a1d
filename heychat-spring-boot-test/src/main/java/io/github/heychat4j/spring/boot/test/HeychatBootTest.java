package io.github.heychat4j.spring.boot.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.ContextCustomizerFactories;

/**
 * A {@link SpringBootTest} of a heychat4j bot without the network. The application's {@code Heychat} comes from a
 * {@link io.github.heychat4j.testkit.TestWorld} the test class declares with a static
 * {@link io.github.heychat4j.testkit.HeychatWorld} method (or the standard world):
 * <ul>
 *   <li>{@link Adapter#FAKE} (default): the world's in-memory bot is the {@code Heychat} bean; the starter's
 *       {@code HeychatHttp} backs off; people act with {@code world.person("alice").says(...)} and the bot's handler
 *       beans have run when that returns.</li>
 *   <li>{@link Adapter#EMULATOR}: an in-process {@code HeychatEmulator} serves the world on a loopback port the OS
 *       chose, and the starter's real {@code HeychatHttp} (retries, breaker, gateway, metrics) talks to it;
 *       events arrive over the WebSocket, asynchronously. Needs {@code heychat-emulator} on the test classpath.</li>
 * </ul>
 * The {@code TestWorld} (and, with the emulator, the {@code HeychatEmulator}) are beans the test can autowire. One
 * world per application context: Spring caches a context for every test class with the same configuration, so the
 * tests of a class share their world (see {@code docs/spring-boot.md}).
 *
 * {@snippet :
 * @HeychatBootTest
 * class PingBotTest {
 *     @HeychatWorld
 *     static TestWorld.Builder world() {
 *         return TestWorld.create().room("房间", r -> r.textChannel("大厅").member("alice"));
 *     }
 *
 *     @Autowired
 *     TestWorld world;
 *
 *     @Test
 *     void answersPing() {
 *         world.person("alice").runs(world.channel("大厅"), "/ping", Map.of());
 *         HeychatAssertions.assertSent(world.bot(), world.channel("大厅"), "pong");
 *     }
 * }
 * }
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest
@ContextCustomizerFactories(HeychatContextCustomizerFactory.class)
public @interface HeychatBootTest {
    /** What the application's {@code Heychat} runs on; default the fake. */
    Adapter adapter() default Adapter.FAKE;

    /** The application's configuration classes, as {@link SpringBootTest#classes()}. */
    @AliasFor(annotation = SpringBootTest.class, attribute = "classes")
    Class<?>[] classes() default {};

    /** Extra properties, as {@link SpringBootTest#properties()}. */
    @AliasFor(annotation = SpringBootTest.class, attribute = "properties")
    String[] properties() default {};

    /** What the bot under test talks to. */
    enum Adapter {
        /** The world's in-memory bot: synchronous, milliseconds, no sockets. */
        FAKE,
        /** The real HTTP adapter against an in-process emulator serving the world on loopback. */
        EMULATOR
    }
}
