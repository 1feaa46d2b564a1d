package io.github.heychat4j.testkit;

import io.github.heychat4j.domain.ChannelId;
import io.github.heychat4j.domain.RoleId;
import io.github.heychat4j.domain.RoomId;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.channel.Channel;
import io.github.heychat4j.domain.channel.ChannelName;
import io.github.heychat4j.domain.channel.ChannelRef;
import io.github.heychat4j.domain.channel.ChannelType;
import io.github.heychat4j.domain.message.MessageContent;
import io.github.heychat4j.domain.meme.Meme;
import io.github.heychat4j.domain.meme.MemeName;
import io.github.heychat4j.domain.meme.MemeKind;
import io.github.heychat4j.domain.meme.MemePath;
import io.github.heychat4j.domain.role.Permission;
import io.github.heychat4j.domain.role.Permissions;
import io.github.heychat4j.domain.role.Role;
import io.github.heychat4j.domain.role.RoleDraft;
import io.github.heychat4j.domain.room.Member;
import io.github.heychat4j.domain.room.Room;
import io.github.heychat4j.fake.FakeHeychat;
import io.github.heychat4j.fake.FakeWorld;
import io.github.heychat4j.fake.ManualClock;
import io.github.heychat4j.fake.PostedMessage;
import io.github.heychat4j.testkit.internal.NameIndex;
import io.github.heychat4j.testkit.internal.WorldMethod;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A fake Heychat world for one test, declared by names, with the ids made up for you. Say only what
 * matters to the test; the rest has defaults: one bot ({@value #DEFAULT_BOT_NAME}, id
 * {@code 9000001}) that is a member of every room with every permission but 管理员 (ADMINISTRATOR),
 * and people who exist as soon as a room names them.
 *
 * {@snippet :
 * TestWorld world = TestWorld.create()
 *         .room("测试房间", r -> r
 *                 .textChannel("综合")
 *                 .voiceChannel("开黑")
 *                 .role("管理", Permission.KICK_MEMBERS)
 *                 .member("alice")
 *                 .member("carol", "管理"))
 *         .build();
 *
 * RoomId room = world.room("测试房间");
 * ChannelRef general = world.channel("综合");
 * UserId alice = world.user("alice");
 * FakeHeychat bot = world.bot();          // what the bot under test talks to
 * bot.rooms().kick(room, alice);
 * world.fake().member(room, alice);      // Optional.empty(): alice is gone
 * }
 *
 * <p>People act with {@link #person(String)}; the bot under test subscribes to {@code world.bot().events()}
 * and has handled each action when it returns:
 * {@snippet :
 * world.bot().events().on(MemberJoined.class, joined -> greeter.welcome(joined));   // the bot under test listens
 * world.person("carol").joins("测试房间");
 * HeychatAssertions.assertSent(world.bot(), general, "欢迎");
 * }
 * Everything the bot hears is recorded for {@link HeychatAssertions#assertHeard}.
 *
 * <p>Ids are deterministic: the same declarations give the same ids in every run. Room, channel,
 * role and meme ids are counted up from {@code 3000000000000000001} (above 2^53, as on the platform,
 * so a bot that squeezes them through a {@code double} fails its tests); people are counted up from
 * {@code 1000001}.
 *
 * <p>A {@code TestWorld} is the handle a test keeps; the world itself, a {@link FakeWorld}, changes as the
 * bot acts. Lookups answer from the declarations, so {@code world.user("alice")} still works after
 * alice was kicked.
 */
public final class TestWorld {
    /** The default bot's nickname. */
    public static final String DEFAULT_BOT_NAME = "测试机器人";
    /** The default bot's user id. */
    public static final UserId DEFAULT_BOT_ID = UserId.of(9_000_001L);
    /** The first id handed out to rooms, channels, roles and memes. */
    static final long FIRST_ID = 3_000_000_000_000_000_001L;
    /** The first id handed out to people. */
    static final long FIRST_USER_ID = 1_000_001L;

    private final FakeWorld fake;
    private final UserId botId;
    private final FakeHeychat bot;
    private final NameIndex<RoomId> rooms;
    private final NameIndex<ChannelRef> channels;
    private final NameIndex<UserId> users;
    private final NameIndex<RoleId> roles;
    private final NameIndex<MemePath> memes;
    /** The bots the assertions know in this world: its own fake bot, and those of other adapters talking to it. */
    private final List<RecordedBot> recorded = new CopyOnWriteArrayList<>();

    private TestWorld(FakeWorld fake, UserId botId, NameIndex<RoomId> rooms, NameIndex<ChannelRef> channels,
                      NameIndex<UserId> users, NameIndex<RoleId> roles, NameIndex<MemePath> memes) {
        this.fake = fake;
        this.botId = botId;
        this.bot = fake.heychatFor(botId);
        this.rooms = rooms;
        this.channels = channels;
        this.users = users;
        this.roles = roles;
        this.memes = memes;
        RecordedBot.record(bot, bot.journal(), this);
    }

    /** Starts declaring a world: no rooms yet, the default bot. */
    public static Builder create() {
        return new Builder();
    }

    /**
     * The world a {@link HeychatTest} gets when it declares none: room {@code "测试房间"} with text
     * channel {@code "综合"}, voice channel {@code "开黑"}, and members {@code "alice"} and {@code "bob"}
     * (plus the bot).
     */
    public static Builder standard() {
        return create().room("测试房间", r -> r.textChannel("综合").voiceChannel("开黑").member("alice").member("bob"));
    }

    /**
     * A fresh world as {@code testClass} declares it with a static {@link HeychatWorld} method (looked up on the class,
     * its superclasses and enclosing classes), or {@link #standard()} when it declares none. For test frameworks that
     * set up before any test instance exists, such as {@code @HeychatBootTest} in a Spring test.
     *
     * @param testClass the test class
     * @throws IllegalArgumentException when it is null
     * @throws org.junit.jupiter.api.extension.ExtensionConfigurationException when the method is misdeclared: not
     *         static, with parameters, returning another type, or more than one
     */
    public static TestWorld declaredBy(Class<?> testClass) {
        if (testClass == null) {
            throw new IllegalArgumentException("testClass: must not be null");
        }
        return WorldMethod.createWorld(testClass);
    }

    /**
     * Wraps a world built by hand with {@link FakeWorld#builder()}. Names are read from the world as it
     * is now: rooms, channels and roles by name, people by their nickname, memes by name.
     *
     * @param world the world
     * @param bot   the bot the test drives; it must have been declared with {@code FakeWorld.Builder.bot}
     */
    public static TestWorld of(FakeWorld world, UserId bot) {
        if (world == null) {
            throw new IllegalArgumentException("world: must not be null");
        }
        if (bot == null) {
            throw new IllegalArgumentException("bot: must not be null");
        }
        var rooms = new NameIndex<RoomId>("room");
        var channels = new NameIndex<ChannelRef>("channel");
        var users = new NameIndex<UserId>("user");
        var roles = new NameIndex<RoleId>("role");
        var memes = new NameIndex<MemePath>("meme");
        var seenUsers = new java.util.HashSet<UserId>();
        for (Room room : world.rooms()) {
            rooms.add("", room.name(), room.id());
            for (Channel channel : world.channels(room.id())) {
                channels.add(room.name(), channel.name(), channel.ref());
            }
            for (Role role : world.roles(room.id())) {
                roles.add(room.name(), role.name(), role.id());
            }
            for (Member member : world.members(room.id())) {
                if (seenUsers.add(member.id())) {
                    users.add("", member.nickname(), member.id());
                }
            }
            for (Meme meme : world.memes(room.id()).all()) {
                memes.add(room.name(), meme.name(), meme.path());
            }
        }
        return new TestWorld(world, bot, rooms, channels, users, roles, memes);
    }

    /** The room with this name. */
    public RoomId room(String name) {
        return rooms.get(name);
    }

    /** The channel with this name, in whichever room; ambiguous names need {@link #channel(String, String)}. */
    public ChannelRef channel(String name) {
        return channels.get(name);
    }

    /** The channel with this name in the named room. */
    public ChannelRef channel(String room, String name) {
        return channels.get(room, name);
    }

    /** The person (or the bot) with this name. */
    public UserId user(String name) {
        return users.get(name);
    }

    /**
     * The person with this name, to act as them: {@code world.person("alice").says(world.channel("综合"), "hi")}.
     * (The issue's {@code world.user("alice").says(...)} is spelled {@code person}, because {@link #user(String)}
     * already answers the id.)
     */
    public Person person(String name) {
        return new Person(this, name, user(name));
    }

    /**
     * The bot's gateway connection drops for 30 s and comes back: the bot hears a
     * {@link io.github.heychat4j.domain.event.GatewayReconnected}, to test how it re-syncs.
     */
    public void gatewayReconnects() {
        gatewayReconnects(Duration.ofSeconds(30));
    }

    /** The bot's gateway connection was down for {@code downtime} and is back. */
    public void gatewayReconnects(Duration downtime) {
        fake.gatewayReconnected(botId, downtime);
        acted();
    }

    /** The role with this name, in whichever room; ambiguous names need {@link #role(String, String)}. */
    public RoleId role(String name) {
        return roles.get(name);
    }

    /** The role with this name in the named room. */
    public RoleId role(String room, String name) {
        return roles.get(room, name);
    }

    /** The room meme (emoji or sticker) with this name, in whichever room. */
    public MemePath meme(String name) {
        return memes.get(name);
    }

    /** The room meme with this name in the named room. */
    public MemePath meme(String room, String name) {
        return memes.get(room, name);
    }

    /** The bot under test: a {@link io.github.heychat4j.domain.Heychat} to hand to the code being tested. */
    public FakeHeychat bot() {
        return bot;
    }

    /** The bot's user id. */
    public UserId botId() {
        return botId;
    }

    /** The world itself, to read its state, inject faults or act as a person. */
    public FakeWorld fake() {
        return fake;
    }

    /** The world's clock; advance it to let silences expire or de-duplication windows pass. */
    public ManualClock clock() {
        return fake.clock();
    }

    /**
     * A person posts a plain text message into a channel, as input for the bot under test. No
     * permission checks: the scenario says it happened.
     *
     * @param user    the person's name
     * @param channel the channel's name
     * @param text    what they say
     */
    public PostedMessage post(String user, String channel, String text) {
        PostedMessage posted = fake.post(user(user), channel(channel), MessageContent.text(text));
        acted();
        return posted;
    }

    /**
     * The label of an id in failure messages: a person's name and id ({@code alice (1000001)}), the name of a room,
     * channel, role or meme; empty for an id the fixtures did not name. The one place of that rule.
     */
    Optional<String> label(Object id) {
        if (id instanceof UserId user) {
            return users.nameOf(user::equals).map(name -> name + " (" + user.value() + ")");
        }
        if (id instanceof RoomId room) {
            return rooms.nameOf(room::equals);
        }
        if (id instanceof ChannelId channel) {
            return channels.nameOf(ref -> ref.channel().equals(channel));
        }
        if (id instanceof RoleId role) {
            return roles.nameOf(role::equals);
        }
        if (id instanceof MemePath meme) {
            return memes.nameOf(meme::equals);
        }
        return Optional.empty();
    }

    void recorded(RecordedBot bot) {
        recorded.add(bot);
    }

    void forget(RecordedBot bot) {
        recorded.remove(bot);
    }

    /** After someone acted in the world: returns once every bot recorded in it has handled what that pushed. */
    void acted() {
        recorded.forEach(RecordedBot::awaitHandled);
    }

    @Override
    public String toString() {
        return "TestWorld[bot " + botId + ", rooms " + fake.rooms().stream().map(Room::name).toList() + "]";
    }

    /**
     * Declares a {@link TestWorld}. Ids are handed out in declaration order. Not thread-safe; build it
     * in the test (or in a {@link HeychatWorld} method).
     */
    public static final class Builder {
        private long nextId = FIRST_ID;
        private long nextUserId = FIRST_USER_ID;
        private UserId botId = DEFAULT_BOT_ID;
        private String botName = DEFAULT_BOT_NAME;
        private Permissions botPermissions = Permissions.all().without(Permission.ADMINISTRATOR);
        private ManualClock clock;
        private final Map<String, UserId> people = new LinkedHashMap<>();
        private final List<RoomFixture> rooms = new ArrayList<>();
        private final List<Consumer<FakeWorld.Builder>> customizations = new ArrayList<>();

        private Builder() {
        }

        /**
         * Renames the bot. Declare it before the rooms, so that a room naming the bot as a member means
         * the bot.
         */
        public Builder bot(String nickname) {
            this.botName = requireName("bot nickname", nickname);
            return this;
        }

        /** Gives the bot another id and nickname; declare it before the rooms. */
        public Builder bot(UserId id, String nickname) {
            if (id == null) {
                throw new IllegalArgumentException("bot id: must not be null");
            }
            if (people.containsValue(id)) {
                throw new IllegalArgumentException("bot id: " + id + " is already a person's id");
            }
            this.botId = id;
            return bot(nickname);
        }

        /**
         * What the bot may do in every room, through a role of its own named after it (ranked above the
         * rooms' other roles, unless declared with {@link RoomFixture#roleAboveBot}). Default: every
         * permission but ADMINISTRATOR. With none at all the bot has only what {@code @everyone} has.
         */
        public Builder botPermissions(Permission... permissions) {
            return botPermissions(permissionsOf(permissions));
        }

        /** Same as {@link #botPermissions(Permission...)}. */
        public Builder botPermissions(Permissions permissions) {
            if (permissions == null) {
                throw new IllegalArgumentException("botPermissions: must not be null");
            }
            this.botPermissions = permissions;
            return this;
        }

        /** Declares a person who is in no room yet (rooms declare their members themselves). */
        public Builder user(String name) {
            person(name);
            return this;
        }

        /** Declares a room with just the bot in it. */
        public Builder room(String name) {
            return room(name, r -> {
            });
        }

        /** Declares a room; the bot is a member unless the room says {@link RoomFixture#withoutBot()}. */
        public Builder room(String name, Consumer<RoomFixture> room) {
            requireName("room name", name);
            if (room == null) {
                throw new IllegalArgumentException("room: must not be null");
            }
            if (rooms.stream().anyMatch(r -> r.name.equals(name))) {
                throw new IllegalArgumentException("room name: \"" + name + "\" is declared twice; room names must be unique");
            }
            RoomFixture fixture = new RoomFixture(this, name, new RoomId(nextId()));
            rooms.add(fixture);
            room.accept(fixture);
            return this;
        }

        /** The world's clock (default: a {@link ManualClock} at 2025-01-01T00:00:00Z). */
        public Builder clock(ManualClock manualClock) {
            if (manualClock == null) {
                throw new IllegalArgumentException("clock: must not be null");
            }
            this.clock = manualClock;
            return this;
        }

        /**
         * Configures the underlying {@link FakeWorld.Builder} directly, after everything declared here,
         * for what the fixtures do not cover (more bots, banned words, a sleeper for latency faults).
         */
        public Builder configure(Consumer<FakeWorld.Builder> customization) {
            if (customization == null) {
                throw new IllegalArgumentException("customization: must not be null");
            }
            customizations.add(customization);
            return this;
        }

        /** Builds a fresh world; each call gives a new, independent one with the same ids. */
        public TestWorld build() {
            var rooms = new NameIndex<RoomId>("room");
            var channels = new NameIndex<ChannelRef>("channel");
            var users = new NameIndex<UserId>("user");
            var roles = new NameIndex<RoleId>("role");
            var memes = new NameIndex<MemePath>("meme");

            FakeWorld.Builder world = FakeWorld.builder();
            if (clock != null) {
                world.clock(clock);
            }
            world.bot(botId, botName);
            users.add("", botName, botId);
            people.forEach((name, id) -> {
                world.user(id, name);
                users.add("", name, id);
            });
            for (RoomFixture room : this.rooms) {
                rooms.add("", room.name, room.id);
                room.index(channels, roles, memes);
                world.room(room.id, room.name, room::applyTo);
            }
            customizations.forEach(c -> c.accept(world));
            return new TestWorld(world.build(), botId, rooms, channels, users, roles, memes);
        }

        private String nextId() {
            return Long.toString(nextId++);
        }

        private UserId person(String name) {
            requireName("user name", name);
            if (name.equals(botName)) {
                return botId;
            }
            return people.computeIfAbsent(name, n -> {
                long id = nextUserId++;
                if (id == botId.value()) {
                    id = nextUserId++;
                }
                return new UserId(id);
            });
        }
    }

    /**
     * Declares one room of a {@link TestWorld}: its channels, roles, members and memes. Members and
     * channels may be declared in any order; role names given to members are resolved when the world is
     * built.
     */
    public static final class RoomFixture {
        private static final int BOT_ROLE_POSITION = 1000;
        private static final int ABOVE_BOT_POSITION = 2000;

        private final Builder world;
        private final String name;
        private final RoomId id;
        private final RoleId botRole;
        private final List<ChannelFixture> channels = new ArrayList<>();
        private final List<RoleFixture> roles = new ArrayList<>();
        private final Map<UserId, List<String>> members = new LinkedHashMap<>();
        private final Map<String, UserId> memberNames = new LinkedHashMap<>();
        private final List<Map.Entry<String, String>> inVoice = new ArrayList<>();
        private final List<MemeFixture> memes = new ArrayList<>();
        private Optional<String> owner = Optional.empty();
        private Optional<Permissions> everyone = Optional.empty();
        private Optional<Permissions> botPermissions = Optional.empty();
        private boolean withBot = true;
        private int nextRolePosition = 1;
        private int nextAboveBotPosition = ABOVE_BOT_POSITION;

        private RoomFixture(Builder world, String name, RoomId id) {
            this.world = world;
            this.name = name;
            this.id = id;
            this.botRole = new RoleId(world.nextId());
        }

        /** A text channel. */
        public RoomFixture textChannel(String channelName) {
            return channel(channelName, ChannelType.TEXT);
        }

        /** A voice channel. */
        public RoomFixture voiceChannel(String channelName) {
            return channel(channelName, ChannelType.VOICE);
        }

        /** An announcement channel (accepts messages, like a text channel). */
        public RoomFixture announcementChannel(String channelName) {
            return channel(channelName, ChannelType.ANNOUNCEMENT);
        }

        /** A channel of any type but {@link ChannelType#UNKNOWN}. */
        public RoomFixture channel(String channelName, ChannelType type) {
            channels.add(newChannel(channelName, type));
            return this;
        }

        /** A category with the channels declared in {@code children} inside it. */
        public RoomFixture category(String categoryName, Consumer<CategoryFixture> children) {
            if (children == null) {
                throw new IllegalArgumentException("children: must not be null");
            }
            ChannelFixture category = newChannel(categoryName, ChannelType.CATEGORY);
            channels.add(category);
            children.accept(new CategoryFixture(this, category));
            return this;
        }

        /** A role ranked below the bot's, with these permissions. */
        public RoomFixture role(String roleName, Permission... permissions) {
            return addRole(roleName, permissionsOf(permissions), nextRolePosition++);
        }

        /** A role ranked above the bot's, which the bot therefore cannot manage. */
        public RoomFixture roleAboveBot(String roleName, Permission... permissions) {
            return addRole(roleName, permissionsOf(permissions), nextAboveBotPosition++);
        }

        /** What {@code @everyone} may do in this room (default: the fake's ordinary member permissions). */
        public RoomFixture everyone(Permission... permissions) {
            return everyone(permissionsOf(permissions));
        }

        /** Same as {@link #everyone(Permission...)}. */
        public RoomFixture everyone(Permissions permissions) {
            if (permissions == null) {
                throw new IllegalArgumentException("everyone: must not be null");
            }
            this.everyone = Optional.of(permissions);
            return this;
        }

        /** What the bot may do in this room, overriding {@link Builder#botPermissions(Permission...)}. */
        public RoomFixture botPermissions(Permission... permissions) {
            this.botPermissions = Optional.of(permissionsOf(permissions));
            return this;
        }

        /** The bot is not a member of this room. */
        public RoomFixture withoutBot() {
            this.withBot = false;
            return this;
        }

        /** A member, with roles of this room named by their names. */
        public RoomFixture member(String userName, String... roleNames) {
            UserId user = world.person(userName);
            List<String> held = members.computeIfAbsent(user, u -> new ArrayList<>());
            memberNames.putIfAbsent(userName, user);
            for (String role : roleNames == null ? new String[0] : roleNames) {
                requireName("role name", role);
                if (!held.contains(role)) {
                    held.add(role);
                }
            }
            return this;
        }

        /** A member who is connected to the named voice channel. */
        public RoomFixture inVoice(String userName, String voiceChannel) {
            member(userName);
            requireName("voice channel", voiceChannel);
            inVoice.add(Map.entry(userName, voiceChannel));
            return this;
        }

        /** The room's owner; also a member. */
        public RoomFixture owner(String userName) {
            member(userName);
            this.owner = Optional.of(userName);
            return this;
        }

        /** A room emoji (a png). */
        public RoomFixture emoji(String memeName) {
            return meme(memeName, MemeKind.EMOJI);
        }

        /** A room sticker (a png). */
        public RoomFixture sticker(String memeName) {
            return meme(memeName, MemeKind.STICKER);
        }

        private RoomFixture meme(String memeName, MemeKind kind) {
            MemeName.of(memeName);
            if (memes.stream().anyMatch(m -> m.name.equals(memeName))) {
                throw new IllegalArgumentException("meme name: \"" + memeName + "\" is declared twice in room \"" + name + "\"");
            }
            memes.add(new MemeFixture(new MemePath(world.nextId()), memeName, kind));
            return this;
        }

        private RoomFixture addRole(String roleName, Permissions permissions, int position) {
            RoleDraft.named(roleName);
            if (roleName.equals(world.botName) || roles.stream().anyMatch(r -> r.name.equals(roleName))) {
                throw new IllegalArgumentException("role name: \"" + roleName + "\" is declared twice in room \"" + name
                        + "\" (the bot's own role is named after the bot)");
            }
            roles.add(new RoleFixture(new RoleId(world.nextId()), roleName, permissions, position));
            return this;
        }

        ChannelFixture newChannel(String channelName, ChannelType type) {
            ChannelName.of(channelName);
            if (type == null || type == ChannelType.UNKNOWN) {
                throw new IllegalArgumentException("type: must be a known channel type, got " + type);
            }
            if (allChannels().stream().anyMatch(c -> c.name.equals(channelName))) {
                throw new IllegalArgumentException("channel name: \"" + channelName + "\" is declared twice in room \"" + name
                        + "\"; channel names must be unique in a room");
            }
            return new ChannelFixture(new ChannelId(world.nextId()), channelName, type);
        }

        private List<ChannelFixture> allChannels() {
            List<ChannelFixture> all = new ArrayList<>();
            for (ChannelFixture c : channels) {
                all.add(c);
                all.addAll(c.children);
            }
            return all;
        }

        private Optional<Permissions> effectiveBotPermissions() {
            Permissions p = botPermissions.orElse(world.botPermissions);
            return withBot && !p.isEmpty() ? Optional.of(p) : Optional.empty();
        }

        private void index(NameIndex<ChannelRef> channelIndex, NameIndex<RoleId> roleIndex, NameIndex<MemePath> memeIndex) {
            for (ChannelFixture c : allChannels()) {
                channelIndex.add(name, c.name, new ChannelRef(id, c.id, c.type));
            }
            if (effectiveBotPermissions().isPresent()) {
                roleIndex.add(name, world.botName, botRole);
            }
            for (RoleFixture r : roles) {
                roleIndex.add(name, r.name, r.id);
            }
            for (MemeFixture m : memes) {
                memeIndex.add(name, m.name, m.path);
            }
        }

        private void applyTo(FakeWorld.RoomBuilder room) {
            everyone.ifPresent(room::everyone);
            Optional<Permissions> bot = effectiveBotPermissions();
            bot.ifPresent(p -> room.role(botRole, world.botName, p, BOT_ROLE_POSITION));
            for (RoleFixture r : roles) {
                room.role(r.id, r.name, r.permissions, r.position);
            }
            for (ChannelFixture c : channels) {
                if (c.type == ChannelType.CATEGORY) {
                    room.category(c.id, c.name, inside -> c.children.forEach(child -> inside.channel(child.id, child.name, child.type)));
                } else {
                    room.channel(c.id, c.name, c.type);
                }
            }
            if (withBot) {
                room.member(world.botId, bot.map(p -> new RoleId[] {botRole}).orElse(new RoleId[0]));
            }
            members.forEach((user, roleNames) -> {
                if (user.equals(world.botId)) {
                    return;
                }
                room.member(user, roleNames.stream().map(this::roleNamed).toArray(RoleId[]::new));
            });
            owner.ifPresent(o -> room.owner(memberNames.get(o)));
            for (Map.Entry<String, String> v : inVoice) {
                ChannelFixture channel = allChannels().stream().filter(c -> c.name.equals(v.getValue())).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("room \"" + name + "\": " + v.getKey()
                                + " is in voice channel \"" + v.getValue() + "\", which the room does not declare"));
                if (!channel.type.isVoice()) {
                    throw new IllegalArgumentException("room \"" + name + "\": " + v.getKey() + " is in \"" + v.getValue()
                            + "\", which is a " + channel.type + " channel, not a voice channel");
                }
                room.inVoice(memberNames.get(v.getKey()), channel.id);
            }
            for (MemeFixture m : memes) {
                room.meme(m.path, m.name, "png", m.kind);
            }
        }

        private RoleId roleNamed(String roleName) {
            if (roleName.equals(world.botName) && effectiveBotPermissions().isPresent()) {
                return botRole;
            }
            return roles.stream().filter(r -> r.name.equals(roleName)).map(r -> r.id).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("room \"" + name + "\": a member has role \"" + roleName
                            + "\", which the room does not declare; declare it with role(\"" + roleName + "\", ...)"));
        }
    }

    /** Declares the channels inside a category. */
    public static final class CategoryFixture {
        private final RoomFixture room;
        private final ChannelFixture category;

        private CategoryFixture(RoomFixture room, ChannelFixture category) {
            this.room = room;
            this.category = category;
        }

        /** A text channel inside the category. */
        public CategoryFixture textChannel(String channelName) {
            return channel(channelName, ChannelType.TEXT);
        }

        /** A voice channel inside the category. */
        public CategoryFixture voiceChannel(String channelName) {
            return channel(channelName, ChannelType.VOICE);
        }

        /** A channel of any type but a category or {@link ChannelType#UNKNOWN} inside the category. */
        public CategoryFixture channel(String channelName, ChannelType type) {
            if (type == ChannelType.CATEGORY) {
                throw new IllegalArgumentException("type: a category cannot sit inside another category");
            }
            category.children.add(room.newChannel(channelName, type));
            return this;
        }
    }

    private static final class ChannelFixture {
        final ChannelId id;
        final String name;
        final ChannelType type;
        final List<ChannelFixture> children = new ArrayList<>();

        ChannelFixture(ChannelId id, String name, ChannelType type) {
            this.id = id;
            this.name = name;
            this.type = type;
        }
    }

    private record RoleFixture(RoleId id, String name, Permissions permissions, int position) {
    }

    private record MemeFixture(MemePath path, String name, MemeKind kind) {
    }

    private static Permissions permissionsOf(Permission... permissions) {
        if (permissions == null) {
            throw new IllegalArgumentException("permissions: must not be null");
        }
        for (Permission p : permissions) {
            if (p == null) {
                throw new IllegalArgumentException("permissions: must not contain null");
            }
        }
        return Permissions.of(permissions);
    }

    private static String requireName(String field, String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException(field + ": must not be blank, got " + (name == null ? "null" : "\"" + name + "\""));
        }
        return name;
    }
}
