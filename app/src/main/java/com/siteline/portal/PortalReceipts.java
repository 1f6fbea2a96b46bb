package com.siteline.portal;

import com.siteline.customer.CustomerService;
import com.siteline.plan.CustomerPlanTasks;
import com.siteline.plan.ReceiptAsked;
import com.siteline.project.ProjectService;
import com.siteline.sdk.PlanLine;
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
    private final ProjectService projects;
    private final CustomerService customers;

    PortalReceipts(
            CustomerPlanTasks tasks,
            PortalAccess access,
            PortalReads reads,
            PlatformTransactionManager transactions,
            ProjectService projects,
            CustomerService customers) {
        this.projects = projects;
        this.customers = customers;
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

    /**
     * A communication held that asks the customer to confirm receipt: a call, a WeChat message or a visit told them
     * nothing through Siteline, so they are sent a message (stored with the write that held it) with the link to
     * confirm. A weekly report's and a meeting's minutes' own messages link to them already; their confirmation
     * waits on the portal's start page without a second message.
     */
    @org.springframework.context.event.EventListener
    public void on(ReceiptAsked asked) {
        if (asked.heldBy() != PlanLine.HeldBy.LOG_ENTRY) {
            return;
        }
        projects.owner(asked.projectId())
                .map(com.siteline.base.RecordOwner::customerId)
                .map(customers::contactOf)
                .ifPresent(customer -> access.tellAbout(
                        customer.id(),
                        asked.projectId(),
                        "PORTAL_RECEIPT",
                        "portal.message.receipt.subject",
                        "portal.message.receipt",
                        customer.name(),
                        asked.projectName(),
                        asked.goal(),
                        access.link("portal/receipts/" + asked.taskId())));
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
