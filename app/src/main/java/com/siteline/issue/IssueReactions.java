package com.siteline.issue;

import com.siteline.communication.CommunicationService;
import com.siteline.communication.ContactLogged;
import com.siteline.communication.PromisesChanged;
import com.siteline.customer.CustomerRenamed;
import com.siteline.customer.CustomerRetyped;
import com.siteline.issue.internal.DeadlineKeeper;
import com.siteline.issue.internal.IssueRepository;
import com.siteline.search.SearchSync;
import java.time.Clock;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How issues follow what happens elsewhere: a contact logged on an issue meets its first response, a
 * promise made or kept moves its promised reply time, a renamed customer is renamed on their issues.
 */
@Component
class IssueReactions {

    private final IssueRepository issues;

    @jakarta.persistence.PersistenceContext
    private jakarta.persistence.EntityManager em;

    private final DeadlineKeeper deadlines;
    private final CommunicationService communications;
    private final Clock clock;

    IssueReactions(
            IssueRepository issues, DeadlineKeeper deadlines, @Lazy CommunicationService communications, Clock clock) {
        this.issues = issues;
        this.deadlines = deadlines;
        this.communications = communications;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    void on(ContactLogged contact) {
        issues.findById(contact.issueId()).ifPresent(issue -> {
            deadlines.contacted(issue, contact.occurredAt(), clock.instant());
            issues.save(issue);
        });
    }

    @EventListener
    @Transactional
    void on(PromisesChanged changed) {
        issues.findById(changed.issueId()).ifPresent(issue -> {
            issue.setPromisedReplyAt(
                    communications.earliestOpenPromise(changed.issueId()).orElse(null));
            issue.touch(clock.instant());
            issues.save(issue);
        });
    }

    @EventListener
    @Transactional
    void on(CustomerRenamed renamed) {
        issues.rename(renamed.customerId(), renamed.name());
        // the bulk update bypasses the index's change tracking: the renamed issues are indexed with it
        SearchSync.changed(em, issues.findByCustomerIdOrderByCreatedAtDesc(renamed.customerId()));
    }

    /**
     * The customer's issues take their new type, so the inbox's filter and the reports' groups follow it (the
     * database stamps each row changed, so the counts kept ahead for the reports count those days again). The
     * response-time rule already chosen for an issue stays: a type is a criterion when an issue is raised or
     * reclassified, as the customer's tier is.
     */
    @EventListener
    @Transactional
    void on(CustomerRetyped retyped) {
        issues.retype(retyped.customerId(), retyped.type());
    }
}
