package io.github.heychat4j.domain.event;

import io.github.heychat4j.domain.ChannelId;
import io.github.heychat4j.domain.RoleId;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.internal.Checks;
import java.util.Locale;

/**
 * One option of a slash command as a member filled it in, typed. The platform sends every value as
 * text; {@link #fromWire} turns it into the typed record, and a value that does not read as its type
 * becomes an {@link UnknownOption} that keeps the text (so a handler can answer "bad option" instead of
 * the event being lost).
 *
 * {@snippet :
 * for (CommandOption option : command.options()) {
 *     if (option instanceof CommandOption.UserOption user) {
 *         heychat.rooms().kick(command.channel().room(), user.value());
 *     }
 * }
 * }
 */
public sealed interface CommandOption {

    /** The option's declared name. */
    String name();

    /** Its type. */
    OptionType type();

    /** The value as the platform sends it (the text form). */
    String wireValue();

    /**
     * Reads an option as the platform sends it: a name, a type code and a text value. Image and file
     * options carry an {@link Attachment} instead; build them with {@link ImageOption} and {@link FileOption}.
     *
     * @param name  the option's name
     * @param code  the platform's type code (see {@link OptionType})
     * @param value the value as text
     * @return the typed option; an {@link UnknownOption} when the code is unknown, is an image or file
     *         code, or the value does not read as its type
     * @throws IllegalArgumentException when {@code name} or {@code value} is null
     */
    static CommandOption fromWire(String name, int code, String value) {
        Checks.notNull("name", name);
        Checks.notNull("value", value);
        OptionType type = OptionType.fromCode(code);
        try {
            return switch (type) {
                case SUBCOMMAND, SUBCOMMAND_GROUP -> new Subcommand(name, type == OptionType.SUBCOMMAND_GROUP);
                case STRING -> new StringOption(name, value);
                case SELECT -> new SelectOption(name, value);
                case NUMBER -> new NumberOption(name, Double.parseDouble(value.strip()));
                case INTEGER -> new IntegerOption(name, Long.parseLong(value.strip()));
                case BOOLEAN -> new BooleanOption(name, parseBoolean(value));
                case USER -> new UserOption(name, UserId.parse(value.strip()));
                case CHANNEL -> new ChannelOption(name, ChannelId.of(value.strip()));
                case ROLE -> new RoleOption(name, RoleId.of(value.strip()));
                case IMAGE, FILE, UNKNOWN -> new UnknownOption(name, code, value);
            };
        } catch (IllegalArgumentException notOfItsType) {
            // NumberFormatException is an IllegalArgumentException too
            return new UnknownOption(name, code, value);
        }
    }

    private static boolean parseBoolean(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true", "1" -> true;
            case "false", "0" -> false;
            default -> throw new IllegalArgumentException("value: must be true or false, got \"" + value + "\"");
        };
    }

    private static String checkedName(String name) {
        return Checks.notBlank("name", name);
    }

    /** Free text. @param name the option @param value what the member typed */
    record StringOption(String name, String value) implements CommandOption {
        /** Validates the name and value. */
        public StringOption {
            checkedName(name);
            Checks.notNull("value", value);
        }

        @Override
        public OptionType type() {
            return OptionType.STRING;
        }

        @Override
        public String wireValue() {
            return value;
        }
    }

    /** One of the command's declared choices. @param name the option @param value the choice's value */
    record SelectOption(String name, String value) implements CommandOption {
        /** Validates the name and value. */
        public SelectOption {
            checkedName(name);
            Checks.notNull("value", value);
        }

        @Override
        public OptionType type() {
            return OptionType.SELECT;
        }

        @Override
        public String wireValue() {
            return value;
        }
    }

    /** A number with a fraction. @param name the option @param value the number, finite */
    record NumberOption(String name, double value) implements CommandOption {
        /** Validates the name and that the number is finite. */
        public NumberOption {
            checkedName(name);
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("value: must be a finite number, got " + value);
            }
        }

        @Override
        public OptionType type() {
            return OptionType.NUMBER;
        }

        @Override
        public String wireValue() {
            return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
        }
    }

    /** A whole number. @param name the option @param value the number */
    record IntegerOption(String name, long value) implements CommandOption {
        /** Validates the name. */
        public IntegerOption {
            checkedName(name);
        }

        @Override
        public OptionType type() {
            return OptionType.INTEGER;
        }

        @Override
        public String wireValue() {
            return Long.toString(value);
        }
    }

    /** True or false. @param name the option @param value the choice */
    record BooleanOption(String name, boolean value) implements CommandOption {
        /** Validates the name. */
        public BooleanOption {
            checkedName(name);
        }

        @Override
        public OptionType type() {
            return OptionType.BOOLEAN;
        }

        @Override
        public String wireValue() {
            return Boolean.toString(value);
        }
    }

    /** A user. @param name the option @param value the user */
    record UserOption(String name, UserId value) implements CommandOption {
        /** Validates that nothing is null. */
        public UserOption {
            checkedName(name);
            Checks.notNull("value", value);
        }

        @Override
        public OptionType type() {
            return OptionType.USER;
        }

        @Override
        public String wireValue() {
            return value.toString();
        }
    }

    /** A channel. @param name the option @param value the channel */
    record ChannelOption(String name, ChannelId value) implements CommandOption {
        /** Validates that nothing is null. */
        public ChannelOption {
            checkedName(name);
            Checks.notNull("value", value);
        }

        @Override
        public OptionType type() {
            return OptionType.CHANNEL;
        }

        @Override
        public String wireValue() {
            return value.value();
        }
    }

    /** A role. @param name the option @param value the role */
    record RoleOption(String name, RoleId value) implements CommandOption {
        /** Validates that nothing is null. */
        public RoleOption {
            checkedName(name);
            Checks.notNull("value", value);
        }

        @Override
        public OptionType type() {
            return OptionType.ROLE;
        }

        @Override
        public String wireValue() {
            return value.value();
        }
    }

    /** An uploaded image. @param name the option @param value the image */
    record ImageOption(String name, Attachment value) implements CommandOption {
        /** Validates that nothing is null. */
        public ImageOption {
            checkedName(name);
            Checks.notNull("value", value);
        }

        @Override
        public OptionType type() {
            return OptionType.IMAGE;
        }

        @Override
        public String wireValue() {
            return value.url();
        }
    }

    /** An uploaded file. @param name the option @param value the file */
    record FileOption(String name, Attachment value) implements CommandOption {
        /** Validates that nothing is null. */
        public FileOption {
            checkedName(name);
            Checks.notNull("value", value);
        }

        @Override
        public OptionType type() {
            return OptionType.FILE;
        }

        @Override
        public String wireValue() {
            return value.url();
        }
    }

    /**
     * A subcommand, or a group of them, that the member picked.
     *
     * @param name  the subcommand's name
     * @param group whether it is a subcommand group (type 2) rather than a subcommand (type 1)
     */
    record Subcommand(String name, boolean group) implements CommandOption {
        /** Validates the name. */
        public Subcommand {
            checkedName(name);
        }

        @Override
        public OptionType type() {
            return group ? OptionType.SUBCOMMAND_GROUP : OptionType.SUBCOMMAND;
        }

        @Override
        public String wireValue() {
            return "";
        }
    }

    /**
     * An option of a type heychat4j does not know, or whose value does not read as its type: the raw
     * code and text, kept so that nothing is lost.
     *
     * @param name  the option's name
     * @param code  the platform's type code
     * @param value the value as sent
     */
    record UnknownOption(String name, int code, String value) implements CommandOption {
        /** Validates that nothing is null. */
        public UnknownOption {
            Checks.notNull("name", name);
            Checks.notNull("value", value);
        }

        @Override
        public OptionType type() {
            return OptionType.fromCode(code);
        }

        @Override
        public String wireValue() {
            return value;
        }
    }
}
