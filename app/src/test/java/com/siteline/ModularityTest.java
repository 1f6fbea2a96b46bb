package com.siteline;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(SitelineApplication.class);

    @Test
    void modulesOnlyUseEachOthersPublicApiAndHaveNoCycles() {
        modules.verify();
        assertThat(modules.stream().map(ApplicationModule::getName))
                .contains("base", "organization", "security", "shell", "plugin", "admin", "issue", "project", "report");
    }

    /** Services, entities and configuration never reach into screens: UI code depends on them, never the reverse. */
    @Test
    void noClassOutsideAUiPackageUsesAUiPackage() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.siteline");
        ArchRule rule = ArchRuleDefinition.noClasses().that().resideOutsideOfPackage("..ui..")
                .should().dependOnClassesThat().resideInAPackage("com.siteline..ui..")
                .because("the UI builds on services; services, entities and configuration know no screen");
        rule.check(classes);
    }

    @Test
    void writesTheModuleDocumentation() {
        new Documenter(modules).writeDocumentation();
        assertThat(Path.of("target/spring-modulith-docs/components.puml")).isNotEmptyFile();
    }
}
