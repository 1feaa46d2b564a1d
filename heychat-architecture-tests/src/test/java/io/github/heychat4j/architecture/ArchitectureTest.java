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
    private static final String MICROMETER = ROOT + ".micrometer";
    private static final String STARTER = ROOT + ".spring.boot";
    private static final String SLICE = ROOT + ".spring.boot.test";
    private static final String EXAMPLES_SPRING = ROOT + ".examples.spring";
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
        ArchitectureRules.mustNotDependOn(HTTP, FAKE, TESTKIT, EMULATOR, REDIS).check(main);   // TESTKIT covers TESTKIT_HTTP
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
    void springIsUsedOnlyByTheStarterTheTestSliceAndTheSpringExample() {
        ArchitectureRules.frameworkOnlyIn(ROOT, "org.springframework", STARTER, EXAMPLES_SPRING).check(main);
    }

    @Test
    void micrometerIsUsedOnlyByTheBinderTheStarterAndTheSpringExample() {
        ArchitectureRules.frameworkOnlyIn(ROOT, "io.micrometer", MICROMETER, STARTER, EXAMPLES_SPRING).check(main);
    }

    @Test
    void theBinderDependsOnTheHttpAdapterTheDomainAndMicrometerOnly() {
        ArchitectureRules.dependOnlyOnJdkAnd(MICROMETER, HTTP, DOMAIN, "io.micrometer").check(main);
    }

    @Test
    void theStarterCarriesNoTestMachinery() {
        // the starter is the one package io.github.heychat4j.spring.boot; the slice below it is test support
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses().that().resideInAPackage(STARTER)
                .should().dependOnClassesThat().resideInAnyPackage(FAKE + "..", TESTKIT + "..", EMULATOR + "..", SLICE + "..")
                .because("production wiring carries no test machinery (architecture table)")
                .check(main);
    }

    @Test
    void theTestSliceUsesTheStarterTheTestkitAndTheEmulatorButNotTheAdaptersInternals() {
        ArchitectureRules.mustNotDependOn(SLICE, HTTP + ".internal", FAKE + ".internal", DOMAIN + ".internal").check(main);
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
        for (String adapter : new String[] {FAKE, HTTP, TESTKIT, TESTKIT_HTTP, EMULATOR, COMMANDS, MICROMETER, STARTER, REDIS}) {
            ArchitectureRules.noCyclesBetweenSubpackagesOf(adapter).allowEmptyShould(true).check(main);
        }
    }

    @Test
    void noPublicTypeHasAVagueName() {
        ArchitectureRules.noVagueNames(ROOT).check(main);
    }
}
