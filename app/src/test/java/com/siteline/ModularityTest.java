package com.siteline;

import static org.assertj.core.api.Assertions.assertThat;

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

    @Test
    void writesTheModuleDocumentation() {
        new Documenter(modules).writeDocumentation();
        assertThat(Path.of("target/spring-modulith-docs/components.puml")).isNotEmptyFile();
    }
}
