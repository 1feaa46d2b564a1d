package io.github.heychat4j.testkit;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BotArchitectureTest {
    private static final String FIXTURES = "io.github.heychat4j.testkit.archfixture";
    private static final String COMPLIANT = FIXTURES + ".compliant";
    private static final String VIOLATING = FIXTURES + ".violating";
    private static final JavaClasses CLASSES = new ClassFileImporter().importPackages(FIXTURES);

    /** Each violation as "origin class -> target class", without line numbers, so the list is exact and stable. */
    private static Set<String> violations(ArchRule rule) {
        EvaluationResult result = rule.evaluate(CLASSES);
        Set<String> found = new TreeSet<>();
        result.handleViolations((Collection<Dependency> dependencies, String message) -> dependencies.forEach(d ->
                found.add(d.getOriginClass().getSimpleName() + " -> " + d.getTargetClass().getName())));
        assertEquals(!found.isEmpty(), result.hasViolation(), "every violation is a dependency");
        return found;
    }

    @Test
    void compliantBotCodePassesBothRules() {
        assertEquals(Set.of(), violations(BotArchitecture.domainUsesOnlyPorts(COMPLIANT)));
        assertEquals(Set.of(), violations(BotArchitecture.noHeychatInternals(COMPLIANT)));
        BotArchitecture.all(COMPLIANT, COMPLIANT).check(CLASSES);
    }

    @Test
    void domainCodeUsingAdaptersOrHttpClientsIsReportedExactly() {
        assertEquals(Set.of(
                        "LeakyModerator -> io.github.heychat4j.fake.FakeHeychat",
                        "LeakyModerator -> io.github.heychat4j.fake.FakeWorld",
                        "LeakyModerator -> io.github.heychat4j.testkit.HeychatAssertions",
                        "LeakyModerator -> io.github.heychat4j.testkit.internal.NameIndex",
                        "LeakyModerator -> java.net.HttpURLConnection"),
                violations(BotArchitecture.domainUsesOnlyPorts(VIOLATING)));
    }

    @Test
    void botCodeUsingHeychatInternalsIsReportedExactly() {
        assertEquals(Set.of("LeakyModerator -> io.github.heychat4j.testkit.internal.NameIndex"),
                violations(BotArchitecture.noHeychatInternals(VIOLATING)));
    }

    @Test
    void dependenciesInsideTheBotsOwnPackagesAreAllowed() {
        // Helper depends on LeakyModerator; the fixtures live below io.github.heychat4j.testkit, yet that is their own code.
        assertFalse(violations(BotArchitecture.domainUsesOnlyPorts(VIOLATING)).stream().anyMatch(v -> v.startsWith("Helper")));
    }

    @Test
    void theFailureMessageNamesTheRuleAndTheReason() {
        AssertionError failure = assertThrows(AssertionError.class,
                () -> BotArchitecture.domainUsesOnlyPorts(VIOLATING).check(CLASSES));

        assertTrue(failure.getMessage().contains("uses heychat4j's ports only"), failure.getMessage());
        assertTrue(failure.getMessage().contains("because then it runs unchanged on the HTTP adapter"), failure.getMessage());
        assertTrue(failure.getMessage().contains("FakeWorld"), failure.getMessage());
    }

    @Test
    void aRuleThatMatchesNoClassFails() {
        AssertionError domain = assertThrows(AssertionError.class,
                () -> BotArchitecture.domainUsesOnlyPorts("com.example.misspelt").check(CLASSES));
        AssertionError internals = assertThrows(AssertionError.class,
                () -> BotArchitecture.noHeychatInternals("com.example.misspelt").check(CLASSES));

        assertTrue(domain.getMessage().contains("failed to check any classes"), domain.getMessage());
        assertTrue(internals.getMessage().contains("failed to check any classes"), internals.getMessage());
    }

    @Test
    void packagesMustBeNamed() {
        assertThrows(IllegalArgumentException.class, BotArchitecture::domainUsesOnlyPorts);
        assertThrows(IllegalArgumentException.class, () -> BotArchitecture.domainUsesOnlyPorts("com.example..bot"));
        assertThrows(IllegalArgumentException.class, () -> BotArchitecture.noHeychatInternals((String) null));
        assertEquals(violations(BotArchitecture.domainUsesOnlyPorts(VIOLATING)),
                violations(BotArchitecture.domainUsesOnlyPorts(VIOLATING + "..")), "a trailing .. means the same");
    }
}
