package io.github.heychat4j.examples.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.heychat4j.domain.ChannelId;
import io.github.heychat4j.domain.RoomId;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.emulator.HeychatEmulator;
import io.github.heychat4j.http.HeychatHttp;
import io.github.heychat4j.emulator.WorldFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every Java snippet of the README stands, verbatim, in code that this build compiles (this package); its world file example loads. */
class ReadmeSnippetsTest {
    private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern JSON_BLOCK = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL);
    private static final Path README = Path.of("..", "README.md");
    private static final Path SOURCES = Path.of("src", "test", "java", "io", "github", "heychat4j", "examples", "readme");

    private static String normalized(String code) {
        return code.replaceAll("\\s+", " ").trim();
    }

    @Test
    void everyJavaSnippetOfTheReadmeIsCompiledCode() throws IOException {
        List<String> snippets = new ArrayList<>();
        Matcher m = JAVA_BLOCK.matcher(Files.readString(README, StandardCharsets.UTF_8));
        while (m.find()) {
            snippets.add(normalized(m.group(1)));
        }
        String compiled;
        try (Stream<Path> files = Files.list(SOURCES)) {
            compiled = normalized(files.filter(f -> f.toString().endsWith(".java")).sorted().map(f -> {
                try {
                    return Files.readString(f, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).collect(Collectors.joining("\n")));
        }

        assertFalse(snippets.isEmpty(), "the README has no java snippet: the pattern is wrong");
        List<String> missing = snippets.stream().filter(s -> !compiled.contains(s)).toList();
        assertTrue(missing.isEmpty(), "README snippets not found in " + SOURCES + ":\n" + String.join("\n---\n", missing));
    }

    @Test
    void theReadmesWorldFileExampleIsAValidWorld() throws IOException {
        Matcher m = JSON_BLOCK.matcher(Files.readString(README, StandardCharsets.UTF_8));
        assertTrue(m.find(), "the README has no world file example");

        WorldFile world = WorldFile.parse(m.group(1));

        assertEquals(Map.of("demo-token", UserId.of(2398561)), world.tokens());
        assertEquals(1, world.newWorld().rooms().size());
    }

    @Test
    void theReadmesTourOfThePortsRunsAgainstTheDemoWorld() {
        UserId bot = UserId.of(2398561);
        UserId carol = UserId.of(66837313);
        RoomId room = RoomId.of("3587810143523774464");
        try (HeychatEmulator emulator = HeychatEmulator.builder().token("demo-token", bot).start();
             HeychatHttp heychat = HeychatHttp.builder().token("demo-token").bot(bot)
                     .baseUri(emulator.baseUri()).uploadUri(emulator.uploadUri()).build()) {

            ReadmeSnippets.moreOfWhatABotDoes(heychat);

            assertTrue(emulator.world().member(room, carol).isEmpty(), "the tour ends with carol kicked");
            assertEquals(2, emulator.world().messages(ChannelId.of("3377790315288076288")).size());
            assertEquals(List.of(), emulator.unexpectedErrors(), "the emulator failed");
        }
    }
}
