package io.github.heychat4j.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Arrays;
import java.util.stream.Stream;

/**
 * heychat4j's architecture as ArchUnit rules, parameterised by package so that the same rule objects
 * are checked against the real code ({@link ArchitectureTest}) and against fixtures with deliberate
 * violations ({@link ArchitectureRulesTest}): a rule that silently matches nothing cannot pass.
 */
final class ArchitectureRules {
    private ArchitectureRules() {
    }

    /** Classes in {@code pkg} depend on nothing but the JDK ({@code java..}) and the packages allowed. */
    static ArchRule dependOnlyOnJdkAnd(String pkg, String... allowedPackages) {
        String[] allowed = Stream.concat(Stream.of("java..", pkg + ".."), Arrays.stream(allowedPackages).map(p -> p + ".."))
                .toArray(String[]::new);
        return classes().that().resideInAPackage(pkg + "..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(allowed)
                .because("the architecture table lets " + pkg + " use only the JDK and " + Arrays.toString(allowedPackages));
    }

    /** No class in {@code pkg} depends on any of the forbidden packages. */
    static ArchRule mustNotDependOn(String pkg, String... forbiddenPackages) {
        return noClasses().that().resideInAPackage(pkg + "..")
                .should().dependOnClassesThat().resideInAnyPackage(Arrays.stream(forbiddenPackages).map(p -> p + "..").toArray(String[]::new))
                .because("an adapter never depends on another adapter (architecture table)");
    }

    /**
     * No class in {@code pkg}, except those in its sub-package {@code except}, depends on any of the forbidden
     * packages: for a module whose package holds another module's (the testkit holds {@code testkit.http}).
     */
    static ArchRule mustNotDependOnOutside(String pkg, String except, String... forbiddenPackages) {
        return noClasses().that().resideInAPackage(pkg + "..").and().resideOutsideOfPackage(except + "..")
                .should().dependOnClassesThat().resideInAnyPackage(Arrays.stream(forbiddenPackages).map(p -> p + "..").toArray(String[]::new))
                .because("a module depends only on what the architecture table allows it");
    }

    /**
     * Classes under {@code root} use the {@code framework} package only from the packages {@code allowed} (and the
     * framework's own): Spring and Micrometer stay in their integration modules.
     */
    static ArchRule frameworkOnlyIn(String root, String framework, String... allowed) {
        String[] outside = Stream.concat(Stream.of(framework + ".."), Arrays.stream(allowed).map(p -> p + ".."))
                .toArray(String[]::new);
        return noClasses().that().resideInAPackage(root + "..").and().resideOutsideOfPackages(outside)
                .should().dependOnClassesThat().resideInAPackage(framework + "..")
                .because(framework + " belongs to the modules made for it " + Arrays.toString(allowed)
                        + "; the domain, the adapters and the testkit stay free of it");
    }

    /** Only classes in {@code owner} use the libraries under {@code libraryPackages}. */
    static ArchRule onlyInsideUse(String owner, String... libraryPackages) {
        return noClasses().that().resideOutsideOfPackage(owner + "..")
                .should().dependOnClassesThat().resideInAnyPackage(Arrays.stream(libraryPackages).map(p -> p + "..").toArray(String[]::new))
                .because("one module owns each infrastructure library, and its types stay inside that module");
    }

    /** The sub-packages directly below {@code pkg} are free of cycles between each other. */
    static ArchRule noCyclesBetweenSubpackagesOf(String pkg) {
        return slices().matching(pkg + ".(*)..").should().beFreeOfCycles()
                .because("cycles between packages make them impossible to understand or change alone");
    }

    /**
     * In the root package {@code pkg}, only {@code allowedTypeSimpleName} may depend on its sub-packages.
     * The root package is the shared kernel (ids, pages, errors) that every sub-package uses, plus the
     * aggregate that hands out the sub-packages' ports; anything else depending downwards would be a
     * cycle.
     */
    static ArchRule rootPackageOnlyAggregateDependsDownwards(String pkg, String allowedTypeSimpleName) {
        return noClasses().that().resideInAPackage(pkg).and().doNotHaveSimpleName(allowedTypeSimpleName)
                .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage(pkg + ".*..")
                        .and(JavaClass.Predicates.resideOutsideOfPackage(pkg + ".internal..")))
                .because("the kernel must not depend on the concepts built on it");
    }

    /** No public type named like a bag of unrelated code. */
    static ArchRule noVagueNames(String pkg) {
        return noClasses().that().resideInAPackage(pkg + "..").and().arePublic()
                .should().haveSimpleNameEndingWith("Impl")
                .orShould().haveSimpleNameEndingWith("Utils")
                .orShould().haveSimpleNameEndingWith("Helper")
                .orShould().haveSimpleNameEndingWith("Manager")
                .because("a public name says what the type is (STYLE.md)");
    }
}
