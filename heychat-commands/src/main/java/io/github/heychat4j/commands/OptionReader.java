package io.github.heychat4j.commands;

import io.github.heychat4j.commands.internal.TypedText;
import io.github.heychat4j.domain.event.CommandOption;
import io.github.heychat4j.domain.event.OptionType;
import io.github.heychat4j.domain.message.Mentions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a command's options as declared, from either arrival. <b>The declared type decides</b>: a menu option
 * of another type is read again from its text (the sources disagree whether code 4 is a number or an integer,
 * so a declared integer accepts a number option {@code 10}), and a typed word is read by the same
 * {@link CommandOption#fromWire} as the platform's values, after mention markup is reduced to its id.
 */
final class OptionReader {
    private static final Set<String> TRUE = Set.of("true", "yes", "y", "on", "1", "是", "开", "对");
    private static final Set<String> FALSE = Set.of("false", "no", "n", "off", "0", "否", "关", "不");

    private OptionReader() {
    }

    /** The options, or why they cannot be read. */
    record Read(List<CommandOption> options, Optional<CommandError> error) {
        static Read ok(List<CommandOption> options) {
            return new Read(options, Optional.empty());
        }

        static Read failed(CommandError error) {
            return new Read(List.of(), Optional.of(error));
        }
    }

    static Read fromMenu(Command command, List<CommandOption> given) {
        List<CommandOption> read = new ArrayList<>();
        for (OptionSpec spec : command.options()) {
            Optional<CommandOption> option = given.stream().filter(o -> o.name().equals(spec.name())).findFirst();
            if (option.isEmpty()) {
                if (spec.required()) {
                    return Read.failed(new CommandError.MissingOption(command.name(), spec, command.usage()));
                }
                continue;
            }
            Optional<CommandOption> typed = asDeclared(spec, option.get());
            if (typed.isEmpty()) {
                return Read.failed(new CommandError.MalformedOption(command.name(), spec, option.get().wireValue(), command.usage()));
            }
            read.add(typed.get());
        }
        return Read.ok(read);
    }

    static Read fromText(Command command, TypedText text) {
        List<CommandOption> read = new ArrayList<>();
        List<TypedText.Word> words = text.words();
        int next = 0;
        List<OptionSpec> specs = command.options();
        for (int i = 0; i < specs.size(); i++) {
            OptionSpec spec = specs.get(i);
            if (!spec.typeable() || next >= words.size()) {
                if (spec.required()) {
                    return Read.failed(new CommandError.MissingOption(command.name(), spec, command.usage()));
                }
                continue;
            }
            TypedText.Word word = words.get(next++);
            boolean takesTheRest = spec.type() == OptionType.STRING && i == specs.size() - 1 && !word.quoted();
            String value = takesTheRest ? word.rest() : word.text();
            Optional<CommandOption> typed = typedWord(spec, value);
            if (typed.isEmpty()) {
                return Read.failed(new CommandError.MalformedOption(command.name(), spec, value, command.usage()));
            }
            read.add(typed.get());
        }
        return Read.ok(read);
    }

    private static Optional<CommandOption> asDeclared(OptionSpec spec, CommandOption option) {
        if (option instanceof CommandOption.ImageOption || option instanceof CommandOption.FileOption) {
            var attachment = option instanceof CommandOption.ImageOption image ? image.value() : ((CommandOption.FileOption) option).value();
            return switch (spec.type()) {
                case IMAGE -> Optional.of(new CommandOption.ImageOption(spec.name(), attachment));
                case FILE -> Optional.of(new CommandOption.FileOption(spec.name(), attachment));
                default -> Optional.empty();
            };
        }
        if (option.type() == spec.type() && !(option instanceof CommandOption.UnknownOption)) {
            return spec.type() == OptionType.SELECT ? choice(spec, option.wireValue()) : Optional.of(option);
        }
        return wire(spec, option.wireValue());
    }

    private static Optional<CommandOption> typedWord(OptionSpec spec, String word) {
        String value = switch (spec.type()) {
            case USER -> single(Mentions.parse(word).users(), word, '@');
            case ROLE -> single(Mentions.parse(word).roles(), word, '@');
            case CHANNEL -> single(Mentions.parse(word).channels(), word, '#');
            case BOOLEAN -> {
                String lower = word.toLowerCase(Locale.ROOT);
                yield TRUE.contains(lower) ? "true" : FALSE.contains(lower) ? "false" : word;
            }
            default -> word;
        };
        return wire(spec, value);
    }

    /** The id of the one mention the word consists of; the word itself when it is no mention (a bare id). */
    private static String single(Set<?> mentioned, String word, char sigil) {
        if (mentioned.size() == 1 && word.equals(sigil + "{id:" + mentioned.iterator().next() + "}")) {
            return mentioned.iterator().next().toString();
        }
        return word.startsWith(sigil + "{") ? "" : word;
    }

    private static Optional<CommandOption> wire(OptionSpec spec, String value) {
        switch (spec.type()) {
            case SELECT:
                return choice(spec, value);
            case IMAGE, FILE:
                return Optional.empty();
            case INTEGER:
                // "10" and "10.0" are both the integer 10: a menu number option (code 4) may carry a whole number
                try {
                    return Optional.of(new CommandOption.IntegerOption(spec.name(),
                            new java.math.BigDecimal(value.strip()).stripTrailingZeros().longValueExact()));
                } catch (NumberFormatException | ArithmeticException notAWholeNumber) {
                    return Optional.empty();
                }
            default:
                CommandOption read = CommandOption.fromWire(spec.name(), spec.type().code(), value);
                return read instanceof CommandOption.UnknownOption ? Optional.empty() : Optional.of(read);
        }
    }

    private static Optional<CommandOption> choice(OptionSpec spec, String value) {
        return spec.choices().stream().filter(c -> c.value().equals(value) || c.name().equals(value)).findFirst()
                .map(c -> new CommandOption.SelectOption(spec.name(), c.value()));
    }
}
