package io.github.heychat4j.testkit.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Things a test named, looked up by name, optionally inside a scope (a room). Names may repeat across
 * scopes; a lookup without a scope must then be unambiguous, and the error says how to disambiguate.
 *
 * @param <T> what a name stands for
 */
public final class NameIndex<T> {
    private final String kind;
    private final List<Entry<T>> entries = new ArrayList<>();

    private record Entry<T>(String scope, String name, T value) {
    }

    /** @param kind what the names are, for messages: "room", "channel", ... */
    public NameIndex(String kind) {
        this.kind = kind;
    }

    /** Adds a named thing; the scope is the room's name, or empty for world-wide names. */
    public void add(String scope, String name, T value) {
        entries.add(new Entry<>(Objects.requireNonNull(scope), Objects.requireNonNull(name), Objects.requireNonNull(value)));
    }

    /** The name of the first thing that matches, to show it by name. */
    public Optional<String> nameOf(Predicate<? super T> matching) {
        return entries.stream().filter(e -> matching.test(e.value)).map(Entry::name).findFirst();
    }

    /** Whether the name is taken in the scope. */
    public boolean contains(String scope, String name) {
        return entries.stream().anyMatch(e -> e.scope.equals(scope) && e.name.equals(name));
    }

    /** The one thing with this name, in whichever scope. */
    public T get(String name) {
        requireName("name", name);
        return single(entries.stream().filter(e -> e.name.equals(name)).toList(), name, "");
    }

    /** The one thing with this name in this scope. */
    public T get(String scope, String name) {
        requireName("room", scope);
        requireName("name", name);
        return single(entries.stream().filter(e -> e.scope.equals(scope) && e.name.equals(name)).toList(), name, scope);
    }

    private T single(List<Entry<T>> found, String name, String scope) {
        String where = scope.isEmpty() ? "" : " in room \"" + scope + "\"";
        if (found.isEmpty()) {
            throw new IllegalArgumentException("no " + kind + " named \"" + name + "\"" + where + "; " + known());
        }
        if (found.size() > 1) {
            String scopes = found.stream().map(e -> "\"" + e.scope + "\"").distinct().collect(Collectors.joining(", "));
            throw new IllegalArgumentException("the " + kind + " name \"" + name + "\"" + where + " is ambiguous: it is used "
                    + found.size() + " times" + (scope.isEmpty() ? " (in rooms " + scopes + "); look it up with the room name"
                    : "; give the things different names"));
        }
        return found.get(0).value;
    }

    private String known() {
        if (entries.isEmpty()) {
            return "the world has no " + kind + " at all";
        }
        return "known: " + entries.stream()
                .map(e -> e.scope.isEmpty() ? "\"" + e.name + "\"" : "\"" + e.name + "\" (in \"" + e.scope + "\")")
                .collect(Collectors.joining(", "));
    }

    private static void requireName(String field, String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException(field + ": must not be blank, got " + (name == null ? "null" : "\"" + name + "\""));
        }
    }
}
