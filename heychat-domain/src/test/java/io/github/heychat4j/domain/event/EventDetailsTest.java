package io.github.heychat4j.domain.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.heychat4j.domain.ChannelId;
import io.github.heychat4j.domain.MessageId;
import io.github.heychat4j.domain.RoleId;
import io.github.heychat4j.domain.RoomId;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.channel.ChannelRef;
import io.github.heychat4j.domain.message.Emoji;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Who caused each event, where it happened, and how each option type reads and writes its value. */
class EventDetailsTest {
    private static final RoomId ROOM = RoomId.of("3587810143523774464");
    private static final ChannelRef GENERAL = ChannelRef.text(ROOM, ChannelId.of("3377790315288076288"));
    private static final UserId ALICE = UserId.of(8828375);
    private static final Instant T = Instant.parse("2026-11-30T12:00:00Z");
    private static final Emoji DOGE = Emoji.parse("[cube_doge]");

    @Test
    void everyEventNamesWhoCausedIt() {
        Sender alice = Sender.of(ALICE, "alice");

        assertEquals(Optional.of(ALICE), MessagePosted.of(MessageId.of("1"), GENERAL, alice, MessageKind.TEXT, "hi", T).actor());
        assertEquals(Optional.of(ALICE), new MemberLeft(ROOM, alice, T).actor());
        assertEquals(Optional.of(ALICE), new ButtonClicked(MessageId.of("1"), GENERAL, alice, "签到", "sign-in", T).actor());
        assertEquals(Optional.of(ALICE), new ReactionAdded(Optional.of(ROOM), GENERAL.channel(), MessageId.of("1"), ALICE, DOGE, T).actor());
        assertEquals(Optional.of(ALICE), new ReactionRemoved(Optional.empty(), GENERAL.channel(), MessageId.of("1"), ALICE, DOGE, T).actor());
        assertEquals(Optional.of(GENERAL),
                new ReactionRemoved(Optional.of(ROOM), GENERAL.channel(), MessageId.of("1"), ALICE, DOGE, T).channelRef());
    }

    @Test
    void aSenderWithoutRolesHasNoneAndABlankRoomNicknameIsNotShown() {
        Sender blank = new Sender(ALICE, "alice", Optional.of(" "), Set.of(), false, Optional.empty());

        assertFalse(blank.hasRole(RoleId.of("5")));
        assertEquals("alice", blank.displayName());
    }

    @Test
    void eachOptionHasItsTypeAndWireValue() {
        Attachment image = Attachment.of("a.png", "https://x.example/a.png");

        assertEquals(new Attachment("a.png", "https://x.example/a.png", 0, "", java.util.OptionalInt.empty(), java.util.OptionalInt.empty()), image);
        assertOption(OptionType.SELECT, "red", new CommandOption.SelectOption("colour", "red"));
        assertOption(OptionType.ROLE, "5", new CommandOption.RoleOption("role", RoleId.of("5")));
        assertOption(OptionType.IMAGE, "https://x.example/a.png", new CommandOption.ImageOption("pic", image));
        assertOption(OptionType.FILE, "https://x.example/a.png", new CommandOption.FileOption("doc", image));
        assertOption(OptionType.SUBCOMMAND, "", new CommandOption.Subcommand("add", false));
        assertOption(OptionType.SUBCOMMAND_GROUP, "", new CommandOption.Subcommand("admin", true));
        assertOption(OptionType.STRING, "x", new CommandOption.UnknownOption("odd", 3, "x"));
    }

    @Test
    void aWholeNumberIsWrittenWithoutAFractionUpToTenToTheFifteen() {
        assertEquals("3", new CommandOption.NumberOption("n", 3.0).wireValue());
        assertEquals("-3", new CommandOption.NumberOption("n", -3.0).wireValue());
        assertEquals("2.5", new CommandOption.NumberOption("n", 2.5).wireValue());
        assertEquals("999999999999999", new CommandOption.NumberOption("n", 999_999_999_999_999.0).wireValue());
        assertEquals("1.0E15", new CommandOption.NumberOption("n", 1e15).wireValue());
        assertEquals("-1.0E15", new CommandOption.NumberOption("n", -1e15).wireValue());
    }

    private static void assertOption(OptionType type, String wire, CommandOption option) {
        assertEquals(type, option.type());
        assertEquals(wire, option.wireValue());
    }
}
