package io.github.heychat4j.commands;

import io.github.heychat4j.domain.AmbiguousOutcomeException;
import io.github.heychat4j.domain.HeychatException;
import io.github.heychat4j.domain.NotFoundException;
import io.github.heychat4j.domain.PermissionDeniedException;
import io.github.heychat4j.domain.RateLimitedException;
import io.github.heychat4j.domain.RejectedException;
import io.github.heychat4j.domain.message.MessageContent;
import io.github.heychat4j.domain.role.Permission;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the bot answers, in the channel of the command, when a command does not run or does not finish: one
 * reply per {@link CommandError} kind. The defaults are short Chinese sentences; replace any of them, or
 * silence it. Immutable: {@link #with} returns a new table.
 *
 * {@snippet :
 * CommandReplies replies = CommandReplies.defaults()
 *         .with(CommandError.CooldownActive.class, c -> "慢一点，" + c.remaining().toSeconds() + " 秒后再试")
 *         .silent(CommandError.UnknownCommand.class);
 * }
 *
 * <p>Defaults: an unknown command picked from the menu lists the known ones, an unknown command typed by
 * hand gets no answer (a room often has several bots, and a typed {@code /word} may be for another); a
 * missing or malformed option shows the usage; a missing permission names it; an active cooldown says how
 * long to wait; a failed handler says what the platform refused, in words for members (never the stack
 * trace).
 */
public final class CommandReplies {
    private static final CommandReplies DEFAULTS = new CommandReplies(Map.of())
            .withContent(CommandError.UnknownCommand.class, e -> e.arrival() == Arrival.TYPED ? Optional.empty()
                    : text("未知命令 /" + e.command() + "。可用命令：" + String.join("、", e.known())))
            .with(CommandError.MissingOption.class, e -> "缺少选项 " + e.option().name() + describe(e.option()) + "。用法：" + e.usage()
                    + (e.option().typeable() ? "" : "（请从命令菜单选择）"))
            .with(CommandError.MalformedOption.class, e -> "选项 " + e.option().name() + " 应为" + typeName(e.option()) + "，收到“" + e.given()
                    + "”。用法：" + e.usage())
            .with(CommandError.PermissionMissing.class, e -> "你没有权限使用 /" + e.command() + "：需要 "
                    + e.missing().stream().sorted().map(Permission::chineseName).collect(Collectors.joining("、")))
            .with(CommandError.CooldownActive.class, e -> (e.scope() == CooldownScope.USER ? "" : "本频道的 ") + "/" + e.command()
                    + " 冷却中，请 " + Math.max(1, (e.remaining().toMillis() + 999) / 1000) + " 秒后再试")
            .with(CommandError.HandlerFailed.class, e -> "/" + e.command() + " 没有完成：" + explain(e.error()));

    private final Map<Class<?>, Function<CommandError, Optional<MessageContent>>> replies;

    private CommandReplies(Map<Class<?>, Function<CommandError, Optional<MessageContent>>> replies) {
        this.replies = Map.copyOf(replies);
    }

    /** The default replies. */
    public static CommandReplies defaults() {
        return DEFAULTS;
    }

    /** The same table with a plain-text reply for one kind of error. */
    public <E extends CommandError> CommandReplies with(Class<E> kind, Function<? super E, String> reply) {
        Names.requireNonNull("reply", reply);
        return withContent(kind, e -> Optional.of(MessageContent.text(reply.apply(e))));
    }

    /** The same table with any reply (markdown, a card) or none ({@code Optional.empty()}) for one kind of error. */
    public <E extends CommandError> CommandReplies withContent(Class<E> kind, Function<? super E, Optional<MessageContent>> reply) {
        Names.requireNonNull("kind", kind);
        Names.requireNonNull("reply", reply);
        if (!kind.isRecord()) {
            throw new IllegalArgumentException("kind: must be one of CommandError's records, got " + kind.getName());
        }
        Map<Class<?>, Function<CommandError, Optional<MessageContent>>> copy = new HashMap<>(replies);
        copy.put(kind, e -> reply.apply(kind.cast(e)));
        return new CommandReplies(copy);
    }

    /** The same table without a reply for one kind of error. */
    public <E extends CommandError> CommandReplies silent(Class<E> kind) {
        return withContent(kind, e -> Optional.empty());
    }

    /** The reply to an error, if any. */
    public Optional<MessageContent> replyTo(CommandError error) {
        Names.requireNonNull("error", error);
        Function<CommandError, Optional<MessageContent>> reply = replies.get(error.getClass());
        return reply == null ? Optional.empty() : reply.apply(error);
    }

    private static Optional<MessageContent> text(String text) {
        return Optional.of(MessageContent.text(text));
    }

    private static String describe(OptionSpec option) {
        return option.description().isBlank() ? "" : "（" + option.description() + "）";
    }

    private static String typeName(OptionSpec option) {
        return switch (option.type()) {
            case STRING -> "文字";
            case NUMBER -> "数字";
            case INTEGER -> "整数";
            case BOOLEAN -> "是或否";
            case USER -> "用户（@某人）";
            case CHANNEL -> "频道（#频道）";
            case ROLE -> "身份组（@身份组）";
            case SELECT -> "以下之一：" + option.choices().stream().map(Choice::value).collect(Collectors.joining("、"));
            case IMAGE -> "图片";
            case FILE -> "文件";
            default -> option.type().name();
        };
    }

    private static String explain(HeychatException error) {
        if (error instanceof PermissionDeniedException) {
            return "机器人没有这个权限";
        } else if (error instanceof NotFoundException) {
            return "找不到对象（用户、频道或身份组可能已不在）";
        } else if (error instanceof RateLimitedException) {
            return "操作太频繁，请稍后再试";
        } else if (error instanceof RejectedException rejected) {
            return "平台拒绝了：" + rejected.platformMessage();
        } else if (error instanceof AmbiguousOutcomeException) {
            return "不确定是否已生效，请检查后再试";
        }
        return "平台暂时不可用，请稍后再试";
    }
}
