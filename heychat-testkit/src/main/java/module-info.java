/**
 * heychat4j's testkit: what a bot author puts on the test classpath to test a bot written against
 * heychat4j's ports. A JUnit 5 extension ({@code @HeychatTest}) that hands every test a fresh in-memory
 * world, fixtures with defaults, assertions that print what the bot did, ArchUnit rules for a bot's
 * architecture, and the contract suites every adapter must pass.
 */
// ArchUnit ships as an automatic module (com.tngtech.archunit); its ArchRule is part of this API, so it is required transitively.
@SuppressWarnings("requires-transitive-automatic")
module io.github.heychat4j.testkit {
    requires transitive io.github.heychat4j.domain;
    requires transitive io.github.heychat4j.fake;
    requires transitive org.junit.jupiter.api;
    requires transitive com.tngtech.archunit;

    exports io.github.heychat4j.testkit;
    exports io.github.heychat4j.testkit.contract;
    // How a test class declares its world (WorldMethod), shared with the extension that serves it over HTTP.
    exports io.github.heychat4j.testkit.internal to io.github.heychat4j.testkit.http;

    // JUnit invokes the contract suites' package-private test and lifecycle methods reflectively.
    opens io.github.heychat4j.testkit.contract to org.junit.platform.commons;
}
