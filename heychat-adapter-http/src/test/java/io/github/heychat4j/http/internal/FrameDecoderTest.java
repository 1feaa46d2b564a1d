package io.github.heychat4j.http.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.heychat4j.domain.ChannelId;
import io.github.heychat4j.domain.MessageId;
import io.github.heychat4j.domain.RoleId;
import io.github.heychat4j.domain.RoomId;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.channel.ChannelRef;
import io.github.heychat4j.domain.event.Attachment;
import io.github.heychat4j.domain.event.ButtonClicked;
import io.github.heychat4j.domain.event.CommandInvoked;
import io.github.heychat4j.domain.event.CommandOption;
import io.github.heychat4j.domain.event.HeychatEvent;
import io.github.heychat4j.domain.event.MemberJoined;
import io.github.heychat4j.domain.event.MemberLeft;
import io.github.heychat4j.domain.event.MessageKind;
import io.github.heychat4j.domain.event.MessagePosted;
import io.github.heychat4j.domain.event.ReactionAdded;
import io.github.heychat4j.domain.event.ReactionRemoved;
import io.github.heychat4j.domain.event.Sender;
import io.github.heychat4j.domain.event.UnknownEvent;
import io.github.heychat4j.domain.message.Emoji;
import io.github.heychat4j.domain.message.Mentions;
import io.github.heychat4j.http.SkipReason;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every golden gateway frame reads into the exact domain event; broken frames are skipped with a reason. */
class FrameDecoderTest {
    static final Instant NOW = Instant.parse("2024-11-30T10:00:00Z");
    static final FrameDecoder DECODER = new FrameDecoder(Clock.fixed(NOW, ZoneOffset.UTC));
    static final RoomId ROOM = RoomId.of("3587810143523774464");
    static final ChannelRef GENERAL = ChannelRef.text(ROOM, ChannelId.of("3377790315288076288"));
    static final RoleId MODERATOR = RoleId.of("3581310465983111170");
    static final Sender ALICE = new Sender(UserId.of(8828375), "alice", Optional.of("小爱"), Set.of(MODERATOR), false,
            Optional.of("https://chat.max-c.com/pic/alice.png"));
    static final Sender ALICE_CLICKING = Sender.of(UserId.of(8828375), "alice");
    static final Sender BOB = Sender.of(UserId.of(8836257), "bob");
    static final Sender CAROL = Sender.of(UserId.of(66837313), "carol");
    static final Sender DAVE = new Sender(UserId.of(77777777), "dave", Optional.empty(), Set.of(), false,
            Optional.of("https://chat.max-c.com/pic/dave.png"));

    static Map<String, HeychatEvent> expected() {
        return Map.ofEntries(
                Map.entry("50-command.json", new CommandInvoked(MessageId.of("2026607597894049793"), GENERAL, ALICE, "/kick", List.of(
                        new CommandOption.UserOption("user", UserId.of(66837313)),
                        new CommandOption.IntegerOption("minutes", 15),
                        new CommandOption.StringOption("reason", "刷屏"),
                        new CommandOption.BooleanOption("public", true),
                        new CommandOption.NumberOption("ratio", 0.5),
                        new CommandOption.ChannelOption("where", ChannelId.of("3377790315296464896")),
                        new CommandOption.RoleOption("role", MODERATOR),
                        new CommandOption.SelectOption("mode", "strict")), Instant.ofEpochMilli(1732962000100L))),
                Map.entry("50-command.attachments.json", new CommandInvoked(MessageId.of("2026607597894049794"), GENERAL, CAROL,
                        "/report", List.of(
                        new CommandOption.ImageOption("screenshot", new Attachment("shot.png", "https://chat.max-c.com/pic/shot.png",
                                20480, "image/png", OptionalInt.of(640), OptionalInt.of(480))),
                        new CommandOption.FileOption("log", new Attachment("bot.log", "https://chat.max-c.com/attachments/bot.log",
                                1024, "text/plain", OptionalInt.empty(), OptionalInt.empty())),
                        new CommandOption.UnknownOption("weird", 42, "??")), Instant.ofEpochMilli(1732962000990L))),
                Map.entry("5-message.flat.json", new MessagePosted(MessageId.of("2026607597894049795"), GENERAL, ALICE,
                        MessageKind.MARKDOWN_WITH_MENTIONS, "hi @{id:2398561}, see #{id:3377790315296464896}",
                        Mentions.parse("hi @{id:2398561}, see #{id:3377790315296464896}"), Optional.empty(),
                        Optional.of(MessageId.of("2026607597894049792")), Instant.ofEpochMilli(1732962001990L))),
                Map.entry("5-message.nested.json", MessagePosted.of(MessageId.of("2026607597894049796"), GENERAL, BOB,
                        MessageKind.MARKDOWN, "**今晚** 开黑", Instant.ofEpochMilli(1732962002990L))),
                Map.entry("5-message.image.json", new MessagePosted(MessageId.of("2026607597894049797"), GENERAL, BOB,
                        MessageKind.IMAGE, "", Mentions.none(), Optional.of(new Attachment("", "https://chat.max-c.com/pic/cat.png",
                        4096, "image/png", OptionalInt.of(194), OptionalInt.of(228))), Optional.empty(),
                        Instant.ofEpochMilli(1732962003990L))),
                Map.entry("3001-join.json", new MemberJoined(ROOM, DAVE, Instant.ofEpochMilli(1732962005000L))),
                Map.entry("3001-leave.sender-info.json", new MemberLeft(ROOM, Sender.of(UserId.of(77777777), "dave"),
                        Instant.ofEpochMilli(1732962006000L))),
                Map.entry("5003-reaction.add.json", new ReactionAdded(Optional.of(ROOM), GENERAL.channel(),
                        MessageId.of("2026607597894049792"), UserId.of(8828375), Emoji.parse("[cube_doge]"),
                        Instant.ofEpochMilli(1732962007000L))),
                Map.entry("5003-reaction.remove.json", new ReactionRemoved(Optional.empty(), GENERAL.channel(),
                        MessageId.of("2026607597894049792"), UserId.of(8828375), Emoji.parse("[cube_doge]"),
                        Instant.ofEpochMilli(1732962008000L))),
                Map.entry("card-button-click.json", new ButtonClicked(MessageId.of("2026607597894049792"), GENERAL, ALICE_CLICKING,
                        "报名", "signup", Instant.ofEpochMilli(1732962008990L))),
                Map.entry("unknown-5002.json", new UnknownEvent("5002", frame("unknown-5002.json"),
                        Instant.ofEpochMilli(1732962010000L))));
    }

    static Stream<Arguments> goldenFrames() {
        return expected().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldenFrames")
    void everyGoldenFrameReadsIntoItsEvent(String file, HeychatEvent expected) {
        FrameDecoder.Decoded decoded = DECODER.decode(frame(file));

        FrameDecoder.Event event = assertInstanceOf(FrameDecoder.Event.class, decoded, () -> file + ": " + decoded);
        assertEquals(expected, event.event());
        assertTrue(event.sequence().isPresent());
    }

    @Test
    void everyGoldenFrameFileHasAnExpectedEvent() throws IOException, URISyntaxException {
        Path dir = Path.of(FrameDecoderTest.class.getClassLoader().getResource("golden/events").toURI());
        Set<String> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).collect(Collectors.toCollection(TreeSet::new));
        }

        assertEquals(files, new TreeSet<>(expected().keySet()));
    }

    @Test
    void idsMayBeNumbersAndFlagsBooleans() {
        String frame = """
                {"sequence": 1, "type": "5003", "timestamp": 1732962007000,
                 "data": {"channel_id": 3377790315288076288, "emoji": "[cube_doge]", "is_add": false,
                          "msg_id": 2026607597894049792, "user_id": "8828375", "room_id": 3587810143523774464}}""";

        HeychatEvent event = ((FrameDecoder.Event) DECODER.decode(frame)).event();

        assertEquals(new ReactionRemoved(Optional.of(ROOM), GENERAL.channel(), MessageId.of("2026607597894049792"),
                UserId.of(8828375), Emoji.parse("[cube_doge]"), Instant.ofEpochMilli(1732962007000L)), event);
    }

    @Test
    void aMissingOrUnknownChannelTypeIsText() {
        String frame = """
                {"type": "5", "data": {"msg_id": "1", "msg": "hi", "msg_type": 1, "room_id": "3587810143523774464",
                 "channel_id": "3377790315288076288", "channel_type": 99, "user_id": 8836257, "nickname": "bob"}}""";

        MessagePosted posted = (MessagePosted) ((FrameDecoder.Event) DECODER.decode(frame)).event();

        assertEquals(GENERAL, posted.channel());
        assertEquals(NOW, posted.time(), "no send_time and no timestamp: the time it was read");
    }

    @Test
    void aCardMessageHasNoText() {
        String frame = """
                {"type": "5", "timestamp": 5, "data": {"msg_id": "1", "msg": "{\\"data\\":[]}", "msg_type": 20,
                 "room_id": "3587810143523774464", "channel_id": "3377790315288076288", "user_id": 2398561, "bot": true}}""";

        MessagePosted posted = (MessagePosted) ((FrameDecoder.Event) DECODER.decode(frame)).event();

        assertEquals("", posted.text());
        assertEquals(MessageKind.CARD, posted.kind());
        assertTrue(posted.author().bot());
    }

    @Test
    void brokenFramesAreSkippedWithTheirReason() {
        assertSkipped(SkipReason.NOT_JSON, "{broken");
        assertSkipped(SkipReason.NOT_JSON, "hello");
        assertSkipped(SkipReason.NOT_AN_ENVELOPE, "[1, 2]");
        assertSkipped(SkipReason.NOT_AN_ENVELOPE, "{\"sequence\": 1, \"data\": {}}");
        assertSkipped(SkipReason.NOT_AN_ENVELOPE, "{\"sequence\": 1, \"type\": \"5\"}");
        assertSkipped(SkipReason.UNREADABLE_EVENT, "{\"sequence\": 1, \"type\": \"5\", \"data\": {\"msg_id\": \"x\"}}");
        assertSkipped(SkipReason.UNREADABLE_EVENT, frame("5003-reaction.add.json").replace("\"is_add\": 1", "\"is_add\": 2"));
        assertSkipped(SkipReason.UNREADABLE_EVENT, frame("3001-join.json").replace("\"state\": 1", "\"state\": 7"));
        assertSkipped(SkipReason.UNREADABLE_EVENT, frame("5003-reaction.add.json").replace("[cube_doge]", "not an emoji"));
    }

    @Test
    void anUnreadableFrameStillTellsItsSequence() {
        FrameDecoder.Decoded decoded = DECODER.decode("{\"sequence\": 9, \"type\": \"50\", \"data\": {}}");

        assertEquals(OptionalLong.of(9), ((FrameDecoder.Skipped) decoded).sequence());
    }

    // --- where an image message's picture is read from ------------------------------------------------------

    /** The golden image frame with {@code data}'s image fields replaced by {@code imageFields} (a JSON fragment). */
    private static Optional<Attachment> imageOf(String imageFields) {
        String frame = """
                {"sequence": 1, "type": "5", "data": {"msg_id": "1", "msg": "", "msg_type": 3, %s
                 "room_id": "3587810143523774464", "channel_id": "3377790315288076288", "user_id": 8836257, "nickname": "bob"}}"""
                .formatted(imageFields);
        return ((MessagePosted) ((FrameDecoder.Event) DECODER.decode(frame)).event()).image();
    }

    @Test
    void anImageWithoutAUrlInImgInfoTakesImgAndKeepsImgInfosSizes() {
        assertEquals(Optional.of(new Attachment("", "https://chat.max-c.com/pic/a.png", 4096, "image/png", OptionalInt.of(10),
                        OptionalInt.of(20))),
                imageOf("""
                        "img": "https://chat.max-c.com/pic/a.png",
                        "img_info": {"url": " ", "width": 10, "height": 20, "fsize": 4096, "mimetype": "image/png"},"""));
    }

    @Test
    void anImageWithNoUrlAnywhereInImgInfoFallsBackToAddition() {
        assertEquals(Optional.of(new Attachment("", "https://chat.max-c.com/pic/b.png", 0, "", OptionalInt.of(30),
                        OptionalInt.of(40))),
                imageOf("""
                        "img_info": {"width": 10, "height": 20},
                        "addition": "{\\"img_files_info\\":[{\\"url\\":\\"https://chat.max-c.com/pic/b.png\\",\\"width\\":30,\\"height\\":40},{\\"url\\":\\"https://chat.max-c.com/pic/c.png\\"}]}","""),
                "the first picture of addition, with its own sizes");
    }

    @Test
    void anImageWithOnlyImgHasItsUrlAndTheSizesOfAdditionWhenThereAreAny() {
        assertEquals(Optional.of(new Attachment("", "https://chat.max-c.com/pic/a.png", 0, "", OptionalInt.empty(),
                        OptionalInt.empty())),
                imageOf("\"img\": \"https://chat.max-c.com/pic/a.png\","));
        assertEquals(Optional.of(new Attachment("", "https://chat.max-c.com/pic/a.png", 0, "", OptionalInt.of(30),
                        OptionalInt.of(40))),
                imageOf("""
                        "img": "https://chat.max-c.com/pic/a.png",
                        "addition": "{\\"img_files_info\\":[{\\"url\\":\\"https://chat.max-c.com/pic/b.png\\",\\"width\\":30,\\"height\\":40}]}","""),
                "img wins over addition's URL");
    }

    @Test
    void anAdditionThatIsNoJsonObjectIsOnlyAHint() {
        assertEquals(Optional.empty(), imageOf("\"addition\": \"not json\","));
        assertEquals(Optional.empty(), imageOf("\"addition\": \"[1, 2]\","));
        assertEquals(Optional.of(new Attachment("", "https://chat.max-c.com/pic/a.png", 0, "", OptionalInt.empty(),
                        OptionalInt.empty())),
                imageOf("\"addition\": \"{oops\", \"img\": \"https://chat.max-c.com/pic/a.png\","));
    }

    @Test
    void anUploadBelongsToTheOptionAtItsOptionIndexOnly() {
        String frame = frame("50-command.attachments.json").replace("\"option_index\": 0", "\"option_index\": 2")
                .replace("\"option_index\": 1", "\"option_index\": 0");

        CommandInvoked command = (CommandInvoked) ((FrameDecoder.Event) DECODER.decode(frame)).event();

        // the image names option 2 (not an image option) and the file option 0 (not a file option): neither is attached,
        // and an image or file option without its upload is kept as it came
        assertEquals(List.of(new CommandOption.UnknownOption("screenshot", 11, ""), new CommandOption.UnknownOption("log", 12, ""),
                new CommandOption.UnknownOption("weird", 42, "??")), command.options());
    }

    @Test
    void anUnknownEventTakesItsTimeFromSendTimeElseFromTheEnvelope() {
        UnknownEvent withSendTime = (UnknownEvent) ((FrameDecoder.Event) DECODER.decode(
                "{\"type\": \"77\", \"timestamp\": 2000, \"data\": {\"send_time\": 1000}}")).event();
        UnknownEvent withTimestamp = (UnknownEvent) ((FrameDecoder.Event) DECODER.decode(
                "{\"type\": \"77\", \"timestamp\": 2000, \"data\": []}")).event();
        UnknownEvent withNothing = (UnknownEvent) ((FrameDecoder.Event) DECODER.decode("{\"type\": \"77\"}")).event();

        assertEquals(Instant.ofEpochMilli(1000), withSendTime.time());
        assertEquals(Instant.ofEpochMilli(2000), withTimestamp.time());
        assertEquals(NOW, withNothing.time());
        assertEquals("77", withNothing.type());
    }

    @Test
    void membershipMayNameItsRoomFlatAndItsMemberAsSender() {
        String frame = """
                {"type": "3001", "data": {"room_id": "3587810143523774464", "state": 0,
                 "sender_info": {"user_id": 77777777, "nickname": "dave", "roles": ["3581310465983111170"], "bot": true}}}""";

        MemberLeft left = (MemberLeft) ((FrameDecoder.Event) DECODER.decode(frame)).event();

        assertEquals(ROOM, left.room());
        assertEquals(new Sender(UserId.of(77777777), "dave", Optional.empty(), Set.of(MODERATOR), true, Optional.empty()),
                left.member());
    }

    private static void assertSkipped(SkipReason reason, String frame) {
        FrameDecoder.Decoded decoded = DECODER.decode(frame);
        FrameDecoder.Skipped skipped = assertInstanceOf(FrameDecoder.Skipped.class, decoded, () -> frame + " -> " + decoded);
        assertEquals(reason, skipped.reason(), skipped::detail);
    }

    static String frame(String file) {
        try (InputStream in = FrameDecoderTest.class.getClassLoader().getResourceAsStream("golden/events/" + file)) {
            if (in == null) {
                throw new AssertionError("no golden frame " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
