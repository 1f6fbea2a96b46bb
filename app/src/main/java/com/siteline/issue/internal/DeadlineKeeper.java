package com.siteline.issue.internal;

import com.siteline.issue.Deadline;
import com.siteline.issue.DeadlineKind;
import com.siteline.issue.IssueStatus;
import com.siteline.issue.PauseSpan;
import com.siteline.sdk.IssueType;
import com.siteline.sla.CustomerTier;
import com.siteline.sla.DeadlineClock;
import com.siteline.sla.Pause;
import com.siteline.sla.ResponseRule;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * Keeps an issue's response-time deadlines: the rule's targets are copied onto the issue when it is
 * raised or reclassified (an admin's later rule edit applies to new issues only), and the deadlines
 * are recomputed at every event: reply, status change, pause and resume. While the issue waits for
 * the customer its clock stands still; every pause is kept, so time paused stays exact.
 *
 * <p>Escalation ladder of the earliest unmet deadline: warn the handler at the lead time before it,
 * tell the lead of the handler's team (else the unit's managers) at the breach, the unit's admins a further
 * delay later. Both delays come from the rule;
 * a rule that leaves them empty gets a lead time of a quarter of the target (15 min to 4 h) and a
 * further delay of half of it (30 min to 8 h).
 */
@Component
public class DeadlineKeeper {

    private final DeadlineClock clock;
    private final IssuePauseRepository pauses;

    DeadlineKeeper(DeadlineClock clock, IssuePauseRepository pauses) {
        this.clock = clock;
        this.pauses = pauses;
    }

    /** Takes the targets of the rule that now matches the issue (none: no deadlines). */
    public void assignRule(CustomerIssue issue, String stageId, CustomerTier customerTier) {
        var applied = issue.getType() == null || issue.getUrgency() == null
                ? java.util.Optional.<DeadlineClock.AppliedRule>empty()
                : clock.ruleFor(
                        issue.getVariantId(),
                        new ResponseRule.IssueFacts(
                                issue.getType(),
                                issue.getCategoryId(),
                                issue.getUrgency(),
                                stageId,
                                customerTier,
                                issue.getCustomerType()));
        issue.setRulePlugin(applied.map(DeadlineClock.AppliedRule::pluginId).orElse(null));
        issue.setRuleNumber(applied.map(DeadlineClock.AppliedRule::number).orElse(null));
        issue.setBusinessTime(applied.map(a -> a.rule().businessTime()).orElse(null));
        issue.setFirstResponseMinutes(
                applied.map(a -> a.rule().firstResponseMinutes()).orElse(null));
        issue.setNextUpdateMinutes(
                applied.map(a -> a.rule().nextUpdateMinutes()).orElse(null));
        issue.setResolutionMinutes(
                applied.map(a -> a.rule().resolutionMinutes()).orElse(null));
        issue.setWarnLeadMinutes(applied.map(a -> a.rule().warnLeadMinutes()).orElse(null));
        issue.setEscalateAfterMinutes(
                applied.map(a -> a.rule().escalateAfterMinutes()).orElse(null));
    }

    /** The status changed: pauses start and end, resolution is reached or undone; then recompute. */
    public void statusChanged(CustomerIssue issue, IssueStatus from, IssueStatus to, Instant now) {
        if (to == IssueStatus.WAITING_CUSTOMER && issue.getPausedSince() == null) {
            issue.setPausedSince(now);
            pauses.save(new IssuePause(issue.getId(), now, issue.getPauseReason()));
        } else if (from == IssueStatus.WAITING_CUSTOMER && issue.getPausedSince() != null) {
            pauses.findByIssueIdOrderByPausedFromAsc(issue.getId()).stream()
                    .filter(p -> p.getPausedTo() == null)
                    .forEach(p -> p.end(now));
            issue.setPausedSince(null);
        }
        if (to == IssueStatus.FEEDBACK_GIVEN) {
            countUpdate(issue, now);
            issue.setResolvedAt(now);
            if (issue.getFirstRespondedAt() == null) {
                issue.setFirstRespondedAt(now);
                issue.setFirstResponseTaken(taken(issue, now));
            }
            issue.setResolutionTaken(taken(issue, now));
            issue.setLastUpdateAt(now);
        } else if ((from == IssueStatus.FEEDBACK_GIVEN || !from.isOpen()) && to == IssueStatus.IN_PROGRESS) {
            issue.setResolvedAt(null);
            issue.setResolutionTaken(null);
            issue.reopened();
        }
        recompute(issue, now);
    }

    /**
     * A contact with the customer was logged on the issue: the first response, then each update. A contact that
     * took place before the issue was raised (the call it was raised from, filed under it) is no response to it.
     */
    public void contacted(CustomerIssue issue, Instant at, Instant now) {
        if (at.isBefore(issue.getCreatedAt())) {
            return;
        }
        if (issue.getType() == IssueType.COMPLAINT && issue.getFirstRespondedAt() == null) {
            // a complaint's first response is the reply with its handling plan (seed 003), not any contact
            lastUpdate(issue, at);
            recompute(issue, now);
            return;
        }
        if (issue.getFirstRespondedAt() != null && !at.isBefore(issue.getFirstRespondedAt())) {
            countUpdate(issue, at);
        }
        if (issue.getFirstRespondedAt() == null || at.isBefore(issue.getFirstRespondedAt())) {
            issue.setFirstRespondedAt(at);
            issue.setFirstResponseTaken(taken(issue, at));
        }
        lastUpdate(issue, at);
        recompute(issue, now);
    }

    /** The latest contact with the customer, kept as the issue's last update. */
    private static void lastUpdate(CustomerIssue issue, Instant at) {
        if (issue.getLastUpdateAt() == null || at.isAfter(issue.getLastUpdateAt())) {
            issue.setLastUpdateAt(at);
        }
    }

    /** The handling plan was given at {@code at}: the first response when there was none, else an update. */
    public void planGiven(CustomerIssue issue, Instant at) {
        if (issue.getFirstRespondedAt() == null) {
            issue.setFirstRespondedAt(at);
            issue.setFirstResponseTaken(taken(issue, at));
        } else {
            countUpdate(issue, at);
        }
        lastUpdate(issue, at);
        recompute(issue, at);
    }

    /**
     * An update reached the customer at {@code at} while a next-update deadline ran: it counts once, met when
     * in time. (A deadline that passes with no update counts as missed in the report until one comes.)
     */
    private static void countUpdate(CustomerIssue issue, Instant at) {
        if (issue.getNextUpdateDue() != null && issue.getResolvedAt() == null && issue.getPausedSince() == null) {
            issue.countNextUpdate(!at.isAfter(issue.getNextUpdateDue()));
        }
    }

    /** Minutes of target time from raised to {@code at}, pauses not counted; null without a rule. */
    private Long taken(CustomerIssue issue, Instant at) {
        if (issue.getBusinessTime() == null) {
            return null;
        }
        List<Pause> closed = closedPauses(issue);
        return clock.elapsed(issue.getBusinessUnitId(), issue.getBusinessTime(), issue.getCreatedAt(), at, closed);
    }

    /** Recomputes the deadlines, the earliest one still to meet, and when the next alert is due. */
    public void recompute(CustomerIssue issue, Instant now) {
        Instant previousDue = issue.getNextDueAt();
        if (issue.getBusinessTime() == null) {
            issue.setFirstResponseDue(null);
            issue.setNextUpdateDue(null);
            issue.setResolutionDue(null);
            issue.setNextDueAt(CustomerIssue.NO_DEADLINE);
            issue.setNextAlertAt(null);
            return;
        }
        if (issue.getPausedSince() == null) {
            List<Pause> closed = closedPauses(issue);
            issue.setFirstResponseDue(due(issue, issue.getCreatedAt(), issue.getFirstResponseMinutes(), closed));
            issue.setResolutionDue(due(issue, issue.getCreatedAt(), issue.getResolutionMinutes(), closed));
            issue.setNextUpdateDue(
                    issue.getFirstRespondedAt() == null || issue.getResolvedAt() != null
                            ? null
                            : due(issue, issue.getLastUpdateAt(), issue.getNextUpdateMinutes(), closed));
        }
        boolean running = issue.getStatus().isOpen() && issue.getPausedSince() == null;
        Instant next = running
                ? Stream.of(
                                issue.getFirstRespondedAt() == null ? issue.getFirstResponseDue() : null,
                                issue.getNextUpdateDue(),
                                issue.getResolvedAt() == null ? issue.getResolutionDue() : null)
                        .filter(Objects::nonNull)
                        .min(Instant::compareTo)
                        .orElse(null)
                : null;
        issue.setNextDueAt(next == null ? CustomerIssue.NO_DEADLINE : next);
        if (!Objects.equals(previousDue, issue.getNextDueAt())) {
            issue.setEscalationStep(0);
        }
        issue.setNextAlertAt(alertTime(issue));
    }

    /** When the next step of the ladder is due for the earliest deadline, or null when nothing is left to do. */
    public Instant alertTime(CustomerIssue issue) {
        Instant due = issue.runningDue();
        if (due == null) {
            return null;
        }
        long target = targetOf(issue, kindDue(issue));
        Duration lead =
                issue.getWarnLeadMinutes() != null ? Duration.ofMinutes(issue.getWarnLeadMinutes()) : leadTime(target);
        Duration further = issue.getEscalateAfterMinutes() != null
                ? Duration.ofMinutes(issue.getEscalateAfterMinutes())
                : furtherDelay(target);
        return switch (issue.getEscalationStep()) {
            case 0 -> due.minus(lead);
            case 1 -> due;
            case 2 -> due.plus(further);
            default -> null;
        };
    }

    /** Which of the deadlines is the earliest one still to meet. */
    public DeadlineKind kindDue(CustomerIssue issue) {
        Instant due = issue.runningDue();
        if (due == null) {
            return null;
        }
        if (due.equals(issue.getFirstResponseDue()) && issue.getFirstRespondedAt() == null) {
            return DeadlineKind.FIRST_RESPONSE;
        }
        if (due.equals(issue.getNextUpdateDue())) {
            return DeadlineKind.NEXT_UPDATE;
        }
        return DeadlineKind.RESOLUTION;
    }

    public static Duration leadTime(long targetMinutes) {
        return Duration.ofMinutes(Math.clamp(targetMinutes / 4, 15, 240));
    }

    public static Duration furtherDelay(long targetMinutes) {
        return Duration.ofMinutes(Math.clamp(targetMinutes / 2, 30, 480));
    }

    /** The deadlines as of now, for chips and the issue page. */
    public List<Deadline> deadlines(CustomerIssue issue, Instant now) {
        List<Deadline> list = new ArrayList<>();
        if (issue.getBusinessTime() == null) {
            return list;
        }
        add(
                list,
                issue,
                DeadlineKind.FIRST_RESPONSE,
                issue.getFirstResponseMinutes(),
                issue.getFirstResponseDue(),
                issue.getFirstRespondedAt(),
                now);
        add(list, issue, DeadlineKind.NEXT_UPDATE, issue.getNextUpdateMinutes(), issue.getNextUpdateDue(), null, now);
        add(
                list,
                issue,
                DeadlineKind.RESOLUTION,
                issue.getResolutionMinutes(),
                issue.getResolutionDue(),
                issue.getResolvedAt(),
                now);
        return list;
    }

    private void add(
            List<Deadline> list,
            CustomerIssue issue,
            DeadlineKind kind,
            Long target,
            Instant due,
            Instant met,
            Instant now) {
        if (target == null || due == null) {
            return;
        }
        boolean business = Boolean.TRUE.equals(issue.getBusinessTime());
        long left = met != null
                ? 0
                : clock.minutesLeft(
                        issue.getBusinessUnitId(),
                        business,
                        issue.getPausedSince() != null ? issue.getPausedSince() : now,
                        due);
        Deadline.State state;
        if (met != null || !issue.getStatus().isOpen()) {
            state = Deadline.State.MET;
        } else if (issue.getPausedSince() != null) {
            state = Deadline.State.PAUSED;
        } else if (!due.isAfter(now)) {
            state = Deadline.State.BREACHED;
        } else if (!due.minus(
                        issue.getWarnLeadMinutes() != null
                                ? Duration.ofMinutes(issue.getWarnLeadMinutes())
                                : leadTime(target))
                .isAfter(now)) {
            state = Deadline.State.NEARING;
        } else {
            state = Deadline.State.ON_TRACK;
        }
        list.add(new Deadline(kind, target, business, due, met, left, state));
    }

    private static long targetOf(CustomerIssue issue, DeadlineKind kind) {
        Long minutes = switch (kind) {
            case FIRST_RESPONSE -> issue.getFirstResponseMinutes();
            case NEXT_UPDATE -> issue.getNextUpdateMinutes();
            case RESOLUTION -> issue.getResolutionMinutes();
        };
        return minutes == null ? 60 : minutes;
    }

    private Instant due(CustomerIssue issue, Instant start, Long minutes, List<Pause> closed) {
        if (minutes == null || start == null) {
            return null;
        }
        return clock.due(
                issue.getBusinessUnitId(), Boolean.TRUE.equals(issue.getBusinessTime()), start, minutes, closed);
    }

    private List<Pause> closedPauses(CustomerIssue issue) {
        if (issue.getId() == null) {
            return List.of();
        }
        return pauses.findByIssueIdOrderByPausedFromAsc(issue.getId()).stream()
                .filter(p -> p.getPausedTo() != null)
                .map(p -> new Pause(p.getPausedFrom(), p.getPausedTo()))
                .toList();
    }

    /** The pauses of an issue with their reasons, open one last (ending now), for the issue page. */
    public List<PauseSpan> pausesOf(long issueId, Instant now) {
        return pauses.findByIssueIdOrderByPausedFromAsc(issueId).stream()
                .map(p -> new PauseSpan(
                        p.getPausedFrom(),
                        p.getPausedTo() == null ? now : p.getPausedTo(),
                        p.getReason(),
                        p.getPausedTo() == null))
                .toList();
    }
}
