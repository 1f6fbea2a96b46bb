package com.siteline.portal;

import com.siteline.base.AttachmentFile;
import com.siteline.base.InvalidInputException;
import com.siteline.base.Thumbnails;
import com.siteline.communication.CommunicationService;
import com.siteline.issue.CustomerIssues;
import com.siteline.issue.IssueDetails;
import com.siteline.issue.IssueStatus;
import com.siteline.job.CustomerJobs;
import com.siteline.job.JobState;
import com.siteline.job.JobSummary;
import com.siteline.plugin.VariantSnapshot;
import com.siteline.portal.internal.ConfirmationRepository;
import com.siteline.portal.internal.ConfirmationRow;
import com.siteline.portal.internal.PortalUploadRepository;
import com.siteline.portal.internal.PortalUploadRow;
import com.siteline.portal.internal.ProgressReportRepository;
import com.siteline.portal.internal.SharedEntryRepository;
import com.siteline.portal.internal.SharedEntryRow;
import com.siteline.portal.internal.SharedPhotoRepository;
import com.siteline.portal.internal.SharedPhotoRow;
import com.siteline.project.AttachmentService;
import com.siteline.project.ChecklistResults;
import com.siteline.project.CustomerProjects;
import com.siteline.project.ProjectFile;
import com.siteline.project.ProjectSummary;
import com.siteline.project.StageEvent;
import com.siteline.sdk.IssueType;
import com.siteline.sdk.LocalizedText;
import com.siteline.sdk.StageDefinition;
import com.siteline.sdk.StageRequirement;
import com.siteline.survey.SurveyAnswers;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The customer's side of the portal (written confirmations are {@link CustomerConfirmations}'). Every read and step takes the customer's {@link PortalSession}, checks it
 * again (a revoked or run-out access ends here) and reaches only that customer's own records: another customer's
 * project, issue, photo, confirmation or survey is "not found", and the attempt is recorded. Reads and steps go to
 * the core as the customer ({@link PortalReads}), after the portal has checked whose record it is.
 */
@Service
public class CustomerPortal {

    public static final int PHOTOS_MAX = 5;
    public static final List<String> PHOTO_TYPES = AttachmentService.PHOTO_TYPES;

    private final PortalAccess access;
    private final CustomerProjects projects;
    private final CustomerIssues issues;
    private final SurveyAnswers surveys;
    private final CustomerJobs jobs;
    private final CommunicationService communications;
    private final SharedEntryRepository entries;
    private final SharedPhotoRepository shared;
    private final ConfirmationRepository confirmations;
    private final ProgressReportRepository reports;
    private final PortalUploadRepository uploads;
    private final Confirmations codec;
    private final Thumbnails thumbnails;
    private final Clock clock;
    private final TransactionTemplate tx;
    private final PortalReads reads;

    CustomerPortal(
            PortalAccess access,
            CustomerProjects projects,
            CustomerIssues issues,
            SurveyAnswers surveys,
            CustomerJobs jobs,
            CommunicationService communications,
            SharedEntryRepository entries,
            SharedPhotoRepository shared,
            ConfirmationRepository confirmations,
            ProgressReportRepository reports,
            PortalUploadRepository uploads,
            Confirmations codec,
            Thumbnails thumbnails,
            Clock clock,
            PlatformTransactionManager transactions,
            PortalReads reads) {
        this.reads = reads;
        this.access = access;
        this.projects = projects;
        this.issues = issues;
        this.surveys = surveys;
        this.jobs = jobs;
        this.communications = communications;
        this.entries = entries;
        this.shared = shared;
        this.confirmations = confirmations;
        this.reports = reports;
        this.uploads = uploads;
        this.codec = codec;
        this.thumbnails = thumbnails;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
    }

    /** The start page. */
    public PortalViews.Home home(PortalSession session) {
        return read(session, () -> {
            long customer = session.customerId();
            List<PortalViews.ProjectCard> cards = new ArrayList<>();
            for (ProjectSummary p : projects.of(customer)) {
                VariantSnapshot variant = projects.variant(customer, p.id());
                int index = indexOf(variant, p.currentStageId());
                cards.add(new PortalViews.ProjectCard(
                        p.id(),
                        p.name(),
                        p.address(),
                        variant.stage(p.currentStageId())
                                .map(StageDefinition::name)
                                .orElse(null),
                        index + 1,
                        variant.stages().size(),
                        p.closed()));
            }
            List<PortalViews.Need> needs = new ArrayList<>();
            for (ConfirmationRow row : confirmations.findByCustomerIdAndStateOrderByRequestedAtAsc(
                    customer, ConfirmationRow.State.PENDING)) {
                needs.add(new PortalViews.Need(
                        row.getKind() == ConfirmationRow.Kind.CHANGE_ORDER
                                ? PortalViews.Need.Kind.CHANGE_ORDER
                                : PortalViews.Need.Kind.CONFIRMATION,
                        row.getId(),
                        row.getTitle(),
                        row.getProjectId()));
            }
            List<IssueDetails> mine = issues.of(customer);
            mine.stream()
                    .filter(i -> i.status() == IssueStatus.FEEDBACK_GIVEN)
                    .forEach(i -> needs.add(
                            new PortalViews.Need(PortalViews.Need.Kind.RESOLUTION, i.id(), i.title(), i.projectId())));
            mine.stream()
                    .filter(i -> jobs.ofIssue(customer, i.id())
                            .filter(j -> j.state() == JobState.COMPLETED)
                            .isPresent())
                    .forEach(i -> needs.add(
                            new PortalViews.Need(PortalViews.Need.Kind.REPAIR_DONE, i.id(), i.title(), i.projectId())));
            surveys.openFor(customer)
                    .forEach(s -> needs.add(new PortalViews.Need(
                            PortalViews.Need.Kind.SURVEY, s.id(), s.survey().subject(), null)));
            return new PortalViews.Home(session.customerName(), cards, needs, mine);
        });
    }

    /** One of the customer's projects; empty (and the attempt recorded) for any other. */
    public Optional<PortalViews.Project> project(PortalSession session, long projectId, Client client) {
        Optional<PortalViews.Project> project = read(session, () -> {
            long customer = session.customerId();
            Optional<ProjectSummary> summary = projects.find(customer, projectId);
            if (summary.isEmpty()) {
                return Optional.<PortalViews.Project>empty();
            }
            ProjectSummary p = summary.get();
            VariantSnapshot variant = projects.variant(customer, projectId);
            return Optional.of(new PortalViews.Project(
                    p,
                    stages(customer, p, variant),
                    photoGroups(customer, p, variant),
                    confirmations.findByProjectIdOrderByRequestedAtDesc(projectId).stream()
                            .filter(c -> c.getState() != ConfirmationRow.State.DRAFT
                                    && c.getState() != ConfirmationRow.State.WITHDRAWN)
                            .map(c -> codec.of(c, p.name()))
                            .toList(),
                    reports.findByProjectIdOrderBySentAtDesc(projectId).stream()
                            .map(Confirmations::report)
                            .toList(),
                    documents(customer, p),
                    communications.entriesOfCustomer(
                            customer,
                            entries.findByProjectId(projectId).stream()
                                    .map(SharedEntryRow::getLogEntryId)
                                    .toList())));
        });
        if (project.isEmpty()) {
            denied(session, "project " + projectId, client);
        }
        return project;
    }

    /** A shared file (a photo or a document) of one of the customer's projects, as a preview or in full; empty otherwise. */
    public Optional<AttachmentFile> photo(PortalSession session, long attachmentId, boolean preview, Client client) {
        Optional<AttachmentFile> file = read(
                session,
                () -> shared.findById(attachmentId)
                        .filter(row -> projects.find(session.customerId(), row.getProjectId())
                                .isPresent())
                        .flatMap(row -> projects.file(session.customerId(), row.getProjectId(), attachmentId))
                        .map(f -> preview ? previewOf(attachmentId, f) : f));
        if (file.isEmpty()) {
            denied(session, "photo " + attachmentId, client);
        }
        return file;
    }

    /** A photo the customer sent with one of their issues. */
    public Optional<AttachmentFile> upload(PortalSession session, long uploadId, boolean preview, Client client) {
        Optional<AttachmentFile> file = read(
                session,
                () -> uploads.findById(uploadId)
                        .filter(u -> u.getCustomerId() == session.customerId())
                        .map(u -> new AttachmentFile(u.getFileName(), u.getContentType(), u.getData()))
                        .map(f -> preview ? previewOf(-uploadId, f) : f));
        if (file.isEmpty()) {
            denied(session, "upload " + uploadId, client);
        }
        return file;
    }

    /** A photo of the completion of the customer's own repair job. */
    public Optional<AttachmentFile> jobPhoto(PortalSession session, long photoId, boolean preview, Client client) {
        Optional<AttachmentFile> file = read(
                session,
                () -> jobs.photo(session.customerId(), photoId)
                        .map(f -> preview ? previewOf(Long.MIN_VALUE / 2 + photoId, f) : f));
        if (file.isEmpty()) {
            denied(session, "job photo " + photoId, client);
        }
        return file;
    }

    private AttachmentFile previewOf(long key, AttachmentFile full) {
        byte[] small = thumbnails.of(key, full::content);
        return small == null ? full : new AttachmentFile(full.fileName(), "image/jpeg", small);
    }

    /** The customer's issue with its public timeline; empty for any other. */
    public Optional<PortalViews.Issue> issue(PortalSession session, long issueId, Client client) {
        Optional<PortalViews.Issue> issue = read(
                session,
                () -> issues.find(session.customerId(), issueId).map(d -> {
                    Optional<JobSummary> job = jobs.ofIssue(session.customerId(), issueId);
                    return new PortalViews.Issue(
                            d,
                            issues.publicTimeline(session.customerId(), issueId),
                            uploads.idsOf(issueId),
                            job,
                            job.map(j -> jobs.photos(session.customerId(), j.id()))
                                    .orElse(List.of()));
                }));
        if (issue.isEmpty()) {
            denied(session, "issue " + issueId, client);
        }
        return issue;
    }

    /**
     * The customer raises an issue with up to five photos: it lands in the inbox with channel "portal" and its
     * clock running. Everything is checked before anything is stored.
     *
     * @throws InvalidInputException naming each problem (text, type, project, photos)
     */
    public long raise(
            PortalSession session,
            Long projectId,
            IssueType type,
            boolean urgent,
            String title,
            String description,
            String contact,
            List<PortalViews.Upload> photos,
            Client client) {
        access.check(session);
        List<String> problems = new ArrayList<>();
        List<PortalViews.Upload> files = photos == null ? List.of() : photos;
        if (files.size() > PHOTOS_MAX) {
            problems.add("portal.error.photos-count");
        }
        for (PortalViews.Upload file : files) {
            String problem = photoProblem(file);
            if (problem != null && !problems.contains(problem)) {
                problems.add(problem);
            }
        }
        if (contact != null && contact.strip().length() > 200) {
            problems.add("portal.error.contact-length");
        }
        String text = description == null ? null : description.strip();
        if (contact != null && !contact.isBlank()) {
            text = (text == null || text.isEmpty() ? "" : text + "\n")
                    + access.i18n(Locale.SIMPLIFIED_CHINESE, "portal.issue.contact") + ": " + contact.strip();
        }
        String described = text;
        problems.addAll(
                0, read(session, () -> issues.problemsOf(session.customerId(), projectId, type, title, described)));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        long id = tx.execute(status -> {
            long raised = PortalReads.as(
                    session, () -> issues.raise(session.customerId(), projectId, type, urgent, title, described));
            Instant now = clock.instant();
            for (PortalViews.Upload file : files) {
                uploads.save(new PortalUploadRow(
                        session.customerId(),
                        raised,
                        AttachmentService.safeName(file.fileName()),
                        file.contentType().toLowerCase(Locale.ROOT),
                        file.content(),
                        now));
            }
            access.record(session, "ISSUE_RAISED", "#" + raised + " " + title.strip(), client);
            return raised;
        });
        return id;
    }

    /** Why a photo is refused (empty, too large, not a photo), or null when it is fine. */
    public static String photoProblem(PortalViews.Upload file) {
        return AttachmentService.photoProblem(file.contentType(), file.content());
    }

    /** The customer's word on the resolution: accepted, or not solved (with what is still wrong). */
    public IssueDetails answer(PortalSession session, long issueId, boolean solved, String note, Client client) {
        access.check(session);
        return tx.execute(status -> {
            IssueDetails answered =
                    PortalReads.as(session, () -> issues.answer(session.customerId(), issueId, solved, note));
            access.record(session, solved ? "RESOLUTION_ACCEPTED" : "RESOLUTION_REFUSED", "#" + issueId, client);
            return answered;
        });
    }

    /**
     * The customer confirms that the repair of their issue is done (the job completed by the technician), with
     * their name; the job's return visit follows.
     */
    public JobSummary confirmRepair(PortalSession session, long issueId, String name, Client client) {
        access.check(session);
        return tx.execute(status -> {
            JobSummary confirmed = PortalReads.as(session, () -> {
                JobSummary job = jobs.ofIssue(session.customerId(), issueId)
                        .orElseThrow(() -> new java.util.NoSuchElementException("no job of issue " + issueId));
                return jobs.confirm(session.customerId(), job.id(), name);
            });
            access.record(session, "REPAIR_CONFIRMED", "#" + issueId, client);
            return confirmed;
        });
    }

    /** A comment of the customer's on their issue. */
    public void comment(PortalSession session, long issueId, String text, Client client) {
        access.check(session);
        tx.executeWithoutResult(status -> {
            PortalReads.as(session, () -> issues.comment(session.customerId(), issueId, text));
            access.record(session, "COMMENT", "#" + issueId, client);
        });
    }

    /** The customer's open surveys. */
    public List<SurveyAnswers.PortalSurvey> surveys(PortalSession session) {
        return read(session, () -> surveys.openFor(session.customerId()));
    }

    /**
     * One of the customer's open surveys; empty when it is answered or run out, and when it is another customer's or
     * none at all (that attempt recorded, as on projects, issues and confirmations).
     */
    public Optional<SurveyAnswers.PortalSurvey> survey(PortalSession session, long surveyId, Client client) {
        Optional<SurveyAnswers.PortalSurvey> open =
                surveys(session).stream().filter(s -> s.id() == surveyId).findFirst();
        if (open.isEmpty() && !read(session, () -> surveys.sentTo(session.customerId(), surveyId))) {
            denied(session, "survey " + surveyId, client);
        }
        return open;
    }

    /** Answers one of the customer's open surveys. */
    public void answerSurvey(PortalSession session, long surveyId, Map<String, Object> values, Client client) {
        access.check(session);
        tx.executeWithoutResult(status -> {
            PortalReads.as(
                    session,
                    () -> surveys.answerInPortal(
                            session.customerId(), surveyId, values, client.ip(), client.userAgent()));
            access.record(session, "SURVEY_ANSWERED", "#" + surveyId, client);
        });
    }

    /** Records that the customer signed out. */
    public void signedOut(PortalSession session, Client client) {
        access.record(session, "LOGOUT", null, client);
    }

    private List<PortalViews.Stage> stages(long customer, ProjectSummary p, VariantSnapshot variant) {
        Map<String, Instant> entered = new HashMap<>();
        Map<String, Instant> left = new HashMap<>();
        entered.put(variant.stages().getFirst().id(), p.createdAt());
        for (StageEvent move : projects.history(customer, p.id())) {
            if (move.fromStage() != null) {
                left.put(move.fromStage(), move.at());
            }
            if (move.toStage() != null) {
                entered.put(move.toStage(), move.at());
            }
        }
        int current = indexOf(variant, p.currentStageId());
        List<PortalViews.Stage> stages = new ArrayList<>();
        for (int i = 0; i < variant.stages().size(); i++) {
            StageDefinition stage = variant.stages().get(i);
            boolean asks = stage.requirements().stream().anyMatch(r -> r.kind() == StageRequirement.Kind.SIGN_OFF);
            boolean done = p.closed() || i < current;
            stages.add(new PortalViews.Stage(
                    stage.id(),
                    stage.name(),
                    i <= current || p.closed() ? entered.get(stage.id()) : null,
                    left.get(stage.id()),
                    !p.closed() && i == current,
                    done,
                    asks,
                    asks && (done || i == current) && projects.signedOff(customer, p.id(), stage.id())));
        }
        return stages;
    }

    /** The project's shared files that are not photos (drawings, contracts, scans), newest first. */
    private List<SharedPhoto> documents(long customer, ProjectSummary p) {
        Set<Long> visible = shared.findByProjectId(p.id()).stream()
                .map(SharedPhotoRow::getAttachmentId)
                .collect(Collectors.toSet());
        return projects.files(customer, p.id()).stream()
                .filter(f -> !f.image() && visible.contains(f.id()))
                .map(f -> new SharedPhoto(f.id(), f.fileName(), f.stageId(), null, f.uploadedAt(), true))
                .toList();
    }

    private List<PortalViews.PhotoGroup> photoGroups(long customer, ProjectSummary p, VariantSnapshot variant) {
        Set<Long> visible = shared.findByProjectId(p.id()).stream()
                .map(SharedPhotoRow::getAttachmentId)
                .collect(Collectors.toSet());
        if (visible.isEmpty()) {
            return List.of();
        }
        List<ChecklistResults> lists = new ArrayList<>();
        for (StageDefinition stage : variant.stages()) {
            if (stage.requirements().stream().anyMatch(r -> r.kind() == StageRequirement.Kind.CHECKLIST)) {
                lists.addAll(projects.checklists(customer, p.id(), stage.id()));
            }
        }
        Map<Long, LocalizedText> nodes = Confirmations.nodes(lists);
        Map<String, List<SharedPhoto>> byStage = new LinkedHashMap<>();
        // files come newest first; stages in the order the newest photo of each came
        for (ProjectFile f : projects.files(customer, p.id())) {
            if (visible.contains(f.id()) && f.image()) {
                String stage = f.stageId() == null ? "" : f.stageId();
                byStage.computeIfAbsent(stage, s -> new ArrayList<>())
                        .add(new SharedPhoto(
                                f.id(), f.fileName(), f.stageId(), nodes.get(f.id()), f.uploadedAt(), true));
            }
        }
        List<PortalViews.PhotoGroup> groups = new ArrayList<>();
        byStage.forEach((stage, photos) -> groups.add(new PortalViews.PhotoGroup(
                stage.isEmpty() ? null : stage,
                stage.isEmpty()
                        ? null
                        : variant.stage(stage).map(StageDefinition::name).orElse(null),
                photos)));
        return groups;
    }

    private static int indexOf(VariantSnapshot variant, String stageId) {
        for (int i = 0; i < variant.stages().size(); i++) {
            if (variant.stages().get(i).id().equals(stageId)) {
                return i;
            }
        }
        return variant.stages().size() - 1;
    }

    private void denied(PortalSession session, String what, Client client) {
        reads.denied(session, what, client);
    }

    private <T> T read(PortalSession session, Supplier<T> work) {
        return reads.read(session, work);
    }
}
