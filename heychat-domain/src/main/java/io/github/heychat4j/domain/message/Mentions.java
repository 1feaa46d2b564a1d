package io.github.heychat4j.domain.message;

import io.github.heychat4j.domain.ChannelId;
import io.github.heychat4j.domain.RoleId;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.internal.Checks;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who a markdown message mentions. The platform wants both the markup in the text
 * ({@code @{id:8828375}}, {@code #{id:<channel>}}, {@code @{all}}, {@code @{here}}) and the ids in
 * separate fields; {@link MessageContent.Markdown} keeps the two together.
 *
 * @param users    users mentioned with {@code @{id:<user>}}
 * @param roles    roles mentioned with {@code @{id:<role>}}
 * @param channels channels linked with {@code #{id:<channel>}}
 * @param everyone whether the text mentions {@code @{all}} (needs MENTION_EVERYONE)
 * @param online   whether the text mentions {@code @{here}} (needs MENTION_EVERYONE)
 */
public record Mentions(Set<UserId> users, Set<RoleId> roles, Set<ChannelId> channels, boolean everyone, boolean online) {
    private static final Mentions NONE = new Mentions(Set.of(), Set.of(), Set.of(), false, false);

    /** Copies the sets, keeping their order. */
    public Mentions {
        users = frozen("users", users);
        roles = frozen("roles", roles);
        channels = frozen("channels", channels);
    }

    private static <T> Set<T> frozen(String field, Set<T> values) {
        Checks.size(field, values, 0, 100);
        return java.util.Collections.unmodifiableSet(new LinkedHashSet<>(values));
    }

    /** No mentions. */
    public static Mentions none() {
        return NONE;
    }

    /**
     * Reads the mentions out of markup, as in a message someone posted: {@code @{id:N}},
     * {@code #{id:N}}, {@code @{all}} and {@code @{here}}.
     *
     * <p>The platform writes users and roles with the same markup, {@code @{id:N}}, and posted messages do
     * not say which is which. <b>This method is the one place that decides:</b> an id of at most 10 digits
     * is a user (user ids are small numbers, e.g. 8828375), a longer one a role (role ids are 64-bit
     * snowflakes, e.g. 3587810143548940288). Markup that does not parse is ignored; at most 100 of each kind
     * are kept.
     *
     * {@snippet :
     * Mentions m = Mentions.parse("hi @{id:8828375}, see #{id:3377790315288076288}");
     * // m.users() = [8828375], m.channels() = [3377790315288076288]
     * }
     *
     * @param markup the text, never null
     * @return what it mentions
     */
    public static Mentions parse(String markup) {
        Checks.notNull("markup", markup);
        if (markup.indexOf('{') < 0) {
            return NONE;
        }
        var users = new LinkedHashSet<UserId>();
        var roles = new LinkedHashSet<RoleId>();
        var channels = new LinkedHashSet<ChannelId>();
        Matcher m = MARKUP.matcher(markup);
        while (m.find()) {
            String id = m.group(2);
            if (id == null) {
                continue;
            }
            try {
                if (m.group(1).equals("#")) {
                    addBounded(channels, ChannelId.of(id));
                } else if (id.length() <= MAX_USER_ID_DIGITS) {
                    addBounded(users, UserId.parse(id));
                } else {
                    addBounded(roles, RoleId.of(id));
                }
            } catch (IllegalArgumentException notAnId) {
                // e.g. zero or leading zeros: not a mention the platform would write
            }
        }
        return new Mentions(users, roles, channels, markup.contains("@{all}"), markup.contains("@{here}"));
    }

    private static final Pattern MARKUP = Pattern.compile("([@#])\\{id:([1-9][0-9]{0,19})\\}");
    /** Ids of up to this many digits are users in {@link #parse}; longer ones are roles. */
    private static final int MAX_USER_ID_DIGITS = 10;

    private static <T> void addBounded(Set<T> set, T value) {
        if (set.size() < 100) {
            set.add(value);
        }
    }

    /** Whether anything is mentioned that makes the message a "markdown with mentions" (users, roles, all, here). */
    public boolean notifiesAnyone() {
        return !users.isEmpty() || !roles.isEmpty() || everyone || online;
    }

    /** Whether nothing is mentioned or linked. */
    public boolean isEmpty() {
        return !notifiesAnyone() && channels.isEmpty();
    }

    Mentions plusUsers(Set<UserId> more) {
        var u = new LinkedHashSet<>(users);
        u.addAll(more);
        return new Mentions(u, roles, channels, everyone, online);
    }

    Mentions plusRoles(Set<RoleId> more) {
        var r = new LinkedHashSet<>(roles);
        r.addAll(more);
        return new Mentions(users, r, channels, everyone, online);
    }

    Mentions plusChannels(Set<ChannelId> more) {
        var c = new LinkedHashSet<>(channels);
        c.addAll(more);
        return new Mentions(users, roles, c, everyone, online);
    }

    Mentions withEveryone(boolean all, boolean here) {
        return new Mentions(users, roles, channels, all, here);
    }
}
