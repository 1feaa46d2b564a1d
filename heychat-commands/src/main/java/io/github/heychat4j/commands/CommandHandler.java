package io.github.heychat4j.commands;

/**
 * What a command does once it passed every check. A {@link io.github.heychat4j.domain.HeychatException} it
 * throws becomes a reply and is reported to the router's error hook; any other exception is a bug and goes
 * to the event gateway's handler-failure report, as from any event handler.
 *
 * {@snippet :
 * CommandHandler kick = cmd -> heychat.rooms().kick(cmd.room(), cmd.user("user"));
 * }
 */
@FunctionalInterface
public interface CommandHandler {
    /** Runs the command. */
    void handle(Invocation command);
}
