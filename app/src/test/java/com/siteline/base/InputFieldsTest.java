package com.siteline.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.siteline.base.ui.FormDialog;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A refusal names its field by a type: an enum implementing {@link InputField}. Where that enum belongs to an input
 * record, each constant must name one of the record's components, so a form that binds the constant binds the
 * component the service reads; a form that writes the record through a {@link FormDialog} binds every component.
 */
class InputFieldsTest {

    private static final JavaClasses APPLICATION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.siteline");

    @Test
    void everyInputFieldIsAnEnumAndEachFieldOfARecordNamesOneOfItsComponents() {
        List<String> wrong = new ArrayList<>();
        int fields = 0;
        for (JavaClass type : APPLICATION) {
            if (!type.isAssignableTo(InputField.class) || type.isInterface()) {
                continue;
            }
            fields++;
            if (!type.isEnum()) {
                wrong.add(type.getName() + " is not an enum");
                continue;
            }
            Class<?> enclosing = type.reflect().getEnclosingClass();
            if (enclosing != null && enclosing.isRecord()) {
                Set<String> components = Arrays.stream(enclosing.getRecordComponents())
                        .map(RecordComponent::getName)
                        .collect(Collectors.toSet());
                for (Object constant : type.reflect().getEnumConstants()) {
                    String property = FormDialog.property((InputField) constant);
                    if (!components.contains(property)) {
                        wrong.add(type.getName() + "." + constant + " names no component of " + enclosing.getName()
                                + " (looked for " + property + ")");
                    }
                }
            }
        }
        assertThat(fields).as("input field types found").isGreaterThanOrEqualTo(10);
        assertThat(wrong).isEmpty();
    }

    /** Screens find where a problem belongs by its typed field, never by matching its message key. */
    @Test
    void noScreenMatchesMessageKeysToFindAField() throws java.io.IOException {
        List<String> offenders = new ArrayList<>();
        try (var sources = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/java"))) {
            for (java.nio.file.Path source : sources.filter(
                            p -> p.toString().contains("/ui/") && p.toString().endsWith(".java"))
                    .toList()) {
                String text = java.nio.file.Files.readString(source);
                if (text.contains("problems().contains(")
                        || text.contains("problems().stream().anyMatch(")
                        || text.matches("(?s).*case \"[a-z0-9-]+\\.error\\..*")) {
                    offenders.add(source.toString());
                }
            }
        }
        assertThat(offenders).isEmpty();
    }

    @Test
    void aFieldNamesItsRecordComponentInCamelCase() {
        assertThat(FormDialog.property(com.siteline.job.JobStep.Field.WORK_DONE))
                .isEqualTo("workDone");
        assertThat(FormDialog.property(com.siteline.job.JobStep.Field.QUOTE_ACCEPTED))
                .isEqualTo("quoteAccepted");
        assertThat(FormDialog.property(com.siteline.customer.CustomerDraft.Field.PHONE2))
                .isEqualTo("phone2");
    }

    private enum Sample implements InputField {
        NAME,
        PHONE
    }

    @Test
    void aRefusalKeepsEachProblemOnItsFieldOnceAndInOrder() {
        InputProblems problems = new InputProblems()
                .add(Sample.NAME, "x.error.name")
                .add("x.error.whole")
                .add(Sample.NAME, "x.error.name")
                .maxLength(Sample.PHONE, "1234", 3, "x.error.phone-length")
                .maxLength(Sample.PHONE, "123", 3, "x.error.never");
        assertThatThrownBy(problems::refuseIfAny).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.problems()).containsExactly("x.error.name", "x.error.whole", "x.error.phone-length");
            assertThat(e.on(Sample.NAME)).contains("x.error.name");
            assertThat(e.on(Sample.PHONE)).contains("x.error.phone-length");
            assertThat(e.named().get(1).field()).isNull();
            assertThat(e.messageKey()).isEqualTo("x.error.name");
        });
        new InputProblems().refuseIfAny();
    }
}
