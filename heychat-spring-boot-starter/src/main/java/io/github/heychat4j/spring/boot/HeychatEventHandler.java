package io.github.heychat4j.spring.boot;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method of a bean as an event handler: the starter subscribes it to {@code heychat.events()} for the type
 * of its one parameter (a {@link io.github.heychat4j.domain.event.HeychatEvent} subtype) when the context starts,
 * and cancels it when the context stops. What the method throws is reported like any handler's failure.
 *
 * {@snippet :
 * @Component
 * class Greeter {
 *     @HeychatEventHandler
 *     void welcome(MemberJoined joined) {
 *         System.out.println("欢迎 " + joined.member().displayName());
 *     }
 * }
 * }
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface HeychatEventHandler {
}
