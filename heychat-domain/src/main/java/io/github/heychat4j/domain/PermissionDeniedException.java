package io.github.heychat4j.domain;

/**
 * The bot lacks the permission an operation needs (the platform says "权限不足"), or the role
 * hierarchy forbids it (a bot manages only roles below its highest). Each port method names the
 * permission it needs.
 */
public final class PermissionDeniedException extends HeychatException {
    private static final long serialVersionUID = 1L;

    /** @param message what failed */
    public PermissionDeniedException(String message) {
        super(message);
    }

    /**
     * @param message what failed
     * @param cause   the underlying failure
     */
    public PermissionDeniedException(String message, Throwable cause) {
        super(message, cause);
    }
}
