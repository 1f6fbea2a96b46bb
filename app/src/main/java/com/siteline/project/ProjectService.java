package com.siteline.project;

import com.siteline.base.Actors;
import com.siteline.base.BulkResult;
import com.siteline.base.InputProblems;
import com.siteline.base.InvalidInputException;
import com.siteline.base.RecordGrants;
import com.siteline.base.RecordOwner;
import com.siteline.base.RowByRow;
import com.siteline.base.RowVersion;
import com.siteline.base.UnitScope;
import com.siteline.base.grid.ColumnFilter;
import com.siteline.base.grid.GridQuery;
import com.siteline.base.grid.JpaGrid;
import com.siteline.base.grid.TextIndex;
import com.siteline.base.grid.UnitScopedGridSource;
import com.siteline.customer.CustomerDetails;
import com.siteline.customer.CustomerRenamed;
import com.siteline.customer.CustomerService;
import com.siteline.organization.BusinessUnitSummary;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.Role;
import com.siteline.organization.UserSummary;
import com.siteline.plugin.VariantCatalog;
import com.siteline.plugin.VariantSnapshot;
import com.siteline.project.internal.Project;
import com.siteline.project.internal.ProjectRepository;
import com.siteline.project.internal.ProjectStageEvent;
import com.siteline.project.internal.ProjectStageEventRepository;
import com.siteline.sdk.BusinessVariant;
import com.siteline.sla.UserZones;
import jakarta.persistence.EntityManager;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;

/**
 * Projects of the business variants: created in a business unit that runs the variant, with their team,
 * value and dates; the projects grid ({@link ProjectGrid}). Their stages are {@link StageGates}', their
 * forms and checklists {@link ProjectRecords}'. A project outside the signed-in user's business units
 * does not exist for them.
 */
@Service
@Transactional(readOnly = true)
public class ProjectService extends UnitScopedGridSource<Project, ProjectSummary> {

    static final int NAME_MAX = 200;
    static final int CUSTOMER_MAX = 120;
    static final int ADDRESS_MAX = 300;

    private final ProjectAccess access;
    private final ProjectRepository projects;
    private final ProjectStageEventRepository events;
    private final OrganizationService organization;
    private final VariantCatalog catalog;
    private final CustomerService customers;
    private final JpaGrid<Project> grid;
    private final RowByRow rowByRow;

    private final RecordGrants grants;
    private final com.siteline.project.internal.ProjectSignOffRepository signOffs;

    ProjectService(
            ProjectAccess access,
            ProjectRepository projects,
            ProjectStageEventRepository events,
            OrganizationService organization,
            VariantCatalog catalog,
            CustomerService customers,
            EntityManager em,
            UserZones zones,
            PlatformTransactionManager transactions,
            RecordGrants grants,
            TextIndex textIndex,
            com.siteline.project.internal.ProjectSignOffRepository signOffs) {
        super(em, organization::unitNamesOf);
        this.signOffs = signOffs;
        this.grants = grants;
        this.access = access;
        this.projects = projects;
        this.events = events;
        this.organization = organization;
        this.catalog = catalog;
        this.customers = customers;
        this.grid = projectGrid(zones::zoneOf).indexedBy(textIndex, "name", "customerName");
        this.rowByRow = new RowByRow(transactions);
    }

    /** The user's business units that can open a project now: they run at least one started variant. */
    public List<BusinessUnitSummary> unitsForNewProjects() {
        String username = Actors.current();
        Set<String> started = catalog.startedVariantIds();
        return organization.businessUnitsOf(username).stream()
                .filter(unit -> unit.pluginIds().stream().anyMatch(started::contains))
                .toList();
    }

    /** The variants a unit may open projects of: enabled for the unit and started. */
    public List<BusinessVariant> variantsFor(long businessUnitId) {
        String username = Actors.current();
        BusinessUnitSummary unit = unit(username, businessUnitId);
        return catalog.startedVariants().stream()
                .filter(v -> unit.pluginIds().contains(v.id()))
                .toList();
    }

    @Transactional
    @PreAuthorize(Role.Can.WORK)
    public ProjectSummary create(NewProject request) {
        String username = Actors.current();
        problems(request).refuseIfAny();
        String customerName = request.customerId() != null
                ? customers.get(request.customerId()).name()
                : request.customerName();
        BusinessVariant variant = variantsFor(request.businessUnitId()).stream()
                .filter(v -> v.id().equals(request.variantId()))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException(List.of("project.error.variant")));
        Project created = new Project(
                request.businessUnitId(),
                variant.id(),
                request.name().strip(),
                customerName.strip(),
                blank(request.address()) ? null : request.address().strip(),
                variant.stages().getFirst().id(),
                username);
        created.setCustomerId(request.customerId());
        created.setTeam(request.team());
        Project project = projects.save(created);
        events.save(new ProjectStageEvent(project.getId(), null, project.getCurrentStageId(), username));
        return summary(project, unitNames(username));
    }

    /** What {@link #create} would refuse, without storing anything or throwing (imported rows are checked with it). */
    public List<String> problemsOf(NewProject request) {
        return problems(request).keys();
    }

    private InputProblems problems(NewProject request) {
        String username = Actors.current();
        String customerName = request.customerName();
        InputProblems problems = new InputProblems();
        if (request.customerId() != null) {
            if (!customers.visible(request.customerId())) {
                return problems.add(NewProject.Field.CUSTOMER_ID, "project.error.customer");
            }
            CustomerDetails customer = customers.get(request.customerId());
            if (customer.businessUnitId() != request.businessUnitId()) {
                problems.add(NewProject.Field.CUSTOMER_ID, "project.error.customer-unit");
            }
            customerName = customer.name();
        }
        if (blank(request.name())) {
            problems.add(NewProject.Field.NAME, "project.error.name");
        } else if (request.name().strip().length() > NAME_MAX) {
            problems.add(NewProject.Field.NAME, "project.error.name-length");
        }
        if (blank(customerName)) {
            problems.add(NewProject.Field.CUSTOMER_NAME, "project.error.customer");
        } else if (customerName.strip().length() > CUSTOMER_MAX) {
            problems.add(NewProject.Field.CUSTOMER_NAME, "project.error.customer-length");
        }
        if (!blank(request.address()) && request.address().strip().length() > ADDRESS_MAX) {
            problems.add(NewProject.Field.ADDRESS, "project.error.address-length");
        }
        teamProblems(username, request.team()).forEach(p -> problems.add(NewProject.Field.TEAM, p));
        if (!organization.unitNamesOf(username).containsKey(request.businessUnitId())
                || variantsFor(request.businessUnitId()).stream().noneMatch(v -> v.id().equals(request.variantId()))) {
            problems.add(NewProject.Field.VARIANT_ID, "project.error.variant");
        }
        return problems;
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
    public List<ProjectSummary> ofCustomer(long customerId) {
        String username = Actors.current();
        return page(GridQuery.empty().choice("customerId", String.valueOf(customerId)), 0, 500);
    }

    /** Changes who runs the project and its value and dates, from the row version the user started at. */
    @Transactional
    @PreAuthorize(Role.Can.WORK)
    public ProjectSummary changeTeam(long projectId, long expectedVersion, ProjectTeam team) {
        String username = Actors.current();
        Project project = project(username, projectId);
        RowVersion.check(Project.class, projectId, project.getVersion(), expectedVersion);
        List<String> problems = teamProblems(username, team);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        project.setTeam(team);
        return summary(projects.saveAndFlush(project), unitNames(username));
    }

    /**
     * Makes a colleague the project manager of each of the projects, each checked against the version the
     * grid showed and stored on its own; a project changed since, or not the user's, is refused and named.
     */
    @PreAuthorize(Role.Can.WORK)
    public BulkResult assignProjectManager(java.util.Collection<RowVersion> rows, String projectManager) {
        String username = Actors.current();
        if (projectManager == null
                || organization.colleaguesOf(username).stream()
                        .noneMatch(u -> u.username().equals(projectManager))) {
            throw new InvalidInputException(List.of("project.error.manager"));
        }
        return rowByRow.apply(rows, "project.refused.not-found", "project.refused.conflict", row -> {
            Project project = project(username, row.id());
            RowVersion.check(Project.class, row.id(), project.getVersion(), row.version());
            ProjectTeam team = project.getTeam();
            project.setTeam(new ProjectTeam(
                    projectManager,
                    team.designer(),
                    team.agent(),
                    team.contractValue(),
                    team.plannedStart(),
                    team.plannedEnd(),
                    team.actualStart(),
                    team.actualEnd()));
            projects.saveAndFlush(project);
        });
    }

    @org.springframework.context.event.EventListener
    @Transactional
    void on(CustomerRenamed renamed) {
        projects.findAll((root, q, cb) -> cb.equal(root.get("customerId"), renamed.customerId()))
                .forEach(p -> p.renameCustomer(renamed.name()));
    }

    private static JpaGrid<Project> projectGrid(java.util.function.Function<String, ZoneId> zoneOf) {
        return new JpaGrid<>(
                        Project.class,
                        ProjectGrid.DEFINITION,
                        zoneOf,
                        (text, user) -> (root, q, cb) -> cb.or(
                                cb.like(root.get("name"), "%" + JpaGrid.escape(text) + "%", '\\'),
                                cb.like(root.get("customerName"), "%" + JpaGrid.escape(text) + "%", '\\')))
                .bind("state", (filter, user) -> (root, q, cb) -> {
                    var values = ((ColumnFilter.Choice) filter).values();
                    if (values.contains(ProjectGrid.OPEN) == values.contains(ProjectGrid.COMPLETED)) {
                        return cb.conjunction();
                    }
                    return values.contains(ProjectGrid.OPEN)
                            ? cb.isNull(root.get("completedAt"))
                            : cb.isNotNull(root.get("completedAt"));
                });
    }

    /** The signed-in user's open projects, the ones they lead as project manager, newest first. */
    public List<ProjectSummary> led() {
        String username = Actors.current();
        Map<Long, String> units = unitNames(username);
        return projects.findByProjectManagerAndClosedAtIsNullOrderByCreatedAtDesc(username).stream()
                .filter(p -> units.containsKey(p.getBusinessUnitId()))
                .map(p -> summary(p, units))
                .toList();
    }

    public ProjectSummary get(long projectId) {
        String username = Actors.current();
        return summary(project(username, projectId), unitNames(username));
    }

    /**
     * A project of another unit, read-only under the signed-in user's running grant on it or on its customer
     * (each read logged as a use); "not found" without one.
     */
    public ProjectSummary getGranted(long projectId) {
        Project project = granted(projectId);
        return summary(project, organization.unitNameOf(project.getBusinessUnitId()));
    }

    /** The stage moves of a project read under a grant. */
    public List<StageEvent> historyGranted(long projectId) {
        granted(projectId);
        return events.findByProjectIdOrderByAtAsc(projectId).stream()
                .map(e -> new StageEvent(e.getFromStage(), e.getToStage(), e.getAt(), e.getByUser()))
                .toList();
    }

    /** The stages of a project read under a grant. */
    public VariantSnapshot variantOfGranted(long projectId) {
        Project project = granted(projectId);
        return catalog.snapshot(project.getVariantId())
                .orElseThrow(
                        () -> new IllegalStateException("variant " + project.getVariantId() + " was never registered"));
    }

    /** A customer's projects of another unit under a grant on the customer; else none. */
    public List<ProjectSummary> ofCustomerGranted(long customerId) {
        if (!grants.reads(RecordGrants.Kind.CUSTOMER, customerId)) {
            return List.of();
        }
        return projects.findByCustomerIdOrderByCreatedAtDesc(customerId).stream()
                .map(p -> summary(p, organization.unitNameOf(p.getBusinessUnitId())))
                .toList();
    }

    /** Which unit a project belongs to and its name: for filing an access request, never shown before approval. */
    public java.util.Optional<RecordOwner> owner(long projectId) {
        // across units: whom to ask is the one thing a user may learn of another unit's project
        return UnitScope.acrossUnits(() -> projects.findById(projectId)
                .map(p -> new RecordOwner(p.getBusinessUnitId(), p.getName(), p.getCustomerId())));
    }

    private Project granted(long projectId) {
        return projects.findById(projectId)
                .filter(p -> grants.reads(RecordGrants.Kind.PROJECT, projectId)
                        || (p.getCustomerId() != null && grants.reads(RecordGrants.Kind.CUSTOMER, p.getCustomerId())))
                .orElseThrow(() -> new NoSuchElementException("no project " + projectId));
    }

    /** Whether the project exists in one of the user's business units. */
    public boolean visible(long projectId) {
        String username = Actors.current();
        Map<Long, String> units = unitNames(username);
        return projects.findById(projectId)
                .filter(p -> units.containsKey(p.getBusinessUnitId()))
                .isPresent();
    }

    /** The variant's stages as registered (also while its plugin is stopped). */
    public VariantSnapshot variantOf(long projectId) {
        String username = Actors.current();
        Project project = project(username, projectId);
        return catalog.snapshot(project.getVariantId())
                .orElseThrow(
                        () -> new IllegalStateException("variant " + project.getVariantId() + " was never registered"));
    }

    /** Forms of the variant kept beside the stages (minutes, summaries), always editable. */
    public List<String> freeForms(long projectId) {
        String username = Actors.current();
        return catalog.freeFormIds(project(username, projectId).getVariantId());
    }

    public List<StageEvent> history(long projectId) {
        String username = Actors.current();
        project(username, projectId);
        return events.findByProjectIdOrderByAtAsc(projectId).stream()
                .map(e -> new StageEvent(e.getFromStage(), e.getToStage(), e.getAt(), e.getByUser()))
                .toList();
    }

    /** When the customer signed each stage of the project off (签字确认), by stage. */
    public java.util.Map<String, java.time.Instant> signOffs(long projectId) {
        project(Actors.current(), projectId);
        java.util.Map<String, java.time.Instant> signed = new java.util.HashMap<>();
        signOffs.findByKeyProjectId(projectId)
                .forEach(s -> signed.put(s.getKey().stageId(), s.getSignedAt()));
        return signed;
    }

    private BusinessUnitSummary unit(String username, long businessUnitId) {
        return organization.businessUnitsOf(username).stream()
                .filter(u -> u.id() == businessUnitId)
                .findFirst()
                .orElseThrow(
                        () -> new NoSuchElementException("no business unit " + businessUnitId + " for " + username));
    }

    private Project project(String username, long projectId) {
        return access.project(username, projectId);
    }

    private static ProjectSummary summary(Project p, Map<Long, String> units) {
        return ProjectAccess.summary(p, units);
    }

    private Map<Long, String> unitNames(String username) {
        return organization.unitNamesOf(username);
    }

    /** What the team dialog checks, again: members are colleagues, the value fits, dates run forwards. */
    private List<String> teamProblems(String username, ProjectTeam team) {
        List<String> problems = new ArrayList<>();
        if (team == null) {
            return problems;
        }
        Set<String> colleagues = organization.colleaguesOf(username).stream()
                .map(UserSummary::username)
                .collect(Collectors.toSet());
        for (String member : java.util.Arrays.asList(team.projectManager(), team.designer(), team.agent())) {
            if (member != null && !colleagues.contains(member)) {
                problems.add("projects.team.error.member");
                break;
            }
        }
        java.math.BigDecimal value = team.contractValue();
        if (value != null
                && (value.signum() < 0
                        || value.scale() > 2
                        || value.compareTo(new java.math.BigDecimal("999999999999.99")) > 0)) {
            problems.add("projects.team.error.value");
        }
        if (before(team.plannedEnd(), team.plannedStart()) || before(team.actualEnd(), team.actualStart())) {
            problems.add("projects.team.error.dates");
        }
        return problems;
    }

    private static boolean before(java.time.LocalDate end, java.time.LocalDate start) {
        return end != null && start != null && end.isBefore(start);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
