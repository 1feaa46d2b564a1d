package io.github.heychat4j.http.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.github.heychat4j.domain.AuthenticationException;
import io.github.heychat4j.domain.HeychatException;
import io.github.heychat4j.domain.HeychatProtocolException;
import io.github.heychat4j.domain.NotFoundException;
import io.github.heychat4j.domain.PermissionDeniedException;
import io.github.heychat4j.domain.RateLimitedException;
import io.github.heychat4j.domain.RejectedException;
import io.github.heychat4j.domain.UnavailableException;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ErrorTableTest {
    private static final String WHERE = "POST /chatroom/v2/room/kick_out";

    @ParameterizedTest
    @CsvSource({
            "权限不足, PermissionDeniedException, ",
            "权限不足，无法发言, PermissionDeniedException, ",
            "无权限操作, PermissionDeniedException, ",
            "权限不足 (needs KICK_MEMBERS), PermissionDeniedException, ",
            "消息已发送，请勿重复发送, RejectedException, DUPLICATE_SUBMISSION",
            "包含违禁词, RejectedException, CONTENT_BLOCKED",
            "请加入房间后再操作, NotFoundException, BOT_NOT_IN_ROOM",
            "请加入房间后再发送消息, NotFoundException, BOT_NOT_IN_ROOM",
            "房间不存在, NotFoundException, ROOM",
            "频道不存在, NotFoundException, CHANNEL",
            "用户不存在, NotFoundException, USER",
            "角色不存在, NotFoundException, ROLE",
            "消息不存在, NotFoundException, MESSAGE",
            "表情不存在, NotFoundException, MEME",
            "任务不存在, NotFoundException, TASK",
            "该对象不存在, NotFoundException, OTHER",
            "用户不存在 (房间不存在 in the detail), NotFoundException, USER",
            "私信发送已达上限, RejectedException, LIMIT_REACHED",
            "频道类型不支持该操作, RejectedException, WRONG_TARGET",
            "token无效, AuthenticationException, ",
            "Token expired, AuthenticationException, ",
            "请先登录, AuthenticationException, ",
            "该频道为私密频道，无法发送消息, RejectedException, OTHER",
            "请求失败，请稍后重试, RejectedException, OTHER"})
    void failedEnvelopesMapByTheSharedVocabulary(String message, String type, String reason) {
        HeychatException e = ErrorTable.forFailedEnvelope(WHERE, message);

        assertEquals(type, e.getClass().getSimpleName());
        if (e instanceof RejectedException rejected) {
            assertEquals(RejectedException.Reason.valueOf(reason), rejected.reason());
            assertEquals(message, rejected.platformMessage());
        }
        if (e instanceof NotFoundException notFound) {
            assertEquals(NotFoundException.What.valueOf(reason), notFound.what());
        }
    }

    @Test
    void rowsAreCheckedInOrderSoPermissionWinsOverNotFound() {
        assertInstanceOf(PermissionDeniedException.class, ErrorTable.forFailedEnvelope(WHERE, "权限不足：角色不存在"));
        assertInstanceOf(NotFoundException.class, ErrorTable.forFailedEnvelope(WHERE, "房间不存在，token 正常"));
    }

    @Test
    void anEmptyMessageIsAnOtherRejection() {
        RejectedException e = assertInstanceOf(RejectedException.class, ErrorTable.forFailedEnvelope(WHERE, ""));

        assertEquals(RejectedException.Reason.OTHER, e.reason());
    }

    @Test
    void http429IsRateLimitedWithTheWait() {
        HeychatException e = ErrorTable.forStatus(WHERE, 429, Optional.empty(), Optional.of(Duration.ofSeconds(3)));

        assertEquals(Optional.of(Duration.ofSeconds(3)), assertInstanceOf(RateLimitedException.class, e).retryAfter());
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 502, 503, 504})
    void http5xxIsUnavailable(int status) {
        assertInstanceOf(UnavailableException.class, ErrorTable.forStatus(WHERE, status, Optional.empty(), Optional.empty()));
    }

    @ParameterizedTest
    @ValueSource(ints = {401, 403})
    void http401And403AreAuthenticationFailures(int status) {
        assertInstanceOf(AuthenticationException.class, ErrorTable.forStatus(WHERE, status, Optional.of("token无效"), Optional.empty()));
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 404, 405, 302})
    void otherStatusesMeanWeSentSomethingThePlatformCannotRead(int status) {
        HeychatException e = ErrorTable.forStatus(WHERE, status, Optional.of("参数错误: room_id must be a string"), Optional.empty());

        assertInstanceOf(HeychatProtocolException.class, e);
        assertEquals("request not understood: " + WHERE + " answered HTTP " + status + ": 参数错误: room_id must be a string",
                e.getMessage());
    }

    @Test
    void anEmptyMessageAddsNothingToTheStatusLine() {
        assertEquals("platform unavailable: " + WHERE + " answered HTTP 503",
                ErrorTable.forStatus(WHERE, 503, Optional.of(""), Optional.empty()).getMessage());
        assertEquals("platform unavailable: " + WHERE + " answered HTTP 500: busy",
                ErrorTable.forStatus(WHERE, 500, Optional.of("busy"), Optional.empty()).getMessage());
    }

    @Test
    void theBotOutsideTheRoomIsSaidSoAndOtherThingsNotFoundAreNamed() {
        assertEquals("the bot is not in that room, " + WHERE + ": 请加入房间后再操作",
                ErrorTable.forFailedEnvelope(WHERE, "请加入房间后再操作").getMessage());
        assertEquals("not found (CHANNEL), " + WHERE + ": 频道不存在", ErrorTable.forFailedEnvelope(WHERE, "频道不存在").getMessage());
    }
}
