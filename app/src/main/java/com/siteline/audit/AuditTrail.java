package com.siteline.audit;

import com.siteline.audit.internal.AuditEntry;
import com.siteline.audit.internal.AuditRegistration;
import com.siteline.base.Actors;
import com.siteline.base.RecordAudit;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.Role;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A record's history as its page shows it, newest first, and the entries no entity change produces (plugin
 * state, reads under an access grant). A user reads the history of records of their own units; records of no
 * unit (users, rules, calendars, plugins) and every other unit's are for administrators.
 */
@Service
@Transactional(readOnly = true)
public class AuditTrail implements RecordAudit {

    private static final TypeReference<List<Map<String, String>>> CHANGES = new TypeReference<>() {};

    private final EntityManager em;
    private final OrganizationService organization;
    private final AuditRegistration registration;
    private final JsonMapper json;

    /** Fields whose values are stage ids. */
    private static final java.util.Set<String> STAGE_FIELDS =
            java.util.Set.of("currentStageId", "fromStage", "toStage", "stageId", "stage");

    private final com.siteline.plugin.VariantCatalog catalog;

    AuditTrail(
            EntityManager em,
            OrganizationService organization,
            AuditRegistration registration,
            JsonMapper json,
            com.siteline.plugin.VariantCatalog catalog) {
        this.catalog = catalog;
        this.em = em;
        this.organization = organization;
        this.registration = registration;
        this.json = json;
    }

    /** The newest entries of a record, at most {@code limit}, that the user may read. */
    @PreAuthorize(Role.Can.WORK)
    public List<AuditRecord> history(String recordType, String recordId, int limit) {
        List<AuditEntry> rows = em.createQuery(
                        "select e from AuditEntry e where e.recordType = :type"
                                + " and e.recordId = :id order by e.id desc",
                        AuditEntry.class)
                .setParameter("type", recordType)
                .setParameter("id", recordId)
                .setMaxResults(limit)
                .getResultList();
        return readable(rows);
    }

    /** A customer's history: the record itself and what happened to their issues, log entries and projects. */
    @PreAuthorize(Role.Can.WORK)
    public List<AuditRecord> customerHistory(long customerId, int limit) {
        Map<Long, AuditEntry> rows = new LinkedHashMap<>();
        em.createQuery(
                        "select e from AuditEntry e where e.recordType = 'customer' and e.recordId = :id"
                                + " order by e.id desc",
                        AuditEntry.class)
                .setParameter("id", Long.toString(customerId))
                .setMaxResults(limit)
                .getResultList()
                .forEach(e -> rows.put(e.getId(), e));
        em.createQuery("select e from AuditEntry e where e.customerId = :id order by e.id desc", AuditEntry.class)
                .setParameter("id", customerId)
                .setMaxResults(limit)
                .getResultList()
                .forEach(e -> rows.put(e.getId(), e));
        List<AuditEntry> newest = new ArrayList<>(rows.values());
        newest.sort(Comparator.comparing(AuditEntry::getId).reversed());
        return readable(newest.subList(0, Math.min(limit, newest.size())));
    }

    /** Keeps an entry with the caller's transaction (a change no entity records, such as a plugin's state). */
    @Transactional
    public void record(
            String recordType,
            String recordId,
            String label,
            Long businessUnitId,
            Long customerId,
            AuditAction action,
            List<AuditChange> changes) {
        registration.append(em, recordType, recordId, label, businessUnitId, customerId, action, changes);
    }

    @Override
    @Transactional
    public void created(
            String recordType,
            long id,
            String label,
            Long businessUnitId,
            Long customerId,
            Map<String, Object> fields) {
        List<AuditChange> changes = new ArrayList<>();
        fields.forEach((field, value) -> {
            String text = AuditRegistration.text(value);
            if (text != null) {
                changes.add(new AuditChange(field, AuditRegistration.kind(value), null, text));
            }
        });
        registration.append(
                em, recordType, Long.toString(id), label, businessUnitId, customerId, AuditAction.CREATE, changes);
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void revealed(
            String recordType, long id, String label, Long businessUnitId, Long customerId, List<String> fields) {
        registration.append(
                em,
                recordType,
                Long.toString(id),
                label,
                businessUnitId,
                customerId,
                AuditAction.VIEW,
                fields.stream()
                        .map(f -> new AuditChange(f, "Revealed", null, "SHOWN"))
                        .toList());
    }

    /** Keeps an export (action 导出) in a transaction of its own, whatever the exporting code does next. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordExport(
            String recordType,
            String recordId,
            String label,
            Long businessUnitId,
            Long customerId,
            List<AuditChange> details) {
        registration.append(em, recordType, recordId, label, businessUnitId, customerId, AuditAction.EXPORT, details);
    }

    /** Keeps an entry in a transaction of its own: a read is logged whatever the reading code does next. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordRead(
            String recordType,
            String recordId,
            String label,
            Long businessUnitId,
            Long customerId,
            List<AuditChange> details) {
        registration.append(em, recordType, recordId, label, businessUnitId, customerId, AuditAction.VIEW, details);
    }

    private List<AuditRecord> readable(List<AuditEntry> rows) {
        String username = Actors.current();
        boolean admin = isAdmin(Actors.authentication());
        Map<Long, String> units = organization.unitNamesOf(username);
        return toRecords(rows.stream()
                .filter(e -> admin || (e.getBusinessUnitId() != null && units.containsKey(e.getBusinessUnitId())))
                .toList());
    }

    /** Rows as screens show them, their actors' names read once for all of them. */
    List<AuditRecord> toRecords(List<AuditEntry> rows) {
        Map<String, String> users = organization.displayNames();
        Map<String, String> names = new java.util.HashMap<>();
        return rows.stream()
                .map(e -> toRecord(e, names.computeIfAbsent(e.getActor() == null ? "" : e.getActor(), a -> {
                    String name = actorName(a, users);
                    return name == null ? "" : name;
                })))
                .toList();
    }

    /** Whether the signed-in user is an administrator (who reads every history). */
    public static boolean administrator() {
        return isAdmin(Actors.authentication());
    }

    static boolean isAdmin(Authentication authentication) {
        return authentication != null
                && authentication.getAuthorities().stream()
                        .anyMatch(a -> ("ROLE_" + Role.Names.ADMIN).equals(a.getAuthority()));
    }

    private AuditRecord toRecord(AuditEntry e, String actorName) {
        List<AuditChange> changes = new ArrayList<>();
        for (Map<String, String> row : json.readValue(e.getChanges(), CHANGES)) {
            changes.add(new AuditChange(row.get("f"), row.get("k"), row.get("o"), row.get("n")));
        }
        return new AuditRecord(
                e.getId(),
                e.getAt(),
                e.getActor(),
                e.getAddress(),
                e.getRecordType(),
                e.getRecordId(),
                e.getRecordLabel(),
                e.getAction(),
                changes,
                actorName.isEmpty() ? null : actorName,
                terms(changes));
    }

    /** Who an actor is by name: a user's display name, a portal customer's name (null for the system). */
    private String actorName(String actor, Map<String, String> users) {
        if (actor.isEmpty() || "system".equals(actor)) {
            return null;
        }
        if (actor.startsWith("customer:")) {
            try {
                long id = Long.parseLong(actor.substring("customer:".length()));
                List<?> names = em.createNativeQuery("select name from customer where id = :id")
                        .setParameter("id", id)
                        .getResultList();
                return names.isEmpty() ? null : (String) names.getFirst();
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return users.getOrDefault(actor, actor);
    }

    /** The labels of the form, field, checklist, line and stage ids the changes name. */
    private Map<String, com.siteline.sdk.LocalizedText> terms(List<AuditChange> changes) {
        Map<String, com.siteline.sdk.LocalizedText> terms = new java.util.HashMap<>();
        for (AuditChange change : changes) {
            String[] parts = change.field().split("/", 3);
            String kind = parts[0].equals("answers") ? "form" : parts[0].equals("results") ? "checklist" : null;
            if (kind != null && parts.length > 1) {
                term(terms, kind, parts[1]);
                if (parts.length > 2) {
                    term(terms, kind, parts[1] + "/" + parts[2]);
                }
            }
            if (STAGE_FIELDS.contains(change.field())) {
                for (String value : new String[] {change.before(), change.after()}) {
                    if (value != null) {
                        term(terms, "stage", value);
                    }
                }
            }
        }
        return terms;
    }

    private void term(Map<String, com.siteline.sdk.LocalizedText> terms, String kind, String id) {
        catalog.term(kind, id).ifPresent(text -> terms.put(kind + ":" + id, text));
    }
}
