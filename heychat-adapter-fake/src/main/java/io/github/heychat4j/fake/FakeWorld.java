package io.github.heychat4j.fake;

import io.github.heychat4j.domain.internal.Checks;
import io.github.heychat4j.domain.ChannelId;
import io.github.heychat4j.domain.MessageId;
import io.github.heychat4j.domain.RoleId;
import io.github.heychat4j.domain.RoomId;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.channel.Channel;
import io.github.heychat4j.domain.channel.ChannelName;
import io.github.heychat4j.domain.channel.ChannelPassword;
import io.github.heychat4j.domain.channel.ChannelRef;
import io.github.heychat4j.domain.channel.ChannelType;
import io.github.heychat4j.domain.channel.RoleOverwrite;
import io.github.heychat4j.domain.channel.UserOverwrite;
import io.github.heychat4j.domain.event.ButtonClicked;
import io.github.heychat4j.domain.event.CommandInvoked;
import io.github.heychat4j.domain.event.CommandOption;
import io.github.heychat4j.domain.event.HeychatEvent;
import io.github.heychat4j.domain.event.Subscription;
import io.github.heychat4j.domain.meme.Meme;
import io.github.heychat4j.domain.meme.MemeName;
import io.github.heychat4j.domain.meme.MemeKind;
import io.github.heychat4j.domain.meme.MemePath;
import io.github.heychat4j.domain.meme.RoomMemes;
import io.github.heychat4j.domain.message.Emoji;
import io.github.heychat4j.domain.message.MessageContent;
import io.github.heychat4j.domain.role.Permission;
import io.github.heychat4j.domain.role.Permissions;
import io.github.heychat4j.domain.role.Role;
import io.github.heychat4j.domain.room.Member;
import io.github.heychat4j.domain.room.Room;
import io.github.heychat4j.domain.room.RoomDetails;
import io.github.heychat4j.fake.internal.CallRoute;
import io.github.heychat4j.fake.internal.FaultPlan;
import io.github.heychat4j.fake.internal.JournalLog;
import io.github.heychat4j.fake.internal.WorldState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * An in-memory Heychat: users, rooms with their channels, roles and members, messages, voice presence
 * and memes, shared by any number of bots. Thread-safe. Build it, get a {@link FakeHeychat} per bot, let
 * people act with {@link #post}, {@link #join}, {@link #leave}, {@link #runCommand}, {@link #react}, {@link #click},
 * {@link #postDirect} and {@link #connectVoice}, move the
 * {@link #clock()}, inject {@link #faults()}, and assert on the getters and the {@link #journal()}.
 *
 * {@snippet :
 * FakeWorld world = FakeWorld.builder()
 *         .bot(BOT, "值班机器人")
 *         .user(ALICE, "alice")
 *         .room(ROOM, "开黑房", room -> room
 *                 .role(MODS, "管理", Permissions.of(Permission.KICK_MEMBERS), 10)
 *                 .textChannel(GENERAL, "综合")
 *                 .voiceChannel(LOBBY, "大厅")
 *                 .member(BOT, MODS)
 *                 .member(ALICE)
 *                 .inVoice(ALICE, LOBBY))
 *         .build();
 * FakeHeychat bot = world.heychatFor(BOT);
 * bot.rooms().kick(ROOM, ALICE);
 * assertTrue(world.member(ROOM, ALICE).isEmpty());
 * }
 *
 * <p><b>Events.</b> Every change the platform would push to a bot's gateway becomes a
 * {@link io.github.heychat4j.domain.event.HeychatEvent} for the bots that are members of the room at that
 * moment, delivered on the acting thread once the change is done ({@link #observe}; each bot's
 * {@link FakeHeychat#events()}). What people do: {@link #post} ({@code MessagePosted}), {@link #join}
 * ({@code MemberJoined}), {@link #leave} ({@code MemberLeft}), {@link #runCommand} ({@code CommandInvoked}),
 * {@link #react} and {@link #unreact} ({@code ReactionAdded}, {@code ReactionRemoved}), {@link #click}
 * ({@code ButtonClicked}, heard by the card's author only) and {@link #gatewayReconnected}
 * ({@code GatewayReconnected}, heard by that bot only). What bots do through their ports pushes the same
 * events, as the platform does: a message a bot sends is a {@code MessagePosted} for every bot in the room
 * (the sender's own gateway filters it unless told otherwise), its reactions are reactions, a kick is the
 * kicked member's {@code MemberLeft}, and a bot leaving a room is its own {@code MemberLeft}. A member who
 * leaves (or is kicked) is heard leaving by the bots that were in the room, the one leaving included.
 * Edits, deletions, direct messages, voice, channel and role changes push nothing: the platform documents
 * no event for them. (The shapes are decided in one place, {@code internal.EventShapes}.)
 *
 * <p>The @everyone role of a room has the room's id ({@link #everyoneRole}); ids the fake creates
 * (messages, roles, channels, stream tasks, uploads) come from one counter starting at
 * 4000000000000000000, so they are deterministic.
 */
public final class FakeWorld {
    private final WorldState state;
    private final JournalLog log;
    private final Journal journal;
    private final Faults faults;
    private final CallRoute route;
    private final ConcurrentMap<UserId, FakeHeychat> bots = new ConcurrentHashMap<>();

    private FakeWorld(WorldState state, Sleeper sleeper) {
        this.state = state;
        this.log = new JournalLog();
        this.journal = new Journal(log, entry -> true);
        FaultPlan plan = new FaultPlan();
        this.faults = new Faults(plan);
        this.route = new CallRoute(state, log, plan, sleeper);
    }

    /** A builder for a world. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The Heychat of one bot; the same instance every time.
     *
     * @param bot a user declared with {@link Builder#bot}
     * @throws IllegalArgumentException when {@code bot} was not declared as a bot
     */
    public FakeHeychat heychatFor(UserId bot) {
        Checks.notNull("bot", bot);
        // Bots are declared only when the world is built, so a bot seen once stays one: a server calls
        // this for every request, and the map answers without taking the world's lock.
        FakeHeychat known = bots.get(bot);
        if (known != null) {
            return known;
        }
        if (!state.isBot(bot)) {
            throw new IllegalArgumentException("bot: " + bot + " was not declared with Builder.bot(...)");
        }
        return bots.computeIfAbsent(bot, b -> new FakeHeychat(this, b, route, log));
    }

    /** The world's clock. */
    public ManualClock clock() {
        return state.clock();
    }

    /** Every call of every bot, in order. */
    public Journal journal() {
        return journal;
    }

    /** Fault injection for every bot's calls. */
    public Faults faults() {
        return faults;
    }

    /**
     * Observes what the platform would push to {@code bot}'s gateway: every event of the rooms the bot is
     * in, its own actions included and unfiltered, after the change is done, in the order the changes
     * happened, on the thread that acted (or, while another thread is delivering, on that one). The bot's
     * {@link FakeHeychat#events()} is built on this; the emulator serves it as frames. A sink that throws
     * is logged and skipped.
     *
     * @param bot  a bot declared with {@link Builder#bot}
     * @param sink what to do with each event; it runs on the acting thread, so it must not block for long
     * @return the subscription, to cancel
     */
    public Subscription observe(UserId bot, Consumer<HeychatEvent> sink) {
        Checks.notNull("bot", bot);
        if (!state.isBot(bot)) {
            throw new IllegalArgumentException("bot: " + bot + " was not declared with Builder.bot(...)");
        }
        return state.observe(bot, sink);
    }

    // ------------------------------------------------------------------ read access for assertions

    /** Every room. */
    public List<Room> rooms() {
        return state.rooms();
    }

    /** The rooms the user is a member of, with the time they joined. */
    public List<Room> roomsOf(UserId user) {
        return state.roomsOf(user);
    }

    /** The room's view (channel tree and roles), with no one's own roles. */
    public Optional<RoomDetails> details(RoomId room) {
        return state.details(room);
    }

    /** The room's members, in the order they joined; empty for an unknown room. */
    public List<Member> members(RoomId room) {
        return state.members(room);
    }

    /** One member of a room. */
    public Optional<Member> member(RoomId room, UserId user) {
        return state.member(room, user);
    }

    /** The room's roles, highest position first, @everyone (position 0) included. */
    public List<Role> roles(RoomId room) {
        return state.roles(room);
    }

    /** The id of the room's @everyone role: the room's own id. */
    public RoleId everyoneRole(RoomId room) {
        return RoleId.of(Checks.notNull("room", room).value());
    }

    /** Every channel of the room's tree, depth first (categories hold their children too). */
    public List<Channel> channels(RoomId room) {
        return state.channels(room);
    }

    /** A channel, in whichever room it is. */
    public Optional<Channel> channel(ChannelId channel) {
        return state.rooms().stream()
                .flatMap(r -> state.channels(r.id()).stream())
                .filter(c -> c.id().equals(channel))
                .findFirst();
    }

    /** The channel's messages in order; deleted ones are left out. */
    public List<PostedMessage> messages(ChannelId channel) {
        return state.messages(channel);
    }

    /** The direct messages between two users, both ways, in order. */
    public List<DirectMessage> directMessages(UserId between1, UserId between2) {
        return state.directMessages(between1, between2);
    }

    /** A channel message, unless deleted. */
    public Optional<PostedMessage> message(MessageId id) {
        return state.message(id);
    }

    /** The reactions on a message. */
    public Set<Reaction> reactions(MessageId message) {
        return state.reactions(message);
    }

    /** The voice channel the user is in. */
    public Optional<ChannelId> voiceChannelOf(RoomId room, UserId user) {
        return state.voiceChannelOf(room, user);
    }

    /** The users in a voice channel. */
    public List<UserId> usersIn(ChannelId voiceChannel) {
        return state.usersIn(voiceChannel);
    }

    /** When the user's silence (禁言) ends; empty when not silenced or the silence has expired on the clock. */
    public Optional<Instant> silencedUntil(RoomId room, UserId user) {
        return state.silencedUntil(room, user);
    }

    /** Whether the user's microphone is muted across the room. */
    public boolean isMicrophoneMuted(RoomId room, UserId user) {
        return state.isMicrophoneMuted(room, user);
    }

    /** Whether the user's speaker is muted across the room. */
    public boolean isSpeakerMuted(RoomId room, UserId user) {
        return state.isSpeakerMuted(room, user);
    }

    /** Whether the channel toggle has muted the user in that voice channel. */
    public boolean isMicrophoneMutedIn(ChannelId voiceChannel, UserId user) {
        return state.isMicrophoneMutedIn(voiceChannel, user);
    }

    /** The room's emoji and stickers. */
    public RoomMemes memes(RoomId room) {
        return state.memes(room);
    }

    /** The channel's password, if set. */
    public Optional<ChannelPassword> password(ChannelId channel) {
        return state.password(channel);
    }

    /** The channel's slow-mode interval; zero when off. */
    public Duration slowMode(ChannelId channel) {
        return state.slowMode(channel);
    }

    /** The channel's role permission overwrites. */
    public List<RoleOverwrite> roleOverwrites(ChannelId channel) {
        return state.roleOverwrites(channel);
    }

    /** The channel's user permission overwrites. */
    public List<UserOverwrite> userOverwrites(ChannelId channel) {
        return state.userOverwrites(channel);
    }

    /** Every upload, in order. */
    public List<UploadedFile> uploads() {
        return state.uploads();
    }

    /** Every stream started, in order, stopped ones included. */
    public List<RunningStream> streams() {
        return state.streams();
    }

    // ------------------------------------------------------------------ what people do (no permission checks)

    /**
     * A person posts a channel message.
     *
     * @throws IllegalArgumentException when the channel is not a text channel of the room or the author not a member
     */
    public PostedMessage post(UserId author, ChannelRef channel, MessageContent content) {
        return state.post(author, channel, content);
    }

    /** A person writes a direct message; a reply to a bot lets the bot send direct messages to them again. */
    public DirectMessage postDirect(UserId from, UserId to, MessageContent content) {
        return state.postDirect(from, to, content);
    }

    /** A declared user joins a room, without roles (the bots in it hear {@code MemberJoined}); nothing happens when already a member. */
    public void join(RoomId room, UserId user) {
        state.join(room, user);
    }

    /** A member leaves a room (the bots in it hear {@code MemberLeft}); nothing happens when not a member. The owner cannot leave. */
    public void leave(RoomId room, UserId user) {
        state.leave(room, user);
    }

    /**
     * A member picks one of the bots' slash commands from the menu. Every bot in the room hears the
     * {@link CommandInvoked} (the fake does not know whose command it is), whose message id is new, from the
     * world's counter; no message is stored.
     *
     * @param command the name, with or without its leading {@code /} (the event has it)
     * @param options the filled-in options, in order
     * @return the event the bots heard
     * @throws IllegalArgumentException when the channel is not a text channel of its room or the user not a member
     */
    public CommandInvoked runCommand(UserId user, ChannelRef channel, String command, List<CommandOption> options) {
        return state.runCommand(user, channel, command, options);
    }

    /**
     * A member reacts to a channel message; the bots in the room hear {@code ReactionAdded}, unless the
     * member had already reacted with that emoji (then nothing changes).
     *
     * @throws IllegalArgumentException when the message is unknown or deleted, or the user not a member of its room
     */
    public void react(UserId user, MessageId message, Emoji emoji) {
        state.react(user, message, emoji, true);
    }

    /** A member takes a reaction back; the bots in the room hear {@code ReactionRemoved}, unless there was none. */
    public void unreact(UserId user, MessageId message, Emoji emoji) {
        state.react(user, message, emoji, false);
    }

    /**
     * A member clicks a button of a card message: the first {@code Button.callback} with this text. The
     * card's author hears the {@link ButtonClicked} if it is a bot in the room (the platform sends a click to
     * the bot whose card it is).
     *
     * @return the event
     * @throws IllegalArgumentException when the message is no card, has no callback button with that text
     *                                  ({@code buttonText}), or the user is not a member of its room
     */
    public ButtonClicked click(UserId user, MessageId cardMessage, String buttonText) {
        return state.click(user, cardMessage, buttonText);
    }

    /**
     * The bot's gateway connection was lost for {@code downtime} and is back, now on the world's clock: the
     * bot alone hears {@code GatewayReconnected}, to test how it re-syncs. Nothing else changes in the fake.
     */
    public void gatewayReconnected(UserId bot, Duration downtime) {
        state.gatewayReconnected(bot, downtime);
    }

    /** A member connects to a voice channel, leaving any other. */
    public void connectVoice(RoomId room, ChannelId voiceChannel, UserId user) {
        state.connectVoice(room, voiceChannel, user);
    }

    @Override
    public String toString() {
        return "FakeWorld[" + state.rooms().size() + " rooms, " + state.clock() + "]";
    }

    /**
     * Declares the world: users, bots, rooms. Mistakes (an undeclared user, an unknown role, a duplicate
     * id) fail in {@link #build()} with an {@link IllegalArgumentException}.
     */
    public static final class Builder {
        private ManualClock clock;
        private Sleeper sleeper = Sleeper.threadSleep();
        private final List<String> bannedWords = new ArrayList<>();
        private final List<Consumer<WorldState>> users = new ArrayList<>();
        private final List<RoomSpec> rooms = new ArrayList<>();

        private Builder() {
        }

        /** The clock the world runs on; a new {@link ManualClock} when not given. */
        public Builder clock(ManualClock newClock) {
            this.clock = Checks.notNull("clock", newClock);
            return this;
        }

        /** How added latency is waited out; {@link Sleeper#threadSleep()} when not given. */
        public Builder sleeper(Sleeper newSleeper) {
            this.sleeper = Checks.notNull("sleeper", newSleeper);
            return this;
        }

        /** Words that make a message fail with {@code CONTENT_BLOCKED} (包含违禁词); none by default. */
        public Builder bannedWords(String... words) {
            for (String word : Checks.notNull("words", words)) {
                if (word == null || word.isBlank()) {
                    throw new IllegalArgumentException("bannedWords: must not be blank");
                }
                bannedWords.add(word);
            }
            return this;
        }

        /** A bot, which can get a {@link FakeHeychat}. */
        public Builder bot(UserId id, String nickname) {
            return user(id, nickname, true);
        }

        /** A person. */
        public Builder user(UserId id, String nickname) {
            return user(id, nickname, false);
        }

        private Builder user(UserId id, String nickname, boolean bot) {
            Checks.notNull("id", id);
            Checks.notNull("nickname", nickname);
            users.add(w -> w.addUser(id, nickname, bot));
            return this;
        }

        /** A room, declared by {@code room}. */
        public Builder room(RoomId id, String name, Consumer<RoomBuilder> room) {
            Checks.notNull("room", room);
            RoomSpec spec = new RoomSpec(Checks.notNull("id", id), Checks.notNull("name", name));
            room.accept(new RoomBuilder(spec, Optional.empty()));
            rooms.add(spec);
            return this;
        }

        /** The world. */
        public FakeWorld build() {
            WorldState state = new WorldState(clock == null ? new ManualClock() : clock, bannedWords);
            users.forEach(step -> step.accept(state));
            for (RoomSpec room : rooms) {
                state.addRoom(room.id, room.name, room.owner, room.everyone);
                room.roles.forEach(step -> step.accept(state));
                room.channels.forEach(step -> step.accept(state));
                room.members.forEach(step -> step.accept(state));
                room.voice.forEach(step -> step.accept(state));
                room.memes.forEach(step -> step.accept(state));
            }
            return new FakeWorld(state, sleeper);
        }
    }

    /** What a room declaration collects; applied in dependency order, so declarations can come in any order. */
    private static final class RoomSpec {
        final RoomId id;
        final String name;
        Optional<UserId> owner = Optional.empty();
        Permissions everyone = RoomBuilder.DEFAULT_EVERYONE;
        final List<Consumer<WorldState>> roles = new ArrayList<>();
        final List<Consumer<WorldState>> channels = new ArrayList<>();
        final List<Consumer<WorldState>> members = new ArrayList<>();
        final List<Consumer<WorldState>> voice = new ArrayList<>();
        final List<Consumer<WorldState>> memes = new ArrayList<>();

        RoomSpec(RoomId id, String name) {
            this.id = id;
            this.name = name;
        }
    }

    /** Declares one room's owner, roles, channels, members, voice presence and memes. */
    public static final class RoomBuilder {
        /** The @everyone role's permissions unless {@link #everyone} says otherwise. */
        public static final Permissions DEFAULT_EVERYONE = Permissions.of(Permission.VIEW_CHANNEL, Permission.SEND_MESSAGES,
                Permission.ADD_REACTIONS, Permission.CONNECT, Permission.SPEAK, Permission.CHANGE_NICKNAME,
                Permission.CREATE_INVITES);
        private static final Pattern EXTENSION = Pattern.compile("[A-Za-z0-9]{1,8}");

        private final RoomSpec spec;
        private final Optional<ChannelId> parent;

        private RoomBuilder(RoomSpec spec, Optional<ChannelId> parent) {
            this.spec = spec;
            this.parent = parent;
        }

        /** Who owns the room; the owner is a member with every permission, above every role. */
        public RoomBuilder owner(UserId owner) {
            spec.owner = Optional.of(Checks.notNull("owner", owner));
            return this;
        }

        /** The permissions of the @everyone role, which every member has. Default: {@link #DEFAULT_EVERYONE}. */
        public RoomBuilder everyone(Permissions p) {
            spec.everyone = Checks.notNull("everyone", p);
            return this;
        }

        /** A custom role; a higher position ranks higher (@everyone is at 0). */
        public RoomBuilder role(RoleId id, String name, Permissions permissions, int position) {
            Checks.notNull("id", id);
            Checks.notNull("name", name);
            Checks.notNull("permissions", permissions);
            spec.roles.add(w -> w.addRole(spec.id, id, name, permissions, position));
            return this;
        }

        /** A text channel. */
        public RoomBuilder textChannel(ChannelId id, String name) {
            return channel(id, name, ChannelType.TEXT);
        }

        /** A voice channel. */
        public RoomBuilder voiceChannel(ChannelId id, String name) {
            return channel(id, name, ChannelType.VOICE);
        }

        /** A channel of any known type. */
        public RoomBuilder channel(ChannelId id, String name, ChannelType type) {
            Checks.notNull("id", id);
            ChannelName.of(name);
            Checks.notNull("type", type);
            Optional<ChannelId> in = parent;
            spec.channels.add(w -> w.addChannel(spec.id, id, name, type, in));
            return this;
        }

        /** A category, with the channels {@code children} declares inside it. */
        public RoomBuilder category(ChannelId id, String name, Consumer<RoomBuilder> children) {
            if (parent.isPresent()) {
                throw new IllegalArgumentException("category: a category cannot sit inside another category");
            }
            Checks.notNull("children", children);
            channel(id, name, ChannelType.CATEGORY);
            children.accept(new RoomBuilder(spec, Optional.of(id)));
            return this;
        }

        /** A member with these custom roles; the user must be declared in the world builder. */
        public RoomBuilder member(UserId user, RoleId... roles) {
            Checks.notNull("user", user);
            Set<RoleId> roleSet = new LinkedHashSet<>(Arrays.asList(Checks.notNull("roles", roles)));
            Checks.size("roles", roleSet, 0, Integer.MAX_VALUE);
            spec.members.add(w -> w.addMember(spec.id, user, roleSet));
            return this;
        }

        /** The member is in this voice channel. */
        public RoomBuilder inVoice(UserId user, ChannelId voiceChannel) {
            Checks.notNull("user", user);
            Checks.notNull("voiceChannel", voiceChannel);
            spec.voice.add(w -> w.connectVoice(spec.id, voiceChannel, user));
            return this;
        }

        /** A room emoji or sticker, uploaded when the world is built. */
        public RoomBuilder meme(MemePath path, String name, String extension, MemeKind kind) {
            Checks.notNull("path", path);
            MemeName.of(name);
            Checks.notNull("extension", extension);
            if (!EXTENSION.matcher(extension).matches()) {
                throw new IllegalArgumentException("extension: 1 to 8 letters or digits, got \"" + extension + "\"");
            }
            Checks.notNull("kind", kind);
            spec.memes.add(w -> w.addMeme(spec.id,
                    new Meme(path, name, extension, kind, Optional.of(w.clock().instant()), Optional.empty())));
            return this;
        }
    }
}
