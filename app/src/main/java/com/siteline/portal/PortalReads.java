package com.siteline.portal;

import com.siteline.organization.RunAs;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How the portal's services read for a customer: the session checked first (a revoked or run-out access ends
 * here), then the core read as the system in a read-only transaction; an attempt at anyone else's record recorded.
 */
@Component
class PortalReads {

    private final PortalAccess access;
    private final RunAs as;
    private final TransactionTemplate readOnly;

    PortalReads(PortalAccess access, RunAs as, PlatformTransactionManager transactions) {
        this.access = access;
        this.as = as;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    <T> T read(PortalSession session, Supplier<T> work) {
        access.check(session);
        return readOnly.execute(status -> as.system(work));
    }

    void denied(PortalSession session, String what, Client client) {
        access.record(session, "DENIED", what, client);
    }
}
