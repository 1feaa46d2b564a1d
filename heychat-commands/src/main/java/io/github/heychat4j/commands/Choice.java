package io.github.heychat4j.commands;

/**
 * One choice of a {@link OptionSpec#select select} option: the value the bot receives, the name the menu
 * shows, and an optional description.
 *
 * {@snippet :
 * OptionSpec action = OptionSpec.select("action", "添加或移除", Choice.of("add", "添加"), Choice.of("remove", "移除"));
 * }
 *
 * @param value       what the handler reads ({@code cmd.select("action")}) and what a member may type
 * @param name        what the command menu shows; a member may type it too
 * @param description shown in the console; may be empty
 */
public record Choice(String value, String name, String description) {
    /** Validates that the value and name are not blank and nothing is null. */
    public Choice {
        Names.requireText("value", value);
        Names.requireText("name", name);
        if (description == null) {
            throw new IllegalArgumentException("description: must not be null");
        }
        if (value.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("value: must be one word (a member types it), got \"" + value + "\"");
        }
    }

    /** A choice without a description. */
    public static Choice of(String value, String name) {
        return new Choice(value, name, "");
    }
}
