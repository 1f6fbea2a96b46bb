package com.siteline.portal;

import com.siteline.base.Actors;
import com.siteline.base.AttachmentFile;
import com.siteline.base.InvalidInputException;
import com.siteline.base.RefusedException;
import com.siteline.base.RowVersion;
import com.siteline.communication.CommunicationService;
import com.siteline.communication.LogEntry;
import com.siteline.issue.IssueQueries;
import com.siteline.organization.Role;
import com.siteline.plugin.VariantSnapshot;
import com.siteline.portal.internal.ConfirmationContent;
import com.siteline.portal.internal.ConfirmationRepository;
import com.siteline.portal.internal.ConfirmationRow;
import com.siteline.portal.internal.PortalUploadRepository;
import com.siteline.portal.internal.SharedEntryRepository;
import com.siteline.portal.internal.SharedEntryRow;
import com.siteline.portal.internal.SharedPhotoRepository;
import com.siteline.portal.internal.SharedPhotoRow;
import com.siteline.project.AttachmentService;
import com.siteline.project.ChecklistResults;
import com.siteline.project.ProjectFile;
import com.siteline.project.ProjectRecords;
import com.siteline.project.ProjectService;
import com.siteline.project.ProjectSummary;
import com.siteline.project.StageGates;
import com.siteline.sdk.LocalizedText;
import com.siteline.sdk.StageDefinition;
import com.siteline.sdk.StageRequirement;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff's side of the portal, for projects of their units: which photos the customer sees (internal until
 * shared), asking the customer to sign the current stage's inspection or acceptance (its content frozen and hashed
 * then), change orders drafted by the project manager and reviewed by a manager before the customer sees them
 * (the weekly progress report is {@link WeeklyReports}').
 */
@Service
@Transactional(readOnly = true)
public class PortalSharing {

    public static final int TEXT_MAX = 1000;
    /** A change order moves the price by less than this either way, and the end by at most a year. */
    public static final BigDecimal PRICE_LIMIT = new BigDecimal("100000000");

    public static final int DAYS_LIMIT = 365;

    private final ProjectService projects;
    private final ProjectRecords records;
    private final StageGates gates;
    private final AttachmentService attachments;
    private final SharedPhotoRepository shared;
    private final ConfirmationRepository confirmations;
    private final CommunicationService communications;
    private final PortalAccess access;
    private final Confirmations codec;
    private final Clock clock;
    private final IssueQueries issueQueries;
    private final PortalUploadRepository uploads;
    private final ConfirmationPdf pdf;
    private final SharedEntryRepository entriesShared;

    PortalSharing(
            ProjectService projects,
            ProjectRecords records,
            StageGates gates,
            AttachmentService attachments,
            SharedPhotoRepository shared,
            ConfirmationRepository confirmations,
            CommunicationService communications,
            PortalAccess access,
            Confirmations codec,
            Clock clock,
            IssueQueries issueQueries,
            PortalUploadRepository uploads,
            ConfirmationPdf pdf,
            SharedEntryRepository entriesShared) {
        this.entriesShared = entriesShared;
        this.issueQueries = issueQueries;
        this.uploads = uploads;
        this.pdf = pdf;
        this.projects = projects;
        this.records = records;
        this.gates = gates;
        this.attachments = attachments;
        this.shared = shared;
        this.confirmations = confirmations;
        this.communications = communications;
        this.access = access;
        this.codec = codec;
        this.clock = clock;
    }

    /** The project's photos, newest first, each with whether the customer sees it and the line it proves. */
    public List<SharedPhoto> photos(long projectId) {
        Set<Long> visible = sharedIds(projectId);
        Map<Long, LocalizedText> nodes = Confirmations.nodes(checklists(projectId));
        return attachments.filesOf(projectId).stream()
                .filter(ProjectFile::image)
                .map(f -> new SharedPhoto(
                        f.id(), f.fileName(), f.stageId(), nodes.get(f.id()), f.uploadedAt(), visible.contains(f.id())))
                .toList();
    }

    /** The project's other files (drawings, contracts, scans), newest first, each with whether the customer sees it. */
    public List<SharedPhoto> documents(long projectId) {
        Set<Long> visible = sharedIds(projectId);
        return attachments.filesOf(projectId).stream()
                .filter(f -> !f.image())
                .map(f -> new SharedPhoto(
                        f.id(), f.fileName(), f.stageId(), null, f.uploadedAt(), visible.contains(f.id())))
                .toList();
    }

    /** A log entry of the project with whether the customer sees it. */
    public record SharedEntry(LogEntry entry, boolean shared) {}

    /** The project's communication log, newest first, each entry with whether the customer sees it. */
    public List<SharedEntry> entries(long projectId) {
        ProjectSummary project = project(projectId);
        if (project.customerId() == null) {
            return List.of();
        }
        Set<Long> visible = entriesShared.findByProjectId(projectId).stream()
                .map(SharedEntryRow::getLogEntryId)
                .collect(Collectors.toSet());
        return communications.ofProject(project.customerId(), projectId).stream()
                .map(e -> new SharedEntry(e, visible.contains(e.id())))
                .toList();
    }

    /** Shares a log entry of the project with the customer, or takes it back. */
    @Transactional
    @PreAuthorize(Role.Can.WORK)
    public void shareEntry(long projectId, long entryId, boolean visible) {
        ProjectSummary project = project(projectId);
        LogEntry entry = project.customerId() == null
                ? null
                : communications.ofProject(project.customerId(), projectId).stream()
                        .filter(e -> e.id() == entryId)
                        .findFirst()
                        .orElse(null);
        if (entry == null) {
            throw new NoSuchElementException("no log entry " + entryId);
        }
        if (visible && !entriesShared.existsById(entryId)) {
            entriesShared.save(
                    new SharedEntryRow(entryId, project.customerId(), projectId, Actors.current(), clock.instant()));
        } else if (!visible) {
            entriesShared.deleteById(entryId);
        }
    }

    /** Shares a project file (a photo or a document) with the customer or takes it back. */
    @Transactional
    @PreAuthorize(Role.Can.WORK)
    public void share(long projectId, long attachmentId, boolean visible) {
        ProjectFile file = attachments.filesOf(projectId).stream()
                .filter(f -> f.id() == attachmentId)
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException("no file " + attachmentId));
        if (visible && !shared.existsById(file.id())) {
            shared.save(new SharedPhotoRow(file.id(), projectId, Actors.current(), clock.instant()));
        } else if (!visible) {
            shared.deleteById(file.id());
        }
    }

    /**
     * Asks the customer to sign the current stage (a node inspection, the completion acceptance): its checklists
     * must be complete; what they sign (every item's result, remark and photo) is frozen and hashed now, its photos
     * shared, and the customer told.
     *
     * @throws RefusedException when the stage asks for no sign-off, is signed, waits already, or has open checklists
     */
    @Transactional
    @PreAuthorize(Role.Can.WORK)
    public Confirmation askToSign(long projectId) {
        ProjectSummary project = project(projectId);
        VariantSnapshot variant = projects.variantOf(projectId);
        StageDefinition stage = variant.stage(project.currentStageId()).orElseThrow();
        if (project.closed()
                || stage.requirements().stream().noneMatch(r -> r.kind() == StageRequirement.Kind.SIGN_OFF)) {
            throw new RefusedException("portal.refused.no-sign-off");
        }
        if (gates.signedBy(projectId, stage.id()).isPresent()) {
            throw new RefusedException("portal.refused.signed");
        }
        if (confirmations.findByProjectIdOrderByRequestedAtDesc(projectId).stream()
                .anyMatch(c -> c.getKind() == ConfirmationRow.Kind.INSPECTION
                        && stage.id().equals(c.getStageId())
                        && c.getState() == ConfirmationRow.State.PENDING)) {
            throw new RefusedException("portal.refused.waiting");
        }
        // what the customer signs: the stage's checklists, or (a stage that is only the signature, such as the
        // owner's completion confirmation) those of the nearest stage before it that has some
        List<ChecklistResults> lists = List.of();
        for (int i = variant.stages().indexOf(stage); i >= 0 && lists.isEmpty(); i--) {
            lists = variant.stages().get(i).requirements().stream()
                    .filter(r -> r.kind() == StageRequirement.Kind.CHECKLIST)
                    .map(r -> records.checklist(projectId, r.refId()))
                    .toList();
        }
        if (lists.stream().anyMatch(l -> !l.complete())) {
            throw new RefusedException("portal.refused.checklists-open");
        }
        List<ConfirmationContent.Checklist> frozen =
                lists.stream().map(Confirmations::checklist).toList();
        Set<Long> photos = new LinkedHashSet<>();
        frozen.forEach(c -> c.items().stream()
                .map(ConfirmationContent.Item::photoId)
                .filter(java.util.Objects::nonNull)
                .forEach(photos::add));
        for (long photo : photos) {
            share(projectId, photo, true);
        }
        ConfirmationContent content = new ConfirmationContent(
                project.name(),
                project.address(),
                stage.name().zhCn(),
                stage.name().en(),
                frozen,
                List.copyOf(photos),
                null);
        ConfirmationRow row = confirmations.saveAndFlush(new ConfirmationRow(
                        ConfirmationRow.Kind.INSPECTION,
                        project.businessUnitId(),
                        project.customerId(),
                        projectId,
                        stage.id(),
                        stage.name().zhCn(),
                        codec.write(content),
                        null,
                        Actors.current(),
                        clock.instant())
                .hashed());
        tellToConfirm(row, project);
        return codec.of(row, project.name());
    }

    /**
     * The project manager drafts a change order (变更单): what changes, why, the price change and the days added. A
     * manager reviews it before the customer sees it; nothing changes on the project until the customer confirms.
     *
     * @throws InvalidInputException naming each problem; nothing is stored then
     */
    @Transactional
    @PreAuthorize(Role.Can.WORK)
    public Confirmation draftChange(long projectId, String what, String why, BigDecimal priceDelta, Integer daysDelta) {
        ProjectSummary project = project(projectId);
        List<String> problems = new ArrayList<>();
        if (what == null || what.isBlank()) {
            problems.add("portal.error.change-what");
        } else if (what.strip().length() > TEXT_MAX) {
            problems.add("portal.error.change-what-length");
        }
        if (why == null || why.isBlank()) {
            problems.add("portal.error.change-why");
        } else if (why.strip().length() > TEXT_MAX) {
            problems.add("portal.error.change-why-length");
        }
        if (priceDelta != null && (priceDelta.abs().compareTo(PRICE_LIMIT) >= 0 || priceDelta.scale() > 2)) {
            problems.add("portal.error.change-price");
        }
        if (daysDelta != null && Math.abs(daysDelta) > DAYS_LIMIT) {
            problems.add("portal.error.change-days");
        }
        if (priceDelta == null && daysDelta == null) {
            problems.add("portal.error.change-nothing");
        }
        if (project.customerId() == null) {
            problems.add("portal.error.no-customer");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        ConfirmationContent content = new ConfirmationContent(
                project.name(),
                project.address(),
                null,
                null,
                List.of(),
                List.of(),
                new ConfirmationContent.ChangeOrder(what.strip(), why.strip(), priceDelta, daysDelta));
        String title = what.strip().length() > 120 ? what.strip().substring(0, 120) : what.strip();
        ConfirmationRow row = new ConfirmationRow(
                        ConfirmationRow.Kind.CHANGE_ORDER,
                        project.businessUnitId(),
                        project.customerId(),
                        projectId,
                        project.currentStageId(),
                        title,
                        codec.write(content),
                        null,
                        Actors.current(),
                        clock.instant())
                .changing(priceDelta, daysDelta)
                .hashed();
        return codec.of(confirmations.saveAndFlush(row), project.name());
    }

    /**
     * A manager of the project's unit reviews a drafted change order: approved, it goes to the customer to confirm;
     * not approved, it is withdrawn.
     */
    @Transactional
    @PreAuthorize(Role.Can.REPORT)
    public Confirmation review(long confirmationId, long expectedVersion, boolean approve) {
        ConfirmationRow row = row(confirmationId, expectedVersion);
        if (row.getState() != ConfirmationRow.State.DRAFT) {
            throw new RefusedException("portal.refused.not-draft");
        }
        ProjectSummary project = project(row.getProjectId());
        if (approve) {
            row.reviewed(Actors.current(), clock.instant());
            tellToConfirm(row, project);
        } else {
            row.withdraw(clock.instant());
        }
        return codec.of(confirmations.saveAndFlush(row), project.name());
    }

    /** Takes back a request the customer has not answered yet. */
    @Transactional
    @PreAuthorize(Role.Can.WORK)
    public Confirmation withdraw(long confirmationId, long expectedVersion) {
        ConfirmationRow row = row(confirmationId, expectedVersion);
        if (row.getState() != ConfirmationRow.State.PENDING && row.getState() != ConfirmationRow.State.DRAFT) {
            throw new RefusedException("portal.refused.decided");
        }
        row.withdraw(clock.instant());
        return codec.of(
                confirmations.saveAndFlush(row), project(row.getProjectId()).name());
    }

    /** The project's confirmations, newest first. */
    public List<Confirmation> confirmations(long projectId) {
        ProjectSummary project = project(projectId);
        return confirmations.findByProjectIdOrderByRequestedAtDesc(projectId).stream()
                .map(row -> codec.of(row, project.name()))
                .toList();
    }

    /** A confirmation of a project of the user's units. */
    public Confirmation confirmation(long confirmationId) {
        ConfirmationRow row = confirmations
                .findById(confirmationId)
                .orElseThrow(() -> new NoSuchElementException("no confirmation " + confirmationId));
        return codec.of(row, project(row.getProjectId()).name());
    }

    /** A decided confirmation as the PDF the customer downloads. */
    public byte[] pdf(long confirmationId, Locale locale) {
        Confirmation c = confirmation(confirmationId);
        if (c.decidedAt() == null || c.signerName() == null && c.reason() == null) {
            throw new RefusedException("portal.refused.not-decided");
        }
        return pdf.of(c, locale);
    }

    /** The photos the customer sent with an issue of the user's units (ids, oldest first). */
    public List<Long> issuePhotos(long issueId) {
        if (!issueQueries.visible(issueId)) {
            throw new NoSuchElementException("no issue " + issueId);
        }
        return uploads.idsOf(issueId);
    }

    /** One photo the customer sent with an issue of the user's units. */
    public java.util.Optional<AttachmentFile> issuePhoto(long uploadId) {
        return uploads.findById(uploadId)
                .filter(u -> issueQueries.visible(u.getIssueId()))
                .map(u -> new AttachmentFile(u.getFileName(), u.getContentType(), u.getData()));
    }

    private void tellToConfirm(ConfirmationRow row, ProjectSummary project) {
        access.tellAbout(
                row.getCustomerId(),
                project.id(),
                "PORTAL_CONFIRM",
                "portal.message.confirm.subject",
                "portal.message.confirm",
                project.customerName(),
                project.name(),
                access.link("portal/confirmations/" + row.getId()));
    }

    private Set<Long> sharedIds(long projectId) {
        return shared.findByProjectId(projectId).stream()
                .map(SharedPhotoRow::getAttachmentId)
                .collect(Collectors.toSet());
    }

    private List<ChecklistResults> checklists(long projectId) {
        VariantSnapshot variant = projects.variantOf(projectId);
        return variant.stages().stream()
                .flatMap(s -> s.requirements().stream())
                .filter(r -> r.kind() == StageRequirement.Kind.CHECKLIST)
                .map(StageRequirement::refId)
                .distinct()
                .map(id -> records.checklist(projectId, id))
                .toList();
    }

    private ConfirmationRow row(long confirmationId, long expectedVersion) {
        ConfirmationRow row = confirmations
                .findById(confirmationId)
                .orElseThrow(() -> new NoSuchElementException("no confirmation " + confirmationId));
        project(row.getProjectId());
        RowVersion.check(ConfirmationRow.class, confirmationId, row.getVersion(), expectedVersion);
        return row;
    }

    private ProjectSummary project(long projectId) {
        if (!projects.visible(projectId)) {
            throw new NoSuchElementException("no project " + projectId);
        }
        return projects.get(projectId);
    }
}
