package com.siteline.complaint;

import com.siteline.base.Actors;
import com.siteline.base.InputProblems;
import com.siteline.base.InvalidInputException;
import com.siteline.base.Message;
import com.siteline.base.RefusedException;
import com.siteline.base.RowVersion;
import com.siteline.complaint.internal.Compensation;
import com.siteline.complaint.internal.CompensationRepository;
import com.siteline.issue.IssueDetails;
import com.siteline.issue.IssueQueries;
import com.siteline.notification.Notice;
import com.siteline.notification.NotificationService;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.Role;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Compensation (补偿) on an issue: proposed with an amount and a reason; approved or rejected by a user whose level in
 * the unit covers the amount ({@link CompensationLimits}), never by its proposer or the issue's handler; given to the
 * customer once approved. A proposal tells the approvers of the lowest level that covers it (the responsible team's
 * lead, the unit's managers, the company's administrators; the next level when nobody else holds that one).
 */
@Service
@Transactional(readOnly = true)
public class Compensations {

    public static final int REASON_MAX = 1000;

    private final CompensationRepository compensations;
    private final CompensationLimits limits;
    private final ComplaintHandling handling;
    private final IssueQueries issues;
    private final OrganizationService organization;
    private final NotificationService notifications;
    private final Clock clock;

    Compensations(
            CompensationRepository compensations,
            CompensationLimits limits,
            ComplaintHandling handling,
            IssueQueries issues,
            OrganizationService organization,
            NotificationService notifications,
            Clock clock) {
        this.compensations = compensations;
        this.limits = limits;
        this.handling = handling;
        this.issues = issues;
        this.organization = organization;
        this.notifications = notifications;
        this.clock = clock;
    }

    /**
     * Proposes a compensation on an issue the user sees.
     *
     * @throws InvalidInputException naming the amount (not above 0, more than two decimals, above every level's limit)
     *     or the reason; nothing is stored
     */
    @Transactional
    @PreAuthorize(Role.Can.WORK)
    public CompensationRow propose(NewCompensation input) {
        String user = Actors.current();
        InputProblems problems = new InputProblems();
        IssueDetails issue =
                input.issueId() != null && issues.visible(input.issueId()) ? issues.get(input.issueId()) : null;
        if (issue == null) {
            problems.add(NewCompensation.Field.ISSUE_ID, "compensation.error.issue");
        }
        BigDecimal amount = input.amount();
        Optional<ApprovalLevel> level = Optional.empty();
        if (amount == null
                || amount.signum() <= 0
                || amount.stripTrailingZeros().scale() > 2
                || amount.compareTo(CompensationLimits.MAX) > 0) {
            problems.add(NewCompensation.Field.AMOUNT, "compensation.error.amount");
        } else if (issue != null) {
            level = limits.of(issue.businessUnitId()).lowestCovering(amount);
            if (level.isEmpty()) {
                problems.add(NewCompensation.Field.AMOUNT, "compensation.error.above-every-level");
            }
        }
        if (input.reason() == null || input.reason().isBlank()) {
            problems.add(NewCompensation.Field.REASON, "compensation.error.reason");
        }
        problems.maxLength(
                NewCompensation.Field.REASON, input.reason(), REASON_MAX, "compensation.error.reason-length");
        problems.refuseIfAny();
        Compensation saved = compensations.saveAndFlush(new Compensation(
                issue.businessUnitId(),
                issue.id(),
                issue.title(),
                CompensationLimits.money(amount),
                input.reason().strip(),
                level.orElseThrow(),
                user,
                clock.instant()));
        for (String approver : approvers(saved, issue)) {
            notifications.send(new Notice(
                    approver,
                    issue.id(),
                    "COMPENSATION_TO_APPROVE",
                    "compensation-" + saved.getId() + "-approve-" + approver,
                    List.of(
                            Message.value(yuan(saved.getAmount())),
                            Message.value("#" + issue.id() + " " + issue.title()))));
        }
        return row(saved);
    }

    /** Who is told to decide: the holders of the lowest level that covers the amount other than the proposer and handler. */
    private Set<String> approvers(Compensation compensation, IssueDetails issue) {
        long unit = compensation.getBusinessUnitId();
        for (ApprovalLevel level : ApprovalLevel.values()) {
            if (level.compareTo(compensation.getLevelNeeded()) < 0) {
                continue;
            }
            Set<String> holders = new LinkedHashSet<>(
                    switch (level) {
                        case TEAM_LEAD -> teamLeads(issue);
                        case UNIT_MANAGER -> organization.usersWithRole(unit, Role.MANAGER);
                        case COMPANY -> organization.usersWithRole(unit, Role.ADMIN);
                    });
            holders.remove(compensation.getProposedBy());
            holders.remove(issue.assignee());
            if (!holders.isEmpty()) {
                return holders;
            }
        }
        return Set.of();
    }

    private List<String> teamLeads(IssueDetails issue) {
        ComplaintView view = handling.of(issue.id());
        if (view.responsible() != null && view.responsible().lead() != null) {
            return List.of(view.responsible().lead());
        }
        return handling.teamsOf(issue.businessUnitId()).stream()
                .map(ComplaintView.Team::lead)
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toList();
    }

    /**
     * Approves or rejects a proposed compensation.
     *
     * @throws RefusedException when the user proposed it or handles the issue, when their level's limit in the unit is
     *     below the amount (naming that limit: a lower level neither approves nor rejects what it may not grant), or
     *     when it is no longer proposed
     */
    @Transactional
    @PreAuthorize(Role.Can.WORK)
    public CompensationRow decide(long id, long expectedVersion, boolean approve, String note) {
        String user = Actors.current();
        Compensation compensation = load(id, expectedVersion);
        if (compensation.getState() != CompensationState.PROPOSED) {
            throw new RefusedException("compensation.refused.state");
        }
        IssueDetails issue = issues.get(compensation.getIssueId());
        if (user.equals(compensation.getProposedBy()) || user.equals(issue.assignee())) {
            throw new RefusedException("compensation.refused.handler");
        }
        Optional<BigDecimal> authority = limits.authorityOf(user, compensation.getBusinessUnitId());
        if (authority.isEmpty()) {
            throw new RefusedException("compensation.refused.no-level");
        }
        if (compensation.getAmount().compareTo(authority.get()) > 0) {
            throw new RefusedException(
                    "compensation.refused.limit",
                    Message.value(yuan(authority.get())),
                    Message.value(yuan(compensation.getAmount())));
        }
        String text = note == null || note.isBlank() ? null : note.strip();
        if (!approve && text == null) {
            throw new InvalidInputException(List.of("compensation.error.why"));
        }
        if (text != null && text.length() > REASON_MAX) {
            throw new InvalidInputException(List.of("compensation.error.reason-length"));
        }
        compensation.decided(approve, user, text, clock.instant());
        Compensation saved = compensations.saveAndFlush(compensation);
        if (!user.equals(saved.getProposedBy())) {
            notifications.send(new Notice(
                    saved.getProposedBy(),
                    saved.getIssueId(),
                    approve ? "COMPENSATION_APPROVED" : "COMPENSATION_REJECTED",
                    "compensation-" + saved.getId() + "-decided",
                    List.of(Message.value(yuan(saved.getAmount())), Message.value(saved.getIssueTitle()))));
        }
        return row(saved);
    }

    /**
     * Records that an approved compensation was given to the customer (by its proposer, the issue's handler or a
     * manager of the unit).
     *
     * @throws RefusedException when it is not approved or the user is none of those
     */
    @Transactional
    @PreAuthorize(Role.Can.WORK)
    public CompensationRow given(long id, long expectedVersion) {
        String user = Actors.current();
        Compensation compensation = load(id, expectedVersion);
        if (compensation.getState() != CompensationState.APPROVED) {
            throw new RefusedException("compensation.refused.state");
        }
        IssueDetails issue = issues.get(compensation.getIssueId());
        if (!user.equals(compensation.getProposedBy())
                && !user.equals(issue.assignee())
                && !organization
                        .usersWithRole(compensation.getBusinessUnitId(), Role.MANAGER)
                        .contains(user)) {
            throw new RefusedException("compensation.refused.give");
        }
        compensation.given(user, clock.instant());
        return row(compensations.saveAndFlush(compensation));
    }

    /** An issue's compensations, oldest first. */
    public List<CompensationRow> ofIssue(long issueId) {
        issues.get(issueId);
        return compensations.findByIssueIdOrderByIdAsc(issueId).stream()
                .map(this::row)
                .toList();
    }

    /** Every compensation of the user's units, the latest first. */
    public List<CompensationRow> all() {
        Map<Long, String> units = organization.unitNamesOf(Actors.current());
        return compensations.findAllByOrderByProposedAtDesc().stream()
                .filter(c -> units.containsKey(c.getBusinessUnitId()))
                .map(c -> row(c, units))
                .toList();
    }

    /** Whether the user may decide a compensation: proposed, not theirs nor their issue's, within their authority. */
    public boolean mayDecide(CompensationRow row, String user, String assignee) {
        return row.state() == CompensationState.PROPOSED
                && !user.equals(row.proposedBy())
                && !user.equals(assignee)
                && limits.authorityOf(user, row.businessUnitId())
                        .filter(max -> row.amount().compareTo(max) <= 0)
                        .isPresent();
    }

    /** The proposed compensations the user may approve. */
    public List<CompensationRow> waitingFor(String user) {
        Map<Long, String> units = organization.unitNamesOf(user);
        return compensations.findByStateOrderByProposedAtAsc(CompensationState.PROPOSED).stream()
                .filter(c -> units.containsKey(c.getBusinessUnitId()))
                .map(c -> row(c, units))
                .filter(r -> mayDecide(r, user, issues.get(r.issueId()).assignee()))
                .toList();
    }

    /** An amount as the screens and notices write it: ¥1,234.50. */
    public static String yuan(BigDecimal amount) {
        return String.format(java.util.Locale.ROOT, "¥%,.2f", amount);
    }

    private Compensation load(long id, long expectedVersion) {
        Compensation compensation =
                compensations.findById(id).orElseThrow(() -> new NoSuchElementException("no compensation " + id));
        RowVersion.check(Compensation.class, id, compensation.getVersion(), expectedVersion);
        return compensation;
    }

    private CompensationRow row(Compensation c) {
        return row(c, organization.unitNameOf(c.getBusinessUnitId()));
    }

    private static CompensationRow row(Compensation c, Map<Long, String> units) {
        return new CompensationRow(
                c.getId(),
                c.getVersion(),
                c.getBusinessUnitId(),
                units.get(c.getBusinessUnitId()),
                c.getIssueId(),
                c.getIssueTitle(),
                c.getAmount(),
                c.getReason(),
                c.getLevelNeeded(),
                c.getState(),
                c.getProposedBy(),
                c.getProposedAt(),
                c.getDecidedBy(),
                c.getDecidedAt(),
                c.getDecisionNote(),
                c.getGivenBy(),
                c.getGivenAt());
    }
}
