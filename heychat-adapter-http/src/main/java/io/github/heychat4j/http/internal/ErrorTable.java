package io.github.heychat4j.http.internal;

import io.github.heychat4j.domain.AuthenticationException;
import io.github.heychat4j.domain.HeychatException;
import io.github.heychat4j.domain.HeychatProtocolException;
import io.github.heychat4j.domain.NotFoundException;
import io.github.heychat4j.domain.PermissionDeniedException;
import io.github.heychat4j.domain.RateLimitedException;
import io.github.heychat4j.domain.RejectedException;
import io.github.heychat4j.domain.UnavailableException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * The adapter's one table from what the platform answered to the domain's exception types
 * (heychat4j's shared error vocabulary, wire-errors.md). Rows are checked in order; nothing else in the
 * adapter looks at the platform's message text.
 *
 * <p>Only {@code 权限不足}, {@code 消息已发送，请勿重复发送}, {@code 包含违禁词} and {@code 请加入房间后再发送消息} are
 * documented platform texts; {@code 无权限}, {@code 不存在}, {@code 上限}, {@code 不支持}, {@code token}/{@code 登录} and
 * the meaning of HTTP 400/401/403/429/5xx are heychat4j's choice, shared with the fake and the emulator.
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
        if (message.contains("权限不足") || message.contains("无权限")) {
            return new PermissionDeniedException("permission denied by the platform, " + detail);
        }
        if (message.contains("请勿重复")) {
            return new RejectedException(RejectedException.Reason.DUPLICATE_SUBMISSION, message);
        }
        if (message.contains("违禁词")) {
            return new RejectedException(RejectedException.Reason.CONTENT_BLOCKED, message);
        }
        if (message.contains("请加入房间")) {
            return new NotFoundException("the bot is not in that room, " + detail);
        }
        if (message.contains("不存在")) {
            return new NotFoundException("not found, " + detail);
        }
        if (message.contains("上限")) {
            return new RejectedException(RejectedException.Reason.LIMIT_REACHED, message);
        }
        if (message.contains("不支持")) {
            return new RejectedException(RejectedException.Reason.WRONG_TARGET, message);
        }
        if (message.toLowerCase(Locale.ROOT).contains("token") || message.contains("登录")) {
            return new AuthenticationException("the bot token was not accepted, " + detail);
        }
        return new RejectedException(RejectedException.Reason.OTHER, message);
    }
}
