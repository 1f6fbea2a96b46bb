package com.siteline.job;

import com.siteline.base.Actors;
import com.siteline.base.AttachmentFile;
import com.siteline.base.InputProblems;
import com.siteline.base.InvalidInputException;
import com.siteline.base.Message;
import com.siteline.base.RefusedException;
import com.siteline.base.RowVersion;
import com.siteline.base.grid.ColumnFilter;
import com.siteline.base.grid.JpaGrid;
import com.siteline.base.grid.TextIndex;
import com.siteline.base.grid.UnitScopedGridSource;
import com.siteline.communication.CommunicationService;
import com.siteline.communication.LogEntry;
import com.siteline.issue.Deadline;
import com.siteline.issue.DeadlineKind;
import com.siteline.issue.IssueDetails;
import com.siteline.issue.IssueQueries;
import com.siteline.issue.IssueService;
import com.siteline.issue.NewIssue;
import com.siteline.job.internal.JobGrid;
import com.siteline.job.internal.JobPhoto;
import com.siteline.job.internal.JobPhotoRepository;
import com.siteline.job.internal.RepairJob;
import com.siteline.job.internal.RepairJobRepository;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.Role;
import com.siteline.plugin.VariantCatalog;
import com.siteline.project.AttachmentService;
import com.siteline.project.ProjectService;
import com.siteline.project.ProjectSummary;
import com.siteline.sdk.BusinessVariant;
import com.siteline.sdk.IssueType;
import com.siteline.sdk.Urgency;
import com.siteline.sdk.WarrantyTerm;
import com.siteline.sla.CalendarService;
import com.siteline.sla.UserZones;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Repair and warranty jobs (报修 / 保修): a repair request becomes a job with its response limit and on-site limit
 * (上门时限) taken from the request's response-time rule (its first-response and resolution targets); dispatched
 * to a technician or crew, on site, completed (work done, materials, charge), confirmed by the customer — which
 * starts the plugin's return visit. A job of a project still under warranty says so; one out of warranty is
 * dispatched only after the customer accepted a quote.
 */
@Service
@Transactional(readOnly = true)
public class Jobs extends UnitScopedGridSource<RepairJob, JobSummary> {

    public static final int TEXT_MAX = 2000;

    /** The {@code jobs} grid's {@code late} choice: the technician arrived after the on-site limit, or is not there. */
    public static final String LATE = com.siteline.job.internal.JobGrid.LATE;

    private final RepairJobRepository jobs;
    private final IssueQueries issues;
    private final ProjectService projects;
    private final OrganizationService organization;
    private final ApplicationEventPublisher publisher;
    private final Period warranty;
    private final Clock clock;
    private final CalendarService calendars;
    private final JpaGrid<RepairJob> grid;
    private final JobPhotoRepository photos;
    private final VariantCatalog catalog;
    private final CommunicationService communications;
    private final IssueService issueService;

    Jobs(
            CommunicationService communications,
            @org.springframework.context.annotation.Lazy IssueService issueService,
            VariantCatalog catalog,
            JobPhotoRepository photos,
            RepairJobRepository jobs,
            IssueQueries issues,
            ProjectService projects,
            OrganizationService organization,
            ApplicationEventPublisher publisher,
            @Value("${siteline.jobs.warranty:P2Y}") Period warranty,
            Clock clock,
            EntityManager em,
            UserZones zones,
            TextIndex textIndex,
            CalendarService calendars) {
        super(em, organization::unitNamesOf);
        this.calendars = calendars;
        this.communications = communications;
        this.issueService = issueService;
        this.catalog = catalog;
        this.photos = photos;
        this.jobs = jobs;
        this.issues = issues;
        this.projects = projects;
        this.organization = organization;
        this.publisher = publisher;
        this.warranty = warranty;
        this.clock = clock;
        this.grid = new JpaGrid<>(
                        RepairJob.class,
                        JobGrid.DEFINITION,
                        zones::zoneOf,
                        (text, user) -> (root, q, cb) -> cb.or(
                                cb.like(root.get("customerName"), "%" + JpaGrid.escape(text) + "%", '\\'),
                                cb.like(root.get("title"), "%" + JpaGrid.escape(text) + "%", '\\'),
                                cb.like(root.get("technician"), "%" + JpaGrid.escape(text) + "%", '\\')))
                .indexedBy(textIndex, "customerName", "title", "technician");
        this.grid.bind("late", (filter, user) -> (root, q, cb) -> {
            jakarta.persistence.criteria.Path<Instant> due = root.get("onSiteDue");
            jakarta.persistence.criteria.Path<Instant> arrived = root.get("arrivedAt");
            // as JobSummary.onSiteLate: arrived after the limit, or not arrived (nor cancelled) and it has passed
            jakarta.persistence.criteria.Predicate late = cb.and(
                    cb.isNotNull(due),
                    cb.or(
                            cb.and(cb.isNotNull(arrived), cb.greaterThan(arrived, due)),
                            cb.and(
                                    cb.isNull(arrived),
                                    root.get("state").in(JobState.REQUESTED, JobState.DISPATCHED),
                                    cb.lessThan(due, clock.instant()))));
            java.util.Set<String> values = ((ColumnFilter.Choice) filter).values();
            if (values.contains(com.siteline.job.internal.JobGrid.LATE)
                    && values.contains(com.siteline.job.internal.JobGrid.ON_TIME)) {
                return cb.conjunction();
            }
            return values.contains(com.siteline.job.internal.JobGrid.LATE) ? late : cb.not(late);
        });
        this.grid.bind(
                "warranty",
                (filter, user) -> (root, q, cb) -> root.get("inWarranty")
                        .in(((ColumnFilter.Choice) filter)
                                .values().stream().map(Boolean::valueOf).toList()));
    }

    /**
     * Makes the job of a repair request (one per request): its limits from the request's deadlines, in or out of
     * warranty by its project's completion and the host's default period.
     */
    @Transactional
    @PreAuthorize(Role.Can.WORK)
    public JobSummary create(long issueId) {
        return create(issueId, null);
    }

    /**
     * The same for the work of one trade: in warranty until the project's completion plus that trade's term, as the
     * project's variant declares it ({@link #warrantyTerms}); {@code trade} null: the host's default period.
     */
    @Transactional
    @PreAuthorize(Role.Can.WORK)
    public JobSummary create(long issueId, String trade) {
        String username = Actors.current();
        Map<Long, String> units = organization.unitNamesOf(username);
        if (!issues.visible(issueId)) {
            throw new NoSuchElementException("no issue " + issueId);
        }
        IssueDetails issue = issues.get(issueId);
        if (issue.type() != IssueType.REPAIR_REQUEST) {
            throw new RefusedException("job.refused.not-repair");
        }
        if (!issue.status().isOpen()) {
            throw new RefusedException("job.refused.closed");
        }
        if (jobs.findByIssueId(issueId).isPresent()) {
            throw new RefusedException("job.refused.exists");
        }
        Period period = warranty;
        if (trade != null) {
            period = warrantyTerms(issue.variantId()).stream()
                    .filter(t -> t.trade().equals(trade))
                    .findFirst()
                    .map(WarrantyTerm::period)
                    .orElseThrow(() -> new RefusedException("job.refused.trade"));
        }
        LocalDate until = null;
        // the days of the unit's own calendar zone: completed and reported on the unit's dates
        ZoneId zone = calendars.calendarFor(issue.businessUnitId()).zone();
        if (issue.projectId() != null && projects.visible(issue.projectId())) {
            ProjectSummary project = projects.get(issue.projectId());
            if (project.completedAt() != null) {
                until = project.completedAt().atZone(zone).toLocalDate().plus(period);
            }
        }
        LocalDate today = LocalDate.now(clock.withZone(zone));
        boolean inWarranty = until != null && !today.isAfter(until);
        RepairJob job = jobs.saveAndFlush(new RepairJob(
                issue.businessUnitId(),
                issue.variantId(),
                issueId,
                issue.customerId(),
                issue.customerName(),
                issue.projectId(),
                issue.title(),
                due(issue, DeadlineKind.FIRST_RESPONSE),
                due(issue, DeadlineKind.RESOLUTION),
                inWarranty,
                until,
                trade,
                username,
                clock.instant()));
        return summary(job, units);
    }

    /**
     * A repair reported in a conversation: a repair request for the log entry's customer (and project) with what was
     * said, and its job, the entry filed under the new issue, in one step; everything or nothing is stored. An entry
     * already about an issue is refused (its job is made from that issue).
     */
    @Transactional
    @PreAuthorize(Role.Can.WORK)
    public JobSummary createFromLogEntry(long entryId, String trade) {
        LogEntry entry = communications.get(entryId);
        if (entry.issueId() != null) {
            throw new RefusedException("job.refused.entry-has-issue");
        }
        String content = entry.content().strip();
        String firstLine = content.lines().findFirst().orElse(content).strip();
        IssueDetails issue = issueService.create(new NewIssue(
                entry.customerId(),
                entry.projectId(),
                firstLine.length() > 100 ? firstLine.substring(0, 100) : firstLine,
                content.length() > 4000 ? content.substring(0, 4000) : content,
                IssueType.REPAIR_REQUEST,
                "after-sales",
                Urgency.NORMAL));
        JobSummary job = create(issue.id(), trade);
        communications.raisedFrom(entryId, issue.id());
        return job;
    }

    /** The warranty terms per trade the variant declares (empty: one default period for the whole project). */
    public List<WarrantyTerm> warrantyTerms(String variantId) {
        return variantId == null
                ? List.of()
                : catalog.startedVariant(variantId)
                        .map(BusinessVariant::warrantyTerms)
                        .orElse(List.of());
    }

    /** The host's default warranty period, for a project whose variant declares no terms or a job with no trade. */
    public Period defaultWarranty() {
        return warranty;
    }

    private static Instant due(IssueDetails issue, DeadlineKind kind) {
        return issue.deadlines().stream()
                .filter(d -> d.kind() == kind)
                .map(Deadline::due)
                .findFirst()
                .orElse(null);
    }

    /**
     * The problems of a step, each on its field; none when it can be taken. A dispatch names a technician of the
     * job's unit and a window on a day whose end is still ahead ({@code now}, in the unit's zone).
     */
    static InputProblems problemsOf(
            JobSummary job, JobState target, JobStep step, List<String> technicians, Instant now, ZoneId zone) {
        InputProblems problems = new InputProblems();
        switch (target) {
            case DISPATCHED -> {
                if (blank(step.technician())
                        || !technicians.contains(step.technician().strip())) {
                    problems.add(JobStep.Field.TECHNICIAN, "job.error.technician");
                }
                if (step.appointmentDay() == null) {
                    problems.add(JobStep.Field.APPOINTMENT_DAY, "job.error.appointment-day");
                } else if (step.appointmentFrom() == null
                        || step.appointmentTo() == null
                        || !step.appointmentFrom().isBefore(step.appointmentTo())) {
                    problems.add(JobStep.Field.APPOINTMENT_TO, "job.error.appointment-window");
                } else if (!step.appointmentDay()
                        .atTime(step.appointmentTo())
                        .atZone(zone)
                        .toInstant()
                        .isAfter(now)) {
                    problems.add(JobStep.Field.APPOINTMENT_DAY, "job.error.appointment-past");
                }
                if (!job.inWarranty()
                        && job.quoteAcceptedAt() == null
                        && (step.quote() == null || step.quote().signum() <= 0 || !step.quoteAccepted())) {
                    problems.add(JobStep.Field.QUOTE, "job.error.quote");
                }
            }
            case COMPLETED -> {
                if (blank(step.workDone())
                        || step.workDone().strip().length() > TEXT_MAX
                        || (step.materials() != null && step.materials().strip().length() > 1000)) {
                    problems.add(JobStep.Field.WORK_DONE, "job.error.work");
                }
                if ((step.charge() != null && step.charge().signum() < 0)
                        || (!job.inWarranty() && step.charge() == null)) {
                    problems.add(JobStep.Field.CHARGE, "job.error.charge");
                }
                if (step.photos().size() > JobStep.PHOTOS_MAX) {
                    problems.add(JobStep.Field.PHOTOS, "job.error.photos-count");
                }
                for (AttachmentFile photo : step.photos()) {
                    String problem = AttachmentService.photoProblem(photo.contentType(), photo.content());
                    if (problem != null) {
                        problems.add(JobStep.Field.PHOTOS, problem);
                    }
                }
            }
            case CONFIRMED -> {
                if (blank(step.confirmedBy()) || step.confirmedBy().strip().length() > 100) {
                    problems.add(JobStep.Field.CONFIRMED_BY, "job.error.confirmed-by");
                }
            }
            default -> {}
        }
        return problems;
    }

    /**
     * Takes the job's next step: dispatch, arrival, completion, the customer's confirmation (after which the return
     * visit is made), or cancellation.
     *
     * @throws InvalidInputException what the step needs (nothing stored)
     */
    @Transactional
    @PreAuthorize(Role.Can.FIELD_WORK)
    public JobSummary step(long id, long expectedVersion, JobState target, JobStep step) {
        String username = Actors.current();
        Map<Long, String> units = organization.unitNamesOf(username);
        RepairJob job = load(id, units);
        RowVersion.check(RepairJob.class, id, job.getVersion(), expectedVersion);
        if (technicianOnly(username)
                && (!username.equals(job.getTechnicianUsername())
                        || (target != JobState.ON_SITE && target != JobState.COMPLETED))) {
            // a technician arrives at and completes the jobs sent to them; dispatch and the rest are the office's
            throw new RefusedException("job.refused.technician");
        }
        JobState from = job.getState();
        boolean allowed = switch (target) {
            case DISPATCHED -> from == JobState.REQUESTED;
            case ON_SITE -> from == JobState.DISPATCHED;
            case COMPLETED -> from == JobState.ON_SITE;
            case CONFIRMED -> from == JobState.COMPLETED;
            case CANCELLED -> from.open() && from != JobState.COMPLETED;
            case REQUESTED -> false;
        };
        if (!allowed) {
            throw new RefusedException(
                    "job.refused.step", Message.key("job.state.", from), Message.key("job.state.", target));
        }
        ZoneId zone = calendars.calendarFor(job.getBusinessUnitId()).zone();
        List<com.siteline.organization.Technician> technicians =
                target == JobState.DISPATCHED ? organization.technicians(job.getBusinessUnitId()) : List.of();
        problemsOf(
                        summary(job, units),
                        target,
                        step,
                        technicians.stream()
                                .map(com.siteline.organization.Technician::username)
                                .toList(),
                        clock.instant(),
                        zone)
                .refuseIfAny();
        Instant now = clock.instant();
        switch (target) {
            case DISPATCHED -> {
                if (!job.isInWarranty() && job.getQuoteAcceptedAt() == null) {
                    job.quoteAccepted(step.quote(), now);
                }
                com.siteline.organization.Technician technician = technicians.stream()
                        .filter(t -> t.username().equals(step.technician().strip()))
                        .findFirst()
                        .orElseThrow();
                job.dispatch(
                        technician.displayName(),
                        technician.username(),
                        technician.phone(),
                        step.appointmentDay()
                                .atTime(step.appointmentFrom())
                                .atZone(zone)
                                .toInstant(),
                        step.appointmentDay()
                                .atTime(step.appointmentTo())
                                .atZone(zone)
                                .toInstant(),
                        now);
            }
            case ON_SITE -> job.arrived(now);
            case COMPLETED -> {
                job.completed(step.workDone().strip(), trim(step.materials()), step.charge(), now);
                for (AttachmentFile photo : step.photos()) {
                    photos.save(new JobPhoto(
                            id,
                            AttachmentService.safeName(photo.fileName()),
                            photo.contentType().toLowerCase(java.util.Locale.ROOT),
                            photo.content(),
                            username,
                            now));
                }
            }
            case CONFIRMED -> job.confirmed(step.confirmedBy().strip(), now);
            case CANCELLED -> job.cancel();
            default -> {}
        }
        RepairJob saved = jobs.saveAndFlush(job);
        if (target == JobState.CONFIRMED) {
            completed(saved, now);
        }
        if (target == JobState.DISPATCHED) {
            publisher.publishEvent(new JobDispatched(summary(saved, units), zone));
        }
        return summary(saved, units);
    }

    /** A user who is a technician and nothing more: they work on the jobs sent to them only. */
    private boolean technicianOnly(String username) {
        return organization
                .findAccount(username)
                .map(a -> a.roles().equals(java.util.Set.of(Role.TECHNICIAN)))
                .orElse(false);
    }

    /** A confirmed job is done: its return visit follows ({@link JobCompleted}). */
    void completed(RepairJob confirmed, Instant now) {
        publisher.publishEvent(new JobCompleted(
                confirmed.getId(),
                confirmed.getBusinessUnitId(),
                confirmed.getVariantId(),
                confirmed.getCustomerId(),
                confirmed.getCustomerName(),
                confirmed.getProjectId(),
                confirmed.getTitle(),
                null,
                now));
    }

    /** The completion photos of a job of the user's units (ids, in the order taken). */
    public List<Long> photos(long jobId) {
        load(jobId, organization.unitNamesOf(Actors.current()));
        return photos.idsOf(jobId);
    }

    /** A completion photo of a job of the user's units. */
    public Optional<AttachmentFile> photo(long photoId) {
        Map<Long, String> units = organization.unitNamesOf(Actors.current());
        return photos.findById(photoId)
                .filter(p -> jobs.findById(p.getJobId())
                        .filter(j -> units.containsKey(j.getBusinessUnitId()))
                        .isPresent())
                .map(p -> new AttachmentFile(p.getFileName(), p.getContentType(), p.getData()));
    }

    public JobSummary get(long id) {
        Map<Long, String> units = organization.unitNamesOf(Actors.current());
        return summary(load(id, units), units);
    }

    public Optional<JobSummary> ofIssue(long issueId) {
        Map<Long, String> units = organization.unitNamesOf(Actors.current());
        return jobs.findByIssueId(issueId)
                .filter(j -> units.containsKey(j.getBusinessUnitId()))
                .map(j -> summary(j, units));
    }

    public List<JobSummary> ofCustomer(long customerId) {
        Map<Long, String> units = organization.unitNamesOf(Actors.current());
        return jobs.findByCustomerIdOrderByCreatedAtDesc(customerId).stream()
                .filter(j -> units.containsKey(j.getBusinessUnitId()))
                .map(j -> summary(j, units))
                .toList();
    }

    public List<JobSummary> ofProject(long projectId) {
        Map<Long, String> units = organization.unitNamesOf(Actors.current());
        return jobs.findByProjectIdOrderByCreatedAtDesc(projectId).stream()
                .filter(j -> units.containsKey(j.getBusinessUnitId()))
                .map(j -> summary(j, units))
                .toList();
    }

    @Override
    public JpaGrid<RepairJob> grid() {
        return grid;
    }

    @Override
    protected JobSummary toRow(RepairJob job, Map<Long, String> units) {
        return summary(job, units);
    }

    static JobSummary summary(RepairJob j, Map<Long, String> units) {
        return new JobSummary(
                j.getId(),
                j.getVersion(),
                j.getBusinessUnitId(),
                units.get(j.getBusinessUnitId()),
                j.getVariantId(),
                j.getIssueId(),
                j.getCustomerId(),
                j.getCustomerName(),
                j.getProjectId(),
                j.getTitle(),
                j.getState(),
                j.getResponseDue(),
                j.getOnSiteDue(),
                j.isInWarranty(),
                j.getWarrantyUntil(),
                j.getQuote(),
                j.getQuoteAcceptedAt(),
                j.getTechnician(),
                j.getDispatchedAt(),
                j.getArrivedAt(),
                j.getCompletedAt(),
                j.getWorkDone(),
                j.getMaterials(),
                j.getCharge(),
                j.getConfirmedAt(),
                j.getConfirmedBy(),
                j.getCreatedBy(),
                j.getCreatedAt(),
                j.getWarrantyTrade(),
                j.getTechnicianUsername(),
                j.getTechnicianPhone(),
                j.getAppointmentFrom(),
                j.getAppointmentTo());
    }

    private RepairJob load(long id, Map<Long, String> units) {
        return jobs.findById(id)
                .filter(j -> units.containsKey(j.getBusinessUnitId()))
                .orElseThrow(() -> new NoSuchElementException("no job " + id));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String trim(String text) {
        return blank(text) ? null : text.strip();
    }
}
