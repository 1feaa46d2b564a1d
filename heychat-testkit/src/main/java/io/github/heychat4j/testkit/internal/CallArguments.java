package io.github.heychat4j.testkit.internal;

import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.message.MessageContent;
import io.github.heychat4j.fake.JournalEntry;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Reads the arguments of a journal entry by type rather than position, so that the assertions state
 * what they look for ("the UserId", "the second ChannelId") and nothing else about how the fake records.
 */
public final class CallArguments {
    private CallArguments() {
    }

    /** The first argument of this type, unwrapping {@link Optional}s. */
    public static <T> Optional<T> first(JournalEntry entry, Class<T> type) {
        List<T> all = all(entry, type);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /** Every argument of this type in order, unwrapping {@link Optional}s. */
    public static <T> List<T> all(JournalEntry entry, Class<T> type) {
        List<T> found = new ArrayList<>();
        for (Object argument : entry.arguments()) {
            Object value = argument instanceof Optional<?> optional ? optional.orElse(null) : argument;
            if (type.isInstance(value)) {
                found.add(type.cast(value));
            }
        }
        return found;
    }

    /** Whether some argument is an empty {@link Optional} (a "clear" rather than a "set"). */
    public static boolean hasEmptyOptional(JournalEntry entry) {
        return entry.arguments().stream().anyMatch(a -> a instanceof Optional<?> o && o.isEmpty());
    }

    /** The users named by the call: single {@link UserId} arguments and collections of them. */
    public static List<UserId> users(JournalEntry entry) {
        List<UserId> users = new ArrayList<>();
        for (Object argument : entry.arguments()) {
            if (argument instanceof UserId user) {
                users.add(user);
            } else if (argument instanceof Collection<?> collection) {
                collection.stream().filter(UserId.class::isInstance).map(UserId.class::cast).forEach(users::add);
            }
        }
        return users;
    }

    /**
     * What a bot author searches a sent message for: its {@link MessageContent#plainText()}, or, for an image
     * (which shows no text), its URL.
     */
    public static String searchableText(MessageContent content) {
        return content instanceof MessageContent.Image image ? image.url() : content.plainText();
    }
}
