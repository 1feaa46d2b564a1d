package io.github.heychat4j.http.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.heychat4j.domain.AmbiguousOutcomeException;
import io.github.heychat4j.domain.Heychat;
import io.github.heychat4j.domain.HeychatException;
import io.github.heychat4j.domain.MessageId;
import io.github.heychat4j.domain.Operation;
import io.github.heychat4j.domain.UnavailableException;
import io.github.heychat4j.domain.channel.ChannelPassword;
import io.github.heychat4j.domain.channel.ChannelRef;
import io.github.heychat4j.domain.channel.ChannelSetting;
import io.github.heychat4j.domain.channel.NewChannel;
import io.github.heychat4j.domain.channel.UserOverwrite;
import io.github.heychat4j.domain.media.MediaUpload;
import io.github.heychat4j.domain.media.StreamRequest;
import io.github.heychat4j.domain.media.StreamTaskId;
import io.github.heychat4j.domain.message.Emoji;
import io.github.heychat4j.domain.message.MessageContent;
import io.github.heychat4j.domain.message.SendOptions;
import io.github.heychat4j.domain.role.Permission;
import io.github.heychat4j.domain.role.Permissions;
import io.github.heychat4j.domain.role.RoleDraft;
import io.github.heychat4j.domain.room.Nickname;
import io.github.heychat4j.domain.room.RoomGateway;
import io.github.heychat4j.domain.room.Silence;
import io.github.heychat4j.emulator.HeychatEmulator;
import io.github.heychat4j.emulator.WireFault;
import io.github.heychat4j.fake.JournalEntry;
import io.github.heychat4j.http.CallCompleted;
import io.github.heychat4j.http.HeychatHttp;
import io.github.heychat4j.http.HeychatListener;
import io.github.heychat4j.http.RetryPolicy;
import io.github.heychat4j.testkit.TestWorld;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * One key for every call, whichever adapter runs it (issue 13, item 5): calling each port method journals its
 * {@link Operation} in the fake; over the wire, the HTTP adapter reports the same operation to its listener, the
 * emulator's route for it serves the request and the fake behind the emulator journals it again; and a wire fault
 * injected for that operation on the emulator is the one the HTTP call runs into. The calls are written once, as port
 * calls, and the switch over {@link Operation} has no default, so an operation added without a call does not compile.
 */
class OperationKeysTest {
    private static final String RADIO = "https://example.com/radio.mp3";

    private TestWorld world;
    private HeychatEmulator emulator;
    private HeychatHttp http;
    private final List<CallCompleted> calls = new CopyOnWriteArrayList<>();
    private MessageId posted;
    private StreamTaskId stream;

    @BeforeEach
    void start() {
        world = TestWorld.create().botPermissions(Permissions.all())
                .room("测试房间", r -> r.textChannel("综合").voiceChannel("开黑").voiceChannel("挂机").role("会员")
                        .member("alice", "会员").member("bob").inVoice("alice", "开黑").emoji("狗头"))
                .build();
        posted = world.bot().messages().send(world.channel("综合"), MessageContent.text("hi")).id().orElseThrow();
        stream = world.bot().media().startStream(StreamRequest.of(world.channel("开黑"), RADIO, world.botId()));
        world.fake().journal().clear();
        emulator = HeychatEmulator.builder().world(world.fake()).token(EmulatorConnection.TOKEN, world.botId()).start();
        http = HeychatHttp.builder().token(EmulatorConnection.TOKEN).bot(world.botId()).baseUri(emulator.baseUri())
                .uploadUri(emulator.uploadUri()).retry(RetryPolicy.none()).listener(new HeychatListener() {
                    @Override
                    public void callCompleted(CallCompleted call) {
                        calls.add(call);
                    }
                }).build();
    }

    @AfterEach
    void stop() {
        http.close();
        emulator.close();
        assertEquals(List.of(), emulator.unexpectedErrors(), "the emulator failed");
    }

    @ParameterizedTest
    @EnumSource(Operation.class)
    void theFakeJournalsTheCallUnderItsOperation(Operation operation) {
        call(operation).accept(world.bot());

        assertEquals(List.of(operation), journaled());
    }

    @ParameterizedTest
    @EnumSource(Operation.class)
    void overTheWireTheListenerTheEmulatorAndTheJournalNameTheSameOperation(Operation operation) {
        call(operation).accept(http);

        assertEquals(List.of(operation), calls.stream().map(CallCompleted::operation).toList());
        assertTrue(calls.get(0).succeeded(), calls.toString());
        assertEquals(List.of(operation), journaled());
    }

    @ParameterizedTest
    @EnumSource(Operation.class)
    void aWireFaultInjectedForAnOperationIsTheOneItsCallMeets(Operation operation) {
        emulator.faults().inject(operation, WireFault.status(503));

        HeychatException e = assertThrows(HeychatException.class, () -> call(operation).accept(http));

        assertTrue(e instanceof UnavailableException || e instanceof AmbiguousOutcomeException, e.toString());
        assertEquals(List.of(), journaled(), "the fault answered instead of the world");
        assertEquals(List.of(operation), calls.stream().map(CallCompleted::operation).toList());
    }

    private List<Operation> journaled() {
        return world.fake().journal().entries().stream().map(JournalEntry::operation).toList();
    }

    private Consumer<Heychat> call(Operation operation) {
        ChannelRef text = world.channel("综合");
        ChannelRef voice = world.channel("开黑");
        var room = world.room("测试房间");
        var alice = world.user("alice");
        var bob = world.user("bob");
        return switch (operation) {
            case ROOMS_JOINED -> h -> h.rooms().joinedRooms(RoomGateway.JOINED_ROOMS.first(10));
            case ROOMS_DETAILS -> h -> h.rooms().details(room);
            case ROOMS_MEMBERS -> h -> h.rooms().members(room, RoomGateway.ROOM_MEMBERS.first(10));
            case ROOMS_LEAVE -> h -> h.rooms().leave(room);
            case ROOMS_KICK -> h -> h.rooms().kick(room, bob);
            case ROOMS_CHANGE_NICKNAME -> h -> h.rooms().changeNickname(room, bob, Optional.of(Nickname.of("小鲍")));
            case ROOMS_SILENCE -> h -> h.rooms().silence(room, bob, Silence.of(Duration.ofMinutes(5), "刷屏"));
            case ROOMS_MUTE_MICROPHONE -> h -> h.rooms().setMicrophoneMuted(voice, alice, true);
            case ROOMS_MUTE_SPEAKER -> h -> h.rooms().setSpeakerMuted(voice, alice, true);
            case VOICE_MOVE -> h -> h.voice().move(room, voice.channel(), world.channel("挂机").channel(), Set.of(alice));
            case VOICE_DISCONNECT -> h -> h.voice().disconnect(voice, alice);
            case VOICE_TOGGLE_MICROPHONE -> h -> h.voice().toggleMicrophone(voice, alice);
            case VOICE_CHANNEL_OF -> h -> h.voice().channelOf(room, alice, true);
            case VOICE_USERS_IN -> h -> h.voice().usersIn(voice);
            case CHANNELS_CREATE -> h -> h.channels().create(room, NewChannel.text("公告"));
            case CHANNELS_DELETE -> h -> h.channels().delete(world.channel("挂机"));
            case CHANNELS_RENAME -> h -> h.channels().rename(text, "闲聊");
            case CHANNELS_CHANGE_SETTING -> h -> h.channels().changeSetting(text, ChannelSetting.privacy(true));
            case CHANNELS_CHANGE_PASSWORD -> h -> h.channels().changePassword(voice, Optional.of(ChannelPassword.of("8888")));
            case CHANNELS_OVERWRITE_PERMISSIONS -> h -> h.channels().overwritePermissions(text, List.of(),
                    List.of(new UserOverwrite(bob, Permissions.of(Permission.ATTACH_FILES), Permissions.none())));
            case CHANNELS_PERMISSIONS_OF -> h -> h.channels().permissionsOf(text, bob);
            case CHANNELS_INVITE_CODE -> h -> h.channels().inviteCode(text);
            case MESSAGES_SEND -> h -> h.messages().send(text, MessageContent.text("你好"), SendOptions.defaults());
            case MESSAGES_EDIT -> h -> h.messages().edit(text, posted, MessageContent.text("你好呀"));
            case MESSAGES_DELETE -> h -> h.messages().delete(text, posted);
            case MESSAGES_SET_REACTION -> h -> h.messages().setReaction(text, posted, Emoji.builtin("cube", "doge"), true);
            case MESSAGES_SEND_DIRECT -> h -> h.messages().sendDirect(alice, MessageContent.text("你好"), SendOptions.defaults());
            case ROLES_LIST -> h -> h.roles().list(room);
            case ROLES_CREATE -> h -> h.roles().create(room, RoleDraft.named("新人"));
            case ROLES_UPDATE -> h -> h.roles().update(room, world.role("会员"), RoleDraft.named("老会员"), 1);
            case ROLES_DELETE -> h -> h.roles().delete(room, world.role("会员"));
            case ROLES_GRANT -> h -> h.roles().grant(room, bob, world.role("会员"));
            case ROLES_REVOKE -> h -> h.roles().revoke(room, alice, world.role("会员"));
            case MEMES_LIST -> h -> h.memes().list(room);
            case MEMES_RENAME -> h -> h.memes().rename(room, world.meme("狗头"), "滑稽");
            case MEMES_DELETE -> h -> h.memes().delete(room, world.meme("狗头"));
            case MEDIA_UPLOAD -> h -> h.media().upload(new MediaUpload("banner.png", "image/png",
                    "not really a png".getBytes(StandardCharsets.UTF_8)));
            case MEDIA_START_STREAM -> h -> h.media().startStream(StreamRequest.of(voice, RADIO, world.botId()));
            case MEDIA_STOP_STREAM -> h -> h.media().stopStream(stream);
        };
    }
}
