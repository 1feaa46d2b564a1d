/**
 * heychat4j's testkit over HTTP: {@code @HeychatEmulatorTest} starts an in-process emulator per test class, serves
 * each test's {@code TestWorld} with it and hands the test the production HTTP adapter connected to it; the
 * testkit's people and assertions work over the wire as they do on the fake.
 */
module io.github.heychat4j.testkit.http {
    requires transitive io.github.heychat4j.testkit;
    requires transitive io.github.heychat4j.emulator;
    requires transitive io.github.heychat4j.http;
    requires transitive org.junit.jupiter.api;

    exports io.github.heychat4j.testkit.http;
}
