package io.github.heychat4j.examples.demo;

import io.github.heychat4j.commands.CommandRouter;
import io.github.heychat4j.domain.Heychat;
import io.github.heychat4j.domain.HeychatException;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.channel.Channel;
import io.github.heychat4j.domain.channel.ChannelRef;
import io.github.heychat4j.domain.event.CommandInvoked;
import io.github.heychat4j.domain.event.CommandOption;
import io.github.heychat4j.domain.event.MemberJoined;
import io.github.heychat4j.domain.event.MemberLeft;
import io.github.heychat4j.domain.event.MessagePosted;
import io.github.heychat4j.domain.message.MessageContent;
import io.github.heychat4j.domain.message.SentMessage;
import io.github.heychat4j.domain.role.Role;
import io.github.heychat4j.domain.room.Member;
import io.github.heychat4j.domain.room.Room;
import io.github.heychat4j.domain.room.RoomDetails;
import io.github.heychat4j.emulator.HeychatEmulator;
import io.github.heychat4j.emulator.RecordedRequest;
import io.github.heychat4j.examples.commands.ModerationCommands;
import io.github.heychat4j.examples.moderation.SpamGuard;
import io.github.heychat4j.examples.welcome.Greeter;
import io.github.heychat4j.examples.voice.StageHost;
import io.github.heychat4j.fake.FakeWorld;
import io.github.heychat4j.fake.PostedMessage;
import io.github.heychat4j.http.HeychatHttp;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The README's demo. Without {@code HEYCHAT_TOKEN} it starts an embedded emulator with the demo world,
 * runs the example bots against it through the real HTTP adapter, plays a short scripted scenario and
 * prints what the bot did. The bots subscribe to events and hear them over the emulator's WebSocket
 * gateway: the script only makes the world's people act (join, leave, post) and waits until the bot has
 * heard them; no handler is called by hand.
 *
 * <p>With {@code HEYCHAT_TOKEN} and {@code HEYCHAT_BOT_ID} set, it talks to the real platform instead (or to the
 * Heychat at {@code HEYCHAT_BASE_URI}, e.g. an emulator started on its own, and says which) and only reads: it lists
 * the bot's rooms and their channels, and changes nothing; with {@code HEYCHAT_LISTEN_SECONDS} as well, it then
 * prints what the gateway delivers for that many seconds.
 *
 * <p>Run it with {@code mvn -B -q -Pdemo -DskipTests -pl heychat-examples -am verify}.
 */
public final class Demo {
    /** The demo world's bot token and id (see the emulator's {@code demo-world.json}). */
    static final String DEMO_TOKEN = "demo-token";
    static final UserId DEMO_BOT = UserId.of(2398561);
    /** How long the script waits for the bot to hear something before it gives up. */
    private static final Duration PATIENCE = Duration.ofSeconds(10);
    /** One more message than {@link SpamGuard.Policy#defaults()} allows in its window. */
    private static final int FLOOD = SpamGuard.Policy.defaults().maxMessages() + 1;

    private final PrintStream out;

    Demo(PrintStream out) {
        this.out = out;
    }

    /**
     * Runs the demo and exits 0 when it went through, 1 when it failed.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Demo demo = new Demo(out);
        try {
            if (System.getenv("HEYCHAT_TOKEN") != null) {
                demo.readRealPlatform(System.getenv(), listeningTime(System.getenv("HEYCHAT_LISTEN_SECONDS")));
            } else {
                demo.playOnEmulator();
            }
        } catch (HeychatException | IllegalStateException e) {
            out.println("The demo failed: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            System.exit(1);
        }
    }

    /**
     * Lists the bot's rooms on the Heychat the {@code environment} names (the real platform unless
     * {@code HEYCHAT_BASE_URI} says otherwise), then, for a positive {@code listening} time, prints the kind
     * of each event the gateway delivers in that time and who caused it (not what they wrote); changes nothing.
     */
    void readRealPlatform(Map<String, String> environment, Duration listening) {
        try (HeychatHttp heychat = HeychatHttp.builder().environment(environment).build()) {
            out.println(heading(baseUri(environment), heychat.self()));
            if (describeRooms(heychat).isEmpty()) {
                out.println("   (none: invite the bot to a room first)");
            }
            if (listening.isZero()) {
                return;
            }
            step("2. Listening to the gateway for " + listening.toSeconds() + " s (HEYCHAT_LISTEN_SECONDS)");
            heychat.events().onEvery(event -> out.println("   heard: " + event.getClass().getSimpleName()
                    + event.actor().map(user -> " by " + user).orElse("")));
            heychat.events().start(PATIENCE);
            awaitQuietly(listening);
        }
    }

    /** The first line on a Heychat reached through the environment: which Heychat it is, and as which bot. */
    static String heading(URI baseUri, UserId bot) {
        return "heychat4j demo, on " + where(baseUri) + " as bot " + bot + " (read-only)";
    }

    /**
     * "the real Heychat" for the platform's own host ({@link HeychatHttp#DEFAULT_BASE_URI}), else "the Heychat at"
     * the URI: an emulator on loopback, or any other Heychat the client was pointed at, is not called real.
     */
    static String where(URI baseUri) {
        return HeychatHttp.DEFAULT_BASE_URI.equals(baseUri) ? "the real Heychat" : "the Heychat at " + baseUri;
    }

    /**
     * The base URI the client built from {@code environment} uses: {@code HEYCHAT_BASE_URI}, trimmed, when set (as
     * {@link HeychatHttp.Builder#environment} reads it; the builder has already refused a malformed one), else
     * the platform's.
     */
    static URI baseUri(Map<String, String> environment) {
        String base = environment.get("HEYCHAT_BASE_URI");
        return base == null || base.isBlank() ? HeychatHttp.DEFAULT_BASE_URI : URI.create(base.trim());
    }

    /** How long to listen on the real platform: {@code HEYCHAT_LISTEN_SECONDS}, 0 when unset. */
    static Duration listeningTime(String seconds) {
        if (seconds == null || seconds.isBlank()) {
            return Duration.ZERO;
        }
        try {
            long value = Long.parseLong(seconds.strip());
            if (value < 0) {
                throw new NumberFormatException("negative");
            }
            return Duration.ofSeconds(value);
        } catch (NumberFormatException e) {
            throw new IllegalStateException("HEYCHAT_LISTEN_SECONDS: must be a whole number of seconds, got \"" + seconds + "\"", e);
        }
    }

    /** The main thread waits while the gateway's threads deliver; an interrupt ends the wait early. */
    private static void awaitQuietly(Duration time) {
        try {
            new CountDownLatch(1).await(time.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The scripted scenario on an embedded emulator. */
    void playOnEmulator() {
        try (HeychatEmulator emulator = HeychatEmulator.builder().token(DEMO_TOKEN, DEMO_BOT).start();
             HeychatHttp heychat = HeychatHttp.builder()
                     .token(DEMO_TOKEN)
                     .bot(DEMO_BOT)
                     .baseUri(emulator.baseUri())
                     .uploadUri(emulator.uploadUri())
                     .build()) {
            out.println("heychat4j demo: the example bots on an embedded Heychat emulator at " + emulator.baseUri());
            out.println("(the same code runs on the real platform: only the Heychat it is given differs)");
            out.println();

            Room room = describeRooms(heychat).get(0);
            RoomDetails details = heychat.rooms().details(room.id());
            FakeWorld world = emulator.world();
            Map<UserId, String> names = heychat.rooms().allMembers(room.id()).stream()
                    .collect(Collectors.toMap(Member::id, Member::displayName));

            ChannelRef general = channel(details, "综合");
            ChannelRef announcements = channel(details, "公告");
            ChannelRef lobby = channel(details, "开黑大厅");
            ChannelRef stageChannel = channel(details, "挂机");
            Role speaker = details.roleNamed("主持人").orElseThrow(() -> new NoSuchElementException("role 主持人"));
            UserId host = userNamed(names, "dave");
            UserId eve = userNamed(names, "eve");

            step("2. The bot says hello in #综合");
            SentMessage hello = heychat.messages().send(general, MessageContent.markdown("**大家好！** 我是 heychat4j 演示机器人。"));
            out.println("   sent message " + hello.id().map(Object::toString).orElse("?"));

            step("3. StageHost opens a stage: everyone in 开黑大厅 moves to 挂机, dave hosts");
            StageHost stageHost = new StageHost(heychat);
            StageHost.Stage stage = new StageHost.Stage(lobby, stageChannel, announcements, speaker.id());
            StageHost.Opening opening = stageHost.open(stage, host);
            out.println("   moved " + nameAll(names, opening.moved()) + "; dave got the role " + speaker.name()
                    + " and the nickname 🎤 主持人");
            out.println("   now in 挂机: " + nameAll(names, heychat.voice().usersIn(stageChannel)));

            step("4. StageHost closes the stage and undoes it all");
            stageHost.close(stage, host, opening.moved());
            out.println("   back in 开黑大厅: " + nameAll(names, heychat.voice().usersIn(lobby)));

            step("5. The bot starts listening: SpamGuard, Greeter and the moderation commands subscribe, then the gateway connects");
            new SpamGuard(heychat, Clock.systemUTC(), SpamGuard.Policy.defaults()).subscribe();
            new Greeter(heychat, Map.of(room.id(), general)).subscribe();
            CommandRouter commands = CommandRouter.create(heychat);
            new ModerationCommands(heychat).declareOn(commands);
            commands.listen();
            Heard heard = new Heard(heychat.events(), PATIENCE);
            heychat.events().onHandlerFailure(failure -> out.println("   a handler failed on "
                    + failure.event().getClass().getSimpleName() + ": " + failure.error()));
            heychat.events().start(PATIENCE);
            out.println("   connected to " + emulator.gatewayUri() + ": " + emulator.gateway().connections()
                    + " bot on the WebSocket gateway; from now on people act in the world and the bot hears them");

            step("6. carol leaves the room and joins again; Greeter welcomes her in #综合");
            UserId carol = userNamed(names, "carol");
            world.leave(room.id(), carol);
            heard.await(MemberLeft.class, left -> left.member().id().equals(carol), "carol leaving");
            out.println("   heard: MemberLeft carol");
            world.join(room.id(), carol);
            heard.await(MemberJoined.class, joined -> joined.member().id().equals(carol), "carol joining");
            out.println("   heard: MemberJoined carol");
            out.println("   Greeter said in #综合: " + readable(text(lastSaidBy(heychat.self(), world, general).content()), names, details));

            step("7. eve floods #综合; SpamGuard silences her, then kicks her when she floods again");
            for (int round = 1; round <= 2; round++) {
                String last = "";
                for (int i = 1; i <= FLOOD; i++) {
                    last = "买金币加我 " + round + "-" + i;
                    world.post(eve, general, MessageContent.text(last));
                }
                String lastText = last;
                heard.await(MessagePosted.class, m -> m.text().equals(lastText), "eve's message \"" + lastText + "\"");
                out.println("   heard: " + FLOOD + " × MessagePosted from eve (the last: \"" + lastText + "\")");
                out.println("   flood " + round + ": " + whatHappenedTo(eve, room, world));
            }
            heard.await(MemberLeft.class, left -> left.member().id().equals(eve), "eve leaving");
            out.println("   heard: MemberLeft eve (a kick is pushed as the member leaving)");
            boolean eveStillThere = heychat.rooms().allMembers(room.id()).stream().anyMatch(m -> m.id().equals(eve));
            out.println("   eve is " + (eveStillThere ? "still in the room" : "no longer in the room"));

            step("8. alice, the room's owner, picks /nick from the command menu, then types /silence by hand");
            UserId alice = userNamed(names, "alice");
            UserId bob = userNamed(names, "bob");
            world.runCommand(alice, general, "/nick",
                    List.of(new CommandOption.UserOption("user", bob), new CommandOption.StringOption("nickname", "🎮 bob")));
            heard.await(CommandInvoked.class, c -> c.is("/nick"), "the /nick command");
            out.println("   heard: CommandInvoked /nick (from the menu); bob's room nickname is now "
                    + world.member(room.id(), bob).flatMap(Member::roomNickname).map(Object::toString).orElse("(none)"));
            String typed = "/silence " + MessageContent.mention(bob) + " 10";
            world.post(alice, general, MessageContent.markdown(typed).mentioning(bob));
            heard.await(MessagePosted.class, m -> m.text().equals(typed), "the typed /silence");
            out.println("   heard: MessagePosted \"" + readable(typed, names, details) + "\" (typed by hand); bob is "
                    + (world.silencedUntil(room.id(), bob).isPresent() ? "silenced for 10 minutes" : "not silenced"));

            step("9. What the bot wrote in #综合 and #公告");
            for (ChannelRef channel : List.of(general, announcements)) {
                world.messages(channel.channel()).stream()
                        .filter(m -> m.author().equals(heychat.self()))
                        .forEach(m -> out.println("   #" + details.channel(channel.channel()).map(Channel::name).orElse("?")
                                + "  " + readable(text(m.content()), names, details)));
            }

            step("10. The HTTP requests the emulator received from the adapter");
            List<RecordedRequest> requests = emulator.requests();
            requests.forEach(r -> out.println("   " + r.method() + " " + r.path() + " -> " + r.status()));
            out.println();
            out.println("Done: " + requests.size() + " requests, all through heychat4j's HTTP adapter, and " + heard.count()
                    + " events heard over its WebSocket gateway. Next: run the tests with `mvn -B verify`.");
        }
    }

    private List<Room> describeRooms(Heychat heychat) {
        step("1. The rooms the bot has joined");
        List<Room> rooms = heychat.rooms().allJoinedRooms();
        for (Room room : rooms) {
            RoomDetails details = heychat.rooms().details(room.id());
            out.println("   " + room.name() + " (" + room.id() + "): " + details.allChannels().size() + " channels, "
                    + details.roles().size() + " roles");
            for (Channel channel : details.allChannels()) {
                out.println("     - " + channel.type().name().toLowerCase(java.util.Locale.ROOT) + " " + channel.name());
            }
        }
        return rooms;
    }

    private void step(String title) {
        out.println();
        out.println(title);
    }

    /** What SpamGuard did to the flooder, as the world shows it. */
    private static SpamGuard.Verdict whatHappenedTo(UserId user, Room room, FakeWorld world) {
        if (world.member(room.id(), user).isEmpty()) {
            return SpamGuard.Verdict.KICKED;
        }
        return world.silencedUntil(room.id(), user).isPresent() ? SpamGuard.Verdict.SILENCED : SpamGuard.Verdict.ALLOWED;
    }

    private static PostedMessage lastSaidBy(UserId author, FakeWorld world, ChannelRef channel) {
        List<PostedMessage> said = world.messages(channel.channel()).stream().filter(m -> m.author().equals(author)).toList();
        if (said.isEmpty()) {
            throw new IllegalStateException(author + " said nothing in " + channel);
        }
        return said.get(said.size() - 1);
    }

    private static ChannelRef channel(RoomDetails details, String name) {
        return details.channelNamed(name).map(Channel::ref)
                .orElseThrow(() -> new NoSuchElementException("the demo world has no channel " + name));
    }

    private static UserId userNamed(Map<UserId, String> names, String name) {
        return names.entrySet().stream().filter(e -> e.getValue().equals(name)).map(Map.Entry::getKey).findFirst()
                .orElseThrow(() -> new NoSuchElementException("the demo world has no member " + name));
    }

    private static String nameAll(Map<UserId, String> names, java.util.Collection<UserId> users) {
        return users.isEmpty() ? "nobody" : users.stream().map(u -> names.getOrDefault(u, u.toString())).collect(Collectors.joining(", "));
    }

    /** The markup with user mentions and channel links replaced by names, as the Heychat client shows them. */
    private static String readable(String markup, Map<UserId, String> names, RoomDetails details) {
        String result = markup;
        for (Map.Entry<UserId, String> name : names.entrySet()) {
            result = result.replace(MessageContent.mention(name.getKey()), "@" + name.getValue());
        }
        for (Channel channel : details.allChannels()) {
            result = result.replace(MessageContent.link(channel.id()), "#" + channel.name());
        }
        return result;
    }

    private static String text(MessageContent content) {
        String shown = content.plainText();
        return shown.isEmpty() ? content.getClass().getSimpleName() : shown;
    }
}
