package io.github.heychat4j.commands.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A command typed by hand, split into its name and its words: words are separated by white space (the
 * ideographic space too); {@code "..."}, {@code “...”} and {@code '...'} group words, and an unclosed quote runs
 * to the end. Each word keeps where the rest of the line starts, so that a last string option can take it.
 *
 * @param name  the command's name without {@code /}
 * @param words the words after it
 */
public record TypedText(String name, List<Word> words) {
    /** Copies the words. */
    public TypedText {
        words = List.copyOf(words);
    }

    /**
     * One word.
     *
     * @param text   the word, quotes removed
     * @param quoted whether it was quoted
     * @param rest   the line from this word on, as typed, trimmed
     */
    public record Word(String text, boolean quoted, String rest) {
    }

    /** The command in a message's text, if it starts with {@code /} and a name. */
    public static Optional<TypedText> parse(String text) {
        String line = strip(text);
        if (line.length() < 2 || line.charAt(0) != '/' || isSpace(line.charAt(1)) || line.charAt(1) == '/') {
            return Optional.empty();
        }
        int end = 1;
        while (end < line.length() && !isSpace(line.charAt(end))) {
            end++;
        }
        return Optional.of(new TypedText(line.substring(1, end), words(line, end)));
    }

    private static List<Word> words(String line, int from) {
        List<Word> words = new ArrayList<>();
        int i = from;
        while (true) {
            while (i < line.length() && isSpace(line.charAt(i))) {
                i++;
            }
            if (i >= line.length()) {
                return words;
            }
            int start = i;
            char open = line.charAt(i);
            char close = closing(open);
            if (close != 0) {
                int end = line.indexOf(close, i + 1);
                int stop = end < 0 ? line.length() : end;
                words.add(new Word(line.substring(i + 1, stop), true, strip(line.substring(start))));
                i = end < 0 ? line.length() : end + 1;
            } else {
                while (i < line.length() && !isSpace(line.charAt(i))) {
                    i++;
                }
                words.add(new Word(line.substring(start, i), false, strip(line.substring(start))));
            }
        }
    }

    private static char closing(char open) {
        return switch (open) {
            case '"' -> '"';
            case '\'' -> '\'';
            case '“' -> '”';
            case '「' -> '」';
            default -> 0;
        };
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static String strip(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && isSpace(s.charAt(a))) {
            a++;
        }
        while (b > a && isSpace(s.charAt(b - 1))) {
            b--;
        }
        return s.substring(a, b);
    }
}
