package com.siteline.issue;

import com.siteline.base.Message;
import com.siteline.communication.CommunicationService;
import com.siteline.communication.LogEntry;
import com.siteline.issue.internal.CustomerIssue;
import com.siteline.issue.internal.DeadlineKeeper;
import com.siteline.issue.internal.IssueEvent;
import com.siteline.issue.internal.IssueEventRepository;
import com.siteline.issue.internal.IssueRepository;
import com.siteline.notification.Notice;
import com.siteline.notification.NotificationService;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.Role;
import com.siteline.organization.Teams;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The response-time timer's work, run by db-scheduler on one node at a time: takes the issues whose
 * next alert is due (an indexed query, never a scan), climbs one step of their escalation ladder
 * each (warn the handler, or the unit's managers when nobody handles it, at the lead time; tell the lead
 * of the handler's team, or the unit's managers when the handler is in no team, and the handler at the
 * breach; tell the unit's admins a further delay later), records the step
 * on the issue, and tells authors of promised replies that fell due. Each notice has a dedup key,
 * so a step raised twice (two nodes, a retried run) is sent once. Each run also retries the emails of
 * notices that a mail server did not take ({@link NotificationService#retryEmails}).
 */
@Service
public class ResponseTimeSweep {

    private static final Logger log = LoggerFactory.getLogger(ResponseTimeSweep.class);
    public static final int BATCH = 500;

    private final IssueRepository issues;
    private final IssueEventRepository events;
    private final DeadlineKeeper deadlines;
    private final NotificationService notifications;
    private final OrganizationService organization;
    private final CommunicationService communications;
    private final TransactionTemplate perIssue;
    private final Teams teams;

    ResponseTimeSweep(
            IssueRepository issues,
            IssueEventRepository events,
            DeadlineKeeper deadlines,
            NotificationService notifications,
            OrganizationService organization,
            CommunicationService communications,
            PlatformTransactionManager transactions,
            Teams teams) {
        this.teams = teams;
        this.issues = issues;
        this.events = events;
        this.deadlines = deadlines;
        this.notifications = notifications;
        this.organization = organization;
        this.communications = communications;
        this.perIssue = new TransactionTemplate(transactions);
    }

    /** The ids of issues with an alert due: the breach sweep's query (benchmarked). */
    public List<Long> dueAlerts(Instant now, int limit) {
        return issues.dueAlerts(now, PageRequest.of(0, limit));
    }

    /** One run: every due alert and promised reply, in batches; returns how many notices went out. */
    public int run(Instant now) {
        int sent = 0;
        List<Long> due;
        Set<Long> seen = new LinkedHashSet<>();
        // who leads each unit, read once per run rather than once per issue
        java.util.Map<String, List<String>> leads = new java.util.HashMap<>();
        do {
            due = dueAlerts(now, BATCH);
            for (long id : due) {
                if (seen.add(id)) {
                    sent += step(id, now, leads);
                }
            }
        } while (due.size() == BATCH && !seen.containsAll(due));
        for (long id : communications.duePromises(now, BATCH)) {
            sent += promise(id, now);
        }
        // and emails a mail server would not take earlier, whose next try has come
        sent += notifications.retryEmails(now, BATCH);
        return sent;
    }

    private List<String> withRole(java.util.Map<String, List<String>> leads, long unitId, Role role) {
        return leads.computeIfAbsent(unitId + "/" + role, k -> organization.usersWithRole(unitId, role));
    }

    private int step(long id, Instant now, java.util.Map<String, List<String>> leads) {
        try {
            Integer sent = perIssue.execute(tx -> {
                CustomerIssue issue = issues.findById(id).orElse(null);
                if (issue == null
                        || issue.getNextAlertAt() == null
                        || issue.getNextAlertAt().isAfter(now)) {
                    return 0;
                }
                int step = issue.getEscalationStep();
                DeadlineKind kind = deadlines.kindDue(issue);
                Instant due = issue.runningDue();
                if (step == 0 && due != null && !due.isAfter(now)) {
                    // the deadline has already passed (the run came late, or the warning fell after it): a warning
                    // that it "is due at" a past moment would contradict itself, so the breach notice goes instead
                    step = 1;
                }
                List<String> recipients = new ArrayList<>();
                String noticeKind;
                switch (step) {
                    case 0 -> {
                        noticeKind = "SLA_WARNING";
                        recipients.add(issue.getAssignee() != null ? issue.getAssignee() : null);
                        if (issue.getAssignee() == null) {
                            recipients.addAll(withRole(leads, issue.getBusinessUnitId(), Role.MANAGER));
                        }
                    }
                    case 1 -> {
                        // the breach goes to the lead of the handler's team, else to the unit's managers
                        noticeKind = "SLA_BREACH";
                        java.util.Optional<String> teamLead = issue.getAssignee() == null
                                ? java.util.Optional.empty()
                                : teams.leadOf(issue.getAssignee(), issue.getBusinessUnitId());
                        teamLead.ifPresentOrElse(
                                recipients::add,
                                () -> recipients.addAll(withRole(leads, issue.getBusinessUnitId(), Role.MANAGER)));
                        if (issue.getAssignee() != null) {
                            recipients.add(issue.getAssignee());
                        }
                    }
                    default -> {
                        noticeKind = "SLA_ESCALATION";
                        recipients.addAll(withRole(leads, issue.getBusinessUnitId(), Role.ADMIN));
                    }
                }
                int count = 0;
                for (String recipient : new LinkedHashSet<>(recipients)) {
                    if (recipient == null) {
                        continue;
                    }
                    String key = "sla:" + issue.getId() + ":" + due.getEpochSecond() + ":" + step + ":" + recipient;
                    if (notifications.send(new Notice(
                            recipient,
                            issue.getId(),
                            noticeKind,
                            key,
                            List.of(
                                    Message.value("#" + issue.getId() + " " + issue.getTitle()),
                                    Message.key(kind.messageKey()),
                                    Message.at(due))))) {
                        count++;
                    }
                }
                events.save(new IssueEvent(
                        issue.getId(),
                        now,
                        "system",
                        IssueEventKind.ESCALATION,
                        null,
                        null,
                        noticeKind + " " + kind + " "
                                + String.join(
                                        ",",
                                        new LinkedHashSet<>(recipients.stream()
                                                .filter(java.util.Objects::nonNull)
                                                .toList()))));
                issue.setEscalationStep(step + 1);
                issue.setNextAlertAt(deadlines.alertTime(issue));
                issues.saveAndFlush(issue);
                return count;
            });
            return sent == null ? 0 : sent;
        } catch (ObjectOptimisticLockingFailureException e) {
            // the issue changed meanwhile (a reply, another node): its next alert is recomputed there
            log.debug("Issue {} changed during its escalation step; left to the next run", id);
            return 0;
        }
    }

    private int promise(long id, Instant now) {
        try {
            return communications
                    .claimPromiseAlert(id, now)
                    .map((LogEntry entry) -> notifications.send(new Notice(
                                    entry.author(),
                                    entry.issueId(),
                                    "PROMISE_DUE",
                                    "promise:" + entry.id(),
                                    List.of(
                                            Message.value(entry.customerName()),
                                            Message.at(entry.promisedReplyAt()),
                                            Message.value(entry.content()))))
                            ? 1
                            : 0)
                    .orElse(0);
        } catch (ObjectOptimisticLockingFailureException e) {
            return 0;
        }
    }
}
