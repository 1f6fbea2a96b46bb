package com.siteline.portal;

import com.siteline.plan.CustomerPlanTasks;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The confirmations of receipt a customer's communication plans ask for (客户确认收到), on the portal: what waits on
 * the start page, the page of one, and the customer's confirmation (recorded as a portal event).
 */
@Service
public class PortalReceipts {

    private final CustomerPlanTasks tasks;
    private final PortalAccess access;
    private final PortalReads reads;
    private final TransactionTemplate tx;

    PortalReceipts(
            CustomerPlanTasks tasks, PortalAccess access, PortalReads reads, PlatformTransactionManager transactions) {
        this.tasks = tasks;
        this.access = access;
        this.reads = reads;
        this.tx = new TransactionTemplate(transactions);
    }

    /** What the start page asks: each held communication waiting for the customer's confirmation. */
    public List<PortalViews.Need> needs(PortalSession session) {
        return reads.read(session, () -> tasks.waiting(session.customerId())).stream()
                .map(r -> new PortalViews.Need(
                        PortalViews.Need.Kind.RECEIPT, r.taskId(), r.projectName() + " · " + r.goal(), r.projectId()))
                .toList();
    }

    /** One of the customer's; empty (and recorded) for any other. */
    public Optional<CustomerPlanTasks.Receipt> open(PortalSession session, long taskId, Client client) {
        Optional<CustomerPlanTasks.Receipt> found = reads.read(session, () -> tasks.get(session.customerId(), taskId));
        if (found.isEmpty()) {
            reads.denied(session, "receipt " + taskId, client);
        }
        return found;
    }

    /** The customer confirms they received it. */
    public CustomerPlanTasks.Receipt confirm(PortalSession session, long taskId, Client client) {
        access.check(session);
        return tx.execute(status -> {
            CustomerPlanTasks.Receipt done = PortalReads.as(session, () -> tasks.confirm(session.customerId(), taskId));
            access.record(session, "RECEIPT_CONFIRMED", "#" + taskId, client);
            return done;
        });
    }
}
