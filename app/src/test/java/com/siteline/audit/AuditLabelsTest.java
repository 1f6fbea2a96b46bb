package com.siteline.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.siteline.audit.internal.AuditedTypes;
import com.siteline.base.SitelineI18NProvider;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every audited field and record type reads as words in both languages, never as a column name. */
class AuditLabelsTest {

    private static final List<String> ENTITIES = List.of(
            "Customer",
            "Project",
            "ProjectForm",
            "ProjectChecklist",
            "ProjectSignOff",
            "ProjectStageEvent",
            "ProjectAttachment",
            "CustomerIssue",
            "Communication",
            "CommunicationAttachment",
            "ResponseRuleRow",
            "BusinessHoursRow",
            "CalendarDayRow",
            "BusinessUnit",
            "Team",
            "AccessRequest",
            "AppUser");

    @Test
    void everyAuditedFieldHasALabelInBothLanguages() {
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            ResourceBundle bundle = SitelineI18NProvider.bundle(locale);
            for (String entity : ENTITIES) {
                AuditedTypes.Spec spec = AuditedTypes.of(entity).orElseThrow(() -> new AssertionError(entity));
                assertThat(AuditedTypes.RECORD_TYPES).contains(spec.recordType());
                for (Set<String> fields : List.of(spec.fields(), spec.json())) {
                    for (String field : fields) {
                        assertThat(bundle.containsKey("audit.field." + spec.recordType() + "." + field))
                                .as(locale + " audit.field." + spec.recordType() + "." + field)
                                .isTrue();
                    }
                }
                for (String secret : spec.secrets()) {
                    assertThat(bundle.containsKey(
                                    "audit.field." + spec.recordType() + "." + AuditedTypes.secretField(secret)))
                            .as(locale + " " + secret)
                            .isTrue();
                }
            }
            for (String type : AuditedTypes.RECORD_TYPES) {
                assertThat(bundle.containsKey("audit.type." + type))
                        .as(locale + " audit.type." + type)
                        .isTrue();
            }
            for (AuditAction action : AuditAction.values()) {
                assertThat(bundle.containsKey("audit.action." + action.name())).isTrue();
            }
        }
    }

    @Test
    void secretsAreNeverAmongTheRecordedValues() {
        AuditedTypes.Spec user = AuditedTypes.of("AppUser").orElseThrow();
        assertThat(user.secrets()).containsExactly("passwordHash");
        assertThat(user.fields()).doesNotContain("passwordHash");
        assertThat(AuditedTypes.of("NotificationRow")).isEmpty();
    }
}
