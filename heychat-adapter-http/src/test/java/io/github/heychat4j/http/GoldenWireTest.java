package io.github.heychat4j.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.heychat4j.domain.ChannelId;
import io.github.heychat4j.domain.room.RoomGateway;
import io.github.heychat4j.domain.HeychatException;
import io.github.heychat4j.domain.MessageId;
import io.github.heychat4j.domain.Operation;
import io.github.heychat4j.domain.Page;
import io.github.heychat4j.domain.RejectedException;
import io.github.heychat4j.domain.RoleId;
import io.github.heychat4j.domain.RoomId;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.channel.Channel;
import io.github.heychat4j.domain.channel.ChannelPassword;
import io.github.heychat4j.domain.channel.ChannelRef;
import io.github.heychat4j.domain.channel.ChannelSetting;
import io.github.heychat4j.domain.channel.ChannelType;
import io.github.heychat4j.domain.channel.NewChannel;
import io.github.heychat4j.domain.channel.PermissionOverwrite;
import io.github.heychat4j.domain.channel.RoleOverwrite;
import io.github.heychat4j.domain.channel.UserOverwrite;
import io.github.heychat4j.domain.media.MediaUpload;
import io.github.heychat4j.domain.media.StreamRequest;
import io.github.heychat4j.domain.media.StreamTaskId;
import io.github.heychat4j.domain.meme.MemeKind;
import io.github.heychat4j.domain.meme.MemePath;
import io.github.heychat4j.domain.meme.RoomMemes;
import io.github.heychat4j.domain.message.AckId;
import io.github.heychat4j.domain.message.Emoji;
import io.github.heychat4j.domain.message.MessageContent;
import io.github.heychat4j.domain.message.SendOptions;
import io.github.heychat4j.domain.message.SentMessage;
import io.github.heychat4j.domain.message.card.Button;
import io.github.heychat4j.domain.message.card.Card;
import io.github.heychat4j.domain.message.card.CardImage;
import io.github.heychat4j.domain.message.card.CardModule;
import io.github.heychat4j.domain.message.card.TextNode;
import io.github.heychat4j.domain.role.Permission;
import io.github.heychat4j.domain.role.Permissions;
import io.github.heychat4j.domain.role.Role;
import io.github.heychat4j.domain.role.RoleDraft;
import io.github.heychat4j.domain.role.RoleType;
import io.github.heychat4j.domain.room.Member;
import io.github.heychat4j.domain.room.Nickname;
import io.github.heychat4j.domain.room.Room;
import io.github.heychat4j.domain.room.RoomDetails;
import io.github.heychat4j.http.RecordingServer.Answer;
import io.github.heychat4j.http.RecordingServer.Recorded;
import io.github.heychat4j.http.internal.Endpoint;
import io.github.heychat4j.http.internal.Json;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/**
 * Every request the adapter sends has the field names and JSON types of the golden samples, and every
 * golden response (all documented variants) decodes. Runs the real client against a recording server.
 */
class GoldenWireTest {
    static final UserId BOT = UserId.of(2398561);
    static final RoomId ROOM = RoomId.of("3587810143523774464");
    static final RoomId ROOM2 = RoomId.of("3581310465924767744");
    static final ChannelRef TEXT = ChannelRef.text(ROOM, ChannelId.of("3377790315288076288"));
    static final ChannelRef VOICE = ChannelRef.voice(ROOM, ChannelId.of("3377790315296464896"));
    static final UserId OWNER = UserId.of(8828375);
    static final MessageId MESSAGE = MessageId.of("2026607597894049792");
    static final RoleId RECORDING_ROLE = RoleId.of("3581310465983111170");
    static final MemePath DOGE = MemePath.of("1737773988806922240");
    static final String PIC = "https://chat.max-c.com/pic/2024/10/11/6c0e3b5a8f0d4b0f9a1e2d3c4b5a6978.png";

    private static final Map<Operation, String> RESPONSES = new TreeMap<>(Map.ofEntries(
            Map.entry(Operation.MESSAGES_SEND, "01-channel-msg-send.json"),
            Map.entry(Operation.MESSAGES_EDIT, "02-channel-msg-update.json"),
            Map.entry(Operation.MESSAGES_DELETE, "03-channel-msg-delete.json"),
            Map.entry(Operation.MESSAGES_SET_REACTION, "04-emoji-reply.json"),
            Map.entry(Operation.MESSAGES_SEND_DIRECT, "05-user-msg-send.json"),
            Map.entry(Operation.MEDIA_UPLOAD, "06-upload.json"),
            Map.entry(Operation.ROLES_LIST, "07-role-list.json"),
            Map.entry(Operation.ROLES_CREATE, "08-role-create.direct.json"),
            Map.entry(Operation.ROLES_UPDATE, "09-role-update.direct.json"),
            Map.entry(Operation.ROLES_DELETE, "10-role-delete.json"),
            Map.entry(Operation.ROLES_GRANT, "11-role-grant.empty.json"),
            Map.entry(Operation.ROLES_REVOKE, "12-role-revoke.json"),
            Map.entry(Operation.MEMES_LIST, "13-meme-list.json"),
            Map.entry(Operation.MEMES_DELETE, "14-meme-delete.json"),
            Map.entry(Operation.MEMES_RENAME, "15-meme-edit.json"),
            Map.entry(Operation.ROOMS_CHANGE_NICKNAME, "16-room-nickname.json"),
            Map.entry(Operation.ROOMS_JOINED, "17-room-joined.flat.json"),
            Map.entry(Operation.ROOMS_DETAILS, "18-room-view.json"),
            Map.entry(Operation.ROOMS_LEAVE, "19-room-leave.empty.json"),
            Map.entry(Operation.ROOMS_KICK, "20-room-kick-out.json"),
            Map.entry(Operation.ROOMS_SILENCE, "21-room-ban.json"),
            Map.entry(Operation.ROOMS_MUTE_MICROPHONE, "22-room-mute.json"),
            Map.entry(Operation.ROOMS_MUTE_SPEAKER, "23-room-mute-earphone.json"),
            Map.entry(Operation.ROOMS_MEMBERS, "24-room-users.json"),
            Map.entry(Operation.VOICE_MOVE, "25-channel-move-member.json"),
            Map.entry(Operation.VOICE_DISCONNECT, "26-channel-kick-out.json"),
            Map.entry(Operation.VOICE_TOGGLE_MICROPHONE, "27-channel-mute-user.json"),
            Map.entry(Operation.VOICE_CHANNEL_OF, "28-channel-which-user.json"),
            Map.entry(Operation.VOICE_USERS_IN, "29-channel-user-list.json"),
            Map.entry(Operation.CHANNELS_INVITE_CODE, "30-invite-code.json"),
            Map.entry(Operation.CHANNELS_CHANGE_SETTING, "31-channel-settings-edit.json"),
            Map.entry(Operation.CHANNELS_RENAME, "32-channel-edit.json"),
            Map.entry(Operation.CHANNELS_CHANGE_PASSWORD, "33-channel-password.json"),
            Map.entry(Operation.CHANNELS_OVERWRITE_PERMISSIONS, "34-role-user-perm.json"),
            Map.entry(Operation.CHANNELS_PERMISSIONS_OF, "35-channel-perm-list-with-parent.json"),
            Map.entry(Operation.CHANNELS_CREATE, "36-channel-create.json"),
            Map.entry(Operation.CHANNELS_DELETE, "37-channel-delete.json"),
            Map.entry(Operation.MEDIA_START_STREAM, "38-stream-push.json"),
            Map.entry(Operation.MEDIA_STOP_STREAM, "39-stream-stop.json")));

    private RecordingServer server;
    private HeychatHttp http;

    @BeforeEach
    void startServerAndClient() {
        server = RecordingServer.start();
        RESPONSES.forEach((operation, file) -> server.answer(Endpoint.of(operation).path(), Answer.golden(file)));
        http = HeychatHttp.builder().token("golden-token-value").bot(BOT).baseUri(server.uri()).uploadUri(server.uri())
                .cache(CachePolicy.disabled()).retry(RetryPolicy.none()).build();
    }

    @AfterEach
    void stop() {
        http.close();
        server.close();
    }

    private Recorded sent(Operation operation) {
        Endpoint endpoint = Endpoint.of(operation);
        Recorded r = server.last(endpoint.path());
        assertEquals(endpoint.method().name(), r.method(), "method of " + operation);
        assertEquals(Optional.of("golden-token-value"), r.header("token"), "token header");
        assertEquals("heybox_chat", r.query().get("client_type"));
        assertEquals("web", r.query().get("x_client_type"));
        assertEquals("web", r.query().get("os_type"));
        assertEquals("bot", r.query().get("x_os_type"));
        assertEquals("heybox_chat", r.query().get("x_app"));
        assertEquals("bot", r.query().get("chat_os_type"));
        assertEquals("1.30.0", r.query().get("chat_version"));
        if (endpoint.method() == Endpoint.Method.POST && operation != Operation.MEDIA_UPLOAD) {
            assertEquals(Optional.of("application/json;charset=UTF-8"), r.header("Content-Type"));
        }
        return r;
    }

    private JsonNode body(Operation operation) {
        return Json.parse(sent(operation).body(), Endpoint.of(operation).path());
    }

    private Map<String, String> ownQuery(Operation operation) {
        Map<String, String> query = new TreeMap<>(sent(operation).query());
        Golden.COMMON_QUERY.forEach(query::remove);
        return query;
    }

    private void assertBodyIsGolden(Operation operation, String golden, String... generatedFields) {
        JsonNode expected = Golden.request(golden);
        JsonNode actual = body(operation);
        Golden.assertSameStructure(expected, actual, "body", Set.of());
        Golden.assertSameValues(expected, actual, Set.of(generatedFields));
    }

    private void assertQueryIsGolden(Operation operation, String golden) {
        assertEquals(new TreeMap<>(Golden.query(golden)), ownQuery(operation));
    }

    // ---- messages

    @Test
    void aTextMessageIsSentAsTheGoldenSampleAndItsIdIsRead() {
        SentMessage sent = http.messages().send(TEXT, MessageContent.text("你好，这是一条来自 heychat4j 的文本消息"),
                SendOptions.defaults().withAckId(AckId.of("1733388149129001")));

        assertEquals(Golden.request("01-channel-msg-send.text"), body(Operation.MESSAGES_SEND));
        assertEquals(SentMessage.of(MESSAGE, AckId.of("1733388149129001")), sent);
    }

    @Test
    void markdownWithoutMentionsIsType4() {
        http.messages().send(TEXT, MessageContent.markdown("**加粗** *斜体* ~~删除线~~ `代码`\n> 引用\n[黑盒语音](https://chat.xiaoheihe.cn)"),
                SendOptions.defaults().withAckId(AckId.of("1733388149129002")));

        assertEquals(Golden.request("01-channel-msg-send.markdown"), body(Operation.MESSAGES_SEND));
    }

    @Test
    void markdownWithMentionsIsType10WithTheIdsInTheirFields() {
        ChannelRef channel = ChannelRef.text(ROOM2, ChannelId.of("3595756374695264256"));
        http.messages().send(channel, MessageContent.markdown("@{id:4611545164569485312} @{id:100030} #{id:3628471439769796608} 11111")
                        .mentioning(UserId.of(100030)).mentioningRoles(RoleId.of("4611545164569485312"))
                        .linking(ChannelId.of("3628471439769796608")),
                SendOptions.defaults().withAckId(AckId.of("0")));

        JsonNode actual = body(Operation.MESSAGES_SEND);
        JsonNode expected = Golden.request("01-channel-msg-send.mention");
        // the official example's addition carries an empty img_files_info; ours is "{}", the same JSON type
        Golden.assertSameStructure(expected, actual, "body", Set.of("body.addition"));
        Golden.assertSameValues(expected, actual, Set.of("addition"));
        assertEquals("{}", actual.get("addition").stringValue());
    }

    @Test
    void anImageIsType3WithItsSizeInTheAdditionString() {
        http.messages().send(TEXT, MessageContent.image(PIC, 194, 228),
                SendOptions.defaults().withAckId(AckId.of("1733388149129003")));

        assertEquals(Golden.request("01-channel-msg-send.image"), body(Operation.MESSAGES_SEND));
    }

    @Test
    void cardsAreType20WithTheCardJsonAsAString() {
        Card card = new Card(List.of(
                CardModule.header("heychat4j 卡片消息"),
                CardModule.markdown("**今日签到** 已开启，点击下方按钮参与"),
                CardModule.section(TextNode.plain("活动说明"),
                        new CardImage(PIC, Optional.of(CardImage.ImageSize.SMALL), Optional.empty(), Optional.empty())),
                CardModule.images(new CardImage(PIC, Optional.of(CardImage.ImageSize.MEDIUM), Optional.of(194), Optional.of(228))),
                new CardModule.Divider(Optional.of("倒计时")),
                CardModule.countdown(CardModule.CountdownMode.DEFAULT, Instant.ofEpochSecond(1767225600)),
                CardModule.buttons(Button.link("打开官网", "https://chat.xiaoheihe.cn"),
                        Button.callback("签到", "checkin").withTheme(Button.Theme.SUCCESS))),
                Optional.of("#3A7BFF"), Optional.of(Card.CardSize.MEDIUM));

        http.messages().send(TEXT, MessageContent.card(card), SendOptions.defaults().withAckId(AckId.of("1733388149129004")));

        JsonNode expected = Golden.request("01-channel-msg-send.card");
        JsonNode actual = body(Operation.MESSAGES_SEND);
        Golden.assertSameValues(expected, actual, Set.of("msg"));
        assertTrue(actual.get("msg").isString());
        // the domain does not model a text node's width or a button's size; everything else matches exactly
        Golden.assertContainedIn(Json.parse(expected.get("msg").stringValue(), "golden card"),
                Json.parse(actual.get("msg").stringValue(), "sent card"), "msg", Set.of("width", "size"));
    }

    @Test
    void editingSendsTheSendFieldsPlusTheMessageIdAndReadsTheAcks() {
        http.messages().edit(TEXT, MESSAGE, MessageContent.text("（已编辑）你好，这是一条来自 heychat4j 的文本消息"));

        assertBodyIsGolden(Operation.MESSAGES_EDIT, "02-channel-msg-update", "heychat_ack_id");
    }

    @Test
    void deletingAMessageMatchesTheGoldenSample() {
        http.messages().delete(TEXT, MESSAGE);

        assertEquals(Golden.request("03-channel-msg-delete"), body(Operation.MESSAGES_DELETE));
    }

    @Test
    void reactionsAreAddedWithIsAdd1AndRemovedWithIsAdd0() {
        http.messages().addReaction(TEXT, MESSAGE, Emoji.ofRoom(ROOM, DOGE, "png"));
        assertEquals(Golden.request("04-emoji-reply"), body(Operation.MESSAGES_SET_REACTION));

        http.messages().removeReaction(TEXT, MESSAGE, Emoji.builtin("cube", "doge"));
        assertEquals(Golden.request("04-emoji-reply.remove"), body(Operation.MESSAGES_SET_REACTION));
    }

    @Test
    void aDirectMessageSendsTheRecipientAsANumber() {
        SentMessage sent = http.messages().sendDirect(OWNER, MessageContent.markdown("你好，这是一条私信"),
                SendOptions.defaults().withAckId(AckId.of("1733388149129006")));

        assertEquals(Golden.request("05-user-msg-send"), body(Operation.MESSAGES_SEND_DIRECT));
        assertEquals(Optional.of(MessageId.of("2026607640373960704")), sent.id());
    }

    // ---- media

    @Test
    void anUploadIsOneMultipartPartNamedFileAndReturnsTheCdnUrl() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2, 3};

        String url = http.media().upload(new MediaUpload("cat.png", "image/png", png)).url();

        Recorded r = sent(Operation.MEDIA_UPLOAD);
        String contentType = r.header("Content-Type").orElseThrow();
        assertTrue(contentType.startsWith("multipart/form-data; boundary="), contentType);
        String boundary = contentType.substring(contentType.indexOf('=') + 1);
        String body = new String(r.body(), StandardCharsets.ISO_8859_1);
        assertTrue(body.startsWith("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"cat.png\"\r\n"
                + "Content-Type: image/png\r\n\r\n"), body);
        assertTrue(body.endsWith("\r\n--" + boundary + "--\r\n"), body);
        assertEquals(1, body.split("--" + boundary, -1).length - 2, "exactly one part");
        assertTrue(body.contains(new String(png, StandardCharsets.ISO_8859_1)));
        assertEquals("https://chat.max-c.com/attachments/2024/12/05/3b9d1e0c7a4f4d2e8c6b5a4f3e2d1c0b.png", url);
    }

    @Test
    void aStreamStartSendsTheOperatorAsANumberAndReadsTheTaskId() {
        StreamRequest request = StreamRequest.of(VOICE, "https://example.com/live/music.flv", OWNER).withVolume(80)
                .loopingFor(Duration.ofMinutes(120)).reportingTo("https://bot.example.com/heychat/stream-callback");

        StreamTaskId task = http.media().startStream(request);

        assertEquals(Golden.request("38-stream-push"), body(Operation.MEDIA_START_STREAM));
        assertEquals(StreamTaskId.of("6750a1b2c3d4e5f6a7b8c9d0"), task);
    }

    @Test
    void stoppingAStreamSendsItsTaskId() {
        http.media().stopStream(StreamTaskId.of("6750a1b2c3d4e5f6a7b8c9d0"));

        assertEquals(Golden.request("39-stream-stop"), body(Operation.MEDIA_STOP_STREAM));
    }

    // ---- roles

    @Test
    void theRoleListIsReadWithEveryField() {
        List<Role> roles = http.roles().list(ROOM);

        assertQueryIsGolden(Operation.ROLES_LIST, "07-role-list");
        assertEquals(4, roles.size());
        Role recording = roles.get(2);
        assertEquals(new Role(RECORDING_ROLE, "录音管理", Permissions.parse("1101659111424"), RoleType.CUSTOM, 2,
                Optional.of(16734003), Optional.empty(), true, true), recording);
        assertEquals(RoleType.EVERYONE, roles.get(0).type());
        assertEquals(Optional.empty(), roles.get(0).color());
        assertTrue(roles.get(3).permissions().allows(Permission.MOVE_MEMBERS));
    }

    private static RoleDraft recordingDraft(String name, String permissions) {
        return new RoleDraft(name, Permissions.parse(permissions), Optional.of(16734003), List.of(16734003, 3832063),
                Optional.empty(), true);
    }

    @Test
    void creatingARoleSendsANonceAndReadsTheRoleDirectOrWrapped() {
        Role direct = http.roles().create(ROOM, recordingDraft("录音管理", "1101659111424"));
        assertBodyIsGolden(Operation.ROLES_CREATE, "08-role-create", "nonce");
        String firstNonce = body(Operation.ROLES_CREATE).get("nonce").stringValue();

        server.enqueue(Endpoint.of(Operation.ROLES_CREATE).path(), Answer.golden("08-role-create.wrapped.json"));
        Role wrapped = http.roles().create(ROOM, recordingDraft("录音管理", "1101659111424"));

        assertEquals(direct, wrapped);
        assertEquals(RECORDING_ROLE, direct.id());
        assertFalse(firstNonce.equals(body(Operation.ROLES_CREATE).get("nonce").stringValue()), "a fresh nonce per call");
    }

    @Test
    void updatingARoleSendsTheFullRoleAndReadsItDirectOrWrapped() {
        Role direct = http.roles().update(ROOM, RECORDING_ROLE, recordingDraft("录音与语音包管理", "1105954078720"), 2);
        assertBodyIsGolden(Operation.ROLES_UPDATE, "09-role-update", "nonce");

        server.enqueue(Endpoint.of(Operation.ROLES_UPDATE).path(), Answer.golden("09-role-update.wrapped.json"));
        Role wrapped = http.roles().update(ROOM, RECORDING_ROLE, recordingDraft("录音与语音包管理", "1105954078720"), 2);

        assertEquals(direct, wrapped);
        assertEquals(Permissions.parse("1105954078720"), direct.permissions());
    }

    @Test
    void deletingARoleMatchesTheGoldenSample() {
        http.roles().delete(ROOM, RECORDING_ROLE);

        assertEquals(Golden.request("10-role-delete"), body(Operation.ROLES_DELETE));
    }

    @ParameterizedTest
    @CsvSource({"11-role-grant.empty.json", "11-role-grant.role.json", "11-role-grant.roles.json"})
    void grantingSendsTheUserAsANumberAndAcceptsEveryDocumentedAnswer(String answer) {
        server.enqueue(Endpoint.of(Operation.ROLES_GRANT).path(), Answer.golden(answer));

        http.roles().grant(ROOM2, UserId.of(66837313), RECORDING_ROLE);

        assertEquals(Golden.request("11-role-grant"), body(Operation.ROLES_GRANT));
    }

    @Test
    void revokingMatchesTheGoldenSample() {
        http.roles().revoke(ROOM2, UserId.of(66837313), RECORDING_ROLE);

        assertEquals(Golden.request("12-role-revoke"), body(Operation.ROLES_REVOKE));
    }

    // ---- memes

    @Test
    void memesAreReadWithTheirKindUploaderAndTime() {
        RoomMemes memes = http.memes().list(ROOM);

        assertQueryIsGolden(Operation.MEMES_LIST, "13-meme-list");
        assertEquals(1, memes.emoji().size());
        assertEquals(1, memes.stickers().size());
        assertEquals(DOGE, memes.emoji().get(0).path());
        assertEquals("png", memes.emoji().get(0).extension());
        assertEquals(MemeKind.STICKER, memes.stickers().get(0).kind());
        assertEquals(Optional.of(OWNER), memes.emoji().get(0).uploader());
        assertEquals(Optional.of(Instant.ofEpochSecond(1733390500)), memes.emoji().get(0).createdAt());
    }

    @Test
    void deletingAndRenamingMemesMatchTheGoldenSamples() {
        http.memes().delete(ROOM, DOGE);
        http.memes().rename(ROOM, DOGE, "doge笑");

        assertEquals(Golden.request("14-meme-delete"), body(Operation.MEMES_DELETE));
        assertEquals(Golden.request("15-meme-edit"), body(Operation.MEMES_RENAME));
    }

    // ---- rooms

    @Test
    void settingANicknameMatchesTheOfficialExample() {
        http.rooms().setNickname(ROOM, OWNER, Nickname.of("测试昵称"));

        assertEquals(Golden.request("16-room-nickname"), body(Operation.ROOMS_CHANGE_NICKNAME));
    }

    @Test
    void clearingANicknameSendsNoNicknameFieldAtAll() {
        http.rooms().clearNickname(ROOM, OWNER);

        JsonNode body = body(Operation.ROOMS_CHANGE_NICKNAME);
        assertFalse(body.has("nickname"));
        assertEquals(Set.of("room_id", "to_user_id"), Set.copyOf(body.propertyNames()));
        assertTrue(body.get("to_user_id").isIntegralNumber());
    }

    @Test
    void joinedRoomsAreReadFromTheFlatOfficialForm() {
        Page<Room> page = http.rooms().joinedRooms(RoomGateway.JOINED_ROOMS.first(50));

        assertQueryIsGolden(Operation.ROOMS_JOINED, "17-room-joined");
        assertEquals(2, page.items().size());
        assertEquals(2, page.total());
        Room first = page.items().get(0);
        assertEquals(new Room(ROOM, "黑盒测试房间",
                Optional.of("https://imgheybox.max-c.com/dev/bbs/2024/12/05/e380b1a5f190784c252ec3696fa33fd3.png"),
                Optional.of("https://imgheybox.max-c.com/dev/bbs/2024/12/05/9b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e.png"),
                Optional.of(OWNER), true, Optional.of("10086"), false, Optional.of(Instant.ofEpochMilli(1733388149129L))), first);
        assertEquals(Optional.empty(), page.items().get(1).banner());
    }

    @Test
    void joinedRoomsAreReadFromTheNestedCommunityFormToo() {
        Page<Room> flat = http.rooms().joinedRooms(RoomGateway.JOINED_ROOMS.first(50));
        server.enqueue(Endpoint.of(Operation.ROOMS_JOINED).path(), Answer.golden("17-room-joined.nested.json"));

        Page<Room> nested = http.rooms().joinedRooms(RoomGateway.JOINED_ROOMS.first(50));

        assertEquals(flat, nested);
    }

    @Test
    void roomDetailsReadTheChannelTreeRolesAndMyRoles() {
        RoomDetails details = http.rooms().details(ROOM);

        assertQueryIsGolden(Operation.ROOMS_DETAILS, "18-room-view");
        assertEquals(2, details.channels().size());
        assertEquals(5, details.allChannels().size());
        Channel voice = details.channel(VOICE.channel()).orElseThrow();
        assertEquals(ChannelType.VOICE, voice.type());
        assertTrue(voice.passwordProtected());
        assertEquals(Optional.of(10), voice.maxMembers());
        assertEquals(Optional.of(ChannelId.of("3377790315279687680")), voice.parent());
        assertEquals(Optional.empty(), details.channels().get(0).parent());
        assertTrue(details.channelNamed("公告").orElseThrow().isPrivate());
        assertEquals(4, details.roles().size());
        assertEquals(Set.of(RoleId.of("3587810143540551680"), RoleId.of("3587810143536357376")), details.myRoles());
    }

    @ParameterizedTest
    @CsvSource({"19-room-leave.empty.json", "19-room-leave.acks.json"})
    void leavingAcceptsBothDocumentedAnswers(String answer) {
        server.enqueue(Endpoint.of(Operation.ROOMS_LEAVE).path(), Answer.golden(answer));

        http.rooms().leave(ROOM);

        assertEquals(Golden.request("19-room-leave"), body(Operation.ROOMS_LEAVE));
    }

    @Test
    void kickingSendsTheUserAsANumber() {
        http.rooms().kick(ROOM, OWNER);

        assertEquals(Golden.request("20-room-kick-out"), body(Operation.ROOMS_KICK));
    }

    @Test
    void banningSendsSecondsAndLiftingSendsZero() {
        http.rooms().silence(ROOM, OWNER, Duration.ofMinutes(10), "刷屏");
        assertEquals(Golden.request("21-room-ban"), body(Operation.ROOMS_SILENCE));

        http.rooms().unsilence(ROOM, OWNER);
        assertEquals(Golden.request("21-room-ban.unban"), body(Operation.ROOMS_SILENCE));
    }

    @Test
    void roomMutesSendABooleanAndTheVoiceChannel() {
        http.rooms().setMicrophoneMuted(VOICE, OWNER, true);
        http.rooms().setSpeakerMuted(VOICE, OWNER, true);

        assertEquals(Golden.request("22-room-mute"), body(Operation.ROOMS_MUTE_MICROPHONE));
        assertEquals(Golden.request("23-room-mute-earphone"), body(Operation.ROOMS_MUTE_SPEAKER));
    }

    @Test
    void membersAreReadWithRolesOwnerAndBotFlags() {
        Page<Member> page = http.rooms().members(ROOM, RoomGateway.ROOM_MEMBERS.first(100));

        assertQueryIsGolden(Operation.ROOMS_MEMBERS, "24-room-users");
        assertEquals(3, page.total());
        Member owner = page.items().get(0);
        assertTrue(owner.owner());
        assertEquals(Optional.of(Nickname.of("房主")), owner.roomNickname());
        assertEquals(3, owner.roles().size());
        assertEquals(Optional.empty(), page.items().get(1).roomNickname());
        assertTrue(page.items().get(2).bot());
        assertEquals(BOT, page.items().get(2).id());
    }

    // ---- voice

    @Test
    void movingSendsTheUsersAsNumbers() {
        http.voice().move(RoomId.of("3884071942269132800"), ChannelId.of("3884071942639140870"),
                ChannelId.of("3884071973717917696"), Set.of(UserId.of(8836257)));

        assertEquals(Golden.request("25-channel-move-member"), body(Operation.VOICE_MOVE));
    }

    @Test
    void disconnectingSendsRoomChannelAndUserInTheBodyAndTheBotInTheQuery() {
        http.voice().disconnect(ChannelRef.voice(RoomId.of("3884071942269132800"), ChannelId.of("3884071973717917696")),
                UserId.of(8836257));

        assertEquals(Golden.request("26-channel-kick-out"), body(Operation.VOICE_DISCONNECT));
        assertQueryIsGolden(Operation.VOICE_DISCONNECT, "26-channel-kick-out");
    }

    @Test
    void togglingTheMicrophoneMatchesTheGoldenSample() {
        http.voice().toggleMicrophone(VOICE, OWNER);

        assertEquals(Golden.request("27-channel-mute-user"), body(Operation.VOICE_TOGGLE_MICROPHONE));
    }

    @Test
    void theChannelOfAUserIsRead() {
        Optional<ChannelId> channel = http.voice().channelOf(ROOM, OWNER);

        assertQueryIsGolden(Operation.VOICE_CHANNEL_OF, "28-channel-which-user");
        assertEquals(Optional.of(VOICE.channel()), channel);
    }

    @Test
    void noChannelIsEmpty() {
        server.enqueue(Endpoint.of(Operation.VOICE_CHANNEL_OF).path(), Answer.ok("{\"channel_id\":\"\"}"), Answer.ok("{\"channel_id\":0}"),
                Answer.ok("{}"));

        assertEquals(Optional.empty(), http.voice().channelOf(ROOM, OWNER));
        assertEquals(Optional.empty(), http.voice().channelOf(ROOM, OWNER));
        assertEquals(Optional.empty(), http.voice().channelOf(ROOM, OWNER));
    }

    @Test
    void theUsersOfAVoiceChannelAreRead() {
        List<UserId> users = http.voice().usersIn(VOICE);

        assertQueryIsGolden(Operation.VOICE_USERS_IN, "29-channel-user-list");
        assertEquals(List.of(OWNER, UserId.of(8836257)), users);
    }

    // ---- channels

    @Test
    void anInviteCodeIsAskedForWithTheBotAsUser() {
        String code = http.channels().inviteCode(TEXT).code();

        assertQueryIsGolden(Operation.CHANNELS_INVITE_CODE, "30-invite-code");
        assertEquals("V8KQ2M", code);
    }

    @Test
    void slowModeIsSentInSecondsWithTheChannelType() {
        http.channels().changeSetting(TEXT, ChannelSetting.slowMode(Duration.ofSeconds(10)));

        assertEquals(Golden.request("31-channel-settings-edit"), body(Operation.CHANNELS_CHANGE_SETTING));
    }

    @Test
    void privacyIsSentAsOneOrZero() {
        http.channels().changeSetting(TEXT, ChannelSetting.privacy(true));
        JsonNode on = body(Operation.CHANNELS_CHANGE_SETTING);
        assertEquals("is_private", on.get("setting").stringValue());
        assertEquals(1, on.get("value").asInt());

        http.channels().changeSetting(TEXT, ChannelSetting.privacy(false));
        assertEquals(0, body(Operation.CHANNELS_CHANGE_SETTING).get("value").asInt());
    }

    @Test
    void aDirectImageMessageCarriesItsPicture() {
        http.messages().sendDirect(OWNER, MessageContent.image("https://imgheybox.max-c.com/bot/cat.png", 640, 480));

        JsonNode body = body(Operation.MESSAGES_SEND_DIRECT);
        assertEquals("https://imgheybox.max-c.com/bot/cat.png", body.get("img").stringValue());
    }

    @Test
    void renamingMatchesTheGoldenSample() {
        http.channels().rename(TEXT, "闲聊大厅");

        assertEquals(Golden.request("32-channel-edit"), body(Operation.CHANNELS_RENAME));
    }

    @Test
    void thePasswordTravelsInTheQueryWithAnEmptyBody() {
        http.channels().setPassword(VOICE, ChannelPassword.of("123456"));

        assertQueryIsGolden(Operation.CHANNELS_CHANGE_PASSWORD, "33-channel-password");
        assertEquals(Json.object(), body(Operation.CHANNELS_CHANGE_PASSWORD));
    }

    @Test
    void permissionOverwritesSendDecimalStringsAndTheBotInTheQuery() {
        http.channels().overwritePermissions(VOICE,
                List.of(new RoleOverwrite(RoleId.of("3587810143536357376"), Permissions.parse("12582912"), Permissions.parse("16777216"))),
                List.of(new UserOverwrite(OWNER, Permissions.parse("25786580992"), Permissions.none())));

        assertEquals(Golden.request("34-role-user-perm"), body(Operation.CHANNELS_OVERWRITE_PERMISSIONS));
        assertQueryIsGolden(Operation.CHANNELS_OVERWRITE_PERMISSIONS, "34-role-user-perm");
    }

    @Test
    void aUsersChannelPermissionsAreRead() {
        PermissionOverwrite perms = http.channels().permissionsOf(VOICE, OWNER);

        Map<String, String> expected = new TreeMap<>(Golden.query("35-channel-perm-list-with-parent"));
        expected.remove("parent_id"); // optional, and the port does not know the channel's category
        assertEquals(expected, ownQuery(Operation.CHANNELS_PERMISSIONS_OF));
        assertEquals(new PermissionOverwrite(Permissions.parse("25799180290"), Permissions.parse("68719476736")), perms);
    }

    @Test
    void creatingAChannelSendsTypeBackendParentAndNonceAndReadsTheChannel() {
        Channel created = http.channels().create(ROOM, NewChannel.voice("开黑语音2").inCategory(ChannelId.of("3377790315279687680")));

        assertBodyIsGolden(Operation.CHANNELS_CREATE, "36-channel-create", "nonce");
        assertEquals(ChannelId.of("3377790315300659200"), created.id());
        assertEquals(ChannelType.VOICE, created.type());
        assertEquals(ROOM, created.room());
    }

    @Test
    void deletingAChannelMatchesTheGoldenSample() {
        http.channels().delete(ChannelRef.voice(ROOM, ChannelId.of("3377790315300659200")));

        assertEquals(Golden.request("37-channel-delete"), body(Operation.CHANNELS_DELETE));
    }

    // ---- failures

    @ParameterizedTest
    @CsvSource({
            "permission-denied.json, PermissionDeniedException, ",
            "no-send-permission.json, PermissionDeniedException, ",
            "duplicate.json, RejectedException, DUPLICATE_SUBMISSION",
            "not-in-room.json, NotFoundException, ",
            "private-channel.json, RejectedException, OTHER",
            "banned-words.json, RejectedException, CONTENT_BLOCKED",
            "failed.json, RejectedException, OTHER"})
    void everyGoldenFailureMapsToItsException(String file, String type, String reason) {
        server.enqueue(Endpoint.of(Operation.MESSAGES_SEND).path(), Answer.golden("failures/" + file));

        HeychatException e = assertThrows(HeychatException.class, () -> http.messages().send(TEXT, MessageContent.text("hi")));

        assertEquals(type, e.getClass().getSimpleName());
        if (e instanceof RejectedException rejected) {
            assertEquals(RejectedException.Reason.valueOf(reason), rejected.reason());
            assertEquals(Golden.json("responses/failures/" + file).get("msg").stringValue(), rejected.platformMessage());
        }
        assertEquals(1, server.count(Endpoint.of(Operation.MESSAGES_SEND).path()), "refusals are answers: not retried");
    }

    @Test
    void everyEndpointOfTheTableHasAGoldenAnswer() {
        assertEquals(Set.of(Operation.values()), RESPONSES.keySet());
    }
}
