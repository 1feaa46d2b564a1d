package io.github.heychat4j.commands;

/**
 * How a command reached the bot. Both reach the same handler with the same typed options.
 *
 * {@snippet :
 * commands.on(Command.named("/ping", "在吗"), cmd -> cmd.reply(cmd.arrival() == Arrival.MENU ? "pong (menu)" : "pong"));
 * }
 */
public enum Arrival {
    /** Picked from the command menu: the platform's event {@code "50"}, options typed by the client. */
    MENU,
    /** Typed by hand in a message: the platform's event {@code "5"}, options read from the text. */
    TYPED
}
