package com.siteline.portal;

import com.siteline.base.Actors;
import com.siteline.base.InvalidInputException;
import com.siteline.communication.CommunicationService;
import com.siteline.communication.LogEntry;
import com.siteline.communication.NewLogEntry;
import com.siteline.customer.Channel;
import com.siteline.organization.Role;
import com.siteline.plan.CommunicationHeld;
import com.siteline.plan.HeldRecord;
import com.siteline.plan.PlanTasks;
import com.siteline.plugin.VariantSnapshot;
import com.siteline.portal.internal.ProgressReport;
import com.siteline.portal.internal.ProgressReportRepository;
import com.siteline.portal.internal.ProgressReportRow;
import com.siteline.portal.internal.SharedEntryRepository;
import com.siteline.portal.internal.SharedEntryRow;
import com.siteline.portal.internal.SharedPhotoRepository;
import com.siteline.portal.internal.SharedPhotoRow;
import com.siteline.project.AttachmentService;
import com.siteline.project.ProjectFile;
import com.siteline.project.ProjectService;
import com.siteline.project.ProjectSummary;
import com.siteline.project.StageEvent;
import com.siteline.sdk.PlanLine;
import com.siteline.sla.UserZones;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The weekly progress report (每周进度汇报) of a project of the user's units: a draft prefilled from the week's records,
 * edited by the project manager, sent to the customer (kept for the portal, told, and recorded in the log).
 */
@Service
@Transactional(readOnly = true)
public class WeeklyReports {

    public static final int REPORT_MAX = 4000;
    public static final int NEXT_MAX = 1000;

    private final ProjectService projects;
    private final AttachmentService attachments;
    private final SharedPhotoRepository shared;
    private final SharedEntryRepository entriesShared;
    private final ProgressReportRepository reports;
    private final CommunicationService communications;
    private final PortalSharing sharing;
    private final PortalAccess access;
    private final UserZones zones;
    private final Clock clock;
    private final PlanTasks plans;
    private final ApplicationEventPublisher events;

    WeeklyReports(
            ProjectService projects,
            AttachmentService attachments,
            SharedPhotoRepository shared,
            SharedEntryRepository entriesShared,
            ProgressReportRepository reports,
            CommunicationService communications,
            PortalSharing sharing,
            PortalAccess access,
            UserZones zones,
            Clock clock,
            PlanTasks plans,
            ApplicationEventPublisher events) {
        this.plans = plans;
        this.events = events;
        this.projects = projects;
        this.attachments = attachments;
        this.shared = shared;
        this.entriesShared = entriesShared;
        this.reports = reports;
        this.communications = communications;
        this.sharing = sharing;
        this.access = access;
        this.zones = zones;
        this.clock = clock;
    }

    /**
     * The weekly report's draft: the week's stage moves and the photos shared in it, in the user's language; the
     * project manager edits it before sending. The week is the oldest one whose planned report is still open (a late
     * report speaks for the week it owes), else this week.
     */
    public ReportDraft draftReport(long projectId, Locale locale) {
        ProjectSummary project = project(projectId);
        ZoneId zone = zones.zoneOf(Actors.current());
        LocalDate thisWeek =
                LocalDate.now(clock.withZone(zone)).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate monday = plans.reportWeekDue(projectId)
                .filter(week -> week.isBefore(thisWeek))
                .orElse(thisWeek);
        Instant from = monday.atStartOfDay(zone).toInstant();
        VariantSnapshot variant = projects.variantOf(projectId);
        StringBuilder text = new StringBuilder();
        text.append(access.i18n(locale, "portal.report.draft.opening", project.customerName(), project.name()))
                .append('\n');
        for (StageEvent move : projects.history(projectId)) {
            if (!move.at().isBefore(from)) {
                String to = move.toStage() == null
                        ? access.i18n(locale, "portal.report.draft.completed")
                        : variant.stage(move.toStage())
                                .map(s -> s.name().get(locale))
                                .orElse(move.toStage());
                text.append("• ")
                        .append(access.i18n(locale, "portal.report.draft.moved", to))
                        .append('\n');
            }
        }
        String current = variant.stage(project.currentStageId())
                .map(s -> s.name().get(locale))
                .orElse(project.currentStageId());
        text.append("• ")
                .append(access.i18n(locale, "portal.report.draft.current", current))
                .append('\n');
        Set<Long> sharedEntries = entriesShared.findByProjectId(projectId).stream()
                .map(SharedEntryRow::getLogEntryId)
                .collect(Collectors.toSet());
        if (project.customerId() != null) {
            communications.ofProject(project.customerId(), projectId).stream()
                    .filter(e ->
                            sharedEntries.contains(e.id()) && !e.occurredAt().isBefore(from))
                    .sorted(java.util.Comparator.comparing(LogEntry::occurredAt))
                    .forEach(e -> text.append("• ")
                            .append(e.content().length() > 80 ? e.content().substring(0, 80) + "…" : e.content())
                            .append('\n'));
        }
        Set<Long> images = attachments.filesOf(projectId).stream()
                .filter(ProjectFile::image)
                .map(ProjectFile::id)
                .collect(Collectors.toSet());
        List<Long> photos = shared.findByProjectId(projectId).stream()
                .filter(p -> !p.getSharedAt().isBefore(from))
                .map(SharedPhotoRow::getAttachmentId)
                .filter(images::contains)
                .sorted()
                .toList();
        if (!photos.isEmpty()) {
            text.append("• ")
                    .append(access.i18n(locale, "portal.report.draft.photos", photos.size()))
                    .append('\n');
        }
        text.append(access.i18n(locale, "portal.report.draft.next"));
        return new ReportDraft(monday, text.toString(), photos);
    }

    /** A weekly report's draft: the week's Monday, the text, the photos shared that week. */
    public record ReportDraft(LocalDate weekStart, String body, List<Long> photoIds) {}

    /**
     * Sends the weekly report: kept for the portal, the customer told, and recorded in the communication log.
     *
     * @param customerNext what the customer must do next week (需客户配合事项), or nothing
     * @throws InvalidInputException when the text is empty or too long, the week is not a Monday up to this week, or a
     *                               photo is not one of the project's
     */
    @Transactional
    @PreAuthorize(Role.Can.WORK)
    public ProgressReport sendReport(
            long projectId, LocalDate weekStart, String body, String customerNext, List<Long> photoIds) {
        ProjectSummary project = project(projectId);
        List<String> problems = new ArrayList<>();
        LocalDate today = LocalDate.now(clock.withZone(zones.zoneOf(Actors.current())));
        if (weekStart == null || weekStart.getDayOfWeek() != DayOfWeek.MONDAY || weekStart.isAfter(today)) {
            problems.add("portal.error.report-week");
        }
        if (customerNext != null && customerNext.strip().length() > NEXT_MAX) {
            problems.add("portal.error.report-next");
        }
        if (body == null || body.isBlank()) {
            problems.add("portal.error.report");
        } else if (body.strip().length() > REPORT_MAX) {
            problems.add("portal.error.report-length");
        }
        if (com.siteline.knowledge.StandardReplies.unfilled(body)
                || com.siteline.knowledge.StandardReplies.unfilled(customerNext)) {
            problems.add("log.error.unfilled");
        }
        Set<Long> images = attachments.filesOf(projectId).stream()
                .filter(ProjectFile::image)
                .map(ProjectFile::id)
                .collect(Collectors.toSet());
        List<Long> photos = photoIds == null
                ? List.of()
                : photoIds.stream().distinct().limit(50).toList();
        if (!images.containsAll(photos)) {
            problems.add("portal.error.report-photo");
        }
        if (project.customerId() == null) {
            problems.add("portal.error.no-customer");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        photos.forEach(p -> sharing.share(projectId, p, true));
        Instant now = clock.instant();
        ProgressReportRow row = reports.save(new ProgressReportRow(
                project.businessUnitId(),
                project.customerId(),
                projectId,
                weekStart,
                body.strip(),
                customerNext == null || customerNext.isBlank() ? null : customerNext.strip(),
                photos.stream().map(String::valueOf).collect(Collectors.joining(",")),
                Actors.current(),
                now));
        // the plan's report task of that week is held by it
        events.publishEvent(new CommunicationHeld(
                projectId,
                new HeldRecord(PlanLine.HeldBy.WEEKLY_REPORT, row.getId(), null, now, weekStart, body.strip())));
        communications.record(new NewLogEntry(
                project.customerId(),
                projectId,
                null,
                now,
                null,
                Channel.OTHER,
                project.customerName(),
                body.strip(),
                access.i18n(Locale.SIMPLIFIED_CHINESE, "portal.report.logged"),
                null,
                false));
        access.tellAbout(
                project.customerId(),
                projectId,
                "PORTAL_REPORT",
                "portal.message.report.subject",
                "portal.message.report",
                project.customerName(),
                project.name(),
                access.link("portal/projects/" + projectId));
        return Confirmations.report(row);
    }

    /** The project's weekly reports, newest first. */
    public List<ProgressReport> reports(long projectId) {
        project(projectId);
        return reports.findByProjectIdOrderBySentAtDesc(projectId).stream()
                .map(Confirmations::report)
                .toList();
    }

    private ProjectSummary project(long projectId) {
        if (!projects.visible(projectId)) {
            throw new NoSuchElementException("no project " + projectId);
        }
        return projects.get(projectId);
    }
}
