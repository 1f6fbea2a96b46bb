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

    static String field(Component ui, AuditRecord record, String field) {
        String recordType = record.recordType();
        int slash = field.indexOf('/');
        if (slash > 0) {
            // a key of a JSON document: "answers/<form id>/<key>", "results/<checklist id>/<line id>", by their labels
            String[] parts = field.split("/", 3);
            String kind = parts[0].equals("answers") ? "form" : parts[0].equals("results") ? "checklist" : "";
            String label = ui.getTranslation("audit.field." + recordType + "." + parts[0]);
            String document = parts.length > 1 ? term(ui, record, kind, parts[1]) : "";
            String key = parts.length > 2 ? " · " + term(ui, record, kind, parts[1] + "/" + parts[2]) : "";
            return label + " " + document + key;
        }
        return ui.getTranslation("audit.field." + recordType + "." + field);
    }

    /** A form's, field's, checklist's, line's or stage's label in the reader's language, else its id. */
    private static String term(Component ui, AuditRecord record, String kind, String id) {
        com.siteline.sdk.LocalizedText text = record.terms().get(kind + ":" + id);
        if (text == null) {
            int slash = id.indexOf('/');
            return slash < 0 ? id : id.substring(slash + 1);
        }
        return text.get(locale());
    }

    private static java.util.Locale locale() {
        com.vaadin.flow.component.UI current = com.vaadin.flow.component.UI.getCurrent();
        return current == null ? java.util.Locale.SIMPLIFIED_CHINESE : current.getLocale();
    }

    // who acted, as people say it: a user's name, the customer by name for the portal, the system for the timers
    static String who(Component ui, AuditRecord record) {
        if (record.bySystem()) {
            return ui.getTranslation("audit.actor.system");
        }
        if (record.byCustomer()) {
            return ui.getTranslation(
                    "audit.actor.customer", record.actorName() == null ? record.actor() : record.actorName());
        }
        return record.actorName() == null ? record.actor() : record.actorName();
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

    static String change(Component ui, AuditRecord record, AuditChange change) {
        String label = field(ui, record, change.field());
        if (AuditChange.SECRET.equals(change.kind())) {
            return label + ": " + ui.getTranslation("audit.value.secret");
        }
        return label + ": " + shown(ui, record, change, change.before()) + " → "
                + shown(ui, record, change, change.after());
    }

    /** A value, a stage's id by the stage's name. */
    private static String shown(Component ui, AuditRecord record, AuditChange change, String value) {
        if (value != null && record.terms().containsKey("stage:" + value)) {
            return record.terms().get("stage:" + value).get(locale());
        }
        return value(ui, change, value);
    }

    static String changes(Component ui, AuditRecord record) {
        return record.changes().stream().map(c -> change(ui, record, c)).collect(Collectors.joining("；"));
    }

    static String action(Component ui, AuditRecord record) {
        return ui.getTranslation("audit.action." + record.action().name());
    }

    static String type(Component ui, String recordType) {
        return ui.getTranslation("audit.type." + recordType);
    }
}
