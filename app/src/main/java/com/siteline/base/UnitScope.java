package com.siteline.base;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The one mechanism that scopes every read of a unit-owned record: a Hibernate filter, on for every session, whose
 * parameters the organization module resolves from the current thread's actor on each query and on each load by
 * id. A staff user reads the records of their business units, plus those their running access grants (查阅申请)
 * open in a read-only transaction (a grant never opens a record to a write); a portal customer reads their own unit's; the system (timers, sign-in, indexing, token pages) reads every
 * unit's. An entity with a business unit carries {@code @Filter(name = UnitScope.FILTER, condition = ...)} with one
 * of the conditions below, or is named with its reason in the scoping proof (UnitScopeTest).
 */
public final class UnitScope {

    /** The filter's name, as the entities' {@code @Filter} annotations give it. */
    public static final String FILTER = "unitScope";
    /** 1 when the actor reads every unit (the system), else 0. */
    public static final String EVERYTHING = "everything";
    /** The actor's business units (a list with -1 alone when none). */
    public static final String UNITS = "units";
    /** Customers whose records the actor's running grants open (-1 alone when none). */
    public static final String GRANTED_CUSTOMERS = "grantedCustomers";
    /** Projects the actor's running grants open (-1 alone when none). */
    public static final String GRANTED_PROJECTS = "grantedProjects";

    private static final String OWN = "(:everything = 1 or business_unit_id in (:units)";

    /** A record of its unit alone: configuration-like rows no grant opens (campaigns, tasks, documents). */
    public static final String OF_UNIT = OWN + ")";
    /** A record about one customer: its unit's, or opened by a grant on that customer. */
    public static final String OF_CUSTOMER = OWN + " or customer_id in (:grantedCustomers))";
    /** The customer record itself. */
    public static final String CUSTOMER = OWN + " or id in (:grantedCustomers))";
    /** A project: its unit's, or opened by a grant on it or on its customer. */
    public static final String PROJECT = OWN + " or id in (:grantedProjects) or customer_id in (:grantedCustomers))";

    /** The authority of an actor that reads every unit's records (the system). */
    public static final String EVERY_UNIT = "SCOPE_EVERY_UNIT";

    private UnitScope() {}

    /** Depth of {@link #acrossUnits} calls on this thread. */
    private static final ThreadLocal<int[]> ACROSS = ThreadLocal.withInitial(() -> new int[1]);

    /**
     * Runs a read across every unit as the current actor, with their roles unchanged: the few reads that must see
     * past the scope by design (whom to ask for access to a record, the search index's own counts). Each caller says
     * why; grep finds them all. A thread mark, not a new authentication: a signed-in Vaadin session's context
     * outranks the thread's, so swapping it would not be seen.
     */
    public static <T> T acrossUnits(Supplier<T> work) {
        int[] depth = ACROSS.get();
        depth[0]++;
        try {
            return work.get();
        } finally {
            depth[0]--;
        }
    }

    /** Whether the current actor reads every unit's records (the system: timers, the demo data, the index). */
    public static boolean readsEveryUnit() {
        Authentication actor = Actors.authentication();
        return actor != null && actor.getAuthorities().stream().anyMatch(a -> EVERY_UNIT.equals(a.getAuthority()));
    }

    /** Whether the current thread is inside {@link #acrossUnits}. */
    public static boolean isAcrossUnits() {
        return ACROSS.get()[0] > 0;
    }

    /**
     * An actor that reads every unit and may do nothing else (no role): for the system's own threads that read
     * records for infrastructure, such as the search index's rebuild.
     */
    public static Authentication reader(String name) {
        return UsernamePasswordAuthenticationToken.authenticated(
                name, null, List.of(new SimpleGrantedAuthority(EVERY_UNIT)));
    }
}
