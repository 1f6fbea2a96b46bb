package com.siteline.organization.internal;

import com.siteline.base.Actors;
import com.siteline.base.CustomerActor;
import com.siteline.base.RecordGrants;
import com.siteline.base.UnitScope;
import com.siteline.organization.OrganizationService;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The values of the unit scope's parameters ({@link UnitScope}) for the actor of the current thread, asked by
 * Hibernate on every query and load of a scoped entity. Hibernate makes the four resolvers below through Spring, so
 * they reach the organization and the grants lazily (both are built on the entity manager these resolvers serve).
 */
@Component
public class UnitScopeParameters {

    /** What an empty set becomes: SQL has no empty {@code in ()}, and no row has id or unit -1. */
    static final List<Long> NONE = List.of(-1L);

    private final ObjectProvider<OrganizationService> organization;
    private final ObjectProvider<RecordGrants> grants;

    UnitScopeParameters(ObjectProvider<OrganizationService> organization, ObjectProvider<RecordGrants> grants) {
        this.organization = organization;
        this.grants = grants;
    }

    /**
     * Whether the actor reads every unit: the system's work (its authority), and work with nobody signed in, which
     * only the system's own threads do (sign-in, index building, token pages, start-up); staff views and the portal
     * always carry an actor.
     */
    static boolean everything() {
        if (UnitScope.isAcrossUnits()) {
            return true;
        }
        Authentication authentication = Actors.authentication();
        return authentication == null
                || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()
                || authentication.getAuthorities().stream()
                        .anyMatch(a -> UnitScope.EVERY_UNIT.equals(a.getAuthority()));
    }

    Collection<Long> units() {
        if (everything()) {
            return NONE;
        }
        var customer = CustomerActor.current();
        if (customer.isPresent()) {
            return List.of(customer.get().businessUnitId());
        }
        Set<Long> ids = organization
                .getObject()
                .unitNamesOf(Actors.authentication().getName())
                .keySet();
        return ids.isEmpty() ? NONE : List.copyOf(ids);
    }

    /**
     * The records of a kind the actor's running grants open; none in a transaction that writes, so a grant reads
     * and never changes (a write path finds a granted record "not found" like any other unit's).
     */
    Collection<Long> opened(RecordGrants.Kind kind) {
        RecordGrants source = grants.getIfAvailable();
        if (source == null
                || everything()
                || CustomerActor.current().isPresent()
                || TransactionSynchronizationManager.isActualTransactionActive()
                        && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            return NONE;
        }
        String actor = Actors.authentication().getName();
        Map<String, Map<RecordGrants.Kind, Collection<Long>>> cache = transactionCache();
        Map<RecordGrants.Kind, Collection<Long>> opened = cache == null ? null : cache.get(actor);
        if (opened == null) {
            opened = new EnumMap<>(RecordGrants.Kind.class);
            for (Map.Entry<RecordGrants.Kind, Set<Long>> ofKind :
                    source.opened().entrySet()) {
                opened.put(ofKind.getKey(), ofKind.getValue().isEmpty() ? NONE : List.copyOf(ofKind.getValue()));
            }
            if (cache != null) {
                cache.put(actor, opened);
            }
        }
        return opened.getOrDefault(kind, NONE);
    }

    /** The grants a transaction has read, so its many scoped reads ask once per actor (one query for all kinds). */
    @SuppressWarnings("unchecked")
    private static Map<String, Map<RecordGrants.Kind, Collection<Long>>> transactionCache() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        Object key = UnitScopeParameters.class;
        Object cache = TransactionSynchronizationManager.getResource(key);
        if (cache == null) {
            Map<String, Map<RecordGrants.Kind, Collection<Long>>> fresh = new HashMap<>();
            TransactionSynchronizationManager.bindResource(key, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(key);
                }
            });
            return fresh;
        }
        return (Map<String, Map<RecordGrants.Kind, Collection<Long>>>) cache;
    }

    /** {@link UnitScope#EVERYTHING}. */
    @Component
    public static class Everything implements Supplier<Integer> {
        @Override
        public Integer get() {
            return everything() ? 1 : 0;
        }
    }

    /** {@link UnitScope#UNITS}. */
    @Component
    public static class Units implements Supplier<Collection<Long>> {
        private final UnitScopeParameters parameters;

        Units(UnitScopeParameters parameters) {
            this.parameters = parameters;
        }

        @Override
        public Collection<Long> get() {
            return parameters.units();
        }
    }

    /** The records of one kind the actor's grants open: a resolver per kind, as a filter parameter needs its own. */
    abstract static class Opened implements Supplier<Collection<Long>> {
        private final UnitScopeParameters parameters;
        private final RecordGrants.Kind kind;

        Opened(UnitScopeParameters parameters, RecordGrants.Kind kind) {
            this.parameters = parameters;
            this.kind = kind;
        }

        @Override
        public Collection<Long> get() {
            return parameters.opened(kind);
        }
    }

    /** {@link UnitScope#GRANTED_CUSTOMERS}. */
    @Component
    public static class GrantedCustomers extends Opened {
        GrantedCustomers(UnitScopeParameters parameters) {
            super(parameters, RecordGrants.Kind.CUSTOMER);
        }
    }

    /** {@link UnitScope#GRANTED_PROJECTS}. */
    @Component
    public static class GrantedProjects extends Opened {
        GrantedProjects(UnitScopeParameters parameters) {
            super(parameters, RecordGrants.Kind.PROJECT);
        }
    }
}
