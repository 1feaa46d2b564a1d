package io.github.heychat4j.testkit.example;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import io.github.heychat4j.testkit.BotArchitecture;
import org.junit.jupiter.api.Test;

/** The example bot keeps to the ports, as the kit's rules want of every bot. */
class ExampleArchitectureTest {
    private static final String BOT = "io.github.heychat4j.testkit.example.moderation";
    private final JavaClasses classes = new ClassFileImporter().importPackages(BOT);

    @Test
    void theModeratorUsesOnlyPorts() {
        BotArchitecture.domainUsesOnlyPorts(BOT).check(classes);
    }

    @Test
    void theModeratorUsesNoHeychatInternals() {
        BotArchitecture.noHeychatInternals(BOT).check(classes);
    }
}
