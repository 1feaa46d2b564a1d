package io.github.heychat4j.domain.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.heychat4j.domain.ChannelId;
import io.github.heychat4j.domain.MessageId;
import io.github.heychat4j.domain.PageRequest;
import io.github.heychat4j.domain.RejectedException;
import io.github.heychat4j.domain.RoleId;
import io.github.heychat4j.domain.RoomId;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.channel.ChannelGateway;
import io.github.heychat4j.domain.channel.ChannelName;
import io.github.heychat4j.domain.channel.ChannelPassword;
import io.github.heychat4j.domain.channel.ChannelRef;
import io.github.heychat4j.domain.channel.ChannelSetting;
import io.github.heychat4j.domain.channel.NewChannel;
import io.github.heychat4j.domain.channel.RoleOverwrite;
import io.github.heychat4j.domain.channel.UserOverwrite;
import io.github.heychat4j.domain.media.MediaGateway;
import io.github.heychat4j.domain.media.MediaUpload;
import io.github.heychat4j.domain.media.StreamRequest;
import io.github.heychat4j.domain.media.StreamTaskId;
import io.github.heychat4j.domain.meme.MemeGateway;
import io.github.heychat4j.domain.meme.MemeName;
import io.github.heychat4j.domain.meme.MemePath;
import io.github.heychat4j.domain.message.Emoji;
import io.github.heychat4j.domain.message.MessageContent;
import io.github.heychat4j.domain.message.MessageGateway;
import io.github.heychat4j.domain.message.SendOptions;
import io.github.heychat4j.domain.role.Permissions;
import io.github.heychat4j.domain.role.RoleDraft;
import io.github.heychat4j.domain.role.RoleGateway;
import io.github.heychat4j.domain.role.RolePosition;
import io.github.heychat4j.domain.room.Nickname;
import io.github.heychat4j.domain.room.RoomGateway;
import io.github.heychat4j.domain.room.Silence;
import io.github.heychat4j.domain.voice.UsersToMove;
import io.github.heychat4j.domain.voice.VoiceGateway;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The guard every adapter's ports go through: nulls and null elements refused by name, before the adapter runs. */
public class GuardTest {
    private static final List<Class<?>> PORTS = List.of(RoomGateway.class, VoiceGateway.class, ChannelGateway.class,
            MessageGateway.class, RoleGateway.class, MemeGateway.class, MediaGateway.class);
    private static final RoomId ROOM = RoomId.of("3587810143523774464");
    private static final UserId CAROL = UserId.of(66837313);
    private static final ChannelRef TEXT = ChannelRef.text(ROOM, ChannelId.of("3377790315288076288"));
    private static final ChannelRef VOICE = ChannelRef.voice(ROOM, ChannelId.of("3377790315288076289"));
    /** A valid argument of each parameter type the ports' methods take. */
    private static final Map<Class<?>, Object> SAMPLES = Map.ofEntries(
            Map.entry(RoomId.class, ROOM),
            Map.entry(UserId.class, CAROL),
            Map.entry(ChannelId.class, TEXT.channel()),
            Map.entry(ChannelRef.class, TEXT),
            Map.entry(MessageId.class, MessageId.of("2026607597894049792")),
            Map.entry(RoleId.class, RoleId.of("5")),
            Map.entry(PageRequest.class, RoomGateway.JOINED_ROOMS.first(10)),
            Map.entry(Optional.class, Optional.empty()),
            Map.entry(Nickname.class, Nickname.of("测试昵称")),
            Map.entry(Silence.class, Silence.lift()),
            Map.entry(Duration.class, Duration.ofMinutes(1)),
            Map.entry(String.class, "闲聊"),
            Map.entry(Set.class, Set.of(CAROL)),
            Map.entry(List.class, List.of()),
            Map.entry(UsersToMove.class, UsersToMove.of(CAROL)),
            Map.entry(NewChannel.class, NewChannel.text("综合")),
            Map.entry(ChannelName.class, ChannelName.of("综合")),
            Map.entry(ChannelSetting.class, ChannelSetting.privacy(true)),
            Map.entry(ChannelPassword.class, ChannelPassword.of("1234")),
            Map.entry(MessageContent.class, MessageContent.text("hi")),
            Map.entry(SendOptions.class, SendOptions.defaults()),
            Map.entry(Emoji.class, Emoji.builtin("cube", "doge")),
            Map.entry(RoleDraft.class, RoleDraft.named("会员")),
            Map.entry(RolePosition.class, RolePosition.of(1)),
            Map.entry(MemePath.class, MemePath.of("1234")),
            Map.entry(MemeName.class, MemeName.of("狗头")),
            Map.entry(MediaUpload.class, new MediaUpload("a.png", "image/png", new byte[] {1})),
            Map.entry(StreamRequest.class, StreamRequest.of(VOICE, "https://example.com/a.mp3", CAROL)),
            Map.entry(StreamTaskId.class, StreamTaskId.of("1")));

    private final List<String> calls = new ArrayList<>();

    /** An adapter of {@code port} that records the abstract methods called on it and answers null. */
    private <T> T recording(Class<T> port) {
        return port.cast(Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, (proxy, method, args) -> {
            if (method.isDefault()) {
                return java.lang.reflect.InvocationHandler.invokeDefault(proxy, method, args);
            }
            calls.add(method.getName() + " " + Arrays.toString(args));
            return null;
        }));
    }

    private static Object[] samples(Method method) {
        return Arrays.stream(method.getParameterTypes())
                .map(type -> type == boolean.class ? Boolean.TRUE : type == int.class ? 1 : SAMPLES.get(type))
                .toArray();
    }

    /** Every reference parameter of every abstract method of every port. */
    static Stream<Arguments> referenceParameters() {
        return PORTS.stream().flatMap(port -> Arrays.stream(port.getMethods()).filter(m -> !m.isDefault()))
                .flatMap(method -> IntStream.range(0, method.getParameterCount())
                        .filter(i -> !method.getParameterTypes()[i].isPrimitive())
                        .mapToObj(i -> Arguments.of(method.getDeclaringClass().getSimpleName() + "." + method.getName()
                                + "(" + method.getParameters()[i].getName() + ")", method, i)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("referenceParameters")
    void aNullArgumentIsRefusedByItsParameterNameBeforeTheAdapterRuns(String label, Method method, int index) throws Exception {
        Object port = Guard.port(cast(method.getDeclaringClass()), recording(method.getDeclaringClass()));
        Parameter parameter = method.getParameters()[index];
        Object[] args = samples(method);
        method.invoke(port, args);
        assertEquals(1, calls.size(), "the sample arguments are accepted: " + label);
        calls.clear();
        args[index] = null;

        Throwable refusal = assertThrows(java.lang.reflect.InvocationTargetException.class, () -> method.invoke(port, args))
                .getCause();

        assertTrue(parameter.isNamePresent(), "the domain is compiled with -parameters");
        assertEquals(IllegalArgumentException.class, refusal.getClass());
        assertEquals(parameter.getName() + ": must not be null", refusal.getMessage());
        assertEquals(List.of(), calls, "the adapter is not called");
    }

    @SuppressWarnings("unchecked")
    private static <T> Class<T> cast(Class<?> port) {
        return (Class<T>) port;
    }

    @Test
    void theRefusalsNameTheParametersOfTheSignature() {
        RoomGateway rooms = Guard.port(RoomGateway.class, recording(RoomGateway.class));
        VoiceGateway voice = Guard.port(VoiceGateway.class, recording(VoiceGateway.class));
        MessageGateway messages = Guard.port(MessageGateway.class, recording(MessageGateway.class));

        assertEquals("room: must not be null", refusal(() -> rooms.kick(null, CAROL)));
        assertEquals("user: must not be null", refusal(() -> rooms.kick(ROOM, null)));
        assertEquals("voiceChannel: must not be null", refusal(() -> voice.disconnect(null, CAROL)));
        assertEquals("options: must not be null", refusal(() -> messages.send(TEXT, MessageContent.text("hi"), null)));
        assertEquals(List.of(), calls);
    }

    private static String refusal(Runnable call) {
        return assertThrows(IllegalArgumentException.class, call::run).getMessage();
    }

    @Test
    void aNullElementOfACollectionIsRefusedByItsParameterName() {
        ChannelGateway channels = Guard.port(ChannelGateway.class, recording(ChannelGateway.class));
        RoleOverwrite role = new RoleOverwrite(RoleId.of("5"), Permissions.none(), Permissions.none());

        assertEquals("roles: must not contain null",
                refusal(() -> channels.overwritePermissions(TEXT, Arrays.asList(role, null), List.of())));
        assertEquals("users: must not contain null",
                refusal(() -> channels.overwritePermissions(TEXT, List.of(role), Arrays.asList((UserOverwrite) null))));
        assertEquals("roles: must not be null", refusal(() -> channels.overwritePermissions(TEXT, null, List.of())));
        assertEquals(List.of(), calls);
    }

    /** A voice adapter that records its calls and inherits every default method of the port. */
    private VoiceGateway voiceAdapter() {
        return new VoiceGateway() {
            @Override
            public void move(RoomId room, ChannelId from, ChannelId to, UsersToMove users) {
                calls.add("move " + users.users());
            }

            @Override
            public void disconnect(ChannelRef voiceChannel, UserId user) {
                calls.add("disconnect");
            }

            @Override
            public void toggleMicrophone(ChannelRef voiceChannel, UserId user) {
                calls.add("toggleMicrophone");
            }

            @Override
            public Optional<ChannelId> channelOf(RoomId room, UserId user, boolean voiceOnly) {
                calls.add("channelOf " + voiceOnly);
                return voiceOnly ? Optional.of(VOICE.channel()) : Optional.empty();
            }

            @Override
            public List<UserId> usersIn(ChannelRef voiceChannel) {
                return List.of(CAROL);
            }
        };
    }

    @Test
    void anAcceptedCallReachesTheAdapterWithItsArgumentsAndAnswer() {
        RoleOverwrite role = new RoleOverwrite(RoleId.of("5"), Permissions.none(), Permissions.none());
        List<RoleOverwrite> roles = List.of(role);
        ChannelGateway channels = Guard.port(ChannelGateway.class, recording(ChannelGateway.class));
        VoiceGateway voice = Guard.port(VoiceGateway.class, voiceAdapter());

        channels.overwritePermissions(TEXT, roles, List.of());

        assertEquals(List.of("overwritePermissions [" + TEXT + ", " + roles + ", []]"), calls);
        assertEquals(Optional.of(VOICE.channel()), voice.channelOf(ROOM, CAROL, true));
        assertEquals(Optional.empty(), voice.channelOf(ROOM, CAROL, false));
        assertEquals(List.of(CAROL), voice.usersIn(VOICE));
    }

    @Test
    void thePortsDefaultMethodsStillReachTheAdapter() {
        VoiceGateway voice = Guard.port(VoiceGateway.class, voiceAdapter());

        voice.move(ROOM, TEXT.channel(), VOICE.channel(), Set.of(CAROL));
        assertEquals(Optional.of(VOICE.channel()), voice.channelOf(ROOM, CAROL));

        assertEquals(List.of("move [" + CAROL + "]", "channelOf true"), calls);
    }

    @Test
    void anInheritedDefaultMethodRunsOverTheGuardedMethods() {
        VoiceGateway voice = Guard.port(VoiceGateway.class, voiceAdapter());
        Host host = new Host(null);
        Greeter greeter = Guard.port(Greeter.class, host);

        // what a default passes on is checked by the method it calls; the values it builds name their own field
        assertEquals("room: must not be null", refusal(() -> voice.channelOf(null, CAROL)));
        assertEquals("name: must not be null", refusal(() -> greeter.greetOne(null)));
        assertTrue(refusal(() -> voice.move(ROOM, TEXT.channel(), VOICE.channel(), (Set<UserId>) null)).startsWith("users: "));
        assertEquals("users: must not contain null", refusal(() -> voice.move(ROOM, TEXT.channel(), VOICE.channel(),
                new HashSet<>(Arrays.asList(CAROL, null)))));
        assertEquals(List.of(), calls);
        assertEquals(List.of(), host.seen);
    }

    /** A small port of this test, for what the domain's ports do not show: checked exceptions, overridden defaults. */
    public interface Greeter {
        String greet(String name, List<String> guests) throws IOException;

        default String greetAll(List<String> names) throws IOException {
            return greet(String.join(",", names), List.of());
        }

        default String greetOne(String who) {
            try {
                return greet(who, List.of());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        default String wave(String name) {
            return "~" + name;
        }
    }

    /** Overrides one default, inherits the other; fails on demand. */
    public static final class Host implements Greeter {
        private final Throwable failure;
        final List<String> seen = new ArrayList<>();

        Host(Throwable failure) {
            this.failure = failure;
        }

        @Override
        public String greet(String name, List<String> guests) throws IOException {
            seen.add("greet " + name + " " + guests);
            if (failure instanceof IOException e) {
                throw e;
            }
            if (failure instanceof RuntimeException e) {
                throw e;
            }
            if (failure instanceof Error e) {
                throw e;
            }
            return "hello " + name;
        }

        @Override
        public String greetAll(List<String> names) {
            seen.add("greetAll " + names);
            return "hello all";
        }

        @Override
        public String toString() {
            return "Host";
        }
    }

    @Test
    void aDefaultTheAdapterOverridesIsTheAdaptersAndIsGuardedByItsOwnParameters() throws IOException {
        Host host = new Host(null);
        Greeter greeter = Guard.port(Greeter.class, host);

        assertEquals("hello all", greeter.greetAll(List.of("a", "b")));
        assertEquals("names: must not contain null", refusal(() -> {
            try {
                greeter.greetAll(Arrays.asList("a", null));
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }));
        assertEquals("~bob", greeter.wave("bob"));
        assertEquals("hello carol", greeter.greetOne("carol"));
        assertEquals(List.of("greetAll [a, b]", "greet carol []"), host.seen);
    }

    @Test
    void whatTheAdapterThrowsReachesTheCallerUnwrapped() {
        IOException checked = new IOException("down");
        RejectedException rejected = new RejectedException(RejectedException.Reason.WRONG_TARGET, "no");
        StackOverflowError error = new StackOverflowError();

        assertSame(checked, assertThrows(IOException.class, () -> Guard.port(Greeter.class, new Host(checked)).greet("a", List.of())));
        assertSame(rejected, assertThrows(RejectedException.class,
                () -> Guard.port(Greeter.class, new Host(rejected)).greet("a", List.of())));
        assertSame(error, assertThrows(StackOverflowError.class, () -> Guard.port(Greeter.class, new Host(error)).greet("a", List.of())));
    }

    @Test
    void theObjectMethodsAreTheAdaptersNameAndTheGuardsIdentity() {
        Host host = new Host(null);
        Greeter greeter = Guard.port(Greeter.class, host);
        Greeter other = Guard.port(Greeter.class, host);

        assertEquals("Host", greeter.toString());
        assertEquals(greeter, greeter);
        assertNotEquals(greeter, other);
        assertFalse(greeter.equals(null));
        assertEquals(System.identityHashCode(greeter), greeter.hashCode());
    }

    @Test
    void theGuardNeedsAPortAndAnAdapterImplementingIt() {
        assertEquals("port: must not be null", refusal(() -> Guard.port(null, new Host(null))));
        assertEquals("adapter: must not be null", refusal(() -> Guard.port(Greeter.class, null)));
        @SuppressWarnings({"unchecked", "rawtypes"})
        Class<Object> raw = (Class) Greeter.class;
        IllegalStateException missing = assertThrows(IllegalStateException.class, () -> Guard.port(raw, "not a greeter"));
        assertTrue(missing.getMessage().contains("greetAll") || missing.getMessage().contains("wave"), missing.getMessage());
    }
}
