package io.github.heychat4j.commands;

import java.util.Collection;
import java.util.List;

/**
 * The command definitions the developer console (bot.xiaoheihe.cn) needs, printed from the declared
 * commands so that the code and the console never disagree. The platform has no API to register commands
 * (spec §2.1); its documented definition format (§5.4) is {@code type} (0), {@code name},
 * {@code description}, and {@code options} with {@code name}, {@code type}, {@code required},
 * {@code description} and {@code choices} ({@code name}, {@code type}, {@code value}, {@code description}).
 *
 * {@snippet :
 * System.out.println(CommandDefinitions.json(router.commands()));
 * }
 *
 * <p>Decisions where the format is unsure: the {@code id} is left out (the console assigns the snowflake);
 * the {@code name} keeps its {@code /}, as the command event sends it ({@code "/test"}); an option's
 * {@code type} is the code of {@link io.github.heychat4j.domain.event.OptionType} (official demo's numbering);
 * a choice's {@code type} is 3 (a string: the event sends every value as text).
 */
public final class CommandDefinitions {
    private CommandDefinitions() {
    }

    /** The definitions as a JSON array, indented for reading and pasting. */
    public static String json(Collection<Command> commands) {
        Names.requireNonNull("commands", commands);
        StringBuilder out = new StringBuilder("[");
        String separator = "\n";
        for (Command command : List.copyOf(commands)) {
            out.append(separator).append("  {\n")
                    .append("    \"type\": 0,\n")
                    .append("    \"name\": ").append(quoted(command.slashName())).append(",\n")
                    .append("    \"description\": ").append(quoted(command.description())).append(",\n")
                    .append("    \"options\": [");
            String optionSeparator = "\n";
            for (OptionSpec option : command.options()) {
                out.append(optionSeparator).append("      {")
                        .append("\"name\": ").append(quoted(option.name()))
                        .append(", \"type\": ").append(option.type().code())
                        .append(", \"required\": ").append(option.required())
                        .append(", \"description\": ").append(quoted(option.description()))
                        .append(", \"choices\": [");
                String choiceSeparator = "";
                for (Choice choice : option.choices()) {
                    out.append(choiceSeparator).append("{\"name\": ").append(quoted(choice.name()))
                            .append(", \"type\": 3, \"value\": ").append(quoted(choice.value()))
                            .append(", \"description\": ").append(quoted(choice.description())).append('}');
                    choiceSeparator = ", ";
                }
                out.append("]}");
                optionSeparator = ",\n";
            }
            out.append(command.options().isEmpty() ? "]\n" : "\n    ]\n").append("  }");
            separator = ",\n";
        }
        return out.append(commands.isEmpty() ? "]" : "\n]").toString();
    }

    private static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
