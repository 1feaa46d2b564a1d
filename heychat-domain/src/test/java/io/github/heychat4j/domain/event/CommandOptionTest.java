package io.github.heychat4j.domain.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.heychat4j.domain.ChannelId;
import io.github.heychat4j.domain.RoleId;
import io.github.heychat4j.domain.Samples;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.event.CommandOption.BooleanOption;
import io.github.heychat4j.domain.event.CommandOption.ChannelOption;
import io.github.heychat4j.domain.event.CommandOption.IntegerOption;
import io.github.heychat4j.domain.event.CommandOption.NumberOption;
import io.github.heychat4j.domain.event.CommandOption.RoleOption;
import io.github.heychat4j.domain.event.CommandOption.SelectOption;
import io.github.heychat4j.domain.event.CommandOption.StringOption;
import io.github.heychat4j.domain.event.CommandOption.Subcommand;
import io.github.heychat4j.domain.event.CommandOption.UnknownOption;
import io.github.heychat4j.domain.event.CommandOption.UserOption;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CommandOptionTest {

    @Test
    void eachTypeCodeReadsIntoItsRecord() {
        assertEquals(new StringOption("reason", "刷屏"), CommandOption.fromWire("reason", 3, "刷屏"));
        assertEquals(new NumberOption("ratio", 0.5), CommandOption.fromWire("ratio", 4, "0.5"));
        assertEquals(new BooleanOption("public", true), CommandOption.fromWire("public", 5, "true"));
        assertEquals(new BooleanOption("public", false), CommandOption.fromWire("public", 5, "0"));
        assertEquals(new UserOption("user", UserId.of(66837313)), CommandOption.fromWire("user", 6, "66837313"));
        assertEquals(new ChannelOption("where", ChannelId.of("3377790315296464896")), CommandOption.fromWire("where", 7, "3377790315296464896"));
        assertEquals(new RoleOption("role", RoleId.of("3581310465983111170")), CommandOption.fromWire("role", 8, "3581310465983111170"));
        assertEquals(new SelectOption("mode", "strict"), CommandOption.fromWire("mode", 9, "strict"));
        assertEquals(new IntegerOption("minutes", 15), CommandOption.fromWire("minutes", 10, " 15 "));
        assertEquals(new Subcommand("add", false), CommandOption.fromWire("add", 1, ""));
        assertEquals(new Subcommand("admin", true), CommandOption.fromWire("admin", 2, ""));
    }

    @Test
    void aValueThatIsNotOfItsTypeIsKeptAsUnknownNotLost() {
        assertEquals(new UnknownOption("minutes", 10, "soon"), CommandOption.fromWire("minutes", 10, "soon"));
        assertEquals(new UnknownOption("user", 6, "-1"), CommandOption.fromWire("user", 6, "-1"));
        assertEquals(new UnknownOption("public", 5, "yes"), CommandOption.fromWire("public", 5, "yes"));
        assertEquals(new UnknownOption("ratio", 4, "NaN"), CommandOption.fromWire("ratio", 4, "NaN"));
        assertEquals(new UnknownOption("", 3, "x"), CommandOption.fromWire("", 3, "x"));
    }

    @Test
    void unknownCodesAndAttachmentCodesWithoutAnAttachmentAreUnknown() {
        UnknownOption weird = assertInstanceOf(UnknownOption.class, CommandOption.fromWire("weird", 42, "??"));
        assertEquals(OptionType.UNKNOWN, weird.type());
        assertEquals(OptionType.IMAGE, CommandOption.fromWire("shot", 11, "").type());
        assertInstanceOf(UnknownOption.class, CommandOption.fromWire("shot", 11, ""));
    }

    @Test
    void nullsAreRejectedNamingTheField() {
        assertEquals("name: must not be null", assertThrows(IllegalArgumentException.class,
                () -> CommandOption.fromWire(null, 3, "x")).getMessage());
        assertEquals("value: must not be null", assertThrows(IllegalArgumentException.class,
                () -> CommandOption.fromWire("a", 3, null)).getMessage());
        assertEquals("name: must not be blank", assertThrows(IllegalArgumentException.class,
                () -> new StringOption(" ", "x")).getMessage());
    }

    @Test
    void theTypeCodesFollowTheOfficialDemoWhereSourcesDisagree() {
        assertEquals(OptionType.NUMBER, OptionType.fromCode(4));
        assertEquals(OptionType.INTEGER, OptionType.fromCode(10));
        assertEquals(OptionType.UNKNOWN, OptionType.fromCode(-1));
        for (OptionType t : OptionType.values()) {
            if (t != OptionType.UNKNOWN) {
                assertEquals(t, OptionType.fromCode(t.code()));
            }
        }
    }

    static Stream<CommandOption> typedOptions() {
        return Samples.longs().limit(60).mapToObj(n -> {
            long positive = Math.floorMod(n, 2_000_000_000L) + 1;
            return switch ((int) Math.floorMod(n, 6)) {
                case 0 -> new IntegerOption("n", n);
                case 1 -> new NumberOption("x", (n % 100_000) / 7.0);
                case 2 -> new UserOption("u", UserId.of(positive));
                case 3 -> new ChannelOption("c", ChannelId.of(Long.toUnsignedString(n)));
                case 4 -> new BooleanOption("b", n % 2 == 0);
                default -> new StringOption("s", Long.toString(n, 36));
            };
        });
    }

    @ParameterizedTest
    @MethodSource("typedOptions")
    void whatAnOptionSendsReadsBackToTheSameOption(CommandOption option) {
        assertEquals(option, CommandOption.fromWire(option.name(), option.type().code(), option.wireValue()));
    }
}
