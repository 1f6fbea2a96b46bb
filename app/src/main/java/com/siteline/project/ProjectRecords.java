package com.siteline.project;

import com.siteline.base.Actors;
import com.siteline.base.InvalidInputException;
import com.siteline.base.RefusedException;
import com.siteline.organization.Role;
import com.siteline.plugin.VariantCatalog;
import com.siteline.project.internal.AnswerCodec;
import com.siteline.project.internal.PendingFiles;
import com.siteline.project.internal.Project;
import com.siteline.project.internal.ProjectChecklist;
import com.siteline.project.internal.ProjectChecklistRepository;
import com.siteline.project.internal.ProjectForm;
import com.siteline.project.internal.ProjectFormRepository;
import com.siteline.sdk.ChecklistTemplate;
import com.siteline.sdk.FieldProblem;
import com.siteline.sdk.FieldSpec;
import com.siteline.sdk.FieldType;
import com.siteline.sdk.FormSpec;
import com.siteline.sdk.StageRequirement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * A project's records: the answers of its forms (JSON per form version, after the spec's rules and the
 * plugin's checks) and the results of its checklists. Only the current stage's records (and free forms)
 * can change; each save names the row version the user started from.
 */
@Service
@Transactional(readOnly = true)
public class ProjectRecords {

    private final ProjectAccess access;
    private final ProjectFormRepository forms;
    private final ProjectChecklistRepository checklists;
    private final VariantCatalog catalog;
    private final AnswerCodec codec;
    private final JsonMapper json;
    private final AttachmentService attachments;

    ProjectRecords(
            ProjectAccess access,
            ProjectFormRepository forms,
            ProjectChecklistRepository checklists,
            VariantCatalog catalog,
            AnswerCodec codec,
            JsonMapper json,
            AttachmentService attachments) {
        this.attachments = attachments;
        this.access = access;
        this.forms = forms;
        this.checklists = checklists;
        this.catalog = catalog;
        this.codec = codec;
        this.json = json;
    }

    public FormAnswers formAnswers(long projectId, String formId) {
        String username = Actors.current();
        Project project = access.project(username, projectId);
        boolean editable = access.editable(project, StageRequirement.Kind.FORM, formId);
        return forms.findByProjectIdAndFormId(projectId, formId)
                .map(stored -> {
                    FormSpec spec = catalog.form(project.getVariantId(), formId, stored.getFormVersion());
                    return new FormAnswers(
                            spec, codec.decode(spec, stored.getAnswers()), stored.getVersion(), editable);
                })
                .orElseGet(() ->
                        new FormAnswers(catalog.currentForm(project.getVariantId(), formId), Map.of(), -1, editable));
    }

    /**
     * Stores a form's answers after the spec's rules and the plugin's cross-field checks, with the
     * plugin's derived values added. Nothing is stored when anything is wrong.
     *
     * @param expectedRowVersion the row version the user started from (-1 for a first save)
     * @throws FormValidationException with every field that needs another look
     * @throws ObjectOptimisticLockingFailureException when someone else saved in between
     */
    @Transactional
    @PreAuthorize(Role.Can.WORK)
    public FormAnswers saveForm(long projectId, String formId, Map<String, Object> values, long expectedRowVersion) {
        return saveForm(projectId, formId, values, expectedRowVersion, PendingFiles.none());
    }

    /**
     * Stores the answers and, in the same transaction, the files the dialog took for them ({@code pending}): a
     * refusal stores neither.
     */
    @Transactional
    @PreAuthorize(Role.Can.WORK)
    public FormAnswers saveForm(
            long projectId, String formId, Map<String, Object> values, long expectedRowVersion, PendingFiles pending) {
        String username = Actors.current();
        Project project = access.project(username, projectId);
        if (!access.editable(project, StageRequirement.Kind.FORM, formId)) {
            throw new RefusedException("project.refused.stage-closed");
        }
        Optional<ProjectForm> stored = forms.findByProjectIdAndFormId(projectId, formId);
        long actual = stored.map(ProjectForm::getVersion).orElse(-1L);
        if (actual != expectedRowVersion) {
            throw new ObjectOptimisticLockingFailureException(ProjectForm.class, formId);
        }
        FormSpec spec = stored.map(f -> catalog.form(project.getVariantId(), formId, f.getFormVersion()))
                .orElseGet(() -> catalog.currentForm(project.getVariantId(), formId));
        Map<String, Object> answers = new HashMap<>(values);
        answers.replaceAll((id, value) -> value instanceof String text ? stored(projectId, text, pending) : value);
        answers.putAll(catalog.derive(project.getVariantId(), formId, answers));
        List<FieldError> errors = new ArrayList<>(FormRules.check(spec, answers));
        for (FieldSpec field : spec.fields()) {
            if (field.type() == FieldType.ATTACHMENT
                    && answers.get(field.id()) instanceof String value
                    && !value.isBlank()
                    && !access.isAttachmentOf(projectId, value)) {
                errors.add(FieldError.of(field.id(), "form.error.attachment"));
            }
        }
        for (FieldProblem problem : catalog.validate(project.getVariantId(), formId, answers)) {
            errors.add(new FieldError(problem.fieldId(), null, List.of(), problem.message()));
        }
        if (!errors.isEmpty()) {
            throw new FormValidationException(errors);
        }
        ProjectForm form = stored.orElseGet(() -> new ProjectForm(projectId, formId, spec.version()));
        form.update(codec.encode(spec, answers), username);
        ProjectForm saved = forms.saveAndFlush(form);
        return new FormAnswers(spec, codec.decode(spec, saved.getAnswers()), saved.getVersion(), true);
    }

    /** A pending file's placeholder replaced by the reference of the file, stored now; any other value as it is. */
    private String stored(long projectId, String value, PendingFiles pending) {
        return pending.of(value)
                .map(file -> attachments
                        .upload(projectId, file.fileName(), file.contentType(), file.content())
                        .value())
                .orElse(value);
    }

    public ChecklistResults checklist(long projectId, String checklistId) {
        String username = Actors.current();
        return access.checklistResults(access.project(username, projectId), checklistId);
    }

    /** Stores checklist results as they stand (a checklist may be saved half done). */
    @Transactional
    @PreAuthorize(Role.Can.WORK)
    public ChecklistResults saveChecklist(
            long projectId, String checklistId, Map<String, ItemResult> results, long expectedRowVersion) {
        return saveChecklist(projectId, checklistId, results, expectedRowVersion, PendingFiles.none());
    }

    /** Stores the results and, in the same transaction, the photos the dialog took for them. */
    @Transactional
    @PreAuthorize(Role.Can.WORK)
    public ChecklistResults saveChecklist(
            long projectId,
            String checklistId,
            Map<String, ItemResult> results,
            long expectedRowVersion,
            PendingFiles pending) {
        String username = Actors.current();
        Project project = access.project(username, projectId);
        if (!access.editable(project, StageRequirement.Kind.CHECKLIST, checklistId)) {
            throw new RefusedException("project.refused.stage-closed");
        }
        Optional<ProjectChecklist> stored = checklists.findByProjectIdAndChecklistId(projectId, checklistId);
        if (stored.map(ProjectChecklist::getVersion).orElse(-1L) != expectedRowVersion) {
            throw new ObjectOptimisticLockingFailureException(ProjectChecklist.class, checklistId);
        }
        ChecklistTemplate template = stored.map(
                        c -> catalog.checklist(project.getVariantId(), checklistId, c.getChecklistVersion()))
                .orElseGet(() -> catalog.currentChecklist(project.getVariantId(), checklistId));
        Map<String, ItemResult> known = new LinkedHashMap<>();
        template.items().forEach(item -> {
            ItemResult given = results.get(item.id());
            if (given != null && given.photos().size() > ItemResult.PHOTOS_MAX) {
                throw new InvalidInputException(List.of("checklist.error.photos"));
            }
            // each photo of the line stored (a pending one) and checked to be this project's
            ItemResult result = given == null || given.photos().isEmpty()
                    ? given
                    : new ItemResult(
                            given.status(),
                            given.remark(),
                            String.join(
                                    "\n",
                                    given.photos().stream()
                                            .map(ref -> stored(projectId, ref, pending))
                                            .toList()));
            if (result != null) {
                for (String photo : result.photos()) {
                    if (!access.isAttachmentOf(projectId, photo)) {
                        throw new InvalidInputException(List.of("form.error.attachment"));
                    }
                }
                known.put(item.id(), result);
            }
        });
        ProjectChecklist checklist =
                stored.orElseGet(() -> new ProjectChecklist(projectId, checklistId, template.version()));
        checklist.update(json.writeValueAsString(known), username);
        ProjectChecklist saved = checklists.saveAndFlush(checklist);
        return new ChecklistResults(template, known, saved.getVersion(), true);
    }
}
