package com.siteline.audit.ui;

import com.siteline.audit.AuditChange;
import com.siteline.audit.AuditRecord;
import com.siteline.base.ui.Formats;
import com.vaadin.flow.component.Component;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/** An audit entry in words a person reads: field labels, values of enums in the user's language, times in their zone. */
final class AuditTexts {

    /** The bundle prefix of each enum's values, by the enum's simple name (as the audit stores the kind). */
    private static final Map<String, String> ENUM_LABELS = Map.ofEntries(
            Map.entry("Role", "role."),
            Map.entry("IssueStatus", "issue.status."),
            Map.entry("Urgency", "issue.urgency."),
            Map.entry("IssueType", "issue.type."),
            Map.entry("Channel", "channel."),
            Map.entry("CustomerTier", "customer.tier."),
            Map.entry("CustomerType", "customer.type."),
            Map.entry("Revealed", "audit.value.revealed."),
            Map.entry("Verdict", "issue.verdict."),
            Map.entry("CalendarDay$Kind", "calendars.kind."),
            Map.entry("RecordGrants$Kind", "access.kind."),
            Map.entry("AccessStatus", "access.status."),
            Map.entry("PluginState", "plugins.state."));

    private AuditTexts() {}

    static String field(Component ui, String recordType, String field) {
        int slash = field.indexOf('/');
        if (slash > 0) {
            // a key of a JSON document: "answers/<form id>/<key>"
            String[] parts = field.split("/", 3);
            String label = ui.getTranslation("audit.field." + recordType + "." + parts[0]);
            return label + " " + (parts.length > 1 ? parts[1] : "") + (parts.length > 2 ? " · " + parts[2] : "");
        }
        return ui.getTranslation("audit.field." + recordType + "." + field);
    }

    static String value(Component ui, AuditChange change, String value) {
        if (AuditChange.SECRET.equals(change.kind())) {
            return ui.getTranslation("audit.value.secret");
        }
        if (value == null) {
            return ui.getTranslation("audit.value.empty");
        }
        if (AuditChange.BOOL.equals(change.kind())) {
            return ui.getTranslation("audit.value." + value);
        }
        if (AuditChange.INSTANT.equals(change.kind())) {
            try {
                return Formats.minute(Instant.parse(value));
            } catch (RuntimeException e) {
                return value;
            }
        }
        String prefix = change.kind() == null ? null : ENUM_LABELS.get(change.kind());
        if (prefix != null) {
            return Arrays.stream(value.split(", "))
                    .map(v -> ui.getTranslation(prefix + v))
                    .collect(Collectors.joining("、"));
        }
        return value;
    }

    static String change(Component ui, String recordType, AuditChange change) {
        String label = field(ui, recordType, change.field());
        if (AuditChange.SECRET.equals(change.kind())) {
            return label + ": " + ui.getTranslation("audit.value.secret");
        }
        return label + ": " + value(ui, change, change.before()) + " → " + value(ui, change, change.after());
    }

    static String changes(Component ui, AuditRecord record) {
        return record.changes().stream()
                .map(c -> change(ui, record.recordType(), c))
                .collect(Collectors.joining("；"));
    }

    static String action(Component ui, AuditRecord record) {
        return ui.getTranslation("audit.action." + record.action().name());
    }

    static String type(Component ui, String recordType) {
        return ui.getTranslation("audit.type." + recordType);
    }
}
