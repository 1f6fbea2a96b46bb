package com.siteline.audit.internal;

import com.siteline.audit.AuditAction;
import com.siteline.audit.AuditChange;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.util.List;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Hooks the audit listener into this application's Hibernate session factory. */
@Component
public class AuditRegistration {

    private final AuditListener listener;

    AuditRegistration(EntityManagerFactory factory, Clock clock, JsonMapper json) {
        listener = new AuditListener(new AuditWriter(json), clock, json);
        EventListenerRegistry registry = factory.unwrap(SessionFactoryImplementor.class)
                .getServiceRegistry()
                .requireService(EventListenerRegistry.class);
        registry.appendListeners(EventType.POST_INSERT, listener);
        registry.appendListeners(EventType.POST_UPDATE, listener);
        registry.appendListeners(EventType.POST_DELETE, listener);
        registry.appendListeners(EventType.PRE_COLLECTION_UPDATE, listener);
        registry.appendListeners(EventType.PRE_COLLECTION_REMOVE, listener);
        registry.appendListeners(EventType.PRE_COLLECTION_RECREATE, listener);
    }

    /** A value as the audit history writes it (the listener's own rule). */
    public static String text(Object value) {
        return AuditListener.text(value);
    }

    /** The kind of a value as the audit history writes it. */
    public static String kind(Object value) {
        return AuditListener.kind(value);
    }

    /** Adds an entry to the transaction of the given (transaction-bound) entity manager. */
    public void append(
            EntityManager em,
            String recordType,
            String recordId,
            String label,
            Long businessUnitId,
            Long customerId,
            AuditAction action,
            List<AuditChange> changes) {
        listener.explicit(
                em.unwrap(SharedSessionContractImplementor.class),
                recordType,
                recordId,
                label,
                businessUnitId,
                customerId,
                action,
                changes);
    }
}
