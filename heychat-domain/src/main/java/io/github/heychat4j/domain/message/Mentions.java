package io.github.heychat4j.domain.message;

import io.github.heychat4j.domain.ChannelId;
import io.github.heychat4j.domain.RoleId;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.internal.Checks;
import java.util.LinkedHashSet;
import java.util.Set;

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
