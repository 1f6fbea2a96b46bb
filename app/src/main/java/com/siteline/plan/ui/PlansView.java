package com.siteline.plan.ui;

import com.siteline.base.grid.ColumnFilter;
import com.siteline.base.grid.GridLinks;
import com.siteline.base.grid.GridQuery;
import com.siteline.base.grid.SavedView;
import com.siteline.base.ui.Badge;
import com.siteline.base.ui.Formats;
import com.siteline.base.ui.ViewFrame;
import com.siteline.base.ui.grid.DataGrid;
import com.siteline.base.ui.grid.GridKit;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.Role;
import com.siteline.plan.CommunicationPlan;
import com.siteline.plan.CommunicationPlans;
import com.siteline.plan.PlanTally;
import com.siteline.plan.PlanTaskRow;
import com.siteline.plan.PlanTasks;
import com.siteline.plan.TaskState;
import com.siteline.plan.internal.PlanTaskGrid;
import com.siteline.sdk.PlanLine;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The communication tasks of the user's units ({@code plans}): theirs due and overdue first, filterable by state,
 * owner, project and record, exportable; each opens its panel with its hold and missed steps. Above the grid: plan vs.
 * held per unit over the last 90 days, and the plans waiting for a review or an approval.
 */
@Route("plans")
@RolesAllowed({Role.Names.PROJECT_MANAGER, Role.Names.AGENT, Role.Names.MANAGER, Role.Names.ADMIN})
@Menu(title = "nav.plans", order = 14.5, icon = "vaadin:calendar-user")
public class PlansView extends ViewFrame implements BeforeEnterObserver {

    /** The span of the per-unit figures, in days up to today. */
    static final int TALLY_DAYS = 90;

    private final transient GridLinks links;
    private final transient PlanTasks tasks;
    private final DataGrid<PlanTaskRow> grid;
    private final Map<String, String> people;

    public PlansView(
            PlanTasks tasks, CommunicationPlans plans, GridKit kit, GridLinks links, OrganizationService organization) {
        super("plan.tasks.title");
        this.tasks = tasks;
        this.links = links;
        this.people = organization.displayNames();
        setId("plans-view");
        setSizeFull();
        LocalDate today = Formats.today();
        grid = new DataGrid<>(kit, tasks);
        grid.column("due", t -> t.dueOn().toString());
        grid.column("state", t -> state(this, t, today))
                .component(t -> badge(this, t, today))
                .choiceLabels(s ->
                        getTranslation(s.equals(PlanTaskGrid.OVERDUE) ? "plan.task.overdue" : "plan.task.state." + s));
        grid.column("goal", PlanTaskRow::goal);
        grid.column("project", PlanTaskRow::projectName);
        grid.column("owner", t -> person(t.owner())).choices(() -> List.copyOf(people.keySet()), this::person);
        grid.column(
                        "record",
                        t -> t.heldBy() == PlanLine.HeldBy.LOG_ENTRY
                                ? getTranslation(t.channel().messageKey())
                                : getTranslation("plan.held-by." + t.heldBy().name()))
                .choiceLabels(h -> getTranslation("plan.held-by." + h));
        grid.column("unit", PlanTaskRow::unitName);
        grid.column("held", t -> t.heldAt() == null ? "" : Formats.minute(t.heldAt()));
        GridQuery dueOrOverdue = GridQuery.empty().choice("state", TaskState.OPEN.name(), PlanTaskGrid.OVERDUE);
        grid.presets(List.of(
                SavedView.builtIn(
                        "plan.view.mine",
                        dueOrOverdue
                                .choice("owner", GridQuery.ME)
                                .withFilter("due", new ColumnFilter.DateRange(null, today.plusDays(7)))),
                SavedView.builtIn("plan.view.overdue", GridQuery.empty().choice("state", PlanTaskGrid.OVERDUE)),
                SavedView.builtIn("plan.view.open", dueOrOverdue),
                SavedView.builtIn(
                        "plan.view.held",
                        GridQuery.empty().choice("state", TaskState.HELD.name(), TaskState.LATE.name())),
                SavedView.builtIn("plan.view.all", GridQuery.empty())));
        grid.identity(PlanTaskRow::id).detail(this::panel);
        grid.build();
        add(new Paragraph(getTranslation("plan.tasks.intro")), figures(tasks, today), pending(plans), grid);
        setFlexGrow(1, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation()
                .getQueryParameters()
                .getSingleParameter(GridLinks.PARAMETER)
                .flatMap(links::decode)
                .map(PlanTaskGrid.DEFINITION::usable)
                .ifPresent(grid::apply);
    }

    DataGrid<PlanTaskRow> grid() {
        return grid;
    }

    private Component figures(PlanTasks tasks, LocalDate today) {
        UnorderedList list = new UnorderedList();
        list.setId("plan-unit-tallies");
        Map<Long, PlanTally> byUnit = tasks.tallies(today.minusDays(TALLY_DAYS), today);
        Map<Long, String> units = tasks.unitNames();
        units.forEach((id, name) -> {
            PlanTally t = byUnit.getOrDefault(id, PlanTally.NONE);
            ListItem item = new ListItem(name + " · "
                    + getTranslation(
                            "plan.tally",
                            String.valueOf(t.planned()),
                            String.valueOf(t.onTime()),
                            String.valueOf(t.late()),
                            String.valueOf(t.missed()),
                            String.valueOf(t.overdue()),
                            String.valueOf(t.notDue())));
            item.setId("plan-unit-tally-" + id);
            list.add(item);
        });
        Div box = new Div(new H3(getTranslation("plan.tallies", String.valueOf(TALLY_DAYS))), list);
        box.setId("plan-tallies");
        return box;
    }

    private Component pending(CommunicationPlans plans) {
        Div box = new Div();
        box.setId("plan-pending");
        List<CommunicationPlan> waiting = plans.pending();
        if (waiting.isEmpty()) {
            return box;
        }
        box.add(new H3(getTranslation("plan.pending")));
        UnorderedList list = new UnorderedList();
        for (CommunicationPlan plan : waiting) {
            Anchor link = new Anchor(
                    "projects/" + plan.projectId(),
                    getTranslation(
                            "plan.pending.line",
                            tasks.projectName(plan.projectId()),
                            String.valueOf(plan.planVersion()),
                            getTranslation(plan.state().messageKey())));
            list.add(new ListItem(link));
        }
        box.add(list);
        return box;
    }

    private Component panel(PlanTaskRow t) {
        Div panel = new Div();
        panel.setId("plan-task-panel");
        LocalDate today = Formats.today();
        panel.add(new H3(t.goal()), badge(this, t, today));
        Anchor project = new Anchor("projects/" + t.projectId(), t.projectName());
        project.setId("plan-task-project");
        panel.add(new Paragraph(project));
        panel.add(new Paragraph(getTranslation(
                        "plan.task.period",
                        t.periodFirst().toString(),
                        t.periodLast().toString())
                + " · " + getTranslation("plan.task.due") + ": " + t.dueOn()
                + " · " + getTranslation("plan.task.owner") + ": " + person(t.owner())));
        if (t.heldAt() != null && t.state() != TaskState.MISSED) {
            panel.add(new Paragraph(getTranslation(
                    "plan.task.held-at",
                    Formats.minute(t.heldAt()),
                    t.closedBy() == null ? getTranslation("plan.task.matched") : person(t.closedBy()))));
        }
        if (t.note() != null) {
            panel.add(new Paragraph(getTranslation("plan.task.missed-note", person(t.closedBy()), t.note())));
        }
        if (t.confirmReceipt() && t.heldAt() != null && t.state() != TaskState.MISSED) {
            Paragraph receipt = new Paragraph(
                    t.receiptConfirmedAt() == null
                            ? getTranslation("plan.task.receipt.waiting")
                            : getTranslation("plan.task.receipt.confirmed", Formats.minute(t.receiptConfirmedAt())));
            receipt.setId("plan-task-receipt");
            panel.add(receipt);
        }
        panel.add(TaskActions.buttons(this, tasks, t, done -> {
            grid.refresh();
            grid.refreshPanel(done);
        }));
        return panel;
    }

    private String person(String username) {
        return username == null ? "" : people.getOrDefault(username, username);
    }

    static String state(Component context, PlanTaskRow t, LocalDate today) {
        return t.overdue(today)
                ? context.getTranslation("plan.task.overdue")
                : context.getTranslation(t.state().messageKey());
    }

    static Badge badge(Component context, PlanTaskRow t, LocalDate today) {
        Badge.Tone tone = t.overdue(today)
                ? Badge.Tone.ERROR
                : switch (t.state()) {
                    case OPEN -> Badge.Tone.INFO;
                    case HELD -> Badge.Tone.SUCCESS;
                    case LATE, MISSED -> Badge.Tone.WARNING;
                    case CANCELLED -> Badge.Tone.NEUTRAL;
                };
        return new Badge(state(context, t, today), tone);
    }
}
