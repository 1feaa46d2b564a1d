package io.github.heychat4j.commands;

import io.github.heychat4j.domain.event.OptionType;
import java.util.List;

/**
 * One declared option of a {@link Command}: its name, type, description, whether it is required, and for a
 * select option its choices. Declared types decide how a value is read, from the menu and from typed text
 * alike.
 *
 * {@snippet :
 * Command kick = Command.named("/kick", "踢出房间")
 *         .with(OptionSpec.user("user", "要踢出的人"), OptionSpec.string("reason", "原因").optional());
 * }
 *
 * @param name        the option's name, one word
 * @param type        its type: string, number, integer, boolean, user, channel, role, select, image or file
 * @param description shown in the menu; may be empty
 * @param required    whether the command cannot run without it
 * @param choices     for a select option, at least one; for the other types, none
 */
public record OptionSpec(String name, OptionType type, String description, boolean required, List<Choice> choices) {
    /** Validates the name, the type (no subcommands: the console's format gives them no options), and the choices. */
    public OptionSpec {
        Names.requireName("name", name);
        Names.requireNonNull("type", type);
        Names.requireNonNull("description", description);
        Names.requireNonNull("choices", choices);
        choices = List.copyOf(choices);
        switch (type) {
            case SUBCOMMAND, SUBCOMMAND_GROUP, UNKNOWN -> throw new IllegalArgumentException("type: " + type
                    + " cannot be declared (the console's command format gives options no options of their own; use a select)");
            case SELECT -> {
                if (choices.isEmpty()) {
                    throw new IllegalArgumentException("choices: a select option needs at least one, got none");
                }
                if (choices.stream().map(Choice::value).distinct().count() != choices.size()) {
                    throw new IllegalArgumentException("choices: values must be unique, got " + choices);
                }
            }
            default -> {
                if (!choices.isEmpty()) {
                    throw new IllegalArgumentException("choices: only a select option has choices, " + name + " is " + type);
                }
            }
        }
    }

    /** Free text. A last string option typed by hand takes the rest of the line. */
    public static OptionSpec string(String name, String description) {
        return new OptionSpec(name, OptionType.STRING, description, true, List.of());
    }

    /** A number with a fraction. */
    public static OptionSpec number(String name, String description) {
        return new OptionSpec(name, OptionType.NUMBER, description, true, List.of());
    }

    /** A whole number. */
    public static OptionSpec integer(String name, String description) {
        return new OptionSpec(name, OptionType.INTEGER, description, true, List.of());
    }

    /** True or false (typed: true/false, yes/no, on/off, 1/0, 是/否, 开/关). */
    public static OptionSpec bool(String name, String description) {
        return new OptionSpec(name, OptionType.BOOLEAN, description, true, List.of());
    }

    /** A user (typed: a mention {@code @{id:N}} or the id). */
    public static OptionSpec user(String name, String description) {
        return new OptionSpec(name, OptionType.USER, description, true, List.of());
    }

    /** A channel (typed: a link {@code #{id:N}} or the id). */
    public static OptionSpec channel(String name, String description) {
        return new OptionSpec(name, OptionType.CHANNEL, description, true, List.of());
    }

    /** A role (typed: a role mention {@code @{id:N}} or the id). */
    public static OptionSpec role(String name, String description) {
        return new OptionSpec(name, OptionType.ROLE, description, true, List.of());
    }

    /** One of the choices (typed: a choice's value or name). */
    public static OptionSpec select(String name, String description, Choice... choices) {
        return new OptionSpec(name, OptionType.SELECT, description, true, List.of(Names.requireNonNull("choices", choices)));
    }

    /** An uploaded image; only the menu can give one. */
    public static OptionSpec image(String name, String description) {
        return new OptionSpec(name, OptionType.IMAGE, description, true, List.of());
    }

    /** An uploaded file; only the menu can give one. */
    public static OptionSpec file(String name, String description) {
        return new OptionSpec(name, OptionType.FILE, description, true, List.of());
    }

    /** The same option, not required. */
    public OptionSpec optional() {
        return new OptionSpec(name, type, description, false, choices);
    }

    /** How the usage line shows it: {@code <user>} when required, {@code [reason]} when not. */
    public String placeholder() {
        return required ? "<" + name + ">" : "[" + name + "]";
    }

    /** Whether a member can type it (images and files come only from the menu). */
    public boolean typeable() {
        return type != OptionType.IMAGE && type != OptionType.FILE;
    }
}
