/**
 * The Spring Boot test slice for heychat4j bots: {@link io.github.heychat4j.spring.boot.test.HeychatBootTest}.
 */
package io.github.heychat4j.spring.boot.test;
