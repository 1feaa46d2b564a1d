/**
 * heychat4j's Spring Boot starter: a {@link io.github.heychat4j.domain.Heychat} bean from {@code heychat.*}
 * properties ({@link io.github.heychat4j.spring.boot.HeychatProperties}), handlers declared as beans
 * ({@link io.github.heychat4j.spring.boot.HeychatEventHandler}, {@link io.github.heychat4j.spring.boot.CommandRoute}),
 * the gateway started and stopped with the context, a health indicator and Micrometer metrics.
 */
package io.github.heychat4j.spring.boot;
