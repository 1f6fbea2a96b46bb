package com.siteline.portal;

import com.siteline.base.Actors;
import com.siteline.base.CustomerActor;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How the portal's services act for a customer: the session checked first (a revoked or run-out access ends here),
 * then the core called as that customer ({@link CustomerActor}: the customer role alone, their unit in scope), reads
 * in a read-only transaction; an attempt at anyone else's record recorded. No portal path holds a staff role.
 */
@Component
class PortalReads {

    private final PortalAccess access;
    private final TransactionTemplate readOnly;

    PortalReads(PortalAccess access, PlatformTransactionManager transactions) {
        this.access = access;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    <T> T read(PortalSession session, Supplier<T> work) {
        access.check(session);
        return readOnly.execute(status -> as(session, work));
    }

    /** Runs the work as the session's customer (the caller has checked the session). */
    static <T> T as(PortalSession session, Supplier<T> work) {
        return Actors.runAs(new CustomerActor(session.customerId(), session.businessUnitId()).authentication(), work);
    }

    static void as(PortalSession session, Runnable work) {
        as(session, () -> {
            work.run();
            return null;
        });
    }

    void denied(PortalSession session, String what, Client client) {
        access.record(session, "DENIED", what, client);
    }
}
