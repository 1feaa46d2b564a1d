package io.github.heychat4j.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.heychat4j.commands.internal.TypedText;
import io.github.heychat4j.domain.event.OptionType;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Declared commands, typed text and the console's definitions. */
class CommandDeclarationTest {
    @Test
    void aNameIsKeptWithoutItsSlashAndTheUsageShowsWhatIsOptional() {
        Command kick = Command.named("/kick", "踢出").with(OptionSpec.user("user", "谁"), OptionSpec.string("reason", "原因").optional());

        assertEquals("kick", kick.name());
        assertEquals("/kick <user> [reason]", kick.usage());
    }

    @Test
    void invalidDeclarationsNameTheFieldAndTheRule() {
        assertEquals("options: required options come before optional ones (a member types them in order), \"b\" is required after an optional one",
                assertThrows(IllegalArgumentException.class, () -> Command.named("/x", "")
                        .with(OptionSpec.string("a", "").optional(), OptionSpec.string("b", ""))).getMessage());
        assertEquals("options: names must be unique, \"a\" is declared twice", assertThrows(IllegalArgumentException.class,
                () -> Command.named("/x", "").with(OptionSpec.string("a", ""), OptionSpec.integer("a", ""))).getMessage());
        assertEquals("choices: a select option needs at least one, got none",
                assertThrows(IllegalArgumentException.class, () -> OptionSpec.select("s", "")).getMessage());
        assertEquals("userCooldown: must not be negative, got PT-1S",
                assertThrows(IllegalArgumentException.class, () -> Command.named("/x", "").cooldownPerUser(Duration.ofSeconds(-1))).getMessage());
        assertEquals("name: must be one word without '/' or '\"', got \"a b\"",
                assertThrows(IllegalArgumentException.class, () -> Command.named("/a b", "")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new OptionSpec("s", OptionType.SUBCOMMAND, "", true, List.of()));
    }

    @Test
    void typedTextSplitsOnSpacesAndKeepsQuotedWordsWhole() {
        TypedText text = TypedText.parse("  /nick  @{id:1}　“小 鲍” 'a b' \"unclosed rest").orElseThrow();

        assertEquals("nick", text.name());
        assertEquals(List.of("@{id:1}", "小 鲍", "a b", "unclosed rest"), text.words().stream().map(TypedText.Word::text).toList());
        assertEquals("“小 鲍” 'a b' \"unclosed rest", text.words().get(1).rest());
    }

    @Test
    void definitionsFollowTheConsolesFormat() {
        Command role = Command.named("/role", "身份组 \"管理\"")
                .with(OptionSpec.select("action", "动作", Choice.of("add", "添加")), OptionSpec.integer("days", "天数").optional());

        assertEquals("""
                [
                  {
                    "type": 0,
                    "name": "/role",
                    "description": "身份组 \\"管理\\"",
                    "options": [
                      {"name": "action", "type": 9, "required": true, "description": "动作", "choices": [{"name": "添加", "type": 3, "value": "add", "description": ""}]},
                      {"name": "days", "type": 10, "required": false, "description": "天数", "choices": []}
                    ]
                  },
                  {
                    "type": 0,
                    "name": "/ping",
                    "description": "",
                    "options": []
                  }
                ]""", CommandDefinitions.json(List.of(role, Command.named("ping", ""))));
    }
}
