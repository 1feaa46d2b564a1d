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
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every Java snippet of the README stands, verbatim and with exactly the imports it shows, in code that this build
 * compiles (this package); the "Run your bot" pom asks for modules the BOM publishes, at the versions the build uses;
 * the world file example loads.
 */
class ReadmeSnippetsTest {
    private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern XML_BLOCK = Pattern.compile("```xml\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern JSON_BLOCK = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL);
    private static final Path README = Path.of("..", "README.md");
    private static final Path SOURCES = Path.of("src", "test", "java", "io", "github", "heychat4j", "examples", "readme");
    /** The Spring Boot section's snippets live in the Spring example module, which compiles and tests them. */
    private static final Path SPRING_SOURCES = Path.of("..", "heychat-examples-spring", "src", "main", "java", "io", "github", "heychat4j",
            "examples", "spring", "readme");
    private static final Path SPRING_TEST_SOURCES = Path.of("..", "heychat-examples-spring", "src", "test", "java", "io", "github", "heychat4j",
            "examples", "spring", "readme");

    private static String normalized(String code) {
        return code.replaceAll("\\s+", " ").trim();
    }

    /** Java code split into its import lines and the rest (package line dropped), whitespace normalized. */
    private record Code(String name, Set<String> imports, String body) {
        static Code of(String name, String text) {
            Set<String> imports = new TreeSet<>();
            StringBuilder body = new StringBuilder();
            for (String line : text.split("\n")) {
                String trimmed = line.trim();
                if (trimmed.startsWith("import ")) {
                    imports.add(trimmed);
                } else if (!trimmed.startsWith("package ")) {
                    body.append(line).append('\n');
                }
            }
            return new Code(name, imports, normalized(body.toString()));
        }
    }

    private static List<String> blocks(Pattern pattern) throws IOException {
        List<String> blocks = new ArrayList<>();
        Matcher m = pattern.matcher(Files.readString(README, StandardCharsets.UTF_8));
        while (m.find()) {
            blocks.add(m.group(1));
        }
        return blocks;
    }

    @Test
    void everyJavaSnippetOfTheReadmeIsCompiledCodeWithExactlyTheImportsItShows() throws IOException {
        List<Code> compiled = new ArrayList<>();
        for (Path dir : List.of(SOURCES, SPRING_SOURCES, SPRING_TEST_SOURCES)) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                    compiled.add(Code.of(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8)));
                }
            }
        }
        List<String> snippets = blocks(JAVA_BLOCK);
        assertFalse(snippets.isEmpty(), "the README has no java snippet: the pattern is wrong");

        List<String> problems = new ArrayList<>();
        for (String text : snippets) {
            Code snippet = Code.of("README", text);
            String head = snippet.body().substring(0, Math.min(80, snippet.body().length()));
            if (snippet.imports().isEmpty()) {
                problems.add("no imports shown: " + head);
                continue;
            }
            List<Code> holders = compiled.stream().filter(c -> c.body().contains(snippet.body())).toList();
            if (holders.isEmpty()) {
                problems.add("not found in the readme packages: " + head);
            } else if (holders.stream().noneMatch(c -> c.imports().equals(snippet.imports()))) {
                Code holder = holders.get(0);
                Set<String> lacking = new TreeSet<>(holder.imports());
                lacking.removeAll(snippet.imports());
                Set<String> extra = new TreeSet<>(snippet.imports());
                extra.removeAll(holder.imports());
                problems.add("imports differ from " + holder.name() + " (snippet lacks " + lacking + ", has extra " + extra + "): " + head);
            }
        }
        assertTrue(problems.isEmpty(), "README snippets:\n" + String.join("\n", problems));
    }

    @Test
    void theRunYourBotPomAsksForWhatTheBuildPublishesAndUses() throws Exception {
        String pomText = blocks(XML_BLOCK).stream().filter(b -> b.contains("<modelVersion>")).findFirst()
                .orElseThrow(() -> new AssertionError("the README has no complete pom"));
        Pom parent = Pom.read(Files.readString(Path.of("..", "pom.xml"), StandardCharsets.UTF_8));
        Pom bom = Pom.read(Files.readString(Path.of("..", "heychat-bom", "pom.xml"), StandardCharsets.UTF_8));
        Pom bot = Pom.read(pomText);

        assertEquals(parent.version(), bom.version());
        assertEquals(bom.version(), bot.managed().get("io.github.heychat4j:heychat-bom"), "the bot imports the BOM of this version");
        assertFalse(bot.dependencies().isEmpty());
        for (Map.Entry<String, String> dependency : bot.dependencies().entrySet()) {
            String key = dependency.getKey();
            if (key.startsWith("io.github.heychat4j:")) {
                assertEquals("", dependency.getValue(), key + ": the BOM gives the version");
                assertTrue(bom.managed().containsKey(key), key + " is not in heychat-bom");
            } else if (dependency.getValue().isEmpty()) {
                String group = key.substring(0, key.indexOf(':'));
                assertTrue(bot.managed().keySet().stream().anyMatch(managedKey -> group.startsWith(managedKey.substring(0, managedKey.indexOf(':')))),
                        key + ": no version and no BOM of its group");
            } else {
                assertEquals(parent.managed().get(key), dependency.getValue(), key + ": the version the build itself uses");
            }
        }
        for (Map.Entry<String, String> managed : bot.managed().entrySet()) {
            if (!managed.getKey().startsWith("io.github.heychat4j:")) {
                assertEquals(parent.managed().get(managed.getKey()), managed.getValue(), managed.getKey() + ": the version the build itself uses");
            }
        }
        for (Map.Entry<String, String> plugin : bot.plugins().entrySet()) {
            if (parent.plugins().containsKey(plugin.getKey())) {
                assertEquals(parent.plugins().get(plugin.getKey()), plugin.getValue(), plugin.getKey() + ": the version the build itself uses");
            }
        }
        assertTrue(pomText.contains("<mainClass>HelloEvents</mainClass>"), "the pom runs the README's HelloEvents");
        assertTrue(Files.exists(SOURCES.resolve("HelloEvents.java")));
    }

    /** The parts of a pom this test compares: its version, managed and declared dependencies, plugin versions; properties resolved. */
    private record Pom(String version, Map<String, String> managed, Map<String, String> dependencies, Map<String, String> plugins) {
        static Pom read(String xml) throws Exception {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(false);
            Element project = factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
            Map<String, String> properties = new TreeMap<>();
            Element props = child(project, "properties");
            if (props != null) {
                NodeList all = props.getChildNodes();
                for (int i = 0; i < all.getLength(); i++) {
                    if (all.item(i) instanceof Element e) {
                        properties.put(e.getTagName(), e.getTextContent().trim());
                    }
                }
            }
            String version = text(project, "version", properties);
            properties.put("project.version", version);
            Map<String, String> managed = new TreeMap<>();
            Map<String, String> dependencies = new TreeMap<>();
            Map<String, String> plugins = new TreeMap<>();
            NodeList deps = project.getElementsByTagName("dependency");
            for (int i = 0; i < deps.getLength(); i++) {
                Element d = (Element) deps.item(i);
                String key = text(d, "groupId", properties) + ":" + text(d, "artifactId", properties);
                boolean isManaged = "dependencies".equals(((Element) d.getParentNode()).getTagName())
                        && "dependencyManagement".equals(((Element) d.getParentNode().getParentNode()).getTagName());
                (isManaged ? managed : dependencies).put(key, text(d, "version", properties));
            }
            NodeList plugs = project.getElementsByTagName("plugin");
            for (int i = 0; i < plugs.getLength(); i++) {
                Element p = (Element) plugs.item(i);
                String v = text(p, "version", properties);
                if (!v.isEmpty()) {
                    plugins.put(text(p, "artifactId", properties), v);
                }
            }
            return new Pom(version, managed, dependencies, plugins);
        }

        private static Element child(Element parent, String name) {
            NodeList all = parent.getChildNodes();
            for (int i = 0; i < all.getLength(); i++) {
                if (all.item(i) instanceof Element e && e.getTagName().equals(name)) {
                    return e;
                }
            }
            return null;
        }

        private static String text(Element parent, String name, Map<String, String> properties) {
            Element e = child(parent, name);
            String value = e == null ? "" : e.getTextContent().trim();
            Matcher m = Pattern.compile("\\$\\{([^}]+)}").matcher(value);
            return m.matches() ? properties.getOrDefault(m.group(1), value) : value;
        }
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

            TourOfThePorts.moreOfWhatABotDoes(heychat);

            assertTrue(emulator.world().member(room, carol).isEmpty(), "the tour ends with carol kicked");
            assertEquals(2, emulator.world().messages(ChannelId.of("3377790315288076288")).size());
            assertEquals(List.of(), emulator.unexpectedErrors(), "the emulator failed");
        }
    }
}
