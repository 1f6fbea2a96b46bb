package com.siteline.project;

import com.siteline.base.grid.ColumnFilter;
import com.siteline.base.grid.GridQuery;
import com.siteline.base.grid.GridSort;
import com.siteline.base.grid.UnitScopedGridSource;
import com.siteline.base.grid.JpaGrid;
import com.siteline.customer.CustomerDetails;
import com.siteline.customer.CustomerService;
import com.siteline.organization.BusinessUnitSummary;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.ZoneId;
import java.util.function.BiFunction;
import org.springframework.data.jpa.domain.Specification;
import com.siteline.organization.OrganizationService;
import com.siteline.plugin.VariantCatalog;
import com.siteline.plugin.VariantSnapshot;
import com.siteline.project.internal.AnswerCodec;
import com.siteline.project.internal.ProjectAttachmentRepository;
import com.siteline.project.internal.Project;
import com.siteline.project.internal.ProjectChecklist;
import com.siteline.project.internal.ProjectChecklistRepository;
import com.siteline.project.internal.ProjectForm;
import com.siteline.project.internal.ProjectFormRepository;
import com.siteline.project.internal.ProjectRepository;
import com.siteline.project.internal.ProjectSignOff;
import com.siteline.project.internal.ProjectSignOffRepository;
import com.siteline.project.internal.ProjectStageEvent;
import com.siteline.project.internal.ProjectStageEventRepository;
import com.siteline.sdk.BusinessVariant;
import com.siteline.sdk.ChecklistTemplate;
import com.siteline.sdk.FieldSpec;
import com.siteline.sdk.FieldType;
import com.siteline.sdk.FieldProblem;
import com.siteline.sdk.FormSpec;
import com.siteline.sdk.StageDefinition;
import com.siteline.sdk.StageRequirement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Projects of the business variants: created in a business unit that runs the variant, walked
 * through the variant's stages, each stage gated by its forms, checklists and customer sign-off.
 * Every call names the user; a project outside the user's business units does not exist for them.
 */
@Service
@Transactional(readOnly = true)
public class ProjectService extends UnitScopedGridSource<Project, ProjectSummary> {

    private static final TypeReference<LinkedHashMap<String, ItemResult>> RESULTS = new TypeReference<>() {
    };

    private final ProjectRepository projects;
    private final ProjectFormRepository forms;
    private final ProjectChecklistRepository checklists;
    private final ProjectSignOffRepository signOffs;
    private final ProjectStageEventRepository events;
    private final ProjectAttachmentRepository attachments;
    private final OrganizationService organization;
    private final VariantCatalog catalog;
    private final AnswerCodec codec;
    private final JsonMapper json;
    private final CustomerService customers;
    private final JpaGrid<Project> grid;

    ProjectService(ProjectRepository projects, ProjectFormRepository forms, ProjectChecklistRepository checklists,
            ProjectSignOffRepository signOffs, ProjectStageEventRepository events,
            ProjectAttachmentRepository attachments, OrganizationService organization, VariantCatalog catalog,
            AnswerCodec codec, JsonMapper json, CustomerService customers, EntityManager em, Clock clock) {
        super(em, organization::unitNamesOf);
        this.customers = customers;
        this.grid = projectGrid(clock.getZone());
        this.attachments = attachments;
        this.projects = projects;
        this.forms = forms;
        this.checklists = checklists;
        this.signOffs = signOffs;
        this.events = events;
        this.organization = organization;
        this.catalog = catalog;
        this.codec = codec;
        this.json = json;
    }

    /** The user's business units that can open a project now: they run at least one started variant. */
    public List<BusinessUnitSummary> unitsForNewProjects(String username) {
        Set<String> started = catalog.startedVariantIds();
        return organization.businessUnitsOf(username).stream()
                .filter(unit -> unit.pluginIds().stream().anyMatch(started::contains))
                .toList();
    }

    /** The variants a unit may open projects of: enabled for the unit and started. */
    public List<BusinessVariant> variantsFor(String username, long businessUnitId) {
        BusinessUnitSummary unit = unit(username, businessUnitId);
        return catalog.startedVariants().stream().filter(v -> unit.pluginIds().contains(v.id())).toList();
    }

    @Transactional
    public ProjectSummary create(String username, NewProject request) {
        String customerName = request.customerName();
        if (request.customerId() != null) {
            CustomerDetails customer = customers.get(username, request.customerId());
            if (customer.businessUnitId() != request.businessUnitId()) {
                throw new IllegalArgumentException("customer " + customer.id() + " belongs to another business unit");
            }
            customerName = customer.name();
        }
        if (blank(request.name()) || blank(customerName)) {
            throw new IllegalArgumentException("a project needs a name and a customer");
        }
        BusinessVariant variant = variantsFor(username, request.businessUnitId()).stream()
                .filter(v -> v.id().equals(request.variantId())).findFirst()
                .orElseThrow(() -> new IllegalStateException("business unit " + request.businessUnitId()
                        + " does not run a started " + request.variantId()));
        Project created = new Project(request.businessUnitId(), variant.id(), request.name().strip(),
                customerName.strip(), blank(request.address()) ? null : request.address().strip(),
                variant.stages().getFirst().id(), username);
        created.setCustomerId(request.customerId());
        created.setTeam(request.team());
        Project project = projects.save(created);
        events.save(new ProjectStageEvent(project.getId(), null, project.getCurrentStageId(), username));
        return summary(project, unitNames(username));
    }


    @Override
    protected ProjectSummary toRow(Project entity, Map<Long, String> units) {
        return summary(entity, units);
    }

    @Override
    public JpaGrid<Project> grid() {
        return grid;
    }




    /** The projects of one customer record, newest first. */
    public List<ProjectSummary> ofCustomer(String username, long customerId) {
        return page(username, GridQuery.empty().choice("customerId", String.valueOf(customerId)), 0, 500);
    }

    /** Changes who runs the project and its value and dates, from the row version the user started at. */
    @Transactional
    public ProjectSummary changeTeam(String username, long projectId, long expectedVersion, ProjectTeam team) {
        Project project = project(username, projectId);
        if (project.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Project.class, projectId);
        }
        project.setTeam(team);
        return summary(projects.saveAndFlush(project), unitNames(username));
    }

    /** Makes the user the project manager of each of their projects among the ids; returns how many changed. */
    @Transactional
    public int assignProjectManager(String username, java.util.Collection<Long> ids, String projectManager) {
        int changed = 0;
        for (long id : ids) {
            Project project = project(username, id);
            ProjectTeam team = project.getTeam();
            if (!projectManager.equals(team.projectManager())) {
                project.setTeam(new ProjectTeam(projectManager, team.designer(), team.agent(), team.contractValue(),
                        team.plannedStart(), team.plannedEnd(), team.actualStart(), team.actualEnd()));
                changed++;
            }
        }
        return changed;
    }

    @org.springframework.context.event.EventListener
    @Transactional
    void on(com.siteline.customer.CustomerRenamed renamed) {
        projects.findAll((root, q, cb) -> cb.equal(root.get("customerId"), renamed.customerId()))
                .forEach(p -> p.renameCustomer(renamed.name()));
    }


    private static JpaGrid<Project> projectGrid(ZoneId zone) {
        Map<String, BiFunction<ColumnFilter, String, Specification<Project>>> filters = new LinkedHashMap<>();
        filters.put("name", JpaGrid.contains("name"));
        filters.put("customer", JpaGrid.contains("customerName"));
        filters.put("customerId", JpaGrid.oneOfIds("customerId"));
        filters.put("address", JpaGrid.contains("address"));
        filters.put("variant", JpaGrid.oneOf("variantId"));
        filters.put("unit", JpaGrid.oneOfIds("businessUnitId"));
        filters.put("stage", JpaGrid.oneOf("currentStageId"));
        filters.put("pm", JpaGrid.oneOf("projectManager"));
        filters.put("state", (filter, user) -> (root, q, cb) -> {
            var values = ((ColumnFilter.Choice) filter).values();
            if (values.contains("open") == values.contains("completed")) {
                return cb.conjunction();
            }
            return values.contains("open") ? cb.isNull(root.get("completedAt")) : cb.isNotNull(root.get("completedAt"));
        });
        filters.put("created", JpaGrid.within("createdAt", zone));
        filters.put("plannedEnd", JpaGrid.withinDates("plannedEnd"));
        return new JpaGrid<>(Project.class, filters,
                Map.of("name", "name", "customer", "customerName", "variant", "variantId", "unit", "businessUnitId",
                        "stage", "currentStageId", "pm", "projectManager", "value", "contractValue",
                        "created", "createdAt", "plannedEnd", "plannedEnd"),
                (text, user) -> (root, q, cb) -> cb.or(
                        cb.like(root.get("name"), "%" + JpaGrid.escape(text) + "%", '\\'),
                        cb.like(root.get("customerName"), "%" + JpaGrid.escape(text) + "%", '\\')),
                List.of(GridSort.desc("created")));
    }

    public ProjectSummary get(String username, long projectId) {
        return summary(project(username, projectId), unitNames(username));
    }

    /** Whether the project exists in one of the user's business units. */
    public boolean visible(String username, long projectId) {
        Map<Long, String> units = unitNames(username);
        return projects.findById(projectId).filter(p -> units.containsKey(p.getBusinessUnitId())).isPresent();
    }

    /** The variant's stages as registered (also while its plugin is stopped). */
    public VariantSnapshot variantOf(String username, long projectId) {
        Project project = project(username, projectId);
        return catalog.snapshot(project.getVariantId())
                .orElseThrow(() -> new IllegalStateException("variant " + project.getVariantId() + " was never registered"));
    }

    /** Forms of the variant kept beside the stages (minutes, summaries), always editable. */
    public List<String> freeForms(String username, long projectId) {
        return catalog.freeFormIds(project(username, projectId).getVariantId());
    }

    public List<RequirementStatus> requirements(String username, long projectId, String stageId) {
        Project project = project(username, projectId);
        StageDefinition stage = stage(project, stageId);
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
                yield new RequirementStatus(requirement, spec.title(), stored.isPresent(),
                        stored.isPresent() ? null : "project.requirement.form-missing");
            }
            case CHECKLIST -> {
                ChecklistResults results = checklistResults(project, requirement.refId());
                yield new RequirementStatus(requirement, results.template().title(), results.complete(),
                        results.complete() ? null : results.rowVersion() < 0
                                ? "project.requirement.checklist-missing" : "project.requirement.checklist-incomplete");
            }
            case SIGN_OFF -> {
                boolean signed = signOffs.existsById(new ProjectSignOff.Key(id, stage.id()));
                yield new RequirementStatus(requirement, null, signed,
                        signed ? null : "project.requirement.sign-off-missing");
            }
        };
    }

    public FormAnswers formAnswers(String username, long projectId, String formId) {
        Project project = project(username, projectId);
        boolean editable = editable(project, StageRequirement.Kind.FORM, formId);
        return forms.findByProjectIdAndFormId(projectId, formId)
                .map(stored -> {
                    FormSpec spec = catalog.form(project.getVariantId(), formId, stored.getFormVersion());
                    return new FormAnswers(spec, codec.decode(spec, stored.getAnswers()), stored.getVersion(), editable);
                })
                .orElseGet(() -> new FormAnswers(catalog.currentForm(project.getVariantId(), formId), Map.of(), -1, editable));
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
    public FormAnswers saveForm(String username, long projectId, String formId, Map<String, Object> values,
            long expectedRowVersion) {
        Project project = project(username, projectId);
        if (!editable(project, StageRequirement.Kind.FORM, formId)) {
            throw new IllegalStateException("form " + formId + " belongs to a stage this project is not at");
        }
        Optional<ProjectForm> stored = forms.findByProjectIdAndFormId(projectId, formId);
        long actual = stored.map(ProjectForm::getVersion).orElse(-1L);
        if (actual != expectedRowVersion) {
            throw new ObjectOptimisticLockingFailureException(ProjectForm.class, formId);
        }
        FormSpec spec = stored.map(f -> catalog.form(project.getVariantId(), formId, f.getFormVersion()))
                .orElseGet(() -> catalog.currentForm(project.getVariantId(), formId));
        Map<String, Object> answers = new HashMap<>(values);
        answers.putAll(catalog.derive(project.getVariantId(), formId, answers));
        List<FieldError> errors = new ArrayList<>(FormRules.check(spec, answers));
        for (FieldSpec field : spec.fields()) {
            if (field.type() == FieldType.ATTACHMENT && answers.get(field.id()) instanceof String value
                    && !value.isBlank() && !isAttachmentOf(projectId, value)) {
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

    public ChecklistResults checklist(String username, long projectId, String checklistId) {
        return checklistResults(project(username, projectId), checklistId);
    }

    private ChecklistResults checklistResults(Project project, String checklistId) {
        boolean editable = editable(project, StageRequirement.Kind.CHECKLIST, checklistId);
        return checklists.findByProjectIdAndChecklistId(project.getId(), checklistId)
                .map(stored -> new ChecklistResults(
                        catalog.checklist(project.getVariantId(), checklistId, stored.getChecklistVersion()),
                        json.readValue(stored.getResults(), RESULTS), stored.getVersion(), editable))
                .orElseGet(() -> new ChecklistResults(catalog.currentChecklist(project.getVariantId(), checklistId),
                        Map.of(), -1, editable));
    }

    /** Stores checklist results as they stand (a checklist may be saved half done). */
    @Transactional
    public ChecklistResults saveChecklist(String username, long projectId, String checklistId,
            Map<String, ItemResult> results, long expectedRowVersion) {
        Project project = project(username, projectId);
        if (!editable(project, StageRequirement.Kind.CHECKLIST, checklistId)) {
            throw new IllegalStateException("checklist " + checklistId + " belongs to a stage this project is not at");
        }
        Optional<ProjectChecklist> stored = checklists.findByProjectIdAndChecklistId(projectId, checklistId);
        if (stored.map(ProjectChecklist::getVersion).orElse(-1L) != expectedRowVersion) {
            throw new ObjectOptimisticLockingFailureException(ProjectChecklist.class, checklistId);
        }
        ChecklistTemplate template = stored
                .map(c -> catalog.checklist(project.getVariantId(), checklistId, c.getChecklistVersion()))
                .orElseGet(() -> catalog.currentChecklist(project.getVariantId(), checklistId));
        Map<String, ItemResult> known = new LinkedHashMap<>();
        template.items().forEach(item -> {
            ItemResult result = results.get(item.id());
            if (result != null) {
                if (result.photo() != null && !isAttachmentOf(projectId, result.photo())) {
                    throw new IllegalArgumentException("item " + item.id() + ": the photo is not a file of this project");
                }
                known.put(item.id(), result);
            }
        });
        ProjectChecklist checklist = stored.orElseGet(() -> new ProjectChecklist(projectId, checklistId, template.version()));
        checklist.update(json.writeValueAsString(known), username);
        ProjectChecklist saved = checklists.saveAndFlush(checklist);
        return new ChecklistResults(template, known, saved.getVersion(), true);
    }

    /** Records the customer's sign-off of the project's current stage. */
    @Transactional
    public void signOff(String username, long projectId, String signedBy) {
        Project project = project(username, projectId);
        if (blank(signedBy)) {
            throw new IllegalArgumentException("the signer's name is required");
        }
        ProjectSignOff.Key key = new ProjectSignOff.Key(projectId, project.getCurrentStageId());
        if (!signOffs.existsById(key)) {
            signOffs.save(new ProjectSignOff(projectId, project.getCurrentStageId(), signedBy.strip(), username));
        }
    }

    public Optional<String> signedBy(String username, long projectId, String stageId) {
        project(username, projectId);
        return signOffs.findById(new ProjectSignOff.Key(projectId, stageId)).map(ProjectSignOff::getSignedBy);
    }

    /**
     * Moves the project to its next stage, or completes it after the last one.
     *
     * @throws StageGateException listing what is missing; nothing changes then
     */
    @Transactional
    public ProjectSummary advance(String username, long projectId, long expectedVersion) {
        Project project = project(username, projectId);
        if (project.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Project.class, projectId);
        }
        if (project.getCompletedAt() != null) {
            throw new IllegalStateException("project " + projectId + " is already complete");
        }
        List<RequirementStatus> missing = requirements(username, projectId, project.getCurrentStageId()).stream()
                .filter(RequirementStatus::blocking).toList();
        if (!missing.isEmpty()) {
            throw new StageGateException(missing);
        }
        String from = project.getCurrentStageId();
        Optional<StageDefinition> next = variantOf(username, projectId).after(from);
        if (next.isPresent()) {
            project.moveTo(next.get().id());
        } else {
            project.complete();
        }
        events.save(new ProjectStageEvent(projectId, from, next.map(StageDefinition::id).orElse(null), username));
        return summary(projects.saveAndFlush(project), unitNames(username));
    }

    public List<StageEvent> history(String username, long projectId) {
        project(username, projectId);
        return events.findByProjectIdOrderByAtAsc(projectId).stream()
                .map(e -> new StageEvent(e.getFromStage(), e.getToStage(), e.getAt(), e.getByUser())).toList();
    }

    private boolean isAttachmentOf(long projectId, String value) {
        return AttachmentRef.parse(value).flatMap(ref -> attachments.findById(ref.id()))
                .filter(a -> a.getProjectId() == projectId).isPresent();
    }

    /** Forms and checklists of the current stage, and free forms, are editable; earlier stages are closed. */
    private boolean editable(Project project, StageRequirement.Kind kind, String refId) {
        if (project.getCompletedAt() != null) {
            return kind == StageRequirement.Kind.FORM && catalog.freeFormIds(project.getVariantId()).contains(refId);
        }
        boolean inCurrentStage = stage(project, project.getCurrentStageId()).requirements().stream()
                .anyMatch(r -> r.kind() == kind && r.refId().equals(refId));
        return inCurrentStage
                || (kind == StageRequirement.Kind.FORM && catalog.freeFormIds(project.getVariantId()).contains(refId));
    }

    private StageDefinition stage(Project project, String stageId) {
        return catalog.snapshot(project.getVariantId()).flatMap(v -> v.stage(stageId))
                .orElseThrow(() -> new NoSuchElementException("no stage " + stageId + " in " + project.getVariantId()));
    }

    private Project project(String username, long projectId) {
        Map<Long, String> units = unitNames(username);
        return projects.findById(projectId).filter(p -> units.containsKey(p.getBusinessUnitId()))
                .orElseThrow(() -> new NoSuchElementException("no project " + projectId));
    }

    private BusinessUnitSummary unit(String username, long businessUnitId) {
        return organization.businessUnitsOf(username).stream().filter(u -> u.id() == businessUnitId).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no business unit " + businessUnitId + " for " + username));
    }

    private Map<Long, String> unitNames(String username) {
        return organization.unitNamesOf(username);
    }

    private static ProjectSummary summary(Project p, Map<Long, String> units) {
        return new ProjectSummary(p.getId(), p.getVersion(), p.getName(), p.getCustomerName(), p.getAddress(),
                p.getVariantId(), p.getBusinessUnitId(), units.getOrDefault(p.getBusinessUnitId(), ""),
                p.getCurrentStageId(), p.getCompletedAt(), p.getCreatedAt(), p.getCustomerId(), p.getTeam());
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
