package io.github.heychat4j.examples.commands;

import io.github.heychat4j.commands.Choice;
import io.github.heychat4j.commands.Command;
import io.github.heychat4j.commands.CommandRouter;
import io.github.heychat4j.commands.Invocation;
import io.github.heychat4j.commands.OptionSpec;
import io.github.heychat4j.domain.ChannelId;
import io.github.heychat4j.domain.Heychat;
import io.github.heychat4j.domain.RoleId;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.message.MessageContent;
import io.github.heychat4j.domain.role.Permission;
import io.github.heychat4j.domain.room.Nickname;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * An example moderation command bot, written against heychat4j's ports and its command router only:
 * {@code /kick}, {@code /silence}, {@code /role add|remove}, {@code /move} and {@code /nick}. Each command
 * requires the permission a human moderator would need for the same act, so a member cannot use the bot to
 * do what they may not do themselves.
 *
 * {@snippet :
 * CommandRouter commands = CommandRouter.create(heychat);
 * new ModerationCommands(heychat).declareOn(commands);
 * commands.listen();
 * }
 */
public final class ModerationCommands {
    /** The longest silence: 30 days. */
    public static final long MAX_SILENCE_MINUTES = 30L * 24 * 60;

    /** {@code /kick <user> [reason]}. */
    public static final Command KICK = Command.named("/kick", "踢出房间（可以再通过邀请回来）")
            .with(OptionSpec.user("user", "要踢出的人"), OptionSpec.string("reason", "原因").optional())
            .requires(Permission.KICK_MEMBERS);
    /** {@code /silence <user> <minutes> [reason]}. */
    public static final Command SILENCE = Command.named("/silence", "禁言一段时间")
            .with(OptionSpec.user("user", "要禁言的人"), OptionSpec.integer("minutes", "分钟，1 到 43200"),
                    OptionSpec.string("reason", "原因").optional())
            .requires(Permission.SILENCE_MEMBERS)
            .cooldownPerUser(Duration.ofSeconds(5));
    /** {@code /role add|remove <user> <role>}. */
    public static final Command ROLE = Command.named("/role", "给成员添加或移除身份组")
            .with(OptionSpec.select("action", "添加或移除", Choice.of("add", "添加"), Choice.of("remove", "移除")),
                    OptionSpec.user("user", "成员"), OptionSpec.role("role", "身份组"))
            .requires(Permission.MANAGE_ROLES);
    /** {@code /move <user> <to>}. */
    public static final Command MOVE = Command.named("/move", "把成员移到另一个语音频道")
            .with(OptionSpec.user("user", "成员"), OptionSpec.channel("to", "目标语音频道"))
            .requires(Permission.MOVE_MEMBERS);
    /** {@code /nick <user> [nickname]}: without a nickname, clears it. */
    public static final Command NICK = Command.named("/nick", "设置或清除成员的房间昵称")
            .with(OptionSpec.user("user", "成员"), OptionSpec.string("nickname", "新昵称，不填则清除").optional())
            .requires(Permission.MANAGE_NICKNAMES)
            .cooldownPerChannel(Duration.ofSeconds(2));

    private final Heychat heychat;

    /** The bot's commands over this Heychat. */
    public ModerationCommands(Heychat heychat) {
        if (heychat == null) {
            throw new IllegalArgumentException("heychat: must not be null");
        }
        this.heychat = heychat;
    }

    /** Declares the five commands on the router. */
    public CommandRouter declareOn(CommandRouter commands) {
        return commands.on(KICK, this::kick).on(SILENCE, this::silence).on(ROLE, this::role).on(MOVE, this::move).on(NICK, this::nick);
    }

    void kick(Invocation cmd) {
        UserId user = cmd.user("user");
        heychat.rooms().kick(cmd.room(), user);
        cmd.reply(said("已踢出 " + MessageContent.mention(user) + cmd.optionalString("reason").map(r -> "，原因：" + r).orElse(""), user));
    }

    void silence(Invocation cmd) {
        long minutes = cmd.integer("minutes");
        if (minutes < 1 || minutes > MAX_SILENCE_MINUTES) {
            cmd.reply("禁言时长应在 1 到 " + MAX_SILENCE_MINUTES + " 分钟之间，收到 " + minutes);
            return;
        }
        UserId user = cmd.user("user");
        heychat.rooms().silence(cmd.room(), user, Duration.ofMinutes(minutes), cmd.optionalString("reason").orElse("由 /silence 禁言"));
        cmd.reply(said("已禁言 " + MessageContent.mention(user) + " " + minutes + " 分钟", user));
    }

    void role(Invocation cmd) {
        UserId user = cmd.user("user");
        RoleId role = cmd.role("role");
        if (cmd.select("action").equals("add")) {
            heychat.roles().grant(cmd.room(), user, role);
            cmd.reply(said("已给 " + MessageContent.mention(user) + " 添加身份组", user));
        } else {
            heychat.roles().revoke(cmd.room(), user, role);
            cmd.reply(said("已移除 " + MessageContent.mention(user) + " 的身份组", user));
        }
    }

    void move(Invocation cmd) {
        UserId user = cmd.user("user");
        ChannelId to = cmd.channel("to");
        Optional<ChannelId> from = heychat.voice().channelOf(cmd.room(), user);
        if (from.isEmpty()) {
            cmd.reply(said(MessageContent.mention(user) + " 不在语音频道里", user));
            return;
        }
        heychat.voice().move(cmd.room(), from.get(), to, Set.of(user));
        cmd.reply(said("已把 " + MessageContent.mention(user) + " 移到 " + MessageContent.link(to), user));
    }

    void nick(Invocation cmd) {
        UserId user = cmd.user("user");
        Optional<String> wanted = cmd.optionalString("nickname");
        if (wanted.isEmpty()) {
            heychat.rooms().clearNickname(cmd.room(), user);
            cmd.reply(said("已清除 " + MessageContent.mention(user) + " 的昵称", user));
            return;
        }
        int length = wanted.get().codePointCount(0, wanted.get().length());
        if (length > Nickname.MAX_LENGTH) {
            cmd.reply("昵称最多 " + Nickname.MAX_LENGTH + " 个字，收到 " + length + " 个");
            return;
        }
        heychat.rooms().setNickname(cmd.room(), user, Nickname.of(wanted.get()));
        cmd.reply(said("已把 " + MessageContent.mention(user) + " 的昵称改为 " + wanted.get(), user));
    }

    private static MessageContent said(String markdown, UserId mentioned) {
        return MessageContent.markdown(markdown).mentioning(mentioned);
    }
}
