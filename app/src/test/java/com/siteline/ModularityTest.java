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

    /** Read once for all the checks (JUnit makes an instance per test; the modules do not change between them). */
    private static final ApplicationModules modules = ApplicationModules.of(
            SitelineApplication.class,
            // the SMS plugin's test SMSC (its test jar, on the test class path for the outbox's tests) is no module
            com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage("com.siteline.channel.."));

    private static final JavaClasses APPLICATION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.siteline");

    @Test
    void modulesOnlyUseEachOthersPublicApiAndHaveNoCycles() {
        modules.verify();
        assertThat(modules.stream().map(ApplicationModule::getName))
                .contains("base", "organization", "security", "shell", "plugin", "admin", "issue", "project", "report");
    }

    /** Services, entities and configuration never reach into screens: UI code depends on them, never the reverse. */
    @Test
    void noClassOutsideAUiPackageUsesAUiPackage() {
        ArchRule rule = ArchRuleDefinition.noClasses()
                .that()
                .resideOutsideOfPackage("..ui..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.siteline..ui..")
                .because("the UI builds on services; services, entities and configuration know no screen");
        rule.check(APPLICATION);
    }

    /**
     * The portal acts as the customer (CustomerActor), never as a named user or the system: outside its demo data no
     * class of the portal may use RunAs, which carries staff and administrator roles.
     */
    @Test
    void thePortalNeverActsAsStaffOrTheSystem() {
        ArchRule rule = ArchRuleDefinition.noClasses()
                .that()
                .resideInAPackage("com.siteline.portal..")
                .and()
                .haveSimpleNameNotStartingWith("Demo")
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("com.siteline.organization.RunAs")
                .because("a portal path holds the customer's authority alone");
        rule.check(APPLICATION);
    }

    @Test
    void writesTheModuleDocumentation() {
        new Documenter(modules).writeDocumentation();
        assertThat(Path.of("target/spring-modulith-docs/components.puml")).isNotEmptyFile();
    }

    /**
     * The "depends on" column of docs/architecture.md's module table is what Spring Modulith finds in the code, so
     * it cannot drift. When a change adds or removes a dependency, regenerate the column with
     * {@code ./siteline test -pl app -Dtest=ModularityTest -DskipITs -Dsiteline.docs.write=true} and review the diff.
     */
    @Test
    void theArchitectureTableNamesEachModulesDependenciesAsTheCodeHasThem() throws java.io.IOException {
        Path doc = Path.of("../docs/architecture.md");
        java.util.List<String> lines = new java.util.ArrayList<>(java.nio.file.Files.readAllLines(doc));
        java.util.regex.Pattern row =
                java.util.regex.Pattern.compile("^\\| `([a-z]+)`( \\(open\\))? \\|(.*)\\| ([^|]*) \\|$");
        java.util.Map<String, String> drift = new java.util.TreeMap<>();
        java.util.Set<String> listed = new java.util.TreeSet<>();
        for (int i = 0; i < lines.size(); i++) {
            java.util.regex.Matcher m = row.matcher(lines.get(i));
            if (!m.matches()) {
                continue;
            }
            String name = m.group(1);
            listed.add(name);
            ApplicationModule module = modules.getModuleByName(name)
                    .orElseThrow(() ->
                            new AssertionError("docs/architecture.md lists a module the code does not have: " + name));
            String actual = module.getDirectDependencies(modules)
                    .uniqueModules()
                    .map(ApplicationModule::getName)
                    .filter(other -> !other.equals(name))
                    .sorted()
                    .collect(java.util.stream.Collectors.joining(", "));
            String expected = actual.isEmpty() ? "—" : actual;
            String written = java.util.Arrays.stream(m.group(4).split(","))
                    .map(String::strip)
                    .sorted()
                    .collect(java.util.stream.Collectors.joining(", "));
            if (!written.equals(expected)) {
                drift.put(name, "documented " + m.group(4).strip() + ", the code: " + expected);
                lines.set(
                        i,
                        "| `" + name + "`" + (m.group(2) == null ? "" : m.group(2)) + " |" + m.group(3) + "| "
                                + expected + " |");
            }
        }
        if (Boolean.getBoolean("siteline.docs.write") && !drift.isEmpty()) {
            java.nio.file.Files.write(doc, lines);
            drift.clear();
        }
        assertThat(drift)
                .as("docs/architecture.md's module dependencies; regenerate with"
                        + " ./siteline test -pl app -Dtest=ModularityTest -DskipITs -Dsiteline.docs.write=true")
                .isEmpty();
        assertThat(listed)
                .as("every module has its row")
                .containsAll(modules.stream().map(ApplicationModule::getName).toList());
    }
}
