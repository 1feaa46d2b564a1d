package io.github.heychat4j.fake.internal;

import io.github.heychat4j.domain.NotFoundException;
import io.github.heychat4j.domain.PermissionDeniedException;
import io.github.heychat4j.domain.RejectedException;

/**
 * The one place the fake words its refusals. Each message starts with the platform's text, so the
 * emulator can pass it on and the HTTP adapter maps it back to the same type. Texts marked "documented"
 * are the platform's own (spec §3.3); the others are heychat4j's choice, because the platform's are unknown.
 */
final class Errors {
    private Errors() {
    }

    /** Documented. */
    static PermissionDeniedException permissionDenied(String detail) {
        return new PermissionDeniedException("权限不足 (" + detail + ")");
    }

    /** Documented (the send variant); the room must be joined first. */
    static NotFoundException notInRoom(Object room) {
        return new NotFoundException("请加入房间后再操作 (room " + room + ")");
    }

    /** Documented (权限不足，无法发言): a banned member cannot speak. */
    static PermissionDeniedException silenced(Object until) {
        return new PermissionDeniedException("权限不足，无法发言 (banned until " + until + ")");
    }

    static NotFoundException roomMissing(Object room) {
        return new NotFoundException("房间不存在 (room " + room + ")");
    }

    static NotFoundException channelMissing(Object channel, Object room) {
        return new NotFoundException("频道不存在 (channel " + channel + " in room " + room + ")");
    }

    static NotFoundException userMissing(String detail) {
        return new NotFoundException("用户不存在 (" + detail + ")");
    }

    static NotFoundException roleMissing(Object role, Object room) {
        return new NotFoundException("角色不存在 (role " + role + " in room " + room + ")");
    }

    static NotFoundException messageMissing(Object message, Object channel) {
        return new NotFoundException("消息不存在 (message " + message + " in channel " + channel + ")");
    }

    static NotFoundException memeMissing(Object meme, Object room) {
        return new NotFoundException("表情不存在 (meme " + meme + " in room " + room + ")");
    }

    static NotFoundException taskMissing(Object task) {
        return new NotFoundException("任务不存在 (task " + task + ")");
    }

    /** Documented. */
    static RejectedException duplicate() {
        return new RejectedException(RejectedException.Reason.DUPLICATE_SUBMISSION, "消息已发送，请勿重复发送");
    }

    /** Documented. */
    static RejectedException contentBlocked() {
        return new RejectedException(RejectedException.Reason.CONTENT_BLOCKED, "包含违禁词");
    }

    static RejectedException directMessageLimit(int limit) {
        return new RejectedException(RejectedException.Reason.LIMIT_REACHED,
                "私信发送已达上限 (" + limit + " messages before the user replies)");
    }

    static RejectedException wrongTarget(String detail) {
        return new RejectedException(RejectedException.Reason.WRONG_TARGET, "频道类型不支持该操作 (" + detail + ")");
    }

    /** Refusals that fit no other reason; worded without any of the mapped keywords, so they stay OTHER. */
    static RejectedException other(String text) {
        return new RejectedException(RejectedException.Reason.OTHER, text);
    }
}
