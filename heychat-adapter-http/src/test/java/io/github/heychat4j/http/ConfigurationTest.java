package io.github.heychat4j.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.heychat4j.domain.UserId;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConfigurationTest {

    @Test
    void theTokenNeverShowsInItsToString() {
        BotToken token = BotToken.of("MjM5ODU2MTsxNzMzMzg4MTQ5OzE=");

        assertEquals("BotToken[****]", token.toString());
    }

    static Stream<String> secrets() {
        Random random = new Random(7);
        return Stream.concat(Stream.of("a", "密钥", "x".repeat(40)), Stream.generate(() -> {
            StringBuilder s = new StringBuilder();
            int length = 1 + random.nextInt(40);
            for (int i = 0; i < length; i++) {
                s.append((char) (0x21 + random.nextInt(0x5e)));
            }
            return s.toString();
        }).limit(200));
    }

    static IntStream attempts() {
        return IntStream.concat(IntStream.rangeClosed(-20, 30), IntStream.of(Integer.MIN_VALUE, Integer.MAX_VALUE));
    }

    static IntStream budgetsBelowOne() {
        return IntStream.rangeClosed(-1000, 0);
    }

    static Stream<Arguments> addresses() {
        Random random = new Random(127);
        return Stream.concat(IntStream.rangeClosed(0, 255).mapToObj(a -> Arguments.of(a, 0, 1)),
                Stream.generate(() -> Arguments.of(random.nextInt(256), random.nextInt(256), random.nextInt(256))).limit(300));
    }

    @ParameterizedTest
    @MethodSource("secrets")
    void anInvalidTokenIsRejectedWithoutEchoingIt(String secret) {
        String bad = "ab cd" + secret + "\n";

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BotToken.of(bad));

        assertFalse(e.getMessage().contains(bad.trim()), e.getMessage());
        assertTrue(e.getMessage().startsWith("token: "), e.getMessage());
    }

    @Test
    void theDefaultsAreTheProductionOnes() {
        assertEquals(new RetryPolicy(3, Duration.ofMillis(500), 2.0, Duration.ofSeconds(10), 0.5, Duration.ofSeconds(30)),
                RetryPolicy.defaults());
        assertEquals(new CircuitBreakerPolicy(true, 50, 5, 20, Duration.ofSeconds(30), 2), CircuitBreakerPolicy.defaults());
        assertEquals(new RateLimitPolicy(true, 300, 9, Duration.ofMinutes(1)), RateLimitPolicy.defaults());
        assertEquals(new BulkheadPolicy(true, 32, Duration.ofSeconds(5)), BulkheadPolicy.defaults());
        assertEquals(new CachePolicy(true, 1000, Duration.ofMinutes(5), Duration.ofMinutes(1)), CachePolicy.defaults());
        assertEquals(URI.create("https://chat.xiaoheihe.cn"), HeychatHttp.DEFAULT_BASE_URI);
        assertEquals(URI.create("https://chat-upload.xiaoheihe.cn"), HeychatHttp.DEFAULT_UPLOAD_URI);
        assertEquals("1.30.0", HeychatHttp.DEFAULT_CHAT_VERSION);
    }

    @Test
    void withersChangeOneSettingAndKeepTheRest() {
        RetryPolicy retry = RetryPolicy.defaults().withMaxAttempts(5).withInitialBackoff(Duration.ofMillis(1));

        assertEquals(5, retry.maxAttempts());
        assertEquals(Duration.ofMillis(1), retry.initialBackoff());
        assertEquals(RetryPolicy.defaults().maxBackoff(), retry.maxBackoff());
        assertEquals(1, RetryPolicy.none().maxAttempts());
        assertFalse(CircuitBreakerPolicy.disabled().enabled());
        assertFalse(RateLimitPolicy.disabled().enabled());
        assertFalse(BulkheadPolicy.disabled().enabled());
        assertFalse(CachePolicy.disabled().enabled());
        assertEquals(7, CircuitBreakerPolicy.defaults().withWindowSize(30).withMinimumCalls(7).minimumCalls());
    }

    @ParameterizedTest
    @MethodSource("attempts")
    void attemptsOutsideOneToTenAreRejectedNamingTheField(int attempts) {
        if (attempts >= 1 && attempts <= 10) {
            assertEquals(attempts, RetryPolicy.defaults().withMaxAttempts(attempts).maxAttempts());
        } else {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> RetryPolicy.defaults().withMaxAttempts(attempts));
            assertEquals("maxAttempts: must be between 1 and 10, got " + attempts, e.getMessage());
        }
    }

    @ParameterizedTest
    @MethodSource("budgetsBelowOne")
    void aBudgetBelowOneRequestPerMinuteIsRejected(int perMinute) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RateLimitPolicy.defaults().withRequestsPerMinute(perMinute));

        assertTrue(e.getMessage().startsWith("requestsPerMinute: "), e.getMessage());
    }

    @Test
    void refreshingMustComeBeforeExpiry() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CachePolicy.defaults().withRefreshAfterWrite(Duration.ofMinutes(5)));

        assertTrue(e.getMessage().startsWith("refreshAfterWrite: must be shorter than expireAfterWrite"), e.getMessage());
        assertEquals(Duration.ZERO, CachePolicy.defaults().withRefreshAfterWrite(Duration.ZERO).refreshAfterWrite());
    }

    @Test
    void theWindowCannotBeSmallerThanTheMinimumNumberOfCalls() {
        assertThrows(IllegalArgumentException.class, () -> CircuitBreakerPolicy.defaults().withWindowSize(2));
    }

    @Test
    void uploadsGoToThePlatformsUploadHostByDefault() {
        try (HeychatHttp http = HeychatHttp.builder().token("t").bot(1).build()) {
            assertEquals(HeychatHttp.DEFAULT_UPLOAD_URI, http.uploadUri());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8080", "http://localhost:9", "https://[::1]:8443"})
    void aLoopbackBaseUriIsAlsoTheUploadUriAsTheEmulatorServesBoth(String uri) {
        try (HeychatHttp http = HeychatHttp.builder().token("t").bot(1).baseUri(uri).build()) {
            assertEquals(URI.create(uri), http.uploadUri());
        }
    }

    @Test
    void aBaseUriOffThePlatformAndOffLoopbackNeedsAnUploadUri() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> HeychatHttp.builder().token("t").bot(1).baseUri("https://proxy.example.com").build());
        IllegalArgumentException fromEnvironment = assertThrows(IllegalArgumentException.class,
                () -> HeychatHttp.builder().environment(Map.of("HEYCHAT_TOKEN", "abc", "HEYCHAT_BOT_ID", "2398561",
                        "HEYCHAT_BASE_URI", "https://proxy.example.com")).build());

        assertTrue(e.getMessage().startsWith("uploadUri: required when baseUri is not the platform's"), e.getMessage());
        assertTrue(fromEnvironment.getMessage().contains("HEYCHAT_UPLOAD_URI"), fromEnvironment.getMessage());
    }

    @Test
    void anUploadUriSetByHandIsKeptWhateverTheBaseUri() {
        try (HeychatHttp http = HeychatHttp.builder().token("t").bot(1).baseUri("https://proxy.example.com")
                .uploadUri("https://upload.example.com").build()) {
            assertEquals(URI.create("https://upload.example.com"), http.uploadUri());
        }
    }

    @Test
    void aClientNeedsATokenAndABotId() {
        IllegalArgumentException noToken = assertThrows(IllegalArgumentException.class, () -> HeychatHttp.builder().bot(1).build());
        IllegalArgumentException noBot = assertThrows(IllegalArgumentException.class,
                () -> HeychatHttp.builder().token("t0ken").build());

        assertTrue(noToken.getMessage().startsWith("token: "), noToken.getMessage());
        assertTrue(noBot.getMessage().startsWith("bot: "), noBot.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8080", "http://127.1.2.3", "http://localhost:9", "http://LOCALHOST",
            "http://[::1]:8080", "https://chat.xiaoheihe.cn", "https://proxy.example.com/heychat/", "http://127.255.255.255",
            "http://127.0.0.0"})
    void httpsAnywhereAndPlainHttpOnLoopbackAreAccepted(String uri) {
        try (HeychatHttp http = HeychatHttp.builder().token("t").bot(1).baseUri(uri).uploadUri(uri).build()) {
            assertFalse(http.toString().contains("t0ken"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://chat.xiaoheihe.cn", "http://128.0.0.1", "http://10.0.0.1", "http://127.0.0.1.evil.com",
            "http://localhost.evil.com", "ftp://127.0.0.1", "/relative", "https://chat.xiaoheihe.cn?token=x",
            "https://user@chat.xiaoheihe.cn", "http://[::2]", "http://127.0.0.256", "http://127.0.0.1a.example",
            "http://127.0.1", "http://127.1000.0.1"})
    void plainHttpElsewhereAndOddUrisAreRejected(String uri) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> HeychatHttp.builder().baseUri(uri));

        assertTrue(e.getMessage().startsWith("baseUri: "), e.getMessage());
    }

    @ParameterizedTest
    @MethodSource("addresses")
    void every127AddressIsLoopbackAndNoOtherFirstOctetIs(int a, int b, int d) {
        String uri = "http://" + a + "." + b + ".0." + d + ":8080/";
        if (a == 127) {
            HeychatHttp.builder().baseUri(uri);
        } else {
            assertThrows(IllegalArgumentException.class, () -> HeychatHttp.builder().baseUri(uri));
        }
    }

    @Test
    void theEnvironmentGivesTokenBotAndOptionalHosts() {
        try (HeychatHttp http = HeychatHttp.builder().environment(Map.of("HEYCHAT_TOKEN", "abc", "HEYCHAT_BOT_ID", "2398561",
                "HEYCHAT_BASE_URI", "http://127.0.0.1:1")).build()) {
            assertEquals(UserId.of(2398561), http.self());
            assertEquals("HeychatHttp[bot=2398561, baseUri=http://127.0.0.1:1]", http.toString());
        }
    }

    @Test
    void theEnvironmentsUploadHostIsUsedWithABaseOffThePlatform() {
        Map<String, String> environment = Map.of("HEYCHAT_TOKEN", "abc", "HEYCHAT_BOT_ID", "2398561",
                "HEYCHAT_BASE_URI", "https://proxy.example.com/heychat");
        // a base off the platform and off loopback needs an upload host: the environment may give it
        assertThrows(IllegalArgumentException.class, () -> HeychatHttp.builder().environment(environment).build());
        Map<String, String> withUpload = new java.util.HashMap<>(environment);
        withUpload.put("HEYCHAT_UPLOAD_URI", " https://upload.example.com ");
        withUpload.put("HEYCHAT_BASE_URI", " https://proxy.example.com/heychat ");
        try (HeychatHttp http = HeychatHttp.builder().environment(withUpload).build()) {
            assertEquals("HeychatHttp[bot=2398561, baseUri=https://proxy.example.com/heychat]", http.toString());
        }
        Map<String, String> blank = new java.util.HashMap<>(withUpload);
        blank.put("HEYCHAT_BASE_URI", "  ");
        blank.put("HEYCHAT_UPLOAD_URI", "");
        try (HeychatHttp http = HeychatHttp.builder().environment(blank).build()) {
            assertTrue(http.toString().contains("baseUri=https://chat.xiaoheihe.cn"), http.toString());
        }
    }

    @Test
    void aMissingOrWrongEnvironmentVariableIsNamed() {
        IllegalArgumentException noToken = assertThrows(IllegalArgumentException.class,
                () -> HeychatHttp.builder().environment(Map.of("HEYCHAT_BOT_ID", "1")));
        IllegalArgumentException badBot = assertThrows(IllegalArgumentException.class,
                () -> HeychatHttp.builder().environment(Map.of("HEYCHAT_TOKEN", "abc", "HEYCHAT_BOT_ID", "me")));

        assertTrue(noToken.getMessage().startsWith("HEYCHAT_TOKEN: "), noToken.getMessage());
        assertTrue(badBot.getMessage().startsWith("HEYCHAT_BOT_ID: "), badBot.getMessage());
    }

    @Test
    void aChatVersionMustLookLikeAVersion() {
        assertThrows(IllegalArgumentException.class, () -> HeychatHttp.builder().chatVersion("latest"));
    }
}
