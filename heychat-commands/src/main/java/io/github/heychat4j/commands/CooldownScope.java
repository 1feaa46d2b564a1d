package io.github.heychat4j.commands;

/**
 * Whose cooldown held a command back.
 *
 * {@snippet :
 * replies.with(CommandError.CooldownActive.class, c -> c.scope() == CooldownScope.USER ? "你太快了" : "大家太快了");
 * }
 */
public enum CooldownScope {
    /** The invoker ran this command too recently ({@link Command#cooldownPerUser}). */
    USER,
    /** Someone ran this command in this channel too recently ({@link Command#cooldownPerChannel}). */
    CHANNEL
}
