package io.github.heychat4j.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The rules themselves, checked on fixtures with deliberate violations. */
class ArchitectureRulesTest {
    private static final String FIXTURES = "io.github.heychat4j.archfixtures";
    private static JavaClasses fixtures;

    @BeforeAll
    static void importFixtures() {
        fixtures = new ClassFileImporter().importPackages(FIXTURES);
    }

    private static List<String> violations(ArchRule rule) {
        EvaluationResult result = rule.evaluate(fixtures);
        return result.getFailureReport().getDetails();
    }

    @Test
    void aDomainUsingAnAdapterIsReportedWithTheOffendingClass() {
        List<String> details = violations(ArchitectureRules.dependOnlyOnJdkAnd(FIXTURES + ".domain"));
        assertFalse(details.isEmpty());
        assertTrue(details.stream().allMatch(d -> d.contains("LeakyValue") && d.contains("FirstAdapter")), details.toString());
    }

    @Test
    void aSubPackageLeftOutIsNotCheckedButTheRestIs() {
        List<String> details = violations(ArchitectureRules.mustNotDependOnOutside(FIXTURES, FIXTURES + ".adapter", FIXTURES + ".adapter"));
        assertFalse(details.isEmpty());
        assertTrue(details.stream().allMatch(d -> d.contains("LeakyValue")), "only the domain's class is reported: " + details);
        assertTrue(violations(ArchitectureRules.mustNotDependOnOutside(FIXTURES + ".adapter", FIXTURES + ".adapter.one",
                FIXTURES + ".adapter.two")).isEmpty(), "the one class that breaks it is left out");
        assertFalse(violations(ArchitectureRules.mustNotDependOnOutside(FIXTURES + ".adapter", FIXTURES + ".adapter.two",
                FIXTURES + ".adapter.two")).isEmpty());
    }

    @Test
    void aDomainUsingOnlyTheJdkPasses() {
        assertTrue(violations(ArchitectureRules.dependOnlyOnJdkAnd(FIXTURES + ".domain", FIXTURES + ".adapter")).isEmpty());
    }

    @Test
    void anAdapterUsingAnotherAdapterIsReported() {
        List<String> details = violations(ArchitectureRules.mustNotDependOn(FIXTURES + ".adapter.one", FIXTURES + ".adapter.two"));
        assertFalse(details.isEmpty());
        assertTrue(details.stream().allMatch(d -> d.contains("FirstAdapter") && d.contains("SecondAdapter")), details.toString());
        assertTrue(violations(ArchitectureRules.mustNotDependOn(FIXTURES + ".adapter.two", FIXTURES + ".adapter.one")).isEmpty());
    }

    @Test
    void aLibraryUsedOutsideItsOwnerIsReported() {
        List<String> details = violations(ArchitectureRules.onlyInsideUse(FIXTURES + ".cycle", FIXTURES + ".adapter.two"));
        assertFalse(details.isEmpty());
        assertTrue(details.stream().allMatch(d -> d.contains("FirstAdapter") && d.contains("SecondAdapter")), details.toString());
        assertTrue(violations(ArchitectureRules.onlyInsideUse(FIXTURES + ".adapter", FIXTURES + ".adapter.two")).isEmpty());
    }

    @Test
    void aPackageCycleIsReported() {
        List<String> details = violations(ArchitectureRules.noCyclesBetweenSubpackagesOf(FIXTURES + ".cycle"));
        assertEquals(1, details.size(), details.toString());
        assertTrue(details.get(0).contains("Alpha") && details.get(0).contains("Beta"), details.get(0));
    }

    @Test
    void vaguePublicNamesAreReportedButPackagePrivateOnesAreNot() {
        List<String> details = violations(ArchitectureRules.noVagueNames(FIXTURES + ".naming"));
        assertEquals(2, details.size(), details.toString());
        assertTrue(details.stream().anyMatch(d -> d.contains("RoomServiceImpl")));
        assertTrue(details.stream().anyMatch(d -> d.contains("StringUtils")));
    }

    @Test
    void onlyTheAggregateMayReachFromTheKernelIntoSubpackages() {
        List<String> details = violations(ArchitectureRules.rootPackageOnlyAggregateDependsDownwards(FIXTURES + ".rootleak", "Aggregate"));
        assertFalse(details.isEmpty());
        assertTrue(details.stream().allMatch(d -> d.contains("Kernel")), details.toString());
    }

    @Test
    void aFrameworkUsedOutsideItsIntegrationModuleIsReported() {
        List<String> details = violations(ArchitectureRules.frameworkOnlyIn(FIXTURES + ".framework",
                FIXTURES + ".framework.lib", FIXTURES + ".framework.inside"));
        assertFalse(details.isEmpty());
        assertTrue(details.stream().allMatch(d -> d.contains("Leak") && !d.contains("Integration")), details.toString());
        assertTrue(violations(ArchitectureRules.frameworkOnlyIn(FIXTURES + ".framework", FIXTURES + ".framework.lib",
                FIXTURES + ".framework.inside", FIXTURES + ".framework.outside").allowEmptyShould(true)).isEmpty(),
                "allowing the leaking package too leaves nothing to report");
    }

    @Test
    void aRuleOverAPackageThatDoesNotExistFailsInsteadOfPassing() {
        ArchRule rule = ArchitectureRules.dependOnlyOnJdkAnd("io.github.heychat4j.nosuchpackage");
        assertThrows(AssertionError.class, () -> rule.check(fixtures));
    }
}
