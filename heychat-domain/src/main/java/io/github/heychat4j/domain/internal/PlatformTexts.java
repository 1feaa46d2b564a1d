package io.github.heychat4j.domain.internal;

import io.github.heychat4j.domain.NotFoundException;
import io.github.heychat4j.domain.RejectedException;
import java.util.List;
import java.util.Optional;

/**
 * The one table of the platform's refusal texts. The fake words its refusals with them
 * ({@code fake.internal.Errors}), the emulator writes them on the wire from the exception's type and reason
 * ({@code emulator.internal.Reply}), and the HTTP adapter reads them back into the same type and reason
 * ({@code http.internal.ErrorTable}): no module matches a text the others do not write from here.
 *
 * <p>Only {@link #PERMISSION_DENIED}, {@link #SILENCED}, {@link #DUPLICATE_SUBMISSION}, {@link #CONTENT_BLOCKED}
 * and the "join the room first" text ({@code 请加入房间后再发送消息}, read by its key {@code 请加入房间}) are
 * documented (spec §3.3); the other texts and every key are heychat4j's choice, as the platform's are unknown.
 * A key is the part of a text the platform's variants are believed to share; see {@link #meaningOf}.
 */
public final class PlatformTexts {
    /** Documented: the bot lacks a permission. */
    public static final String PERMISSION_DENIED = "权限不足";
    /** Documented: a silenced member cannot speak (a {@link #PERMISSION_DENIED} refusal). */
    public static final String SILENCED = "权限不足，无法发言";
    /** Documented: the same de-duplication id inside the window. */
    public static final String DUPLICATE_SUBMISSION = "消息已发送，请勿重复发送";
    /** Documented: banned words. */
    public static final String CONTENT_BLOCKED = "包含违禁词";

    /** Another wording of a missing permission that is read as one (heychat4j's choice; never written). */
    private static final String NO_PERMISSION = "无权限";

    /** One row: what a refusal is (a {@link NotFoundException.What} or a {@link RejectedException.Reason}), its text, its key. */
    private record Row(Enum<?> meaning, String text, String key) {
    }

    /** In reading order: the first row whose key the message contains gives its meaning. */
    private static final List<Row> ROWS = List.of(
            new Row(RejectedException.Reason.DUPLICATE_SUBMISSION, DUPLICATE_SUBMISSION, "请勿重复"),
            new Row(RejectedException.Reason.CONTENT_BLOCKED, CONTENT_BLOCKED, "违禁词"),
            // documented for sending ("请加入房间后再发送消息"); the fake says it for every call
            new Row(NotFoundException.What.BOT_NOT_IN_ROOM, "请加入房间后再操作", "请加入房间"),
            new Row(NotFoundException.What.ROOM, "房间不存在", "房间不存在"),
            new Row(NotFoundException.What.CHANNEL, "频道不存在", "频道不存在"),
            new Row(NotFoundException.What.USER, "用户不存在", "用户不存在"),
            new Row(NotFoundException.What.ROLE, "角色不存在", "角色不存在"),
            new Row(NotFoundException.What.MESSAGE, "消息不存在", "消息不存在"),
            new Row(NotFoundException.What.MEME, "表情不存在", "表情不存在"),
            new Row(NotFoundException.What.TASK, "任务不存在", "任务不存在"),
            // any other "does not exist" the platform may say
            new Row(NotFoundException.What.OTHER, "不存在", "不存在"),
            new Row(RejectedException.Reason.LIMIT_REACHED, "私信发送已达上限", "上限"),
            new Row(RejectedException.Reason.WRONG_TARGET, "频道类型不支持该操作", "不支持"));

    private PlatformTexts() {
    }

    /** The text the platform says when {@code what} is not found. */
    public static String notFound(NotFoundException.What what) {
        return textOf(what);
    }

    /**
     * The text the platform says for a refusal of this reason; empty for {@link RejectedException.Reason#OTHER},
     * which has no text of its own.
     */
    public static String rejected(RejectedException.Reason reason) {
        return reason == RejectedException.Reason.OTHER ? "" : textOf(reason);
    }

    /**
     * What a platform message means: a {@link NotFoundException.What}, a {@link RejectedException.Reason} (never
     * {@code OTHER}), or empty when nothing matches. A message that starts with a row's text means that row (so
     * whatever the emulator writes reads back exactly, whatever its detail says); otherwise the first row, in
     * order, whose key the message contains.
     */
    public static Optional<Enum<?>> meaningOf(String message) {
        Checks.notNull("message", message);
        Optional<Row> byText = ROWS.stream().filter(row -> message.startsWith(row.text()))
                .max((a, b) -> Integer.compare(a.text().length(), b.text().length()));
        return byText.or(() -> ROWS.stream().filter(row -> message.contains(row.key())).findFirst()).map(Row::meaning);
    }

    /** Whether a platform message says a permission is missing ({@code 权限不足}, or {@code 无权限}). */
    public static boolean deniesPermission(String message) {
        Checks.notNull("message", message);
        return message.contains(PERMISSION_DENIED) || message.contains(NO_PERMISSION);
    }

    /**
     * A message that starts with the text of its type, as the emulator puts it on the wire: {@code message}
     * itself when it does already (the fake's refusals do), else {@code text (message)}, or {@code text} alone
     * for an empty message.
     */
    public static String leadingWith(String text, String message) {
        Checks.notNull("text", text);
        Checks.notNull("message", message);
        if (message.startsWith(text)) {
            return message;
        }
        return message.isEmpty() ? text : text + " (" + message + ")";
    }

    private static String textOf(Enum<?> meaning) {
        Checks.notNull("meaning", meaning);
        return ROWS.stream().filter(row -> row.meaning() == meaning).findFirst().map(Row::text)
                .orElseThrow(() -> new IllegalStateException("no platform text for " + meaning));
    }
}
