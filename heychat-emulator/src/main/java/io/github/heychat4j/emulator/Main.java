package io.github.heychat4j.emulator;

import io.github.heychat4j.domain.UserId;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Runs the emulator from the command line until Ctrl-C:
 *
 * <pre>
 * java -jar heychat-emulator/target/heychat-emulator.jar [--port 8080] [--host 127.0.0.1] [--world world.json]
 * </pre>
 *
 * Without {@code --world} it serves the bundled demo world (bot token {@code demo-token}). It prints the
 * base URI, the bot tokens and a curl example. The world's clock follows the system clock.
 *
 * <p>The WebSocket gateway is at {@code ws://HOST:PORT/chatroom/ws/connect?token=<bot token>} (spec §5):
 * {@code PING} is answered {@code PONG}, and each connected bot receives its rooms' events as frames.
 *
 * <p>Admin API (loopback clients only, no token): {@code GET /_emulator/health},
 * {@code POST /_emulator/world} (body: a world file), {@code POST /_emulator/reset} (back to the world
 * started or seeded with, journal emptied), {@code GET|DELETE /_emulator/requests} (each with its deviation
 * notes), {@code GET /_emulator/faults} (the active ones), {@code POST|DELETE /_emulator/faults} (body:
 * {@code {"path", "fault": "status|too_many_requests|latency|drop_connection|malformed_json|applied_but_lost",
 * "status", "retry_after_seconds", "latency_ms", "times"}}), {@code GET /_emulator/state/rooms/{room}} and
 * {@code GET /_emulator/state/rooms/{room}/channels/{channel}/messages}; for the gateway:
 * {@code POST /_emulator/events} (a person's action, {@code {"kind": "message|command|join|leave|reaction|unreaction|click",
 * "user", ...}}, or a raw frame {@code {"frame": {...}, "bot"?}}), {@code GET /_emulator/gateway} (connections,
 * form, faults), {@code POST /_emulator/gateway/message_form} ({@code {"form": "flat|nested|alternate"}}) and
 * {@code POST|DELETE /_emulator/gateway/faults} ({@code {"fault":
 * "drop_connections|malformed_frame|silent_pings|duplicate_frames|refuse_handshakes", "times", "status"}}).
 */
public final class Main {

    /** The port the command line binds when not told otherwise. */
    static final int DEFAULT_PORT = 8080;

    /** The common query parameters every REST call carries (spec §1.2), for the curl example. */
    static final String COMMON_QUERY = "client_type=heybox_chat&x_client_type=web&os_type=web&x_os_type=bot"
            + "&x_app=heybox_chat&chat_os_type=bot&chat_version=1.30.0";

    private static final String USAGE = String.join(System.lineSeparator(),
            "usage: java -jar heychat-emulator.jar [--port PORT] [--host HOST] [--world FILE]",
            "",
            "Runs a local, wire-compatible Heychat (黑盒语音) bot API until Ctrl-C.",
            "  --port PORT   the port to listen on (default " + DEFAULT_PORT + "; 0 lets the OS choose)",
            "  --host HOST   the address to bind (default 127.0.0.1)",
            "  --world FILE  a world file (JSON) to serve; default: the bundled demo world",
            "  --help        prints this text",
            "",
            "WebSocket gateway: ws://HOST:PORT/chatroom/ws/connect?token=TOKEN (PING is answered PONG;",
            "each connected bot receives its rooms' events as frames).",
            "",
            "Admin API (no token, loopback only): GET /_emulator/health, POST /_emulator/world,",
            "POST /_emulator/reset (back to the started or seeded world; the journal is emptied),",
            "GET|DELETE /_emulator/requests (each with its deviation notes), GET|POST|DELETE /_emulator/faults,",
            "GET /_emulator/state/rooms/{room}, GET /_emulator/state/rooms/{room}/channels/{channel}/messages,",
            "POST /_emulator/events  a person acts, e.g. {\"kind\":\"message\",\"user\":ID,\"channel\":\"ID\",\"text\":\"hi\"}",
            "                        (kinds: message, command, join, leave, reaction, unreaction, click)",
            "                        or a raw frame {\"frame\":{...}},",
            "GET /_emulator/gateway, POST /_emulator/gateway/message_form {\"form\":\"flat|nested|alternate\"},",
            "POST|DELETE /_emulator/gateway/faults {\"fault\":\"drop_connections|malformed_frame|silent_pings|",
            "                        duplicate_frames|refuse_handshakes\",\"times\":N,\"status\":401|503}",
            "",
            "What it accepts beyond the official documents, and every admin route: docs/emulator.md");

    private Main() {
    }

    /**
     * Starts the emulator and blocks until the process is stopped.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        // Jetty logs through SLF4J, and the runnable jar ships no SLF4J backend on purpose: keep its
        // "no providers" notice out of the banner.
        if (System.getProperty("slf4j.internal.verbosity") == null) {
            System.setProperty("slf4j.internal.verbosity", "ERROR");
        }
        int status = run(args, System.out, System.err, Main::serveUntilStopped);
        if (status != 0) {
            System.exit(status);
        }
    }

    private static void serveUntilStopped(HeychatEmulator emulator) {
        Runtime.getRuntime().addShutdownHook(new Thread(emulator::close, "heychat-emulator-stop"));
        try {
            emulator.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Starts the emulator and hands it to {@code serve}, or prints why it cannot start in one line on
     * {@code err}.
     *
     * @return the process's exit status: 0 when started (or after {@code --help}), 2 for a wrong command
     *         line or world file, 1 when the emulator could not start (a busy port)
     */
    static int run(String[] args, PrintStream out, PrintStream err, Consumer<HeychatEmulator> serve) {
        Optional<HeychatEmulator> started;
        try {
            started = start(args, out);
        } catch (IllegalArgumentException e) {
            err.println("heychat-emulator: " + oneLine(e.getMessage()) + " (--help shows the usage)");
            return 2;
        } catch (IllegalStateException e) {
            err.println("heychat-emulator: " + oneLine(e.getMessage()));
            return 1;
        }
        started.ifPresent(serve);
        return 0;
    }

    private static String oneLine(String message) {
        return String.valueOf(message).replaceAll("\\s*\\R\\s*", " ");
    }

    /**
     * Parses the command line, starts the emulator and prints how to use it; empty after {@code --help}.
     *
     * @throws IllegalArgumentException when the command line or the world file is wrong
     * @throws IllegalStateException    when the emulator cannot start (a busy port)
     */
    static Optional<HeychatEmulator> start(String[] args, PrintStream out) {
        int port = DEFAULT_PORT;
        String host = "127.0.0.1";
        Optional<Path> worldFile = Optional.empty();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--help":
                case "-h":
                    out.println(USAGE);
                    return Optional.empty();
                case "--port":
                    port = parsePort(value(args, ++i, arg));
                    break;
                case "--host":
                    host = value(args, ++i, arg);
                    break;
                case "--world":
                    worldFile = Optional.of(Path.of(value(args, ++i, arg)));
                    break;
                default:
                    throw new IllegalArgumentException("unknown argument " + arg);
            }
        }
        WorldFile world = worldFile.map(Main::readWorld).orElseGet(WorldFile::demo);
        HeychatEmulator emulator = HeychatEmulator.builder()
                .world(world)
                .host(host)
                .port(port)
                .followSystemClock(true)
                .start();
        banner(out, emulator, worldFile);
        return Optional.of(emulator);
    }

    /** A world file, or an {@link IllegalArgumentException} that names the file and what is wrong with it. */
    private static WorldFile readWorld(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("the world file " + file + " does not exist"
                    + (Files.exists(file) ? " as a file" : ""));
        }
        try {
            return WorldFile.read(file);
        } catch (UncheckedIOException e) {
            throw new IllegalArgumentException("the world file " + file + " could not be read: " + e.getCause().getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the world file " + file + " is invalid: "
                    + e.getMessage().replaceFirst("^world file: ", ""), e);
        }
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[index];
    }

    private static int parsePort(String text) {
        try {
            int port = Integer.parseInt(text);
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("--port must be between 0 and 65535, got " + text);
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--port must be a number, got " + text, e);
        }
    }

    private static void banner(PrintStream out, HeychatEmulator emulator, Optional<Path> worldFile) {
        String base = emulator.baseUri().toString();
        out.println("heychat4j emulator listening on " + base);
        out.println("world: " + worldFile.map(Path::toString).orElse("the bundled demo world"));
        Map<String, UserId> tokens = emulator.tokens();
        if (tokens.isEmpty()) {
            out.println("bot tokens: none (the world file gives its bots no \"token\")");
        } else {
            // These are the world file's made-up tokens, printed so that a developer can use them.
            out.println("bot tokens (header \"token\"):");
            tokens.forEach((token, bot) -> out.println("  " + token + "  ->  bot " + bot));
        }
        String token = tokens.isEmpty() ? "<token>" : tokens.keySet().iterator().next();
        out.println("try:");
        out.println("  curl -H 'token: " + token + "' '" + base + "/chatroom/v2/room/joined?" + COMMON_QUERY
                + "&offset=0&limit=50'");
        out.println("gateway: " + emulator.gatewayUri() + "?token=" + token);
        out.println("admin: " + base + "/_emulator/health   (Ctrl-C stops the emulator)");
    }
}
