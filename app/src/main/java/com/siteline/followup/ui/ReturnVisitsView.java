package com.siteline.followup.ui;

import com.siteline.base.RefusedException;
import com.siteline.base.grid.ColumnFilter;
import com.siteline.base.grid.GridLinks;
import com.siteline.base.grid.GridQuery;
import com.siteline.base.grid.GridSort;
import com.siteline.base.grid.SavedView;
import com.siteline.base.ui.Badge;
import com.siteline.base.ui.Formats;
import com.siteline.base.ui.Problems;
import com.siteline.base.ui.ViewFrame;
import com.siteline.base.ui.grid.DataGrid;
import com.siteline.base.ui.grid.GridKit;
import com.siteline.followup.ReturnVisits;
import com.siteline.followup.VisitState;
import com.siteline.followup.VisitSummary;
import com.siteline.followup.internal.VisitGrid;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.Role;
import com.siteline.plugin.VariantCatalog;
import com.siteline.security.CurrentUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The return visits (回访) of the user's units ({@code return-visits}): due this week, overdue, mine, or one
 * plugin's; a row opens its panel, from which an attempt is recorded.
 */
@Route("return-visits")
@RolesAllowed({Role.Names.AGENT, Role.Names.MANAGER, Role.Names.ADMIN, Role.Names.PROJECT_MANAGER})
@Menu(title = "nav.return-visits", order = 15, icon = "vaadin:phone")
public class ReturnVisitsView extends ViewFrame implements BeforeEnterObserver {

    private final transient ReturnVisits visits;
    private final transient GridLinks links;
    private final DataGrid<VisitSummary> grid;
    private final Map<String, String> people;
    private final boolean triage;

    public ReturnVisitsView(
            ReturnVisits visits,
            GridKit kit,
            GridLinks links,
            OrganizationService organization,
            VariantCatalog catalog,
            CurrentUser currentUser) {
        super("visit.title");
        this.visits = visits;
        this.links = links;
        this.people = organization.displayNames();
        this.triage =
                currentUser.hasRole(Role.AGENT) || currentUser.hasRole(Role.MANAGER) || currentUser.hasRole(Role.ADMIN);
        setId("return-visits-view");
        setSizeFull();
        grid = new DataGrid<>(kit, visits);
        grid.column("due", v -> v.dueOn().toString());
        grid.column("customer", VisitSummary::customerName);
        grid.column("subject", VisitSummary::subject);
        List<String> plugins = catalog.variantIds();
        grid.column("plugin", v -> plugin(catalog, v.variantId())).choices(() -> plugins, id -> plugin(catalog, id));
        grid.column("offset", this::offset);
        grid.column("owner", v -> person(v.owner())).choices(() -> List.copyOf(people.keySet()), this::person);
        grid.column("state", v -> getTranslation(v.state().messageKey()))
                .component(this::badge)
                .choiceLabels(s -> getTranslation("visit.state." + s));
        grid.column("attempts", v -> String.valueOf(v.attempts()));
        grid.column("satisfaction", v -> v.satisfaction() == null ? "" : "★".repeat(v.satisfaction()))
                .choiceLabels(n -> "★".repeat(Integer.parseInt(n)));
        grid.column("unit", VisitSummary::unitName);
        LocalDate today = LocalDate.now(Formats.zone());
        GridQuery due = GridQuery.empty().choice("state", VisitState.DUE.name());
        List<SavedView> presets = new ArrayList<>(List.of(
                SavedView.builtIn(
                        "visit.view.week",
                        due.withFilter(
                                "due",
                                new ColumnFilter.DateRange(
                                        null, today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY))))),
                SavedView.builtIn(
                        "visit.view.overdue",
                        due.withFilter("due", new ColumnFilter.DateRange(null, today.minusDays(1)))),
                SavedView.builtIn("visit.view.mine", due.choice("owner", GridQuery.ME)),
                SavedView.builtIn("visit.view.by-plugin", due.sortedBy(GridSort.asc("plugin"), GridSort.asc("due"))),
                SavedView.builtIn("visit.view.all", GridQuery.empty())));
        grid.presets(presets);
        grid.identity(VisitSummary::id).detail(this::panel);
        grid.build();
        add(new Paragraph(getTranslation("visit.intro")), grid);
        setFlexGrow(1, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation()
                .getQueryParameters()
                .getSingleParameter(GridLinks.PARAMETER)
                .flatMap(links::decode)
                .map(VisitGrid.DEFINITION::usable)
                .ifPresent(grid::apply);
    }

    DataGrid<VisitSummary> grid() {
        return grid;
    }

    private String plugin(VariantCatalog catalog, String id) {
        return catalog.startedVariant(id).map(v -> v.name().get(getLocale())).orElse(id);
    }

    private String offset(VisitSummary v) {
        return VisitTexts.offset(this, v);
    }

    private String person(String username) {
        return username == null ? getTranslation("visit.owner.queue") : people.getOrDefault(username, username);
    }

    private Badge badge(VisitSummary v) {
        boolean overdue = v.state() == VisitState.DUE && v.dueOn().isBefore(LocalDate.now(Formats.zone()));
        Badge.Tone tone = switch (v.state()) {
            case DUE -> overdue ? Badge.Tone.ERROR : Badge.Tone.INFO;
            case DONE -> Badge.Tone.SUCCESS;
            case CANCELLED -> Badge.Tone.NEUTRAL;
        };
        return new Badge(
                overdue
                        ? getTranslation("visit.overdue")
                        : getTranslation(v.state().messageKey()),
                tone);
    }

    private Component panel(VisitSummary v) {
        Div panel = new Div();
        panel.setId("visit-panel");
        panel.add(new H3(v.customerName() + " · " + v.subject()), badge(v));
        panel.add(new Paragraph(offset(v) + " · "
                + getTranslation("visit.planned", v.plannedOn().toString())
                + (v.dueOn().equals(v.plannedOn())
                        ? ""
                        : " · " + getTranslation("visit.moved", v.dueOn().toString()))));
        panel.add(new Paragraph(getTranslation("visit.owner") + ": " + person(v.owner()) + " · "
                + getTranslation("visit.attempts") + ": " + v.attempts()));
        if (v.projectId() != null) {
            Anchor project = new Anchor("projects/" + v.projectId(), getTranslation("visit.open-project"));
            project.setId("visit-project");
            panel.add(new Paragraph(project));
        }
        if (v.state() == VisitState.DONE) {
            panel.add(new Paragraph(getTranslation(
                    "visit.done-by",
                    person(v.doneBy()),
                    Formats.minute(v.doneAt()),
                    getTranslation(v.channel().messageKey()))));
            if (v.remarks() != null) {
                panel.add(new Paragraph(getTranslation("visit.remarks") + ": " + v.remarks()));
            }
            if (v.problems() != null) {
                panel.add(new Paragraph(getTranslation("visit.problems") + ": " + v.problems()));
            }
            Map<String, Object> answered = v.state() == VisitState.DONE ? visits.formAnswers(v.id()) : Map.of();
            if (!answered.isEmpty()) {
                visits.formOf(v.variantId(), v.scheduleId())
                        .ifPresent(spec -> spec.sections().stream()
                                .flatMap(section -> section.fields().stream())
                                .filter(f -> answered.containsKey(f.id()))
                                .forEach(f -> panel.add(new Paragraph(f.label().get(getLocale()) + ": "
                                        + VisitFormFields.text(
                                                f, answered.get(f.id()), getLocale(), this::getTranslation)))));
            }
            if (v.raisedIssueId() != null) {
                Anchor issue = new Anchor(
                        "issues/" + v.raisedIssueId(),
                        getTranslation("visit.raised", String.valueOf(v.raisedIssueId())));
                issue.setId("visit-issue");
                panel.add(new Paragraph(issue));
            }
        }
        if (v.state() == VisitState.DUE) {
            Button record = new Button(
                    getTranslation("visit.record"),
                    e -> new VisitDialog(visits, v, LocalDate.now(Formats.zone()), saved -> {
                                grid.refresh();
                                grid.refreshPanel(saved);
                            })
                            .open());
            record.setId("visit-record");
            HorizontalLayout actions = new HorizontalLayout(record);
            if (triage) {
                Button cancel = new Button(getTranslation("visit.cancel"), e -> cancel(v));
                cancel.setId("visit-cancel");
                actions.add(cancel);
            }
            panel.add(actions);
        }
        return panel;
    }

    private void cancel(VisitSummary v) {
        try {
            VisitSummary saved = visits.cancel(v.id(), v.version());
            grid.refresh();
            grid.refreshPanel(saved);
        } catch (RefusedException e) {
            Problems.show(this, e);
        } catch (OptimisticLockingFailureException e) {
            Problems.error(getTranslation("conflict.saved-by-other"));
            grid.refresh();
        }
    }
}
