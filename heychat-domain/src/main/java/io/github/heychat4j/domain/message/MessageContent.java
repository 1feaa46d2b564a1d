package io.github.heychat4j.domain.message;

import io.github.heychat4j.domain.ChannelId;
import io.github.heychat4j.domain.RoleId;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.internal.Checks;
import io.github.heychat4j.domain.message.card.Card;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What a message says: plain text, markdown (with or without mentions), an image, or cards.
 *
 * {@snippet :
 * MessageContent.text("hello");
 * MessageContent.markdown("**欢迎** " + MessageContent.mention(alice)).mentioning(alice);
 * MessageContent.image("https://chat.max-c.com/pic/a.png", 194, 228);
 * MessageContent.card(Card.of(CardModule.header("公告"), CardModule.markdown("今晚 8 点开黑")));
 * }
 */
public sealed interface MessageContent {
    /** The longest text or markdown accepted, in characters (the platform's card text limit; not documented for plain messages). */
    int MAX_TEXT_LENGTH = 10_000;
    /** The most cards in one message. */
    int MAX_CARDS = 3;

    /** Plain text. */
    static Text text(String text) {
        return new Text(text);
    }

    /** Markdown without mentions; add some with {@link Markdown#mentioning}. */
    static Markdown markdown(String markdown) {
        return new Markdown(markdown, Mentions.none());
    }

    /** An image, with its size (the platform recommends giving it). */
    static Image image(String url, int width, int height) {
        return new Image(url, width, height);
    }

    /** One to three cards. */
    static Cards card(Card... cards) {
        return new Cards(Checks.elements("cards", cards));
    }

    /** The markup that mentions a user: {@code @{id:8828375}}. */
    static String mention(UserId user) {
        return "@{id:" + user.value() + "}";
    }

    /** The markup that mentions a role: {@code @{id:<role>}}. */
    static String mention(RoleId role) {
        return "@{id:" + role.value() + "}";
    }

    /** The markup that links a channel: {@code #{id:<channel>}}. */
    static String link(ChannelId channel) {
        return "#{id:" + channel.value() + "}";
    }

    /**
     * The words this message shows, as one string: the text; the markdown source (markup included); nothing
     * for an image; for cards, every header, section text, button label and divider label, one per line
     * ({@link Card#plainText()}). Never a field name or other record syntax, so it is what banned-word rules and
     * "the bot said X" checks search.
     *
     * @return the plain text, possibly empty
     */
    String plainText();

    /** The markup that mentions everyone ({@code @{all}}); mark it with {@link Markdown#mentioningEveryone()}. */
    String EVERYONE = "@{all}";
    /** The markup that mentions online members ({@code @{here}}); mark it with {@link Markdown#mentioningOnline()}. */
    String ONLINE = "@{here}";

    /** @param text 1 to {@value MessageContent#MAX_TEXT_LENGTH} characters */
    record Text(String text) implements MessageContent {
        /** The text itself. */
        @Override
        public String plainText() {
            return text;
        }

        /** Validates the text. */
        public Text {
            Checks.notBlank("text", text);
            Checks.maxCodePoints("text", text, MAX_TEXT_LENGTH);
        }
    }

    /**
     * Markdown, possibly with mentions. Mentions of users, roles, {@code @{all}} or {@code @{here}} make it
     * the platform's "markdown with mentions" type.
     *
     * @param markdown 1 to {@value MessageContent#MAX_TEXT_LENGTH} characters
     * @param mentions who the text mentions
     */
    record Markdown(String markdown, Mentions mentions) implements MessageContent {
        /** Validates the text and checks that every mention appears in it. */
        public Markdown {
            Checks.notBlank("markdown", markdown);
            Checks.maxCodePoints("markdown", markdown, MAX_TEXT_LENGTH);
            Checks.notNull("mentions", mentions);
            for (UserId u : mentions.users()) {
                requireMarkup(markdown, mention(u), "mentions.users");
            }
            for (RoleId r : mentions.roles()) {
                requireMarkup(markdown, mention(r), "mentions.roles");
            }
            for (ChannelId c : mentions.channels()) {
                requireMarkup(markdown, link(c), "mentions.channels");
            }
            if (mentions.everyone()) {
                requireMarkup(markdown, EVERYONE, "mentions.everyone");
            }
            if (mentions.online()) {
                requireMarkup(markdown, ONLINE, "mentions.online");
            }
        }

        /** The markdown source, markup included. */
        @Override
        public String plainText() {
            return markdown;
        }

        private static void requireMarkup(String text, String markup, String field) {
            if (!text.contains(markup)) {
                throw new IllegalArgumentException(field + ": the text must contain " + markup + " for each mention");
            }
        }

        /** This markdown, also mentioning these users (their {@code @{id:..}} must be in the text). */
        public Markdown mentioning(UserId... users) {
            return new Markdown(markdown, mentions.plusUsers(new LinkedHashSet<>(Arrays.asList(users))));
        }

        /** This markdown, also mentioning these roles. */
        public Markdown mentioningRoles(RoleId... roles) {
            return new Markdown(markdown, mentions.plusRoles(new LinkedHashSet<>(Arrays.asList(roles))));
        }

        /** This markdown, also linking these channels. */
        public Markdown linking(ChannelId... channels) {
            return new Markdown(markdown, mentions.plusChannels(new LinkedHashSet<>(Arrays.asList(channels))));
        }

        /** This markdown, mentioning everyone ({@code @{all}} must be in the text). */
        public Markdown mentioningEveryone() {
            return new Markdown(markdown, mentions.withEveryone(true, mentions.online()));
        }

        /** This markdown, mentioning online members ({@code @{here}} must be in the text). */
        public Markdown mentioningOnline() {
            return new Markdown(markdown, mentions.withEveryone(mentions.everyone(), true));
        }
    }

    /**
     * An image already uploaded (see {@link io.github.heychat4j.domain.media.MediaGateway#upload}).
     *
     * @param url    its http(s) URL
     * @param width  width in pixels, 1 to 16384
     * @param height height in pixels, 1 to 16384
     */
    record Image(String url, int width, int height) implements MessageContent {
        /** Nothing: an image shows no text (its URL is not shown). */
        @Override
        public String plainText() {
            return "";
        }

        /** Validates the URL and the size. */
        public Image {
            Checks.httpUrl("url", url);
            Checks.between("width", width, 1, 16_384);
            Checks.between("height", height, 1, 16_384);
        }
    }

    /** @param cards 1 to {@value MessageContent#MAX_CARDS} cards */
    record Cards(List<Card> cards) implements MessageContent {
        /** Validates the number of cards. */
        public Cards {
            cards = List.copyOf(Checks.size("cards", cards, 1, MAX_CARDS));
        }

        /** The cards' texts ({@link Card#plainText()}), one card after the other, one per line. */
        @Override
        public String plainText() {
            return cards.stream().map(Card::plainText).filter(t -> !t.isEmpty()).collect(Collectors.joining("\n"));
        }
    }
}
