package com.siteline.project;

import com.siteline.base.AttachmentFile;
import com.siteline.base.CustomerActor;
import com.siteline.base.RefusedException;
import com.siteline.organization.OrganizationService;
import com.siteline.plugin.VariantCatalog;
import com.siteline.plugin.VariantSnapshot;
import com.siteline.project.internal.Project;
import com.siteline.project.internal.ProjectAttachmentRepository;
import com.siteline.project.internal.ProjectRepository;
import com.siteline.project.internal.ProjectSignOff;
import com.siteline.project.internal.ProjectSignOffRepository;
import com.siteline.project.internal.ProjectStageEventRepository;
import com.siteline.sdk.StageDefinition;
import com.siteline.sdk.StageRequirement;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A customer's own projects as the customer portal reads them: every method names the customer, and a project of
 * another customer is "not found". Only that customer may call it ({@link CustomerActor#SELF}: the portal,
 * having proved who the customer is, acts as them); staff, administrators and the system are refused.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(CustomerActor.SELF)
public class CustomerProjects {

    /** Who recorded a sign-off the customer made in the portal. */
    public static final String PORTAL_RECORDER = "portal";

    private final ProjectRepository projects;
    private final ProjectAttachmentRepository attachments;
    private final ProjectStageEventRepository events;
    private final ProjectSignOffRepository signOffs;
    private final ProjectAccess access;
    private final VariantCatalog catalog;
    private final OrganizationService organization;
    private final EntityManager em;
    private final org.springframework.context.ApplicationEventPublisher publisher;

    CustomerProjects(
            ProjectRepository projects,
            ProjectAttachmentRepository attachments,
            ProjectStageEventRepository events,
            ProjectSignOffRepository signOffs,
            ProjectAccess access,
            VariantCatalog catalog,
            OrganizationService organization,
            EntityManager em,
            org.springframework.context.ApplicationEventPublisher publisher) {
        this.publisher = publisher;
        this.projects = projects;
        this.attachments = attachments;
        this.events = events;
        this.signOffs = signOffs;
        this.access = access;
        this.catalog = catalog;
        this.organization = organization;
        this.em = em;
    }

    public List<ProjectSummary> of(long customerId) {
        return projects.findByCustomerIdOrderByCreatedAtDesc(customerId).stream()
                .map(p -> ProjectAccess.summary(p, organization.unitNameOf(p.getBusinessUnitId())))
                .toList();
    }

    public Optional<ProjectSummary> find(long customerId, long projectId) {
        return own(customerId, projectId)
                .map(p -> ProjectAccess.summary(p, organization.unitNameOf(p.getBusinessUnitId())));
    }

    public VariantSnapshot variant(long customerId, long projectId) {
        Project project = project(customerId, projectId);
        return catalog.snapshot(project.getVariantId())
                .orElseThrow(
                        () -> new IllegalStateException("variant " + project.getVariantId() + " was never registered"));
    }

    public List<StageEvent> history(long customerId, long projectId) {
        project(customerId, projectId);
        return events.findByProjectIdOrderByAtAsc(projectId).stream()
                .map(e -> new StageEvent(e.getFromStage(), e.getToStage(), e.getAt(), e.getByUser()))
                .toList();
    }

    public List<ProjectFile> files(long customerId, long projectId) {
        project(customerId, projectId);
        return attachments.filesOf(projectId);
    }

    /** A file of the customer's project; empty when it is another project's. */
    public Optional<AttachmentFile> file(long customerId, long projectId, long attachmentId) {
        project(customerId, projectId);
        return attachments
                .findById(attachmentId)
                .filter(a -> a.getProjectId() == projectId)
                .map(a -> new AttachmentFile(a.getFileName(), a.getContentType(), a.getData()));
    }

    /** The results of a stage's checklists, in the stage's order. */
    public List<ChecklistResults> checklists(long customerId, long projectId, String stageId) {
        Project project = project(customerId, projectId);
        return access.stage(project, stageId).requirements().stream()
                .filter(r -> r.kind() == StageRequirement.Kind.CHECKLIST)
                .map(r -> access.checklistResults(project, r.refId()))
                .toList();
    }

    public boolean signedOff(long customerId, long projectId, String stageId) {
        project(customerId, projectId);
        return signOffs.existsById(new ProjectSignOff.Key(projectId, stageId));
    }

    /** Whether the stage asks for the customer's sign-off. */
    public boolean asksSignOff(long customerId, long projectId, String stageId) {
        Project project = project(customerId, projectId);
        StageDefinition stage = access.stage(project, stageId);
        return stage.requirements().stream().anyMatch(r -> r.kind() == StageRequirement.Kind.SIGN_OFF);
    }

    /**
     * Records the customer's own sign-off of the project's current stage (made in the portal); the project's
     * version moves on so a stage move at the same time is told, not lost.
     *
     * @throws com.siteline.base.RefusedException when the project is no longer in that stage
     */
    @Transactional
    public void signOff(long customerId, long projectId, String stageId, String signedBy) {
        Project project = project(customerId, projectId);
        if (project.getClosedAt() != null || !stageId.equals(project.getCurrentStageId())) {
            throw new RefusedException("portal.refused.stage-moved");
        }
        em.lock(project, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        ProjectSignOff.Key key = new ProjectSignOff.Key(projectId, stageId);
        if (!signOffs.existsById(key)) {
            ProjectSignOff signed =
                    signOffs.save(new ProjectSignOff(projectId, stageId, signedBy.strip(), PORTAL_RECORDER));
            publisher.publishEvent(new StageSigned(projectId, stageId, signed.getSignedAt()));
        }
    }

    /**
     * A change order the customer confirmed: the contract value and the planned end move by its deltas (a value or
     * an end not set yet stays unset for the days, and starts from zero for the money).
     */
    @Transactional
    public ProjectSummary applyChange(
            long customerId, long projectId, java.math.BigDecimal priceDelta, Integer daysDelta) {
        Project project = project(customerId, projectId);
        ProjectTeam team = project.getTeam();
        java.math.BigDecimal value = priceDelta == null
                ? team.contractValue()
                : (team.contractValue() == null ? java.math.BigDecimal.ZERO : team.contractValue()).add(priceDelta);
        java.time.LocalDate end = daysDelta == null || team.plannedEnd() == null
                ? team.plannedEnd()
                : team.plannedEnd().plusDays(daysDelta);
        project.setTeam(new ProjectTeam(
                team.projectManager(),
                team.designer(),
                team.agent(),
                value,
                team.plannedStart(),
                end,
                team.actualStart(),
                team.actualEnd()));
        return ProjectAccess.summary(
                projects.saveAndFlush(project), organization.unitNameOf(project.getBusinessUnitId()));
    }

    private Optional<Project> own(long customerId, long projectId) {
        return projects.findById(projectId).filter(p -> p.getCustomerId() != null && p.getCustomerId() == customerId);
    }

    private Project project(long customerId, long projectId) {
        return own(customerId, projectId).orElseThrow(() -> new NoSuchElementException("no project " + projectId));
    }
}
