package io.github.heychat4j.testkit;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;

import java.net.URLConnection;
import java.util.Arrays;
import java.util.stream.Collectors;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * ArchUnit rules that keep a bot's own logic on heychat4j's ports, so that it stays testable with the
 * fake and runs unchanged over the HTTP adapter. Every rule fails when it finds no class to check (a
 * misspelt package must not pass).
 *
 * {@snippet :
 * JavaClasses bot = new ClassFileImporter().importPackages("com.example.bot");
 * BotArchitecture.domainUsesOnlyPorts("com.example.bot.domain").check(bot);
 * BotArchitecture.noHeychatInternals("com.example.bot").check(bot);
 * }
 *
 * With {@code archunit-junit5} the rules work as {@code @ArchTest} fields as well.
 */
public final class BotArchitecture {
    /** heychat4j's adapters: a bot's domain never names them; its wiring code does. */
    static final String[] ADAPTER_PACKAGES = {
            "io.github.heychat4j.http..", "io.github.heychat4j.fake..", "io.github.heychat4j.emulator..",
            "io.github.heychat4j.testkit.."};
    /** Wire-level libraries: JSON mappers and HTTP clients. */
    static final String[] WIRE_PACKAGES = {
            "tools.jackson..", "com.fasterxml.jackson..", "com.google.gson..", "com.alibaba.fastjson..",
            "com.alibaba.fastjson2..", "jakarta.json..", "javax.json..", "org.json..",
            "java.net.http..", "okhttp3..", "retrofit2..", "feign..", "org.apache.hc..", "org.apache.http..",
            "org.eclipse.jetty.client..", "io.netty..", "org.springframework.web.client..",
            "org.springframework.web.reactive.function.client.."};

    private BotArchitecture() {
    }

    /**
     * No class in the given packages (and below) depends on a heychat4j adapter (HTTP, fake, emulator,
     * testkit), a JSON library or an HTTP client. Such code talks to Heychat through
     * {@link io.github.heychat4j.domain.Heychat} and its ports only.
     *
     * @param domainPackages the bot's domain packages, e.g. {@code "com.example.bot.domain"}
     */
    public static ArchRule domainUsesOnlyPorts(String... domainPackages) {
        String[] packages = patterns(domainPackages);
        DescribedPredicate<JavaClass> forbidden = resideInAnyPackage(ADAPTER_PACKAGES)
                .or(resideInAnyPackage(WIRE_PACKAGES))
                .or(assignableTo(URLConnection.class))
                .and(DescribedPredicate.not(resideInAnyPackage(packages)))
                .as("heychat4j adapters (http, fake, emulator, testkit), JSON libraries or HTTP clients");
        return noClasses().that().resideInAnyPackage(packages)
                .should().dependOnClassesThat(forbidden)
                .as("the bot's domain " + list(packages) + " uses heychat4j's ports only")
                .because("then it runs unchanged on the HTTP adapter and is tested with the fake; "
                        + "choosing an adapter is the wiring code's job")
                .allowEmptyShould(false);
    }

    /**
     * No class in the given packages (and below) depends on one of heychat4j's {@code internal}
     * packages, which may change in any release.
     *
     * @param botPackages the bot's packages, e.g. {@code "com.example.bot"}
     */
    public static ArchRule noHeychatInternals(String... botPackages) {
        String[] packages = patterns(botPackages);
        return noClasses().that().resideInAnyPackage(packages)
                .should().dependOnClassesThat(resideInAnyPackage("io.github.heychat4j..internal..")
                        .and(DescribedPredicate.not(resideInAnyPackage(packages)))
                        .as("heychat4j's internal packages"))
                .as("the bot " + list(packages) + " uses no heychat4j internals")
                .because("internal packages are not API and change without notice")
                .allowEmptyShould(false);
    }

    /**
     * Both rules at once: the domain packages use ports only, and nothing in the bot's packages uses
     * heychat4j's internals.
     *
     * @param botPackage     the bot's root package
     * @param domainPackages its domain packages
     */
    public static ArchRule all(String botPackage, String... domainPackages) {
        return CompositeArchRule.of(noHeychatInternals(botPackage)).and(domainUsesOnlyPorts(domainPackages));
    }

    private static String[] patterns(String... packages) {
        if (packages == null || packages.length == 0) {
            throw new IllegalArgumentException("packages: name at least one package");
        }
        return Arrays.stream(packages).map(p -> {
            if (p == null || !p.matches("[\\p{L}_$][\\p{L}\\p{N}_$]*(\\.[\\p{L}_$][\\p{L}\\p{N}_$]*)*(\\.\\.)?")) {
                throw new IllegalArgumentException("packages: must be Java package names like com.example.bot, got "
                        + (p == null ? "null" : "\"" + p + "\""));
            }
            return p.endsWith("..") ? p : p + "..";
        }).toArray(String[]::new);
    }

    private static String list(String[] packages) {
        return Arrays.stream(packages).collect(Collectors.joining(", ", "[", "]"));
    }
}
