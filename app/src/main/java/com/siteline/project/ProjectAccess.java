package com.siteline.project;

import com.siteline.base.UnitScope;
import com.siteline.organization.OrganizationService;
import com.siteline.plugin.VariantCatalog;
import com.siteline.project.internal.Project;
import com.siteline.project.internal.ProjectAttachmentRepository;
import com.siteline.project.internal.ProjectChecklistRepository;
import com.siteline.project.internal.ProjectRepository;
import com.siteline.sdk.StageDefinition;
import com.siteline.sdk.StageRequirement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the project services share: a project as the user may see it, its stages, which of its records
 * are editable now, and the stored checklist results.
 */
@Component
class ProjectAccess {

    private static final TypeReference<LinkedHashMap<String, ItemResult>> RESULTS = new TypeReference<>() {};

    private final ProjectRepository projects;
    private final ProjectChecklistRepository checklists;
    private final ProjectAttachmentRepository attachments;
    private final OrganizationService organization;
    private final VariantCatalog catalog;
    private final JsonMapper json;

    ProjectAccess(
            ProjectRepository projects,
            ProjectChecklistRepository checklists,
            ProjectAttachmentRepository attachments,
            OrganizationService organization,
            VariantCatalog catalog,
            JsonMapper json) {
        this.projects = projects;
        this.checklists = checklists;
        this.attachments = attachments;
        this.organization = organization;
        this.catalog = catalog;
        this.json = json;
    }

    ChecklistResults checklistResults(Project project, String checklistId) {
        boolean editable = editable(project, StageRequirement.Kind.CHECKLIST, checklistId);
        return checklists
                .findByProjectIdAndChecklistId(project.getId(), checklistId)
                .map(stored -> new ChecklistResults(
                        catalog.checklist(project.getVariantId(), checklistId, stored.getChecklistVersion()),
                        json.readValue(stored.getResults(), RESULTS),
                        stored.getVersion(),
                        editable))
                .orElseGet(() -> new ChecklistResults(
                        catalog.currentChecklist(project.getVariantId(), checklistId), Map.of(), -1, editable));
    }

    boolean isAttachmentOf(long projectId, String value) {
        return AttachmentRef.parse(value)
                .flatMap(ref -> attachments.findById(ref.id()))
                .filter(a -> a.getProjectId() == projectId)
                .isPresent();
    }

    /** Forms and checklists of the current stage, and free forms, are editable; earlier stages are closed. */
    boolean editable(Project project, StageRequirement.Kind kind, String refId) {
        if (project.getClosedAt() != null) {
            return kind == StageRequirement.Kind.FORM
                    && catalog.freeFormIds(project.getVariantId()).contains(refId);
        }
        boolean inCurrentStage = stage(project, project.getCurrentStageId()).requirements().stream()
                .anyMatch(r -> r.kind() == kind && r.refId().equals(refId));
        return inCurrentStage
                || (kind == StageRequirement.Kind.FORM
                        && catalog.freeFormIds(project.getVariantId()).contains(refId));
    }

    StageDefinition stage(Project project, String stageId) {
        return catalog.snapshot(project.getVariantId())
                .flatMap(v -> v.stage(stageId))
                .orElseThrow(() -> new NoSuchElementException("no stage " + stageId + " in " + project.getVariantId()));
    }

    /** The project if it belongs to one of the user's units; another unit's is "not found", like a missing one. */
    Project project(String username, long projectId) {
        Map<Long, String> units = organization.unitNamesOf(username);
        return projects.findById(projectId)
                .filter(p -> units.containsKey(p.getBusinessUnitId()) || UnitScope.readsEveryUnit())
                .orElseThrow(() -> new NoSuchElementException("no project " + projectId));
    }

    static ProjectSummary summary(Project p, Map<Long, String> units) {
        return new ProjectSummary(
                p.getId(),
                p.getVersion(),
                p.getName(),
                p.getCustomerName(),
                p.getAddress(),
                p.getVariantId(),
                p.getBusinessUnitId(),
                units.getOrDefault(p.getBusinessUnitId(), ""),
                p.getCurrentStageId(),
                p.getCompletedAt(),
                p.getCreatedAt(),
                p.getCustomerId(),
                p.getTeam(),
                p.getClosedAt());
    }
}
