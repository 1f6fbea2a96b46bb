package com.siteline.followup;

import com.siteline.base.Actors;
import com.siteline.followup.internal.ReturnVisit;
import com.siteline.followup.internal.ReturnVisitRepository;
import com.siteline.followup.internal.VisitOutcome;
import com.siteline.issue.IssueDetails;
import com.siteline.issue.IssueQueries;
import com.siteline.issue.IssueService;
import com.siteline.plugin.VariantCatalog;
import com.siteline.sdk.FollowUpSchedule;
import com.siteline.sdk.IssueType;
import com.siteline.sla.BusinessCalendar;
import com.siteline.sla.CalendarService;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Complaint revisits (投诉回访) in the return visits: made when a complaint is closed, ended when it is revisited on its
 * own page, and, when made, the complaint revisited with what the customer said.
 */
@Service
class ComplaintRevisits {

    private final ReturnVisitRepository visits;
    private final VariantCatalog catalog;
    private final CalendarService calendars;
    private final IssueService issues;
    private final IssueQueries queries;
    private final Clock clock;
    private final int complaintRevisitDays;

    ComplaintRevisits(
            ReturnVisitRepository visits,
            VariantCatalog catalog,
            CalendarService calendars,
            @Lazy IssueService issues,
            @Lazy IssueQueries queries,
            Clock clock,
            @Value("${siteline.visits.complaint-revisit-days:3}") int complaintRevisitDays) {
        this.visits = visits;
        this.catalog = catalog;
        this.calendars = calendars;
        this.issues = issues;
        this.queries = queries;
        this.clock = clock;
        this.complaintRevisitDays = complaintRevisitDays;
    }

    /** The source key prefix of a complaint's revisit. */
    static final String COMPLAINT = "complaint:";

    /**
     * A complaint was closed: its revisit (投诉回访) is due by the variant's complaint schedule (SDK 1.6
     * {@code COMPLAINT_CLOSED}), or, where the variant declares none, {@code siteline.visits.complaint-revisit-days}
     * after the close (moved to a working day); its handler calls, and the visit ladder follows it like any visit.
     * Recording it revisits the complaint; a complaint revisited on its own page ends the task ({@link IssueRevisited}).
     */
    @EventListener
    @Transactional
    public void on(com.siteline.issue.IssueClosed closed) {
        if (closed.type() != IssueType.COMPLAINT) {
            return;
        }
        BusinessCalendar calendar = calendars.calendarFor(closed.businessUnitId());
        LocalDate day = closed.closedAt().atZone(calendar.zone()).toLocalDate();
        // the variant's complaint schedules (id and offsets), else the core's one revisit
        Map<String, List<Period>> schedules = new java.util.LinkedHashMap<>();
        if (closed.variantId() != null) {
            catalog.startedVariant(closed.variantId()).stream()
                    .flatMap(v -> v.followUpSchedules().stream())
                    .filter(s -> s.trigger() == FollowUpSchedule.Trigger.COMPLAINT_CLOSED)
                    .forEach(s -> schedules.put(s.id(), s.offsets()));
        }
        if (schedules.isEmpty()) {
            schedules.put("complaint-revisit", List.of(Period.ofDays(complaintRevisitDays)));
        }
        Instant now = clock.instant();
        for (Map.Entry<String, List<Period>> schedule : schedules.entrySet()) {
            for (int i = 0; i < schedule.getValue().size(); i++) {
                Period offset = schedule.getValue().get(i);
                String key = COMPLAINT + closed.issueId() + ":" + schedule.getKey() + ":" + (i + 1);
                if (!visits.existsBySourceKey(key)) {
                    visits.save(new ReturnVisit(
                            key,
                            closed.businessUnitId(),
                            closed.variantId() == null ? "core" : closed.variantId(),
                            schedule.getKey(),
                            i + 1,
                            offset.toString(),
                            closed.customerId(),
                            closed.customerName(),
                            closed.projectId(),
                            closed.title(),
                            closed.assignee(),
                            VisitDates.due(day, offset, calendar),
                            now));
                }
            }
        }
    }

    /** A complaint revisited on its own page: its revisit task is done there, so it is no longer due here. */
    @EventListener
    @Transactional
    public void on(com.siteline.issue.IssueRevisited revisited) {
        visits.findBySourceKeyStartingWith(COMPLAINT + revisited.issueId() + ":").stream()
                .filter(v -> v.getState() == VisitState.DUE)
                .forEach(v -> v.cancel(Actors.current(), clock.instant()));
    }

    /** A complaint's revisit made: the complaint is revisited with what the customer said (if it is still closed). */
    void revisited(String sourceKey, VisitOutcome outcome) {
        long issueId = Long.parseLong(sourceKey.substring(COMPLAINT.length()).split(":")[0]);
        IssueDetails issue = queries.get(issueId);
        if (issue.status() != com.siteline.issue.IssueStatus.CLOSED) {
            return;
        }
        StringBuilder note = new StringBuilder();
        if (outcome.satisfaction() != null) {
            note.append("★".repeat(outcome.satisfaction())).append(' ');
        }
        if (outcome.remarks() != null && !outcome.remarks().isBlank()) {
            note.append(outcome.remarks().strip());
        }
        if (outcome.problems() != null && !outcome.problems().isBlank()) {
            note.append(note.isEmpty() ? "" : " · ").append(outcome.problems().strip());
        }
        issues.move(
                issueId,
                issue.version(),
                com.siteline.issue.IssueStatus.REVISITED,
                com.siteline.issue.StepInput.note(
                        note.toString().strip())); // a reached visit has its satisfaction: never empty
    }
}
