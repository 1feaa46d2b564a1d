package io.github.heychat4j.fake.internal;

import io.github.heychat4j.domain.NotFoundException;
import io.github.heychat4j.domain.PermissionDeniedException;
import io.github.heychat4j.domain.RejectedException;
import io.github.heychat4j.domain.internal.PlatformTexts;

/**
 * The one place the fake raises its refusals: typed (the exception's type, {@link NotFoundException.What},
 * {@link RejectedException.Reason}), each message starting with the platform's text from the one table of texts
 * ({@link PlatformTexts}), which the emulator writes on the wire from the type and the HTTP adapter reads back.
 * The detail in parentheses is heychat4j's, for people.
 */
final class Errors {
    private Errors() {
    }

    static PermissionDeniedException permissionDenied(String detail) {
        return new PermissionDeniedException(PlatformTexts.PERMISSION_DENIED + " (" + detail + ")");
    }

    /** The room must be joined first. */
    static NotFoundException notInRoom(Object room) {
        return notFound(NotFoundException.What.BOT_NOT_IN_ROOM, "room " + room);
    }

    /** A silenced member cannot speak. */
    static PermissionDeniedException silenced(Object until) {
        return new PermissionDeniedException(PlatformTexts.SILENCED + " (silenced until " + until + ")");
    }

    static NotFoundException roomMissing(Object room) {
        return notFound(NotFoundException.What.ROOM, "room " + room);
    }

    static NotFoundException channelMissing(Object channel, Object room) {
        return notFound(NotFoundException.What.CHANNEL, "channel " + channel + " in room " + room);
    }

    static NotFoundException userMissing(String detail) {
        return notFound(NotFoundException.What.USER, detail);
    }

    static NotFoundException roleMissing(Object role, Object room) {
        return notFound(NotFoundException.What.ROLE, "role " + role + " in room " + room);
    }

    static NotFoundException messageMissing(Object message, Object channel) {
        return notFound(NotFoundException.What.MESSAGE, "message " + message + " in channel " + channel);
    }

    static NotFoundException memeMissing(Object meme, Object room) {
        return notFound(NotFoundException.What.MEME, "meme " + meme + " in room " + room);
    }

    static NotFoundException taskMissing(Object task) {
        return notFound(NotFoundException.What.TASK, "task " + task);
    }

    static RejectedException duplicate() {
        return rejected(RejectedException.Reason.DUPLICATE_SUBMISSION, "");
    }

    static RejectedException contentBlocked() {
        return rejected(RejectedException.Reason.CONTENT_BLOCKED, "");
    }

    static RejectedException directMessageLimit(int limit) {
        return rejected(RejectedException.Reason.LIMIT_REACHED, limit + " messages before the user replies");
    }

    static RejectedException wrongTarget(String detail) {
        return rejected(RejectedException.Reason.WRONG_TARGET, detail);
    }

    /** Refusals that fit no other reason; worded without any text of the table, so they stay OTHER. */
    static RejectedException other(String text) {
        return new RejectedException(RejectedException.Reason.OTHER, text);
    }

    private static NotFoundException notFound(NotFoundException.What what, String detail) {
        return new NotFoundException(what, PlatformTexts.leadingWith(PlatformTexts.notFound(what), detail));
    }

    private static RejectedException rejected(RejectedException.Reason reason, String detail) {
        return new RejectedException(reason, PlatformTexts.leadingWith(PlatformTexts.rejected(reason), detail));
    }
}
