package io.github.heychat4j.domain.channel;

import io.github.heychat4j.domain.internal.Checks;
import java.time.Duration;

/**
 * One channel setting to change with {@link ChannelGateway#changeSetting}. The platform changes one
 * setting per call.
 *
 * {@snippet :
 * heychat.channels().changeSetting(channel, ChannelSetting.slowMode(Duration.ofSeconds(10)));
 * heychat.channels().changeSetting(voice, ChannelSetting.maxMembers(8));
 * }
 */
public sealed interface ChannelSetting {
    /** The longest slow-mode interval accepted. The platform does not document one; 6 hours is the usual chat maximum. */
    Duration MAX_SLOW_MODE = Duration.ofHours(6);
    /** The largest member limit accepted. */
    int MAX_MEMBERS = 999;

    /** Slow mode: how long a member waits between two messages; zero turns it off. */
    static ChannelSetting slowMode(Duration interval) {
        return new SlowMode(interval);
    }

    /** The maximum number of users in a (voice) channel. */
    static ChannelSetting maxMembers(int count) {
        return new MaxMembers(count);
    }

    /** Make the channel private or public. */
    static ChannelSetting privacy(boolean isPrivate) {
        return new Privacy(isPrivate);
    }

    /**
     * Slow mode. The platform's unit is not documented; whole seconds are assumed.
     *
     * @param interval 0 to 6 hours, whole seconds
     */
    record SlowMode(Duration interval) implements ChannelSetting {
        /** Validates the interval. */
        public SlowMode {
            Checks.notNull("interval", interval);
            if (interval.isNegative() || interval.compareTo(MAX_SLOW_MODE) > 0 || interval.getNano() != 0) {
                throw new IllegalArgumentException("interval: whole seconds from 0 to " + MAX_SLOW_MODE.toSeconds()
                        + ", got " + interval);
            }
        }
    }

    /** @param count 1 to {@value ChannelSetting#MAX_MEMBERS} */
    record MaxMembers(int count) implements ChannelSetting {
        /** Validates the count. */
        public MaxMembers {
            Checks.between("maxMembers", count, 1, MAX_MEMBERS);
        }
    }

    /** @param isPrivate whether only people with access see the channel */
    record Privacy(boolean isPrivate) implements ChannelSetting {
    }
}
