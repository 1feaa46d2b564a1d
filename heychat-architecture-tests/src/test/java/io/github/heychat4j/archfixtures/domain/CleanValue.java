package io.github.heychat4j.archfixtures.domain;

/** Fixture: depends on the JDK only. */
public record CleanValue(java.util.List<String> items) {
}
