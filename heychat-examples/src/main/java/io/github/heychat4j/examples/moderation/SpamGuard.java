package io.github.heychat4j.examples.moderation;

import io.github.heychat4j.domain.Heychat;
import io.github.heychat4j.domain.HeychatException;
import io.github.heychat4j.domain.PermissionDeniedException;
import io.github.heychat4j.domain.RoomId;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.event.MessagePosted;
import io.github.heychat4j.domain.event.Subscription;
import io.github.heychat4j.domain.message.MessageContent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An example moderation bot, written against heychat4j's ports only: it silences (禁言) a member who
 * floods a channel, and kicks a member who floods again after being silenced.
 *
 * {@snippet :
 * SpamGuard guard = new SpamGuard(heychat, Clock.systemUTC(), SpamGuard.Policy.defaults());
 * Subscription listening = guard.subscribe();   // it now hears every message posted where the bot is
 * }
 *
 * <p>Thread-safe: one instance serves every room.
 */
public final class SpamGuard {

    /**
     * When a member counts as flooding, and what happens then.
     *
     * @param maxMessages       the most messages allowed inside {@code window}
     * @param window            the sliding window
     * @param silence           how long a flooder is silenced
     * @param silencesBeforeKick after this many silences, the next flood is a kick
     */
    public record Policy(int maxMessages, Duration window, Duration silence, int silencesBeforeKick) {
        /** Validates the numbers. */
        public Policy {
            if (maxMessages < 1) {
                throw new IllegalArgumentException("maxMessages: must be at least 1, got " + maxMessages);
            }
            if (window.isNegative() || window.isZero()) {
                throw new IllegalArgumentException("window: must be positive, got " + window);
            }
            if (silencesBeforeKick < 0) {
                throw new IllegalArgumentException("silencesBeforeKick: must not be negative, got " + silencesBeforeKick);
            }
        }

        /** 5 messages in 10 seconds; 10 minutes of silence; kick at the second flood. */
        public static Policy defaults() {
            return new Policy(5, Duration.ofSeconds(10), Duration.ofMinutes(10), 1);
        }
    }

    /** What the guard did about one message. */
    public enum Verdict {
        /** Nothing: the member is within the limits. */
        ALLOWED,
        /** The member was silenced for {@link Policy#silence()}. */
        SILENCED,
        /** The member was kicked out of the room. */
        KICKED,
        /** The member flooded, but the bot lacks the permission to act; it said so in the channel. */
        NOT_PERMITTED
    }

    private record Key(RoomId room, UserId user) {
    }

    private final Heychat heychat;
    private final Clock clock;
    private final Policy policy;
    private final Map<Key, Deque<Instant>> recent = new HashMap<>();
    private final Map<Key, Integer> silences = new HashMap<>();

    /**
     * @param heychat the platform, through its ports
     * @param clock   the time source (a test clock in tests)
     * @param policy  the limits
     */
    public SpamGuard(Heychat heychat, Clock clock, Policy policy) {
        this.heychat = Objects.requireNonNull(heychat, "heychat");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /**
     * Starts guarding: every message posted where the bot is goes through {@link #onMessage}.
     *
     * @return the subscription; cancel it to stop guarding
     */
    public Subscription subscribe() {
        return heychat.events().on(MessagePosted.class, this::onMessage);
    }

    /**
     * Looks at one message and acts on it.
     *
     * @return what was done
     * @throws HeychatException when the platform fails for another reason than a missing permission
     */
    public Verdict onMessage(MessagePosted message) {
        UserId author = message.author().id();
        if (author.equals(heychat.self()) || message.author().bot()) {
            return Verdict.ALLOWED;
        }
        Key key = new Key(message.channel().room(), author);
        int strikes;
        synchronized (this) {
            if (!isFlooding(key)) {
                return Verdict.ALLOWED;
            }
            recent.remove(key);
            strikes = silences.merge(key, 1, Integer::sum);
        }
        try {
            if (strikes > policy.silencesBeforeKick()) {
                heychat.rooms().kick(key.room(), key.user());
                tell(message, "已将 " + MessageContent.mention(key.user()) + " 移出房间：多次刷屏。");
                synchronized (this) {
                    silences.remove(key);
                }
                return Verdict.KICKED;
            }
            heychat.rooms().silence(key.room(), key.user(), policy.silence(), "刷屏");
            tell(message, MessageContent.mention(key.user()) + " 刷屏，禁言 " + policy.silence().toMinutes() + " 分钟。");
            return Verdict.SILENCED;
        } catch (PermissionDeniedException e) {
            tell(message, "检测到 " + MessageContent.mention(key.user()) + " 刷屏，但我没有处理的权限，请管理员处理。");
            return Verdict.NOT_PERMITTED;
        }
    }

    private boolean isFlooding(Key key) {
        Instant now = clock.instant();
        Deque<Instant> times = recent.computeIfAbsent(key, k -> new ArrayDeque<>());
        times.addLast(now);
        while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(policy.window()))) {
            times.removeFirst();
        }
        return times.size() > policy.maxMessages();
    }

    private void tell(MessagePosted about, String markdown) {
        heychat.messages().send(about.channel(), MessageContent.markdown(markdown).mentioning(about.author().id()));
    }
}
