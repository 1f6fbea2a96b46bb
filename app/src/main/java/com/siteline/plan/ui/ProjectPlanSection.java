package com.siteline.plan.ui;

import com.siteline.base.RefusedException;
import com.siteline.base.ui.Badge;
import com.siteline.base.ui.Formats;
import com.siteline.base.ui.Problems;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.Role;
import com.siteline.plan.CommunicationPlan;
import com.siteline.plan.CommunicationPlans;
import com.siteline.plan.PlanLineView;
import com.siteline.plan.PlanState;
import com.siteline.plan.PlanTally;
import com.siteline.plan.PlanTaskRow;
import com.siteline.plan.PlanTasks;
import com.siteline.project.ProjectService;
import com.siteline.project.ProjectSummary;
import com.siteline.sdk.PlanLine;
import com.siteline.sdk.StageDefinition;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The project page's communication plan (沟通计划): the version in force with its lines and plan vs. held; the version
 * being drafted or approved, with the steps the signed-in user may take on it (adapt its lines, submit, review,
 * approve, return with a reason); and the project's communication tasks, each open one with its hold and missed
 * buttons.
 */
class ProjectPlanSection extends Div {

    private final transient CommunicationPlans plans;
    private final transient PlanTasks tasks;
    private final transient ProjectService projects;
    private final transient OrganizationService organization;
    private final String user;
    private final boolean manager;
    private final long projectId;
    private final Map<String, String> people;

    ProjectPlanSection(
            CommunicationPlans plans,
            PlanTasks tasks,
            ProjectService projects,
            OrganizationService organization,
            String user,
            boolean manager,
            long projectId) {
        this.plans = plans;
        this.tasks = tasks;
        this.projects = projects;
        this.organization = organization;
        this.user = user;
        this.manager = manager;
        this.projectId = projectId;
        this.people = organization.displayNames();
        setId("project-plan");
        fill();
    }

    private void fill() {
        removeAll();
        ProjectSummary project = projects.get(projectId);
        Map<String, String> stageNames = new LinkedHashMap<>();
        for (StageDefinition stage : projects.variantOf(projectId).stages()) {
            stageNames.put(stage.id(), stage.name().get(getLocale()));
        }
        add(new H3(getTranslation("plan.title")));
        Optional<CommunicationPlan> inForce = plans.inForce(projectId);
        Optional<CommunicationPlan> working = plans.working(projectId);
        if (inForce.isPresent()) {
            CommunicationPlan plan = inForce.get();
            Paragraph meta = new Paragraph(getTranslation(
                    "plan.in-force",
                    String.valueOf(plan.planVersion()),
                    person(plan.approvedBy()),
                    Formats.minute(plan.approvedAt())));
            meta.setId("plan-in-force");
            add(meta, tally(tasks.tally(projectId)), lines(plan, stageNames, null));
        } else if (working.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation(
                    "plan.none",
                    String.valueOf(plans.defaults(projectId, getLocale()).size())));
            none.setId("plan-none");
            add(none);
        }
        if (working.isPresent()) {
            add(working(working.get(), project, stageNames));
        } else {
            Button draft = new Button(
                    getTranslation(inForce.isPresent() ? "plan.change" : "plan.adapt"),
                    e -> step(() -> plans.draft(projectId, getLocale()), "plan.drafted"));
            draft.setId("plan-draft");
            add(draft);
        }
        taskList();
    }

    private Component working(CommunicationPlan plan, ProjectSummary project, Map<String, String> stageNames) {
        Div box = new Div();
        box.setId("plan-working");
        box.addClassName("siteline-card");
        box.add(new H4(getTranslation("plan.working", String.valueOf(plan.planVersion()))));
        Badge state = new Badge(
                getTranslation(plan.state().messageKey()),
                plan.state() == PlanState.DRAFT ? Badge.Tone.NEUTRAL : Badge.Tone.WARNING);
        state.setId("plan-working-state");
        box.add(new Paragraph(state, new Span(" " + getTranslation("plan.author", person(plan.author())))));
        if (plan.returnedNote() != null) {
            Paragraph returned =
                    new Paragraph(getTranslation("plan.returned", person(plan.returnedBy()), plan.returnedNote()));
            returned.setId("plan-returned");
            returned.addClassName("siteline-alert");
            box.add(returned);
        }
        box.add(lines(plan, stageNames, plan.state() == PlanState.DRAFT ? plan : null));
        HorizontalLayout buttons = new HorizontalLayout();
        String lead = project.team().projectManager();
        switch (plan.state()) {
            case DRAFT -> {
                Button add = new Button(
                        getTranslation("plan.line.add"),
                        e -> lineDialog(plan, null, PlanLineDialog.blank(), stageNames, project));
                add.setId("plan-line-add");
                Button submit = new Button(
                        getTranslation("plan.submit"),
                        e -> step(() -> plans.submit(plan.id(), plan.version()), "plan.submitted"));
                submit.setId("plan-submit");
                submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                buttons.add(add, submit);
            }
            case SUBMITTED -> {
                if (user.equals(lead)) {
                    Button review = new Button(
                            getTranslation("plan.review"),
                            e -> step(() -> plans.review(plan.id(), plan.version()), "plan.reviewed"));
                    review.setId("plan-review");
                    review.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                    buttons.add(review, returnButton(plan));
                } else {
                    box.add(new Paragraph(getTranslation("plan.waiting-lead", person(lead))));
                }
            }
            case REVIEWED -> {
                if (manager) {
                    Button approve = new Button(
                            getTranslation("plan.approve"),
                            e -> step(() -> plans.approve(plan.id(), plan.version()), "plan.approved"));
                    approve.setId("plan-approve");
                    approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                    buttons.add(approve, returnButton(plan));
                } else {
                    box.add(new Paragraph(getTranslation("plan.waiting-manager", person(plan.reviewedBy()))));
                }
            }
            default -> {}
        }
        box.add(buttons);
        return box;
    }

    private Button returnButton(CommunicationPlan plan) {
        Button back = new Button(getTranslation("plan.return"), e -> {
            Dialog dialog = new Dialog(getTranslation("plan.return.title"));
            dialog.setId("plan-return-dialog");
            TextArea note = new TextArea(getTranslation("plan.return.note"));
            note.setId("plan-return-note");
            note.setWidthFull();
            Paragraph status = new Paragraph();
            status.setId("plan-return-status");
            status.addClassName("siteline-error-text");
            Button save = new Button(getTranslation("plan.return"), click -> {
                try {
                    plans.returnToAuthor(plan.id(), plan.version(), note.getValue());
                    dialog.close();
                    Problems.success(getTranslation("plan.returned.done"));
                    fill();
                } catch (OptimisticLockingFailureException conflict) {
                    status.setText(getTranslation("conflict.saved-by-other"));
                } catch (RefusedException refused) {
                    status.setText(
                            refused instanceof com.siteline.base.InvalidInputException problems
                                    ? String.join(
                                            " ",
                                            problems.problems().stream()
                                                    .map(this::getTranslation)
                                                    .toList())
                                    : Problems.text(this, refused.message()));
                }
            });
            save.setId("plan-return-save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            dialog.add(new VerticalLayout(note, status));
            dialog.getFooter().add(new Button(getTranslation("action.cancel"), c -> dialog.close()), save);
            dialog.open();
        });
        back.setId("plan-return");
        return back;
    }

    private Grid<PlanLineView> lines(
            CommunicationPlan plan, Map<String, String> stageNames, CommunicationPlan editable) {
        Grid<PlanLineView> grid = new Grid<>();
        grid.setId(editable == null ? "plan-lines-" + plan.planVersion() : "plan-draft-lines");
        grid.setAllRowsVisible(true);
        grid.setWidthFull();
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(PlanLineView::goal)
                .setHeader(getTranslation("plan.line.goal"))
                .setFlexGrow(2);
        grid.addColumn(l -> rhythm(l, stageNames))
                .setHeader(getTranslation("plan.line.trigger"))
                .setFlexGrow(2);
        grid.addColumn(this::record).setHeader(getTranslation("plan.line.held-by"));
        grid.addColumn(l -> owner(l.owner())).setHeader(getTranslation("plan.line.owner"));
        grid.addColumn(l -> String.join(
                        "、",
                        l.audience().stream()
                                .map(a -> getTranslation("plan.who." + a))
                                .toList()))
                .setHeader(getTranslation("plan.line.audience"));
        grid.addColumn(l -> l.confirmReceipt() ? getTranslation("plan.line.confirm.yes") : "")
                .setHeader(getTranslation("plan.line.confirm.short"));
        if (editable != null) {
            ProjectSummary project = projects.get(projectId);
            grid.addComponentColumn(l -> {
                Button edit = new Button(
                        getTranslation("plan.line.change"),
                        e -> lineDialog(editable, l.key(), l.draft(), stageNames, project));
                edit.setId("plan-line-edit-" + l.key());
                edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
                Button remove = new Button(
                        getTranslation("plan.line.remove"),
                        e -> step(
                                () -> plans.removeLine(editable.id(), editable.version(), l.key()),
                                "plan.line.removed"));
                remove.setId("plan-line-remove-" + l.key());
                remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                return new HorizontalLayout(edit, remove);
            });
        }
        grid.setItems(plan.lines());
        return grid;
    }

    private void lineDialog(
            CommunicationPlan plan,
            String key,
            com.siteline.plan.PlanLineDraft initial,
            Map<String, String> stageNames,
            ProjectSummary project) {
        Map<String, String> unitPeople = new LinkedHashMap<>();
        for (Role role : List.of(Role.PROJECT_MANAGER, Role.AGENT, Role.MANAGER)) {
            organization.usersWithRole(project.businessUnitId(), role).forEach(u -> unitPeople.put(u, person(u)));
        }
        PlanLineDialog dialog = new PlanLineDialog(plans, plan, key, initial, stageNames, unitPeople);
        dialog.addSavedListener(e -> {
            Problems.success(getTranslation("plan.line.saved"));
            fill();
        });
        dialog.open();
    }

    private Component tally(PlanTally tally) {
        Paragraph figures = new Paragraph(getTranslation(
                "plan.tally",
                String.valueOf(tally.planned()),
                String.valueOf(tally.onTime()),
                String.valueOf(tally.late()),
                String.valueOf(tally.missed()),
                String.valueOf(tally.overdue()),
                String.valueOf(tally.notDue())));
        figures.setId("plan-tally");
        return figures;
    }

    private void taskList() {
        List<PlanTaskRow> rows = tasks.ofProject(projectId);
        if (rows.isEmpty()) {
            return;
        }
        add(new H4(getTranslation("plan.tasks")));
        LocalDate today = Formats.today();
        Div list = new Div();
        list.setId("plan-tasks");
        for (PlanTaskRow task : rows.stream().limit(12).toList()) {
            Div line = new Div();
            line.setId("plan-task-" + task.id());
            line.add(
                    PlansView.badge(this, task, today),
                    new Span(" " + task.dueOn() + " · " + task.goal() + " · " + person(task.owner()) + " "));
            line.add(TaskActions.buttons(this, tasks, task, done -> fill()));
            list.add(line);
        }
        add(list);
        add(new Anchor("plans", getTranslation("plan.tasks.all")));
    }

    private String rhythm(PlanLineView l, Map<String, String> stageNames) {
        return switch (l.trigger()) {
            case EVERY_WEEKS ->
                getTranslation(
                        "plan.rhythm.weeks",
                        String.valueOf(l.everyWeeks()),
                        l.stages().isEmpty()
                                ? getTranslation("plan.rhythm.until-completion")
                                : String.join(
                                        "、",
                                        l.stages().stream()
                                                .map(s -> stageNames.getOrDefault(s, s))
                                                .toList()));
            case STAGE_ENTERED ->
                getTranslation(
                        "plan.rhythm.stage",
                        stageNames.getOrDefault(l.stage(), l.stage()),
                        String.valueOf(l.withinDays()));
            case STAGE_SIGNED ->
                getTranslation(
                        "plan.rhythm.signed",
                        stageNames.getOrDefault(l.stage(), l.stage()),
                        String.valueOf(l.withinDays()));
            case PROJECT_COMPLETED -> getTranslation("plan.rhythm.completion", String.valueOf(l.withinDays()));
        };
    }

    private String record(PlanLineView l) {
        return l.heldBy() == PlanLine.HeldBy.LOG_ENTRY
                ? getTranslation(l.channel().messageKey())
                : getTranslation("plan.held-by." + l.heldBy().name());
    }

    private String owner(String owner) {
        return CommunicationPlans.TEAM_ROLES.contains(owner) ? getTranslation("plan.who." + owner) : person(owner);
    }

    private String person(String username) {
        return username == null ? "—" : people.getOrDefault(username, username);
    }

    private void step(Supplier<CommunicationPlan> step, String doneKey) {
        try {
            step.get();
            Problems.success(getTranslation(doneKey));
        } catch (OptimisticLockingFailureException conflict) {
            Problems.error(getTranslation("conflict.saved-by-other"));
        } catch (RefusedException refused) {
            Problems.show(this, refused);
        }
        fill();
    }
}
