package io.github.heychat4j.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The architecture table of {@code ARCHITECTURE.md}, checked on the main code of every module. */
class ArchitectureTest {
    private static final String ROOT = "io.github.heychat4j";
    private static final String DOMAIN = ROOT + ".domain";
    private static final String FAKE = ROOT + ".fake";
    private static final String HTTP = ROOT + ".http";
    private static final String TESTKIT = ROOT + ".testkit";
    private static final String TESTKIT_HTTP = TESTKIT + ".http";
    private static final String EMULATOR = ROOT + ".emulator";
    private static final String COMMANDS = ROOT + ".commands";

    private static JavaClasses main;

    @BeforeAll
    static void importMainCode() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);
    }

    @Test
    void theDomainDependsOnTheJdkOnly() {
        ArchitectureRules.dependOnlyOnJdkAnd(DOMAIN).check(main);
    }

    @Test
    void theFakeDependsOnTheDomainAndTheJdkOnly() {
        ArchitectureRules.dependOnlyOnJdkAnd(FAKE, DOMAIN).check(main);
    }

    @Test
    void theCommandRouterDependsOnTheDomainAndTheJdkOnly() {
        ArchitectureRules.dependOnlyOnJdkAnd(COMMANDS, DOMAIN).check(main);
    }

    @Test
    void theCommandRouterUsesNoDomainInternals() {
        ArchitectureRules.mustNotDependOn(COMMANDS, DOMAIN + ".internal", DOMAIN + ".event.internal").check(main);
    }

    @Test
    void theHttpAdapterDependsOnNoOtherAdapter() {
        ArchitectureRules.mustNotDependOn(HTTP, FAKE, TESTKIT, EMULATOR).check(main);   // TESTKIT covers TESTKIT_HTTP
    }

    @Test
    void theTestkitDependsNeitherOnHttpNorOnTheEmulator() {
        // testkit.http is the module built to join them; the testkit itself stays free of both
        ArchitectureRules.mustNotDependOnOutside(TESTKIT, TESTKIT_HTTP, HTTP, EMULATOR, TESTKIT_HTTP).check(main);
    }

    @Test
    void theTestkitOverHttpJoinsTheTestkitTheEmulatorAndTheHttpAdapterAndNothingElseOfOurs() {
        ArchitectureRules.dependOnlyOnJdkAnd(TESTKIT_HTTP, TESTKIT, EMULATOR, HTTP, DOMAIN, FAKE, "org.junit", "org.opentest4j")
                .check(main);
    }

    @Test
    void theTestkitOverHttpUsesNoInternalsOfTheAdaptersOrTheEmulator() {
        ArchitectureRules.mustNotDependOn(TESTKIT_HTTP, HTTP + ".internal", EMULATOR + ".internal", FAKE + ".internal",
                DOMAIN + ".internal", DOMAIN + ".event.internal").check(main);
    }

    @Test
    void theEmulatorDependsNeitherOnHttpNorOnTheTestkit() {
        ArchitectureRules.mustNotDependOn(EMULATOR, HTTP, TESTKIT).check(main);   // TESTKIT covers TESTKIT_HTTP
    }

    @Test
    void modulesAreFreeOfCycles() {
        ArchitectureRules.noCyclesBetweenSubpackagesOf(ROOT).check(main);
    }

    @Test
    void domainConceptsAreFreeOfCycles() {
        ArchitectureRules.noCyclesBetweenSubpackagesOf(DOMAIN).check(main);
    }

    @Test
    void onlyTheHeychatAggregateReachesFromTheKernelIntoTheConcepts() {
        ArchitectureRules.rootPackageOnlyAggregateDependsDownwards(DOMAIN, "Heychat").check(main);
    }

    @Test
    void adapterPackagesAreFreeOfCycles() {
        for (String adapter : new String[] {FAKE, HTTP, TESTKIT, TESTKIT_HTTP, EMULATOR, COMMANDS}) {
            ArchitectureRules.noCyclesBetweenSubpackagesOf(adapter).allowEmptyShould(true).check(main);
        }
    }

    @Test
    void noPublicTypeHasAVagueName() {
        ArchitectureRules.noVagueNames(ROOT).check(main);
    }
}
