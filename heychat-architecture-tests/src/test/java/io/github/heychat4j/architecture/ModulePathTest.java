package io.github.heychat4j.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.lang.module.FindException;
import java.lang.module.ModuleFinder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bot that is a named module, as a user on the module path writes it: it {@code requires} the modules it
 * uses and nothing else (no {@code --add-modules}), is compiled by javac and run by a fresh {@code java} on
 * the module path made of the built modules and their dependencies. It logs as docs/release.md recommends
 * (slf4j-jdk14 on the path: Resilience4j's SLF4J and heychat4j's System.Logger both reach java.util.logging),
 * and a healthy run prints nothing but its own lines.
 */
class ModulePathTest {
    private static final String MODULE_INFO = """
            module bot {
                requires io.github.heychat4j.http;
                requires io.github.heychat4j.testkit;
            }
            """;

    private static final String MAIN = """
            package bot;

            import io.github.heychat4j.domain.message.MessageContent;
            import io.github.heychat4j.http.HeychatHttp;
            import io.github.heychat4j.testkit.HeychatAssertions;
            import io.github.heychat4j.testkit.TestWorld;

            public final class Main {
                public static void main(String[] args) {
                    TestWorld world = TestWorld.standard().build();
                    world.bot().messages().send(world.channel("综合"), MessageContent.text("hello"));
                    HeychatAssertions.assertSent(world.bot(), world.channel("综合"), "hello");
                    System.out.println("fake: sent hello");

                    try (HeychatHttp http = HeychatHttp.builder().token("t0ken").bot(1).baseUri("http://127.0.0.1:9").build()) {
                        System.out.println("http: built for bot " + http.self().value());
                    }
                }
            }
            """;

    private static final String OVER_HTTP_MODULE_INFO = """
            module bot {
                requires io.github.heychat4j.testkit.http;
            }
            """;

    // REST only: the emulator's gateway does not start on the module path yet (Jetty calls the connection's
    // listener through MethodHandles.publicLookup(), which reaches only unconditionally exported packages, and
    // emulator.internal is exported to Jetty alone), so EmulatedBot, which listens, is named but not connected here.
    private static final String OVER_HTTP_MAIN = """
            package bot;

            import io.github.heychat4j.domain.message.MessageContent;
            import io.github.heychat4j.emulator.HeychatEmulator;
            import io.github.heychat4j.http.HeychatHttp;
            import io.github.heychat4j.testkit.HeychatAssertions;
            import io.github.heychat4j.testkit.RecordedBot;
            import io.github.heychat4j.testkit.TestWorld;
            import io.github.heychat4j.testkit.http.EmulatedBot;

            public final class Main {
                public static void main(String[] args) {
                    TestWorld world = TestWorld.standard().build();
                    try (HeychatEmulator emulator = HeychatEmulator.builder().world(world.fake()).token("t0ken", world.botId()).start();
                         HeychatHttp http = HeychatHttp.builder().token("t0ken").bot(world.botId())
                                 .baseUri(emulator.baseUri()).uploadUri(emulator.uploadUri()).build()) {
                        RecordedBot.record(http, world.bot().journal(), world);
                        http.messages().send(world.channel("综合"), MessageContent.text("hi"));
                        HeychatAssertions.assertSent(http, world.channel("综合"), "hi");
                        System.out.println("over http: hi, " + emulator.requestCount("/chatroom/v2/channel_msg/send")
                                + " request; waits up to " + EmulatedBot.CATCH_UP_TIMEOUT.toSeconds() + " s");
                    }
                }
            }
            """;

    @Test
    void aBotRequiringTheHttpAdapterAndTheTestkitCompilesAndRunsOnTheModulePath(@TempDir Path dir) throws Exception {
        Run run = compileAndRun(dir, MODULE_INFO, MAIN);

        assertEquals(List.of("fake: sent hello", "http: built for bot 1"), run.out().lines().toList(), "err: " + run.err());
        assertEquals("", run.err(), "a healthy run with one logging backend (slf4j-jdk14) prints nothing");
    }

    @Test
    void aTestRequiringOnlyTheTestkitOverHttpAssertsItsBotOverHttpOnTheModulePath(@TempDir Path dir) throws Exception {
        Run run = compileAndRun(dir, OVER_HTTP_MODULE_INFO, OVER_HTTP_MAIN);

        assertEquals(List.of("over http: hi, 1 request; waits up to 10 s"), run.out().lines().toList(), "err: " + run.err());
        assertTrue(run.err().lines().noneMatch(line -> line.startsWith("WARNING") || line.startsWith("SEVERE")),
                "nothing went wrong: " + run.err());
    }

    private record Run(String out, String err) {
    }

    /** Compiles the bot module with javac and runs it with a fresh {@code java} on the module path; it must exit 0. */
    private static Run compileAndRun(Path dir, String moduleInfo, String main) throws Exception {
        Path sources = dir.resolve("src/bot");
        Files.createDirectories(sources);
        Files.writeString(sources.resolve("module-info.java"), moduleInfo);
        Files.writeString(sources.resolve("Main.java"), main);
        Path classes = dir.resolve("classes");
        String modulePath = modulePath();

        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertNotNull(javac, "the tests run on a JDK, not a JRE");
        int compiled = javac.run(null, null, null, "--release", "17", "--module-path", modulePath, "-d", classes.toString(),
                sources.resolve("module-info.java").toString(), sources.resolve("Main.java").toString());
        assertEquals(0, compiled, "javac failed on the bot module");

        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process run = new ProcessBuilder(java.toString(), "--module-path", classes + File.pathSeparator + modulePath,
                "--module", "bot/bot.Main")
                .redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile())
                .start();
        boolean ended = run.waitFor(30, TimeUnit.SECONDS);
        if (!ended) {
            run.destroyForcibly();
        }
        String out = Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8);
        String err = Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8);

        assertTrue(ended, "the bot did not end within 30 s; out: " + out + "; err: " + err);
        assertEquals(0, run.exitValue(), "the bot failed; out: " + out + "; err: " + err);
        return new Run(out, err);
    }

    /**
     * This test's own dependencies, the built modules among them (jars in a reactor verify, class
     * directories in a reactor test): every entry that is a module. The JVM resolves from {@code bot}
     * and takes only what it requires.
     */
    private static String modulePath() throws IOException {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path own = Path.of("target").toAbsolutePath();
        List<String> entries = new ArrayList<>();
        for (String entry : classPath.split(File.pathSeparator)) {
            Path path = Path.of(entry).toAbsolutePath();
            if (entry.isBlank() || path.startsWith(own) || !Files.exists(path)) {
                continue;
            }
            try {
                if (!ModuleFinder.of(path).findAll().isEmpty()) {
                    entries.add(path.toString());
                }
            } catch (FindException notAModule) {
                // a jar the JVM could not name as a module: not one the bot can require either
            }
        }
        assertTrue(entries.stream().anyMatch(e -> e.contains("heychat-adapter-http")),
                "the HTTP adapter is on the test class path: " + Arrays.toString(classPath.split(File.pathSeparator)));
        return entries.stream().collect(Collectors.joining(File.pathSeparator));
    }
}
