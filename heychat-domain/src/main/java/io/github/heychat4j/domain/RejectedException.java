package io.github.heychat4j.domain;

/**
 * The platform understood the call and refused it for a reason of its own: banned words, a
 * duplicate {@code heychat_ack_id}, a limit of the platform, an action that does not fit the current
 * state. {@link #platformMessage()} is the platform's own text (usually Chinese), {@link #reason()} its
 * classification.
 */
public final class RejectedException extends HeychatException {
    private static final long serialVersionUID = 1L;

    /** Why the platform refused. */
    public enum Reason {
        /** The same {@code heychat_ack_id} was used inside the de-duplication window (消息已发送，请勿重复发送). */
        DUPLICATE_SUBMISSION,
        /** The content contains banned words (包含违禁词). */
        CONTENT_BLOCKED,
        /** A platform limit was reached, e.g. direct messages before the user replied. */
        LIMIT_REACHED,
        /** The call does not fit the target, e.g. a voice operation on a text channel. */
        WRONG_TARGET,
        /** Any other refusal; read {@link RejectedException#platformMessage()}. */
        OTHER
    }

    private final Reason reason;
    private final String platformMessage;

    /**
     * @param reason          the classification
     * @param platformMessage the platform's own text, may be empty
     */
    public RejectedException(Reason reason, String platformMessage) {
        super("rejected (" + reason + "): " + platformMessage);
        this.reason = java.util.Objects.requireNonNull(reason, "reason");
        this.platformMessage = platformMessage == null ? "" : platformMessage;
    }

    /** The classification of the refusal. */
    public Reason reason() {
        return reason;
    }

    /** The platform's own message, as it sent it. */
    public String platformMessage() {
        return platformMessage;
    }
}
