package com.siteline.project;

import com.siteline.base.Actors;
import com.siteline.base.InvalidInputException;
import com.siteline.base.RefusedException;
import com.siteline.base.RowVersion;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.Role;
import com.siteline.plugin.VariantCatalog;
import com.siteline.plugin.VariantSnapshot;
import com.siteline.project.internal.AnswerCodec;
import com.siteline.project.internal.Project;
import com.siteline.project.internal.ProjectForm;
import com.siteline.project.internal.ProjectFormRepository;
import com.siteline.project.internal.ProjectRepository;
import com.siteline.project.internal.ProjectSignOff;
import com.siteline.project.internal.ProjectSignOffRepository;
import com.siteline.project.internal.ProjectStageEvent;
import com.siteline.project.internal.ProjectStageEventRepository;
import com.siteline.project.internal.StageGateException;
import com.siteline.sdk.FormSpec;
import com.siteline.sdk.StageDefinition;
import com.siteline.sdk.StageRequirement;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A project's way through its stages: what each stage still needs (forms, checklists, the customer's
 * sign-off), recording the sign-off, and moving on when nothing is missing. Each move names the project
 * version the user saw.
 */
@Service
@Transactional(readOnly = true)
public class StageGates {

    static final int SIGNER_MAX = 120;

    private final ProjectAccess access;
    private final ProjectRepository projects;
    private final ProjectFormRepository forms;
    private final ProjectSignOffRepository signOffs;
    private final ProjectStageEventRepository events;
    private final OrganizationService organization;
    private final VariantCatalog catalog;
    private final EntityManager em;
    private final AnswerCodec codec;
    private final org.springframework.context.ApplicationEventPublisher publisher;

    StageGates(
            ProjectAccess access,
            ProjectRepository projects,
            ProjectFormRepository forms,
            ProjectSignOffRepository signOffs,
            ProjectStageEventRepository events,
            OrganizationService organization,
            VariantCatalog catalog,
            EntityManager em,
            org.springframework.context.ApplicationEventPublisher publisher,
            AnswerCodec codec) {
        this.codec = codec;
        this.publisher = publisher;
        this.access = access;
        this.projects = projects;
        this.forms = forms;
        this.signOffs = signOffs;
        this.events = events;
        this.organization = organization;
        this.catalog = catalog;
        this.em = em;
    }

    public List<RequirementStatus> requirements(long projectId, String stageId) {
        String username = Actors.current();
        Project project = access.project(username, projectId);
        StageDefinition stage = access.stage(project, stageId);
        List<RequirementStatus> statuses = new ArrayList<>();
        for (StageRequirement requirement : stage.requirements()) {
            statuses.add(status(project, stage, requirement));
        }
        return statuses;
    }

    private RequirementStatus status(Project project, StageDefinition stage, StageRequirement requirement) {
        long id = project.getId();
        String plugin = project.getVariantId();
        return switch (requirement.kind()) {
            case FORM -> {
                Optional<ProjectForm> stored = forms.findByProjectIdAndFormId(id, requirement.refId());
                FormSpec spec = stored.map(f -> catalog.form(plugin, requirement.refId(), f.getFormVersion()))
                        .orElseGet(() -> catalog.currentForm(plugin, requirement.refId()));
                // a stored form is checked again: it may predate a rule such as "must be yes"
                boolean valid = stored.isPresent()
                        && FormRules.check(spec, codec.decode(spec, stored.get().getAnswers()))
                                .isEmpty();
                yield new RequirementStatus(
                        requirement,
                        spec.title(),
                        valid,
                        stored.isEmpty()
                                ? "project.requirement.form-missing"
                                : valid ? null : "project.requirement.form-invalid");
            }
            case CHECKLIST -> {
                ChecklistResults results = access.checklistResults(project, requirement.refId());
                yield new RequirementStatus(
                        requirement,
                        results.template().title(),
                        results.complete(),
                        results.complete()
                                ? null
                                : results.rowVersion() < 0
                                        ? "project.requirement.checklist-missing"
                                        : "project.requirement.checklist-incomplete");
            }
            case SIGN_OFF -> {
                boolean signed = signOffs.existsById(new ProjectSignOff.Key(id, stage.id()));
                yield new RequirementStatus(
                        requirement, null, signed, signed ? null : "project.requirement.sign-off-missing");
            }
        };
    }

    /**
     * Records the customer's sign-off of the project's current stage, as the user saw the project.
     *
     * @throws ObjectOptimisticLockingFailureException when the project changed since (e.g. moved on a stage)
     */
    @Transactional
    @PreAuthorize(Role.Can.WORK)
    public void signOff(long projectId, long expectedVersion, String signedBy) {
        String username = Actors.current();
        Project project = access.project(username, projectId);
        if (blank(signedBy)) {
            throw new InvalidInputException(List.of("form.error.required"));
        }
        if (signedBy.strip().length() > SIGNER_MAX) {
            throw new InvalidInputException(List.of("project.error.signer-length"));
        }
        RowVersion.check(Project.class, projectId, project.getVersion(), expectedVersion);
        ProjectSignOff.Key key = new ProjectSignOff.Key(projectId, project.getCurrentStageId());
        // the project's version moves on: a second signer or a stage move at the same time is told, not lost
        em.lock(project, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        if (!signOffs.existsById(key)) {
            ProjectSignOff signed = signOffs.save(
                    new ProjectSignOff(projectId, project.getCurrentStageId(), signedBy.strip(), username));
            publisher.publishEvent(new StageSigned(projectId, project.getCurrentStageId(), signed.getSignedAt()));
        }
    }

    public Optional<String> signedBy(long projectId, String stageId) {
        String username = Actors.current();
        access.project(username, projectId);
        return signOffs.findById(new ProjectSignOff.Key(projectId, stageId)).map(ProjectSignOff::getSignedBy);
    }

    /**
     * Moves the project to its next stage, or closes it after the last one; passing the variant's completion stage
     * completes the works (and starts warranty, return visits and the completion survey).
     *
     * @throws StageGateException listing what is missing; nothing changes then
     */
    @Transactional
    @PreAuthorize(Role.Can.WORK)
    public ProjectSummary advance(long projectId, long expectedVersion) {
        String username = Actors.current();
        Project project = access.project(username, projectId);
        RowVersion.check(Project.class, projectId, project.getVersion(), expectedVersion);
        if (project.getClosedAt() != null) {
            throw new RefusedException("project.refused.complete");
        }
        List<RequirementStatus> missing = requirements(projectId, project.getCurrentStageId()).stream()
                .filter(RequirementStatus::blocking)
                .toList();
        if (!missing.isEmpty()) {
            throw new StageGateException(missing);
        }
        String from = project.getCurrentStageId();
        VariantSnapshot variant = variantOf(project);
        Optional<StageDefinition> next = variant.after(from);
        java.time.Instant now = java.time.Instant.now();
        // the works are completed when the variant's completion stage is accepted (the last stage unless it says);
        // a project of a variant that moved its completion stage behind this one completes when it closes
        boolean completes =
                project.getCompletedAt() == null && (from.equals(variant.completionStageId()) || next.isEmpty());
        if (completes) {
            project.complete(now);
        }
        if (next.isPresent()) {
            project.moveTo(next.get().id());
        } else {
            project.close(now);
        }
        events.save(new ProjectStageEvent(
                projectId, from, next.map(StageDefinition::id).orElse(null), username, now));
        Project saved = projects.saveAndFlush(project);
        ProjectSummary summary = ProjectAccess.summary(saved, organization.unitNamesOf(username));
        publisher.publishEvent(new ProjectMoved(
                projectId,
                saved.getBusinessUnitId(),
                from,
                next.map(StageDefinition::id).orElse(null),
                now));
        if (completes) {
            publisher.publishEvent(new ProjectCompleted(
                    projectId,
                    saved.getName(),
                    saved.getCustomerId(),
                    saved.getCustomerName(),
                    saved.getBusinessUnitId(),
                    saved.getVariantId(),
                    summary.team().agent(),
                    saved.getCompletedAt()));
        }
        return summary;
    }

    private VariantSnapshot variantOf(Project project) {
        return catalog.snapshot(project.getVariantId())
                .orElseThrow(
                        () -> new IllegalStateException("variant " + project.getVariantId() + " was never registered"));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
