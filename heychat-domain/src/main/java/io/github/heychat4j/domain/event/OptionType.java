package io.github.heychat4j.domain.event;

import java.util.Arrays;

/**
 * The type of a slash-command option, as the platform's numeric code.
 *
 * <p><b>Where the sources disagree, this enum is the one place that decides.</b> The official Go demo
 * numbers the types 1 subcommand, 2 subcommand group, 3 string, 4 number, 5 boolean, 6 user,
 * 7 channel, 8 role, 9 select, 10 integer; a community C# client reads 4 as integer and adds 11 image and
 * 12 file. heychat4j follows the official demo for 1 to 10 and the C# client for 11 and 12 (nobody else
 * names them). A code outside this list becomes {@link #UNKNOWN}, and its option a
 * {@link CommandOption.UnknownOption} that keeps the raw value, so nothing is dropped.
 */
public enum OptionType {
    /** A subcommand (1). */
    SUBCOMMAND(1),
    /** A group of subcommands (2). */
    SUBCOMMAND_GROUP(2),
    /** Free text (3). */
    STRING(3),
    /** A number with a fraction (4, per the official demo; a community client reads it as integer). */
    NUMBER(4),
    /** True or false (5). */
    BOOLEAN(5),
    /** A user (6). */
    USER(6),
    /** A channel (7). */
    CHANNEL(7),
    /** A role (8). */
    ROLE(8),
    /** One of the command's declared choices (9). */
    SELECT(9),
    /** A whole number (10). */
    INTEGER(10),
    /** An uploaded image (11, community reading). */
    IMAGE(11),
    /** An uploaded file (12, community reading). */
    FILE(12),
    /** A code heychat4j does not know. */
    UNKNOWN(-1);

    private final int code;

    OptionType(int code) {
        this.code = code;
    }

    /** The platform's code; -1 for {@link #UNKNOWN}. */
    public int code() {
        return code;
    }

    /** The type for a platform code; {@link #UNKNOWN} for codes not listed here. */
    public static OptionType fromCode(int code) {
        return Arrays.stream(values()).filter(t -> t.code == code && t != UNKNOWN).findFirst().orElse(UNKNOWN);
    }
}
