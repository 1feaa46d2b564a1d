package io.github.heychat4j.fake.internal;

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
import io.github.heychat4j.domain.channel.VoiceBackend;
import io.github.heychat4j.domain.event.ButtonClicked;
import io.github.heychat4j.domain.event.CommandInvoked;
import io.github.heychat4j.domain.event.CommandOption;
import io.github.heychat4j.domain.event.GatewayReconnected;
import io.github.heychat4j.domain.event.HeychatEvent;
import io.github.heychat4j.domain.event.MemberLeft;
import io.github.heychat4j.domain.event.MessagePosted;
import io.github.heychat4j.domain.event.ReactionAdded;
import io.github.heychat4j.domain.event.ReactionRemoved;
import io.github.heychat4j.domain.message.Emoji;
import io.github.heychat4j.domain.message.card.Button;
import io.github.heychat4j.domain.message.card.Card;
import io.github.heychat4j.domain.message.card.CardModule;
import io.github.heychat4j.domain.event.MemberJoined;
import io.github.heychat4j.domain.event.Sender;
import io.github.heychat4j.domain.event.Subscription;
import io.github.heychat4j.domain.media.StreamTaskId;
import io.github.heychat4j.domain.meme.Meme;
import io.github.heychat4j.domain.meme.MemeKind;
import io.github.heychat4j.domain.meme.RoomMemes;
import io.github.heychat4j.domain.message.AckId;
import io.github.heychat4j.domain.message.MessageContent;
import io.github.heychat4j.domain.role.Permissions;
import io.github.heychat4j.domain.role.Role;
import io.github.heychat4j.domain.role.RoleType;
import io.github.heychat4j.domain.room.Member;
import io.github.heychat4j.domain.room.Room;
import io.github.heychat4j.domain.room.RoomDetails;
import io.github.heychat4j.fake.DirectMessage;
import io.github.heychat4j.fake.ManualClock;
import io.github.heychat4j.fake.PostedMessage;
import io.github.heychat4j.fake.Reaction;
import io.github.heychat4j.fake.RunningStream;
import io.github.heychat4j.fake.UploadedFile;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Everything the fake platform holds, behind one lock: a fake is about being right, not fast, and one
 * lock makes every call atomic (checks and change together), as the platform's answers are.
 * The public methods are for {@code FakeWorld}: setting the world up and reading snapshots.
 */
public final class WorldState {
    /** Ids the fake makes start here: above 2^53, as the platform's do. */
    static final long FIRST_ID = 4_000_000_000_000_000_000L;

    private final ReentrantLock lock = new ReentrantLock();
    private final EventFeed feed = new EventFeed();
    private final ManualClock clock;
    final List<String> bannedWords;
    final Map<UserId, UserRecord> users = new LinkedHashMap<>();
    final Map<RoomId, RoomState> rooms = new LinkedHashMap<>();
    /** Channel messages in the order they were posted; deleted ones are removed. */
    final Map<MessageId, PostedMessage> messages = new LinkedHashMap<>();
    final Map<MessageId, Set<Reaction>> reactions = new HashMap<>();
    final List<DirectMessage> directMessages = new ArrayList<>();
    /** Direct messages a bot sent to a user since that user last wrote back. */
    final Map<BotAndUser, Integer> unansweredDirect = new HashMap<>();
    /** The ack ids each bot used, and when. */
    final Map<UserId, Map<AckId, Instant>> ackIds = new HashMap<>();
    final List<UploadedFile> uploads = new ArrayList<>();
    final Map<StreamTaskId, RunningStream> streams = new LinkedHashMap<>();
    /**
     * The rooms' snapshots (channel tree, roles, members) built since the world last changed. Reads are
     * most calls, and the snapshots are immutable, so one copy serves them all until a
     * {@link #locked} section drops it; the journal then holds one copy, not one per call.
     */
    private final Map<RoomId, RoomSnapshots> snapshots = new HashMap<>();
    private long nextId = FIRST_ID;
    private long nextAck = 1;

    record BotAndUser(UserId bot, UserId user) {
    }

    /** One room's snapshots, each built on first use; guarded by the world's lock. */
    private static final class RoomSnapshots {
        private List<Channel> channelTree;
        private List<Role> roles;
        private List<Member> members;
    }

    /**
     * @param clock       the world's clock
     * @param bannedWords words that make a message {@code CONTENT_BLOCKED}
     */
    public WorldState(ManualClock clock, List<String> bannedWords) {
        this.clock = Checks.notNull("clock", clock);
        this.bannedWords = List.copyOf(bannedWords);
    }

    /** The world's clock. */
    public ManualClock clock() {
        return clock;
    }

    /**
     * Runs {@code action}, which may change the world, holding the world's lock. The room snapshots
     * cached so far may no longer be true, so they are dropped first.
     */
    public <T> T locked(Supplier<T> action) {
        lock.lock();
        try {
            snapshots.clear();
            return action.get();
        } finally {
            if (lock.getHoldCount() == 1) {
                feed.release();
            }
            lock.unlock();
            // outside the lock, on the acting thread: handlers see the change and may act on the world
            feed.deliver();
        }
    }

    /**
     * Observes what the platform would push to {@code bot}'s gateway: every event of the rooms it is
     * in, its own actions included, unfiltered, on the thread that made the change.
     */
    public Subscription observe(UserId bot, Consumer<HeychatEvent> sink) {
        Checks.notNull("bot", bot);
        Checks.notNull("sink", sink);
        return feed.observe(bot, sink);
    }

    /**
     * Queues an event of {@code room} for the bots that are its members now; call holding the lock. The
     * event is built only if one of them listens.
     */
    void emit(RoomState room, Supplier<? extends HeychatEvent> event) {
        feed.queue(event, botsIn(room));
    }

    /** Queues an event for the given bots (e.g. those that were in a room someone has just left); call holding the lock. */
    void emitTo(Collection<UserId> bots, Supplier<? extends HeychatEvent> event) {
        feed.queue(event, bots);
    }

    /** The room's members that are bots, in join order; call holding the lock. */
    List<UserId> botsIn(RoomState room) {
        List<UserId> bots = new ArrayList<>();
        for (UserId member : room.members.keySet()) {
            UserRecord u = users.get(member);
            if (u != null && u.bot()) {
                bots.add(member);
            }
        }
        return bots;
    }

    /** A message's author or a command's sender as events tell it ({@link EventShapes#author}). */
    Sender sender(RoomState room, UserId user) {
        return EventShapes.author(requireUser(user), room.members.get(user));
    }

    /** A member joining, leaving or clicking as events tell it ({@link EventShapes#person}). */
    Sender person(UserId user) {
        return EventShapes.person(requireUser(user));
    }

    /**
     * Runs {@code action}, which only reads the world, holding the world's lock; the room snapshots
     * cached so far stay true.
     */
    <T> T reading(Supplier<T> action) {
        lock.lock();
        try {
            return action.get();
        } finally {
            lock.unlock();
        }
    }

    private void lockedRun(Runnable action) {
        locked(() -> {
            action.run();
            return null;
        });
    }

    Instant now() {
        return clock.instant();
    }

    /** The next id of something the fake creates. */
    String nextId() {
        return Long.toString(nextId++);
    }

    /** A fresh ack id for a message sent without one. */
    AckId nextAckId() {
        return AckId.of("fake-ack-" + nextAck++);
    }

    Optional<RoomState> room(RoomId id) {
        return Optional.ofNullable(rooms.get(id));
    }

    Optional<RoomState> roomOfChannel(ChannelId channel) {
        return rooms.values().stream().filter(r -> r.channels.containsKey(channel)).findFirst();
    }

    // ---------------------------------------------------------------- setting up (IllegalArgumentException on mistakes)

    /** Declares a user: a person or a bot. */
    public void addUser(UserId id, String nickname, boolean bot) {
        Checks.notNull("id", id);
        Checks.notNull("nickname", nickname);
        lockedRun(() -> {
            if (users.containsKey(id)) {
                throw new IllegalArgumentException("user: " + id + " is declared twice");
            }
            users.put(id, new UserRecord(id, nickname, bot));
        });
    }

    /** Whether {@code id} was declared as a bot. */
    public boolean isBot(UserId id) {
        return reading(() -> users.containsKey(id) && users.get(id).bot());
    }

    /** Adds a room with its @everyone role; the owner, if any, becomes a member. */
    public void addRoom(RoomId id, String name, Optional<UserId> owner, Permissions everyone) {
        Checks.notNull("room", id);
        Checks.notNull("name", name);
        Checks.notNull("owner", owner);
        Checks.notNull("everyone", everyone);
        lockedRun(() -> {
            if (rooms.containsKey(id)) {
                throw new IllegalArgumentException("room: " + id + " is declared twice");
            }
            owner.ifPresent(this::requireUser);
            RoomState room = new RoomState(id, name, owner);
            room.roles.put(room.everyoneRole, new Role(room.everyoneRole, "@全体成员", everyone, RoleType.EVERYONE, 0,
                    Optional.empty(), Optional.empty(), false, false));
            rooms.put(id, room);
            owner.ifPresent(o -> room.members.put(o, new MemberRecord(o, now())));
        });
    }

    /** Adds a custom role. */
    public void addRole(RoomId roomId, RoleId id, String name, Permissions permissions, int position) {
        Checks.notNull("role", id);
        Checks.notNull("name", name);
        Checks.notNull("permissions", permissions);
        if (position < 0) {
            throw new IllegalArgumentException("position: must not be negative, got " + position);
        }
        lockedRun(() -> {
            RoomState room = setupRoom(roomId);
            if (room.roles.containsKey(id)) {
                throw new IllegalArgumentException("role: " + id + " is declared twice in room " + roomId);
            }
            room.roles.put(id, new Role(id, name, permissions, RoleType.CUSTOM, position, Optional.empty(),
                    Optional.empty(), false, true));
        });
    }

    /** Adds a channel, inside a category when {@code parent} is given. */
    public void addChannel(RoomId roomId, ChannelId id, String name, ChannelType type, Optional<ChannelId> parent) {
        Checks.notNull("channel", id);
        ChannelName.of(name);
        Checks.notNull("type", type);
        Checks.notNull("parent", parent);
        if (type == ChannelType.UNKNOWN) {
            throw new IllegalArgumentException("type: must be a known channel type, got UNKNOWN");
        }
        lockedRun(() -> {
            RoomState room = setupRoom(roomId);
            if (roomOfChannel(id).isPresent()) {
                throw new IllegalArgumentException("channel: " + id + " is declared twice");
            }
            parent.ifPresent(p -> {
                ChannelRecord category = room.channels.get(p);
                if (category == null || category.type != ChannelType.CATEGORY) {
                    throw new IllegalArgumentException("parent: " + p + " is not a category of room " + roomId);
                }
                if (type == ChannelType.CATEGORY) {
                    throw new IllegalArgumentException("type: a category cannot sit inside another category");
                }
            });
            room.channels.put(id, new ChannelRecord(id, name, type, parent, VoiceBackend.TRTC));
        });
    }

    /** Makes a declared user a member (again, if already one: the roles are added). */
    public void addMember(RoomId roomId, UserId user, Set<RoleId> roles) {
        Checks.notNull("user", user);
        Checks.size("roles", roles, 0, Integer.MAX_VALUE);
        lockedRun(() -> {
            RoomState room = setupRoom(roomId);
            requireUser(user);
            for (RoleId role : roles) {
                if (!room.roles.containsKey(role) || role.equals(room.everyoneRole)) {
                    throw new IllegalArgumentException("roles: " + role + " is not a custom role of room " + roomId);
                }
            }
            boolean joined = !room.members.containsKey(user);
            room.members.computeIfAbsent(user, u -> new MemberRecord(u, now())).roles.addAll(roles);
            if (joined) {
                Instant at = now();
                emit(room, () -> new MemberJoined(room.id, person(user), at));
            }
        });
    }

    /** Puts a member into a voice channel of the room, leaving any other. */
    public void connectVoice(RoomId roomId, ChannelId channel, UserId user) {
        Checks.notNull("voiceChannel", channel);
        Checks.notNull("user", user);
        lockedRun(() -> {
            RoomState room = setupRoom(roomId);
            ChannelRecord c = room.channels.get(channel);
            if (c == null || !c.type.isVoice()) {
                throw new IllegalArgumentException("voiceChannel: " + channel + " is not a voice channel of room " + roomId);
            }
            if (!room.members.containsKey(user)) {
                throw new IllegalArgumentException("user: " + user + " is not a member of room " + roomId);
            }
            room.voicePresence.put(user, channel);
        });
    }

    /** Adds a room emoji or sticker. */
    public void addMeme(RoomId roomId, Meme meme) {
        Checks.notNull("meme", meme);
        lockedRun(() -> {
            RoomState room = setupRoom(roomId);
            if (room.memes.containsKey(meme.path())) {
                throw new IllegalArgumentException("meme: " + meme.path() + " is declared twice in room " + roomId);
            }
            room.memes.put(meme.path(), meme);
        });
    }

    private RoomState setupRoom(RoomId id) {
        Checks.notNull("room", id);
        RoomState room = rooms.get(id);
        if (room == null) {
            throw new IllegalArgumentException("room: " + id + " is not in the world");
        }
        return room;
    }

    private UserRecord requireUser(UserId id) {
        UserRecord user = users.get(id);
        if (user == null) {
            throw new IllegalArgumentException("user: " + id + " is not declared in the world (Builder.user or Builder.bot)");
        }
        return user;
    }

    // ---------------------------------------------------------------- what people do

    /** A person joins a room, without roles; nothing happens if they are already a member. */
    public void join(RoomId roomId, UserId user) {
        addMember(roomId, user, Set.of());
    }

    /** A person posts a channel message; no permission checks. */
    public PostedMessage post(UserId author, ChannelRef channel, MessageContent content) {
        Checks.notNull("author", author);
        Checks.notNull("channel", channel);
        Checks.notNull("content", content);
        return locked(() -> {
            RoomState room = setupRoom(channel.room());
            ChannelRecord c = textChannel(room, channel);
            requireMember(room, "author", author);
            PostedMessage message = new PostedMessage(MessageId.of(nextId()), room.id, c.id, author, content,
                    Optional.empty(), nextAckId(), now(), false);
            store(room, c, message);
            return message;
        });
    }

    /**
     * Stores a channel message, whoever posted it, and queues its {@link MessagePosted} for every bot in the
     * room, the author included (its own gateway filters it); call holding the lock. The one place a
     * message is posted.
     */
    void store(RoomState room, ChannelRecord channel, PostedMessage message) {
        messages.put(message.id(), message);
        emit(room, () -> EventShapes.posted(ref(room, channel), sender(room, message.author()), message));
    }

    /**
     * Removes a member and queues their {@link MemberLeft} for the bots that were in the room, the one
     * leaving included; call holding the lock. The one place a member leaves, on their own or kicked.
     */
    void removeMember(RoomState room, UserId user) {
        List<UserId> heardBy = botsIn(room);
        Sender member = person(user);
        Instant at = now();
        room.removeMember(user);
        emitTo(heardBy, () -> new MemberLeft(room.id, member, at));
    }

    /**
     * Adds or removes one user's reaction and queues {@link ReactionAdded} or {@link ReactionRemoved} for
     * the bots in the room; call holding the lock. Adding a reaction that is there, or removing one that
     * is not, changes nothing and is heard by no one. The one place reactions change.
     */
    void setReaction(RoomState room, ChannelRecord channel, MessageId message, UserId user, Emoji emoji, boolean present) {
        Reaction reaction = new Reaction(user, emoji);
        boolean changed;
        if (present) {
            changed = reactions.computeIfAbsent(message, m -> new LinkedHashSet<>()).add(reaction);
        } else {
            Set<Reaction> on = reactions.get(message);
            changed = on != null && on.remove(reaction);
        }
        if (!changed) {
            return;
        }
        Instant at = now();
        Optional<RoomId> where = Optional.of(room.id);
        emit(room, present
                ? () -> new ReactionAdded(where, channel.id, message, user, emoji, at)
                : () -> new ReactionRemoved(where, channel.id, message, user, emoji, at));
    }

    /** A person leaves a room; nothing happens if they are not a member. The owner cannot leave. */
    public void leave(RoomId roomId, UserId user) {
        Checks.notNull("user", user);
        lockedRun(() -> {
            RoomState room = setupRoom(roomId);
            requireUser(user);
            if (!room.members.containsKey(user)) {
                return;
            }
            if (room.isOwner(user)) {
                throw new IllegalArgumentException("user: " + user + " owns room " + room.id + " and cannot leave it");
            }
            removeMember(room, user);
        });
    }

    /** A member picks a command from the menu: heard by every bot in the room, as the platform does not say whose command it is. */
    public CommandInvoked runCommand(UserId user, ChannelRef channel, String command, List<CommandOption> options) {
        Checks.notNull("user", user);
        Checks.notNull("channel", channel);
        Checks.notBlank("command", command);
        Checks.size("options", options, 0, Integer.MAX_VALUE);
        List<CommandOption> typed = List.copyOf(options);
        String name = command.startsWith("/") ? command : "/" + command;
        return locked(() -> {
            RoomState room = setupRoom(channel.room());
            ChannelRecord c = textChannel(room, channel);
            requireMember(room, "user", user);
            CommandInvoked invoked = new CommandInvoked(MessageId.of(nextId()), ref(room, c), sender(room, user), name, typed, now());
            emit(room, () -> invoked);
            return invoked;
        });
    }

    /** A member reacts to a channel message, or takes the reaction back. */
    public void react(UserId user, MessageId message, Emoji emoji, boolean present) {
        Checks.notNull("user", user);
        Checks.notNull("message", message);
        Checks.notNull("emoji", emoji);
        lockedRun(() -> {
            PostedMessage m = requireMessage(message);
            RoomState room = rooms.get(m.room());
            requireMember(room, "user", user);
            setReaction(room, room.channels.get(m.channel()), message, user, emoji, present);
        });
    }

    /**
     * A member clicks a button of a card message: a {@link Button.Action#SERVER} button with this text.
     * Heard by the card's author only (the platform sends a click to the bot whose card it is), if that
     * author is a bot still in the room.
     */
    public ButtonClicked click(UserId user, MessageId cardMessage, String buttonText) {
        Checks.notNull("user", user);
        Checks.notNull("cardMessage", cardMessage);
        Checks.notNull("buttonText", buttonText);
        return locked(() -> {
            PostedMessage m = requireMessage(cardMessage);
            RoomState room = rooms.get(m.room());
            requireMember(room, "user", user);
            Button button = callbackButton(m, buttonText);
            ButtonClicked clicked = new ButtonClicked(m.id(), ref(room, room.channels.get(m.channel())), person(user),
                    button.text(), button.value(), now());
            List<UserId> heardBy = botsIn(room).contains(m.author()) ? List.of(m.author()) : List.of();
            emitTo(heardBy, () -> clicked);
            return clicked;
        });
    }

    private static Button callbackButton(PostedMessage message, String text) {
        if (!(message.content() instanceof MessageContent.Cards cards)) {
            throw new IllegalArgumentException("cardMessage: " + message.id() + " is not a card message");
        }
        List<Button> buttons = new ArrayList<>();
        for (Card card : cards.cards()) {
            for (CardModule module : card.modules()) {
                if (module instanceof CardModule.ButtonGroup group) {
                    buttons.addAll(group.buttons());
                } else if (module instanceof CardModule.Section section) {
                    section.paragraph().stream().filter(Button.class::isInstance).map(Button.class::cast).forEach(buttons::add);
                }
            }
        }
        return buttons.stream().filter(b -> b.action() == Button.Action.SERVER && b.text().equals(text)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("buttonText: card message " + message.id()
                        + " has no button \"" + text + "\" whose click goes to the bot; its buttons: "
                        + buttons.stream().map(b -> b.text() + " (" + b.action() + ")").toList()));
    }

    /** The bot's gateway was down for {@code downtime} and is back: heard by that bot only. */
    public void gatewayReconnected(UserId bot, Duration downtime) {
        Checks.notNull("bot", bot);
        Checks.notNull("downtime", downtime);
        if (downtime.isNegative()) {
            throw new IllegalArgumentException("downtime: must not be negative, got " + downtime);
        }
        lockedRun(() -> {
            if (!requireUser(bot).bot()) {
                throw new IllegalArgumentException("bot: " + bot + " was not declared with Builder.bot(...)");
            }
            Instant back = now();
            emitTo(List.of(bot), () -> new GatewayReconnected(back.minus(downtime), back));
        });
    }

    private ChannelRecord textChannel(RoomState room, ChannelRef channel) {
        ChannelRecord c = room.channels.get(channel.channel());
        if (c == null || !c.type.acceptsMessages()) {
            throw new IllegalArgumentException("channel: " + channel.channel() + " is not a text channel of room " + room.id);
        }
        return c;
    }

    private void requireMember(RoomState room, String field, UserId user) {
        requireUser(user);
        if (!room.members.containsKey(user)) {
            throw new IllegalArgumentException(field + ": " + user + " is not a member of room " + room.id);
        }
    }

    private PostedMessage requireMessage(MessageId id) {
        PostedMessage m = messages.get(id);
        if (m == null) {
            throw new IllegalArgumentException("message: " + id + " is not a channel message of the world (or was deleted)");
        }
        return m;
    }

    private static ChannelRef ref(RoomState room, ChannelRecord channel) {
        return new ChannelRef(room.id, channel.id, channel.type);
    }

    /** A person writes a direct message, e.g. to a bot; that lets the bot send direct messages to them again. */
    public DirectMessage postDirect(UserId from, UserId to, MessageContent content) {
        Checks.notNull("from", from);
        Checks.notNull("to", to);
        Checks.notNull("content", content);
        return locked(() -> {
            requireUser(from);
            requireUser(to);
            DirectMessage message = new DirectMessage(MessageId.of(nextId()), from, to, content, nextAckId(), now());
            directMessages.add(message);
            unansweredDirect.remove(new BotAndUser(to, from));
            return message;
        });
    }

    // ---------------------------------------------------------------- snapshots

    /** Every room. */
    public List<Room> rooms() {
        return reading(() -> rooms.values().stream().map(r -> r.toRoom(Optional.empty())).toList());
    }

    /** The rooms {@code user} is a member of, with their join time. */
    public List<Room> roomsOf(UserId user) {
        return reading(() -> rooms.values().stream()
                .filter(r -> r.members.containsKey(user))
                .map(r -> r.toRoom(Optional.of(r.members.get(user).joinedAt)))
                .toList());
    }

    /** The room's view, without anyone's own roles. */
    public Optional<RoomDetails> details(RoomId id) {
        return reading(() -> room(id).map(r -> details(r, Set.of())));
    }

    /** The room's members in join order. */
    public List<Member> members(RoomId id) {
        return reading(() -> room(id).map(this::memberList).orElse(List.of()));
    }

    /** The room's members in join order. */
    List<Member> memberList(RoomState room) {
        RoomSnapshots cached = snapshotsOf(room);
        if (cached.members == null) {
            cached.members = room.members.values().stream().map(m -> room.toMember(m, users.get(m.user))).toList();
        }
        return cached.members;
    }

    /** The room's roles, highest first, @everyone included. */
    List<Role> roleList(RoomState room) {
        RoomSnapshots cached = snapshotsOf(room);
        if (cached.roles == null) {
            cached.roles = room.roleList();
        }
        return cached.roles;
    }

    /** The room's top-level channels, each holding its children. */
    List<Channel> channelTree(RoomState room) {
        RoomSnapshots cached = snapshotsOf(room);
        if (cached.channelTree == null) {
            cached.channelTree = room.channelTree();
        }
        return cached.channelTree;
    }

    /** The room's view, with {@code myRoles} as the caller's own roles. */
    RoomDetails details(RoomState room, Set<RoleId> myRoles) {
        return new RoomDetails(room.toRoom(Optional.empty()), channelTree(room), roleList(room), myRoles);
    }

    private RoomSnapshots snapshotsOf(RoomState room) {
        return snapshots.computeIfAbsent(room.id, id -> new RoomSnapshots());
    }

    /** One member. */
    public Optional<Member> member(RoomId id, UserId user) {
        return reading(() -> room(id).flatMap(r -> Optional.ofNullable(r.members.get(user)).map(m -> r.toMember(m, users.get(user)))));
    }

    /** The room's roles, highest first, @everyone included. */
    public List<Role> roles(RoomId id) {
        return reading(() -> room(id).map(this::roleList).orElse(List.of()));
    }

    /** Every channel of the room's tree, depth first. */
    public List<Channel> channels(RoomId id) {
        return reading(() -> room(id).map(r -> channelTree(r).stream().flatMap(Channel::flatten).toList()).orElse(List.of()));
    }

    /** The channel's messages in order, without deleted ones. */
    public List<PostedMessage> messages(ChannelId channel) {
        return reading(() -> messages.values().stream().filter(m -> m.channel().equals(channel)).toList());
    }

    /** The direct messages between two users, both ways, in order. */
    public List<DirectMessage> directMessages(UserId a, UserId b) {
        return reading(() -> directMessages.stream()
                .filter(m -> (m.from().equals(a) && m.to().equals(b)) || (m.from().equals(b) && m.to().equals(a)))
                .toList());
    }

    /** A channel message that was not deleted. */
    public Optional<PostedMessage> message(MessageId id) {
        return reading(() -> Optional.ofNullable(messages.get(id)));
    }

    /** The reactions on a message. */
    public Set<Reaction> reactions(MessageId id) {
        return reading(() -> Set.copyOf(reactions.getOrDefault(id, Set.of())));
    }

    /** The voice channel a user is in. */
    public Optional<ChannelId> voiceChannelOf(RoomId id, UserId user) {
        return reading(() -> room(id).flatMap(r -> Optional.ofNullable(r.voicePresence.get(user))));
    }

    /** The users in a voice channel, in the order they came. */
    public List<UserId> usersIn(ChannelId channel) {
        return reading(() -> roomOfChannel(channel).map(r -> usersIn(r, channel)).orElse(List.of()));
    }

    static List<UserId> usersIn(RoomState room, ChannelId channel) {
        return room.voicePresence.entrySet().stream().filter(e -> e.getValue().equals(channel)).map(Map.Entry::getKey).toList();
    }

    /** When a silence ends, if the user is silenced now. */
    public Optional<Instant> silencedUntil(RoomId id, UserId user) {
        return reading(() -> room(id).flatMap(r -> activeBan(r, user)));
    }

    Optional<Instant> activeBan(RoomState room, UserId user) {
        return Optional.ofNullable(room.bannedUntil.get(user)).filter(until -> until.isAfter(now()));
    }

    /** Whether the user's microphone is muted across the room. */
    public boolean isMicrophoneMuted(RoomId id, UserId user) {
        return reading(() -> room(id).map(r -> r.microphoneMuted.contains(user)).orElse(false));
    }

    /** Whether the user's speaker is muted across the room. */
    public boolean isSpeakerMuted(RoomId id, UserId user) {
        return reading(() -> room(id).map(r -> r.speakerMuted.contains(user)).orElse(false));
    }

    /** Whether the channel toggle has muted the user's microphone in that voice channel. */
    public boolean isMicrophoneMutedIn(ChannelId channel, UserId user) {
        return reading(() -> roomOfChannel(channel)
                .map(r -> r.channelMicrophoneMuted.contains(new RoomState.ChannelUser(channel, user)))
                .orElse(false));
    }

    /** The room's emoji and stickers. */
    public RoomMemes memes(RoomId id) {
        return reading(() -> room(id).map(WorldState::memesOf).orElse(new RoomMemes(List.of(), List.of())));
    }

    static RoomMemes memesOf(RoomState room) {
        return new RoomMemes(room.memes.values().stream().filter(m -> m.kind() == MemeKind.EMOJI).toList(),
                room.memes.values().stream().filter(m -> m.kind() == MemeKind.STICKER).toList());
    }

    /** The channel's password, if set. */
    public Optional<ChannelPassword> password(ChannelId channel) {
        return reading(() -> roomOfChannel(channel).flatMap(r -> r.channels.get(channel).password));
    }

    /** The channel's slow-mode interval; zero when off or the channel is unknown. */
    public Duration slowMode(ChannelId channel) {
        return reading(() -> roomOfChannel(channel).map(r -> r.channels.get(channel).slowMode).orElse(Duration.ZERO));
    }

    /** The channel's role overwrites, in the order they were first set. */
    public List<RoleOverwrite> roleOverwrites(ChannelId channel) {
        return reading(() -> roomOfChannel(channel).map(r -> List.copyOf(r.channels.get(channel).roleOverwrites.values()))
                .orElse(List.of()));
    }

    /** The channel's user overwrites, in the order they were first set. */
    public List<UserOverwrite> userOverwrites(ChannelId channel) {
        return reading(() -> roomOfChannel(channel).map(r -> List.copyOf(r.channels.get(channel).userOverwrites.values()))
                .orElse(List.of()));
    }

    /** Every upload, in order. */
    public List<UploadedFile> uploads() {
        return reading(() -> List.copyOf(uploads));
    }

    /** Every stream started, in order, stopped ones included. */
    public List<RunningStream> streams() {
        return reading(() -> List.copyOf(streams.values()));
    }

    /** The roles of a member, for the member's own view. */
    Set<RoleId> rolesOf(RoomState room, UserId user) {
        MemberRecord m = room.members.get(user);
        return m == null ? Set.of() : new LinkedHashSet<>(m.roles);
    }
}
