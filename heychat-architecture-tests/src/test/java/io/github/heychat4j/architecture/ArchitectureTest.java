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
    private static final String EMULATOR = ROOT + ".emulator";
    private static final String COMMANDS = ROOT + ".commands";
    private static final String REDIS = ROOT + ".redis";

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
        ArchitectureRules.mustNotDependOn(HTTP, FAKE, TESTKIT, EMULATOR, REDIS).check(main);
    }

    @Test
    void theRedisModuleBuildsOnTheHttpAdapterAndTheDomainOnly() {
        ArchitectureRules.mustNotDependOn(REDIS, FAKE, TESTKIT, EMULATOR, COMMANDS).check(main);
    }

    @Test
    void noOtherModuleDependsOnTheRedisModule() {
        ArchitectureRules.mustNotDependOn(DOMAIN, REDIS).check(main);
        ArchitectureRules.mustNotDependOn(FAKE, REDIS).check(main);
        ArchitectureRules.mustNotDependOn(COMMANDS, REDIS).check(main);
        ArchitectureRules.mustNotDependOn(TESTKIT, REDIS).check(main);
        ArchitectureRules.mustNotDependOn(EMULATOR, REDIS).check(main);
    }

    @Test
    void redisTypesAppearInTheRedisModuleOnly() {
        ArchitectureRules.onlyInsideUse(REDIS, "io.lettuce", "io.github.bucket4j").check(main);
    }

    @Test
    void theTestkitDependsNeitherOnHttpNorOnTheEmulator() {
        ArchitectureRules.mustNotDependOn(TESTKIT, HTTP, EMULATOR).check(main);
    }

    @Test
    void theEmulatorDependsNeitherOnHttpNorOnTheTestkit() {
        ArchitectureRules.mustNotDependOn(EMULATOR, HTTP, TESTKIT).check(main);
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
        for (String adapter : new String[] {FAKE, HTTP, TESTKIT, EMULATOR, COMMANDS, REDIS}) {
            ArchitectureRules.noCyclesBetweenSubpackagesOf(adapter).allowEmptyShould(true).check(main);
        }
    }

    @Test
    void noPublicTypeHasAVagueName() {
        ArchitectureRules.noVagueNames(ROOT).check(main);
    }
}
