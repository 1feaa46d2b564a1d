package io.github.heychat4j.testkit.example.moderation;

import io.github.heychat4j.domain.Heychat;
import io.github.heychat4j.domain.PermissionDeniedException;
import io.github.heychat4j.domain.RoomId;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.message.MessageContent;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A moderation use case written against heychat4j's ports only: each message with a banned word is a
 * strike for its author in that room; the first strikes earn a warning, the third a kick. When the bot
 * may not kick, it says so in the channel so that a person can step in.
 */
public final class BannedWordModerator {
    /** The strike that gets an author kicked. */
    public static final int STRIKES_BEFORE_KICK = 3;

    private record Offender(RoomId room, UserId user) {
    }

    private final Heychat heychat;
    private final Set<String> bannedWords;
    private final Map<Offender, Integer> strikes = new ConcurrentHashMap<>();

    /**
     * @param heychat     the platform, through its ports
     * @param bannedWords the words that earn a strike, matched case-insensitively anywhere in a message
     */
    public BannedWordModerator(Heychat heychat, Set<String> bannedWords) {
        this.heychat = heychat;
        this.bannedWords = bannedWords.stream().map(w -> w.toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** Looks at one message and acts on it. */
    public void onMessage(IncomingMessage message) {
        if (message.author().equals(heychat.self()) || !containsBannedWord(message.text())) {
            return;
        }
        Offender offender = new Offender(message.room(), message.author());
        int strike = strikes.merge(offender, 1, Integer::sum);
        String who = MessageContent.mention(message.author());
        if (strike < STRIKES_BEFORE_KICK) {
            say(message, who + " 请注意用语，警告 " + strike + "/" + STRIKES_BEFORE_KICK);
            return;
        }
        try {
            // A transient failure propagates and keeps the strike, so the next offence tries again.
            heychat.rooms().kick(message.room(), message.author());
        } catch (PermissionDeniedException e) {
            say(message, who + " 已违规 " + strike + " 次，但机器人没有踢出房间的权限，请管理员处理");
            return;
        }
        strikes.remove(offender);
        say(message, who + " 多次使用违禁词，已被踢出房间");
    }

    private boolean containsBannedWord(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return bannedWords.stream().anyMatch(lower::contains);
    }

    private void say(IncomingMessage message, String markdown) {
        heychat.messages().send(message.channel(), MessageContent.markdown(markdown).mentioning(message.author()));
    }
}
