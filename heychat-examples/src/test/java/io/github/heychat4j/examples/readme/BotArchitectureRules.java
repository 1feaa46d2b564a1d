package io.github.heychat4j.examples.readme;

// The README's ArchUnit rules for a bot, verbatim with its imports (ReadmeSnippetsTest checks it).

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.github.heychat4j.testkit.BotArchitecture;

final class BotArchitectureRules {
    private BotArchitectureRules() {
    }

    static void botArchitecture() {
        JavaClasses bot = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.example.bot");
        BotArchitecture.all("com.example.bot", "com.example.bot.domain").check(bot);
    }
}
