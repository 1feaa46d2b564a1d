package io.github.heychat4j.http.internal;

import io.github.heychat4j.domain.AuthenticationException;
import io.github.heychat4j.domain.HeychatException;
import io.github.heychat4j.domain.HeychatProtocolException;
import io.github.heychat4j.domain.NotFoundException;
import io.github.heychat4j.domain.PermissionDeniedException;
import io.github.heychat4j.domain.RateLimitedException;
import io.github.heychat4j.domain.RejectedException;
import io.github.heychat4j.domain.UnavailableException;
import io.github.heychat4j.domain.internal.PlatformTexts;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * The adapter's one table from what the platform answered to the domain's exception types
 * (heychat4j's shared error vocabulary, wire-errors.md). Rows are checked in order; nothing else in the
 * adapter looks at the platform's message text.
 *
 * <p>The refusal texts are read with the one table of texts, {@link PlatformTexts} (which the fake writes and the
 * emulator puts on the wire): a permission refusal, then what was not found ({@link NotFoundException.What}) or
 * why the platform refused ({@link RejectedException.Reason}). {@code token}/{@code 登录} and the meaning of HTTP
 * 400/401/403/429/5xx are heychat4j's choice, read here only.
 */
public final class ErrorTable {
    private ErrorTable() {
    }

    /**
     * The exception for an HTTP status other than 2xx.
     *
     * @param where      the request, e.g. {@code "POST /chatroom/v2/room/kick_out"}
     * @param message    the failed envelope's {@code msg}, if the body had one
     * @param retryAfter the platform's wait hint (429 only)
     */
    public static HeychatException forStatus(String where, int status, Optional<String> message, Optional<Duration> retryAfter) {
        String detail = where + " answered HTTP " + status + message.filter(m -> !m.isEmpty()).map(m -> ": " + m).orElse("");
        if (status == 429) {
            return new RateLimitedException("rate limited by the platform: " + detail, retryAfter.orElse(null));
        }
        if (status >= 500) {
            return new UnavailableException("platform unavailable: " + detail);
        }
        if (status == 401 || status == 403) {
            return new AuthenticationException("the bot token was not accepted: " + detail);
        }
        // 400 and anything else: we sent something the platform cannot read, or called what it does not serve.
        return new HeychatProtocolException("request not understood: " + detail);
    }

    /**
     * The exception for a failed envelope ({@code status != "ok"}) that came with HTTP 2xx.
     *
     * @param where   the request, for the message
     * @param message the envelope's {@code msg}, possibly empty
     */
    public static HeychatException forFailedEnvelope(String where, String message) {
        String detail = where + ": " + message;
        if (PlatformTexts.deniesPermission(message)) {
            return new PermissionDeniedException("permission denied by the platform, " + detail);
        }
        Optional<Enum<?>> meaning = PlatformTexts.meaningOf(message);
        if (meaning.isPresent() && meaning.get() instanceof NotFoundException.What what) {
            return new NotFoundException(what, (what == NotFoundException.What.BOT_NOT_IN_ROOM
                    ? "the bot is not in that room, " : "not found (" + what + "), ") + detail);
        }
        if (meaning.isPresent() && meaning.get() instanceof RejectedException.Reason reason) {
            return new RejectedException(reason, message);
        }
        if (message.toLowerCase(Locale.ROOT).contains("token") || message.contains("登录")) {
            return new AuthenticationException("the bot token was not accepted, " + detail);
        }
        return new RejectedException(RejectedException.Reason.OTHER, message);
    }
}
