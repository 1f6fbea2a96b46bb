package com.siteline.audit.internal;

import com.siteline.audit.AuditAction;
import com.siteline.audit.AuditChange;
import com.siteline.audit.internal.AuditedTypes.Spec;
import com.siteline.base.AbstractEntity;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.WeakHashMap;
import org.hibernate.collection.spi.PersistentCollection;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks;
import org.hibernate.event.spi.AbstractCollectionEvent;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.event.spi.PreCollectionRecreateEvent;
import org.hibernate.event.spi.PreCollectionRecreateEventListener;
import org.hibernate.event.spi.PreCollectionRemoveEvent;
import org.hibernate.event.spi.PreCollectionRemoveEventListener;
import org.hibernate.event.spi.PreCollectionUpdateEvent;
import org.hibernate.event.spi.PreCollectionUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns Hibernate's entity and collection events into audit rows: per transaction (session) the changes of
 * each audited record are gathered, and written by {@link AuditWriter} just before the transaction commits,
 * after the last flush. A rolled-back transaction leaves nothing.
 */
final class AuditListener
        implements PostInsertEventListener,
                PostUpdateEventListener,
                PostDeleteEventListener,
                PreCollectionUpdateEventListener,
                PreCollectionRemoveEventListener,
                PreCollectionRecreateEventListener {

    private static final int MAX_TEXT = 500;

    private final AuditWriter writer;
    private final Clock clock;
    private final JsonMapper json;
    private final Map<SharedSessionContractImplementor, Batch> batches =
            Collections.synchronizedMap(new WeakHashMap<>());

    AuditListener(AuditWriter writer, Clock clock, JsonMapper json) {
        this.writer = writer;
        this.clock = clock;
        this.json = json;
    }

    /** The rows of one transaction, by record (and the entity they come from). */
    static final class Batch {
        final Map<String, PendingEntry> entries = new LinkedHashMap<>();
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        entity(
                event.getSession(),
                event.getEntity(),
                event.getId(),
                event.getPersister(),
                AuditAction.CREATE,
                null,
                event.getState());
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        entity(
                event.getSession(),
                event.getEntity(),
                event.getId(),
                event.getPersister(),
                AuditAction.UPDATE,
                event.getOldState(),
                event.getState());
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        entity(
                event.getSession(),
                event.getEntity(),
                event.getId(),
                event.getPersister(),
                AuditAction.DELETE,
                event.getDeletedState(),
                null);
    }

    @Override
    public void onPreUpdateCollection(PreCollectionUpdateEvent event) {
        collection(event, elements(event.getCollection().getStoredSnapshot()), elements(event.getCollection()));
    }

    @Override
    public void onPreRemoveCollection(PreCollectionRemoveEvent event) {
        collection(event, elements(event.getCollection().getStoredSnapshot()), null);
    }

    @Override
    public void onPreRecreateCollection(PreCollectionRecreateEvent event) {
        collection(event, null, elements(event.getCollection()));
    }

    private void entity(
            SharedSessionContractImplementor session,
            Object entity,
            Object id,
            EntityPersister persister,
            AuditAction action,
            Object[] before,
            Object[] after) {
        Spec spec = AuditedTypes.of(simpleName(entity.getClass())).orElse(null);
        if (spec == null) {
            return;
        }
        String[] names = persister.getPropertyNames();
        Object[] state = after != null ? after : before;
        PendingEntry entry = pending(session, spec, entity, id, names, state, action);
        if (entry == null) {
            return;
        }
        for (int i = 0; i < names.length; i++) {
            String name = names[i];
            if (!spec.records(name)) {
                continue;
            }
            Object old = before == null ? null : before[i];
            Object now = after == null ? null : after[i];
            if (spec.secrets().contains(name)) {
                if (action != AuditAction.DELETE && (before == null || !Objects.equals(old, now))) {
                    entry.merge(new AuditChange(AuditedTypes.secretField(name), AuditChange.SECRET, null, null));
                }
            } else if (spec.json().contains(name)) {
                String prefix =
                        name + "/" + (spec.label() == null ? "" : text(value(names, state, spec.label()))) + "/";
                jsonChanges(entry, prefix, old, now);
            } else if (!(old instanceof PersistentCollection<?> || now instanceof PersistentCollection<?>)
                    || action == AuditAction.CREATE) {
                entry.merge(new AuditChange(name, kind(old != null ? old : now), text(old), text(now)));
            }
        }
    }

    private void collection(AbstractCollectionEvent event, Collection<?> before, Collection<?> after) {
        Object owner = event.getAffectedOwnerOrNull();
        if (owner == null) {
            return;
        }
        Spec spec = AuditedTypes.of(simpleName(owner.getClass())).orElse(null);
        String role = event.getCollection().getRole();
        String property = role == null ? "" : role.substring(role.lastIndexOf('.') + 1);
        if (spec == null || !spec.fields().contains(property)) {
            return;
        }
        EntityPersister persister = event.getSession().getEntityPersister(null, owner);
        Object[] state = persister.getValues(owner);
        PendingEntry entry = pending(
                event.getSession(),
                spec,
                owner,
                event.getAffectedOwnerIdOrNull(),
                persister.getPropertyNames(),
                state,
                AuditAction.UPDATE);
        if (entry != null) {
            Object sample = before != null && !before.isEmpty()
                    ? before.iterator().next()
                    : after != null && !after.isEmpty() ? after.iterator().next() : null;
            entry.merge(new AuditChange(property, kind(sample), text(before), text(after)));
        }
    }

    private PendingEntry pending(
            SharedSessionContractImplementor session,
            Spec spec,
            Object entity,
            Object id,
            String[] names,
            Object[] state,
            AuditAction action) {
        if (!session.isEventSource()) {
            return null;
        }
        Object recordId = spec.parentId() == null ? id : parentId(spec.parentId(), names, state, id);
        String key = simpleName(entity.getClass()) + "#" + id;
        Batch batch = batch(session);
        PendingEntry entry = batch.entries.get(key);
        if (entry == null) {
            entry = new PendingEntry(
                    clock.instant().truncatedTo(ChronoUnit.MICROS),
                    Who.actor(),
                    Who.address(),
                    spec.recordType(),
                    recordId == null ? "*" : text(recordId),
                    action);
            if (spec.parentId() == null && spec.label() != null) {
                entry.recordLabel = clip(text(value(names, state, spec.label())), 200);
            }
            Object unit = value(names, state, "businessUnitId");
            entry.businessUnitId = unit instanceof Number n ? n.longValue() : null;
            Object customer = "customer".equals(spec.recordType()) ? id : value(names, state, "customerId");
            entry.customerId = customer instanceof Number n ? n.longValue() : null;
            batch.entries.put(key, entry);
        } else if (action == AuditAction.DELETE) {
            entry.action = AuditAction.DELETE;
        }
        return entry;
    }

    /** The session's batch, registered to be written just before its transaction commits. */
    private Batch batch(SharedSessionContractImplementor session) {
        Batch batch = batches.get(session);
        if (batch == null) {
            batch = new Batch();
            batches.put(session, batch);
            Batch registered = batch;
            var queue = session.asEventSource().getActionQueue();
            queue.registerCallback((TransactionCompletionCallbacks.BeforeCompletionCallback) s -> {
                batches.remove(session);
                List<PendingEntry> entries = new ArrayList<>(registered.entries.values());
                resolveProjects(s, entries);
                writer.write(s, entries);
            });
            queue.registerCallback(
                    (TransactionCompletionCallbacks.AfterCompletionCallback) (ok, s) -> batches.remove(session));
        }
        return batch;
    }

    /** An entry that no entity change produced (plugin state, a read under an access grant), kept with the transaction. */
    void explicit(
            SharedSessionContractImplementor session,
            String recordType,
            String recordId,
            String label,
            Long businessUnitId,
            Long customerId,
            AuditAction action,
            List<AuditChange> changes) {
        Batch batch = batch(session);
        PendingEntry entry = new PendingEntry(
                clock.instant().truncatedTo(ChronoUnit.MICROS),
                Who.actor(),
                Who.address(),
                recordType,
                recordId,
                action);
        entry.recordLabel = clip(label, 200);
        entry.businessUnitId = businessUnitId;
        entry.customerId = customerId;
        changes.forEach(entry::merge);
        batch.entries.put("explicit#" + batch.entries.size() + "#" + recordType + "#" + recordId, entry);
    }

    /** A project's records carry the project's unit, so its history is scoped like the project. */
    private static void resolveProjects(SharedSessionContractImplementor session, List<PendingEntry> entries) {
        for (PendingEntry entry : entries) {
            if ("project".equals(entry.recordType) && entry.businessUnitId == null && !"*".equals(entry.recordId)) {
                List<?> rows = session.createNativeQuery(
                                "select business_unit_id, customer_id from project where id = :id", Object[].class)
                        .setParameter("id", Long.parseLong(entry.recordId))
                        .getResultList();
                if (!rows.isEmpty()) {
                    Object[] row = (Object[]) rows.get(0);
                    entry.businessUnitId = row[0] == null ? null : ((Number) row[0]).longValue();
                    entry.customerId = row[1] == null ? null : ((Number) row[1]).longValue();
                }
            }
        }
    }

    private void jsonChanges(PendingEntry entry, String prefix, Object old, Object now) {
        Map<String, String> before = flatten(old);
        Map<String, String> after = flatten(now);
        java.util.Set<String> keys = new java.util.TreeSet<>(before.keySet());
        keys.addAll(after.keySet());
        for (String key : keys) {
            entry.merge(new AuditChange(prefix + key, null, before.get(key), after.get(key)));
        }
    }

    private Map<String, String> flatten(Object value) {
        Map<String, String> flat = new TreeMap<>();
        if (!(value instanceof String text) || text.isBlank()) {
            return flat;
        }
        try {
            JsonNode root = json.readTree(text);
            for (var field : root.properties()) {
                JsonNode node = field.getValue();
                flat.put(field.getKey(), clip(node.isValueNode() ? node.asString() : node.toString(), MAX_TEXT));
            }
        } catch (RuntimeException e) {
            flat.put("", clip(text, MAX_TEXT));
        }
        return flat;
    }

    private static Object parentId(String property, String[] names, Object[] state, Object id) {
        Object fromState = value(names, state, property);
        if (fromState != null) {
            return fromState;
        }
        if (id == null) {
            return null;
        }
        try {
            Method accessor = id.getClass().getMethod(property);
            return accessor.invoke(id);
        } catch (ReflectiveOperationException e) {
            return id;
        }
    }

    private static Object value(String[] names, Object[] state, String property) {
        if (state == null) {
            return null;
        }
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(property)) {
                return state[i];
            }
        }
        return null;
    }

    private static Collection<?> elements(Object collection) {
        if (collection instanceof Map<?, ?> map) {
            return map.keySet();
        }
        if (collection instanceof Collection<?> c) {
            return c;
        }
        return List.of();
    }

    static String kind(Object value) {
        if (value instanceof Collection<?> c) {
            return c.isEmpty() ? null : kind(c.iterator().next());
        }
        if (value instanceof Enum<?> e) {
            // the binary name's last part tells nested enums apart (CalendarDay$Kind, RecordGrants$Kind)
            String name = e.getDeclaringClass().getName();
            return name.substring(name.lastIndexOf('.') + 1);
        }
        if (value instanceof Instant) {
            return AuditChange.INSTANT;
        }
        if (value instanceof LocalDate) {
            return AuditChange.DATE;
        }
        if (value instanceof Boolean) {
            return AuditChange.BOOL;
        }
        return null;
    }

    static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Collection<?> c) {
            List<String> parts = new ArrayList<>();
            for (Object element : c) {
                parts.add(text(element));
            }
            Collections.sort(parts);
            return clip(String.join(", ", parts), MAX_TEXT);
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof Instant instant) {
            return instant.truncatedTo(ChronoUnit.SECONDS).toString();
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof AbstractEntity) {
            try {
                return String.valueOf(value.getClass().getMethod("getName").invoke(value));
            } catch (ReflectiveOperationException e) {
                return String.valueOf(((AbstractEntity) value).getId());
            }
        }
        if (value instanceof String s && s.isEmpty()) {
            return null;
        }
        if (value instanceof String s && s.length() > 1 && s.startsWith(",") && s.endsWith(",")) {
            // tags are stored as ",a,b,": kept as the words a person reads
            return clip(String.join(", ", s.substring(1, s.length() - 1).split(",")), MAX_TEXT);
        }
        return clip(String.valueOf(value), MAX_TEXT);
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static String simpleName(Class<?> type) {
        String name = type.getSimpleName();
        int proxy = name.indexOf('$');
        return proxy > 0 ? name.substring(0, proxy) : name;
    }
}
