package com.siteline.audit.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What is audited, in one place: per entity (by its class's simple name) the record type it belongs to, where
 * that record's id comes from (the entity's own id, or a parent's id for the records of a project or a log
 * entry), the field that names the record, and the fields whose changes are kept. A field not listed is not
 * recorded (bookkeeping such as versions, ranks and timer fields); a secret field is recorded only as "changed".
 * Each field's label is the bundle key {@code audit.field.<recordType>.<field>}.
 */
public final class AuditedTypes {

    /** Record types, as the audit log's filter offers them. */
    public static final List<String> RECORD_TYPES = List.of(
            "customer",
            "project",
            "issue",
            "log",
            "rule",
            "calendar",
            "unit",
            "team",
            "user",
            "plugin",
            "access",
            "document",
            "kpi",
            "schedule",
            "survey-template",
            "channel");

    /**
     * @param recordType   the record the change belongs to
     * @param parentId     the property (or id component) holding the record's id; null for the entity's own id
     * @param label        the property naming the record; null when it has none
     * @param fields       the properties recorded
     * @param secrets      properties recorded as "changed" without values
     * @param json         properties holding a JSON object, recorded per key
     */
    public record Spec(
            String recordType,
            String parentId,
            String label,
            Set<String> fields,
            Set<String> secrets,
            Set<String> json) {

        public boolean records(String property) {
            return fields.contains(property) || secrets.contains(property) || json.contains(property);
        }
    }

    private static final Map<String, Spec> BY_ENTITY = Map.ofEntries(
            Map.entry(
                    "Customer",
                    spec(
                            "customer",
                            null,
                            "name",
                            "name",
                            "phone",
                            "phone2",
                            "wechatId",
                            "email",
                            "address",
                            "tier",
                            "tags",
                            "preferredChannel",
                            "specialRequirements",
                            "notes")),
            Map.entry(
                    "Project",
                    spec(
                            "project",
                            null,
                            "name",
                            "name",
                            "customerName",
                            "address",
                            "currentStageId",
                            "completedAt",
                            "projectManager",
                            "designer",
                            "agent",
                            "contractValue",
                            "plannedStart",
                            "plannedEnd",
                            "actualStart",
                            "actualEnd")),
            Map.entry(
                    "ProjectForm",
                    new Spec("project", "projectId", "formId", Set.of("formVersion"), Set.of(), Set.of("answers"))),
            Map.entry(
                    "ProjectChecklist",
                    new Spec(
                            "project",
                            "projectId",
                            "checklistId",
                            Set.of("checklistVersion"),
                            Set.of(),
                            Set.of("results"))),
            Map.entry("ProjectSignOff", spec("project", "projectId", null, "signedBy", "signedAt")),
            Map.entry("ProjectStageEvent", spec("project", "projectId", null, "fromStage", "toStage")),
            Map.entry("ProjectAttachment", spec("project", "projectId", null, "fileName", "contentType", "sizeBytes")),
            Map.entry(
                    "CustomerIssue",
                    spec(
                            "issue",
                            null,
                            "title",
                            "title",
                            "description",
                            "type",
                            "categoryId",
                            "urgency",
                            "status",
                            "assignee",
                            "reviewer",
                            "rootCause",
                            "resolution",
                            "verdict",
                            "tags",
                            "promisedReplyAt",
                            "projectId",
                            "firstResponseDue",
                            "nextUpdateDue",
                            "resolutionDue",
                            "firstRespondedAt",
                            "resolvedAt",
                            "pauseReason")),
            Map.entry(
                    "Communication",
                    spec(
                            "log",
                            null,
                            "customerName",
                            "occurredAt",
                            "place",
                            "channel",
                            "participants",
                            "content",
                            "outcome",
                            "promisedReplyAt",
                            "repliedAt",
                            "issueId",
                            "projectId")),
            Map.entry(
                    "CommunicationAttachment",
                    spec("log", "communicationId", null, "fileName", "contentType", "sizeBytes")),
            Map.entry(
                    "ResponseRuleRow",
                    spec(
                            "rule",
                            "pluginId",
                            "pluginId",
                            "position",
                            "enabled",
                            "issueType",
                            "categoryId",
                            "urgency",
                            "stageId",
                            "customerTier",
                            "firstResponseMinutes",
                            "nextUpdateMinutes",
                            "resolutionMinutes",
                            "businessTime",
                            "warnLeadMinutes",
                            "escalateAfterMinutes")),
            Map.entry(
                    "BusinessHoursRow",
                    spec(
                            "calendar",
                            "businessUnitId",
                            null,
                            "zone",
                            "morningStart",
                            "morningEnd",
                            "afternoonStart",
                            "afternoonEnd",
                            "saturdayWorks")),
            Map.entry("CalendarDayRow", spec("calendar", "day", "name", "day", "kind", "name")),
            Map.entry("BusinessUnit", spec("unit", null, "name", "code", "name", "pluginIds")),
            Map.entry("Team", spec("team", null, "name", "name", "lead", "members", "businessUnitId")),
            Map.entry(
                    "AccessRequest",
                    spec(
                            "access",
                            null,
                            null,
                            "requester",
                            "recordKind",
                            "recordId",
                            "reason",
                            "firstDay",
                            "lastDay",
                            "status",
                            "decisionNote")),
            Map.entry(
                    "PeriodicDocumentRow",
                    spec(
                            "document",
                            null,
                            null,
                            "kind",
                            "periodFirst",
                            "dueOn",
                            "status",
                            "summary",
                            "remarks",
                            "refreshedAt",
                            "approvedBy",
                            "approvedAt",
                            "publishedBy",
                            "publishedAt")),
            Map.entry(
                    "SurveyTemplateRow",
                    spec("survey-template", null, "title", "templateId", "templateVersion", "title", "active")),
            Map.entry(
                    "KpiSettingsRow",
                    spec(
                            "kpi",
                            null,
                            null,
                            "responseWeight",
                            "resolutionWeight",
                            "satisfactionWeight",
                            "responseZeroPercent")),
            Map.entry(
                    "ReportSubscriptionRow",
                    spec("schedule", null, null, "owner", "report", "grouping", "frequency", "recipients", "active")),
            Map.entry(
                    "ChannelConfigRow",
                    new Spec("channel", null, "channelId", Set.of("mode"), Set.of("secrets"), Set.of("settings"))),
            Map.entry("ConsentRow", spec("customer", "customerId", null, "subject", "granted", "how")),
            Map.entry(
                    "ChannelAddressRow",
                    new Spec("customer", "customerId", null, Set.of("channelId"), Set.of("channelAddress"), Set.of())),
            Map.entry(
                    "AppUser",
                    new Spec(
                            "user",
                            null,
                            "username",
                            Set.of(
                                    "username",
                                    "displayName",
                                    "enabled",
                                    "email",
                                    "mustChangePassword",
                                    "roles",
                                    "businessUnits"),
                            Set.of("passwordHash"),
                            Set.of())));

    private AuditedTypes() {}

    private static Spec spec(String recordType, String parentId, String label, String... fields) {
        return new Spec(recordType, parentId, label, Set.of(fields), Set.of(), Set.of());
    }

    /** The spec of an entity class, by simple name; empty for entities that are not audited. */
    public static Optional<Spec> of(String entityName) {
        return Optional.ofNullable(BY_ENTITY.get(entityName));
    }

    /** The field name shown for a secret property (the password, never its hash). */
    public static String secretField(String property) {
        return "passwordHash".equals(property) ? "password" : property;
    }
}
