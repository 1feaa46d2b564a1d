package io.github.heychat4j.examples;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.github.heychat4j.testkit.BotArchitecture;
import org.junit.jupiter.api.Test;

/** The example bots keep to heychat4j's ports, as the testkit's rules want of every bot. */
class ExamplesArchitectureTest {
    private static final String EXAMPLES = "io.github.heychat4j.examples";
    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(EXAMPLES);

    @Test
    void theBotsDomainCodeUsesOnlyPorts() {
        BotArchitecture.domainUsesOnlyPorts(EXAMPLES + ".moderation", EXAMPLES + ".voice", EXAMPLES + ".welcome", EXAMPLES + ".commands")
                .check(classes);
    }

    @Test
    void noExampleUsesHeychatInternals() {
        BotArchitecture.noHeychatInternals(EXAMPLES).check(classes);
    }
}
