package io.github.heychat4j.spring.boot;

import java.util.Locale;
import org.springframework.boot.actuate.endpoint.SanitizableData;

/**
 * Which keys hold the bot token in the actuator's views: {@code heychat.token} as a property, {@code token} inside
 * the {@code heychat} configuration properties, and the environment variable {@code HEYCHAT_TOKEN} (and relaxed
 * spellings of them). Loaded only when the actuator is there.
 */
final class TokenSanitizer {
    private TokenSanitizer() {
    }

    static SanitizableData apply(SanitizableData data) {
        return holdsToken(data.getKey()) ? data.withSanitizedValue() : data;
    }

    static boolean holdsToken(String key) {
        if (key == null) {
            return false;
        }
        String k = key.toLowerCase(Locale.ROOT).replace('_', '.').replace("-", "");
        return k.equals("heychat.token") || k.startsWith("heychat.token.") || k.equals("token");
    }
}
