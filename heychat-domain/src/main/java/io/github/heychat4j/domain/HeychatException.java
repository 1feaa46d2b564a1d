package io.github.heychat4j.domain;

/**
 * The root of everything that can go wrong when talking to Heychat, whichever adapter runs
 * underneath. The set of subtypes is closed, so a bot can catch exactly what it handles (and, on Java 21+, switch over them):
 *
 * {@snippet :
 * try {
 *     heychat.rooms().kick(room, user);
 * } catch (PermissionDeniedException e) {
 *     log("give the bot the 踢出房间 (kick members) permission");
 * } catch (NotFoundException e) {
 *     log("that member already left");
 * } catch (HeychatException e) {
 *     if (e.isTransient()) retryLater(); else log(e.getMessage());
 * }
 * }
 *
 * Bad input never reaches an adapter: it fails earlier with an {@link IllegalArgumentException}
 * naming the field and the rule. Messages never contain the bot token.
 */
public abstract sealed class HeychatException extends RuntimeException
        permits PermissionDeniedException, NotFoundException, RejectedException, RateLimitedException,
        AuthenticationException, UnavailableException, AmbiguousOutcomeException, HeychatProtocolException {

    private static final long serialVersionUID = 1L;

    /** @param message what failed, in words a bot author can act on */
    protected HeychatException(String message) {
        super(message);
    }

    /**
     * @param message what failed
     * @param cause   the underlying failure
     */
    protected HeychatException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Whether trying the same call again later can succeed without changing anything.
     * True for rate limits and unavailability; false for the rest.
     */
    public boolean isTransient() {
        return false;
    }
}
