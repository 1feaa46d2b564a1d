package io.github.heychat4j.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the one method of a {@link HeychatTest} class (or a {@code @HeychatEmulatorTest} class, module
 * {@code heychat-testkit-http}) that declares its world. The method takes no
 * parameters, may be static or not, and returns a {@link TestWorld.Builder}, a {@link TestWorld}, a
 * {@link io.github.heychat4j.fake.FakeWorld.Builder} or a {@link io.github.heychat4j.fake.FakeWorld}. It
 * is called once per test, so every test gets a world of its own.
 *
 * {@snippet :
 * @HeychatWorld
 * static TestWorld.Builder world() {
 *     return TestWorld.create()
 *             .botPermissions(Permission.SEND_MESSAGES, Permission.KICK_MEMBERS)
 *             .room("测试房间", r -> r.textChannel("综合").member("alice"));
 * }
 * }
 *
 * A method returning a hand-built {@code FakeWorld} (or its builder) names the bot the tests drive
 * with {@link #bot()}, unless exactly one bot is a member of the world's rooms.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface HeychatWorld {
    /**
     * The user id of the bot the tests drive, for methods that return a {@code FakeWorld} or its builder;
     * 0 (the default) means: the only bot that is a member of a room.
     */
    long bot() default 0;
}
