package com.siteline.obligation.ui;

import com.siteline.base.grid.ColumnFilter;
import com.siteline.base.grid.GridLinks;
import com.siteline.base.grid.GridQuery;
import com.siteline.base.grid.SavedView;
import com.siteline.base.ui.Badge;
import com.siteline.base.ui.Formats;
import com.siteline.base.ui.PhotoStrip;
import com.siteline.base.ui.ViewFrame;
import com.siteline.base.ui.grid.DataGrid;
import com.siteline.base.ui.grid.GridKit;
import com.siteline.obligation.Fulfilment;
import com.siteline.obligation.ObligationState;
import com.siteline.obligation.Obligations;
import com.siteline.obligation.internal.ObligationGrid;
import com.siteline.obligation.internal.ObligationSummary;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.Role;
import com.siteline.plugin.VariantCatalog;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The dated duties of the manager's units ({@code obligations}): open this month, overdue, done; each opens its
 * panel, from which an event or a note is recorded (a document's duty is done by publishing the document).
 */
@Route("obligations")
@RolesAllowed({Role.Names.MANAGER, Role.Names.ADMIN})
@Menu(title = "nav.obligations", order = 6.4, icon = "vaadin:calendar-o")
public class ObligationsView extends ViewFrame implements BeforeEnterObserver {

    private final transient Obligations obligations;
    private final transient GridLinks links;
    private final DataGrid<ObligationSummary> grid;
    private final Map<String, String> people;

    public ObligationsView(
            Obligations obligations,
            GridKit kit,
            GridLinks links,
            OrganizationService organization,
            VariantCatalog catalog) {
        super("obligation.title");
        this.obligations = obligations;
        this.links = links;
        this.people = organization.displayNames();
        setId("obligations-view");
        setSizeFull();
        grid = new DataGrid<>(kit, obligations);
        grid.column("due", t -> t.dueOn().toString());
        grid.column("obligation", this::name)
                .choices(
                        obligations::obligationIds,
                        id -> obligations.name(
                                catalog.startedVariants().stream()
                                        .filter(v -> v.recurringObligations().stream()
                                                .anyMatch(o -> o.id().equals(id)))
                                        .findFirst()
                                        .map(v -> v.id())
                                        .orElse(""),
                                id,
                                getLocale()));
        grid.column("period", t -> t.periodFirst() + " – " + t.periodLast());
        grid.column("unit", ObligationSummary::unitName);
        grid.column(
                        "plugin",
                        t -> catalog.startedVariant(t.variantId())
                                .map(v -> v.name().get(getLocale()))
                                .orElse(t.variantId()))
                .choices(
                        catalog::variantIds,
                        id -> catalog.startedVariant(id)
                                .map(v -> v.name().get(getLocale()))
                                .orElse(id));
        grid.column("state", t -> state(t))
                .component(this::badge)
                .choiceLabels(s -> getTranslation("obligation.state." + s));
        grid.column(
                "fulfilled",
                t -> t.fulfilledBy() == null
                        ? ""
                        : getTranslation(t.fulfilledBy().messageKey()));
        grid.column("done", t -> t.doneAt() == null ? "" : Formats.minute(t.doneAt()));
        LocalDate today = LocalDate.now(Formats.zone());
        GridQuery open = GridQuery.empty().choice("state", ObligationState.OPEN.name());
        grid.presets(List.of(
                SavedView.builtIn(
                        "obligation.view.month",
                        open.withFilter(
                                "due",
                                new ColumnFilter.DateRange(
                                        today.withDayOfMonth(1), today.withDayOfMonth(today.lengthOfMonth())))),
                SavedView.builtIn(
                        "obligation.view.overdue",
                        open.withFilter("due", new ColumnFilter.DateRange(null, today.minusDays(1)))),
                SavedView.builtIn("obligation.view.open", open),
                SavedView.builtIn(
                        "obligation.view.done", GridQuery.empty().choice("state", ObligationState.DONE.name())),
                SavedView.builtIn("obligation.view.all", GridQuery.empty())));
        grid.identity(ObligationSummary::id).detail(this::panel);
        grid.build();
        add(new Paragraph(getTranslation("obligation.intro")), grid);
        setFlexGrow(1, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation()
                .getQueryParameters()
                .getSingleParameter(GridLinks.PARAMETER)
                .flatMap(links::decode)
                .map(ObligationGrid.DEFINITION::usable)
                .ifPresent(grid::apply);
    }

    private String name(ObligationSummary t) {
        return obligations.name(t.variantId(), t.obligationId(), getLocale());
    }

    private String state(ObligationSummary t) {
        return t.overdue(LocalDate.now(Formats.zone()))
                ? getTranslation("obligation.overdue")
                : getTranslation(t.state().messageKey());
    }

    private Badge badge(ObligationSummary t) {
        Badge.Tone tone = t.overdue(LocalDate.now(Formats.zone()))
                ? Badge.Tone.ERROR
                : t.state() == ObligationState.DONE ? Badge.Tone.SUCCESS : Badge.Tone.INFO;
        return new Badge(state(t), tone);
    }

    private Component panel(ObligationSummary t) {
        Div panel = new Div();
        panel.setId("obligation-panel");
        panel.add(new H3(name(t) + " · " + t.unitName()), badge(t));
        panel.add(new Paragraph(getTranslation("obligation.period") + ": " + t.periodFirst() + " – " + t.periodLast()
                + " · " + getTranslation("obligation.due") + ": " + t.dueOn()));
        if (t.state() == ObligationState.DONE) {
            panel.add(new Paragraph(getTranslation(
                    "obligation.done-by",
                    people.getOrDefault(t.doneBy(), String.valueOf(t.doneBy())),
                    Formats.minute(t.doneAt()),
                    getTranslation(t.fulfilledBy().messageKey()))));
            if (t.fulfilledBy() == Fulfilment.DOCUMENT && t.fulfilmentRef() != null) {
                Anchor document =
                        new Anchor("reports/documents/" + t.fulfilmentRef(), getTranslation("obligation.document"));
                document.setId("obligation-document");
                panel.add(new Paragraph(document));
            }
            if (t.fulfilledBy() == Fulfilment.MEETING && t.fulfilmentRef() != null) {
                Anchor meeting = new Anchor("meetings", getTranslation("obligation.meeting"));
                meeting.setId("obligation-meeting");
                panel.add(new Paragraph(meeting));
            }
            if (t.fulfilledBy() == Fulfilment.SURVEY && t.fulfilmentRef() != null) {
                Anchor campaign = new Anchor("surveys/campaigns", getTranslation("obligation.campaign"));
                campaign.setId("obligation-campaign");
                panel.add(new Paragraph(campaign));
            }
            if (t.heldOn() != null) {
                panel.add(new Paragraph(
                        getTranslation("obligation.held", t.heldOn().toString(), String.valueOf(t.attendance()))));
            }
            if (t.evaluation() != null) {
                panel.add(new Paragraph(getTranslation("obligation.evaluation") + ": " + t.evaluation()));
            }
            java.util.List<Long> photoIds = obligations.photos(t.id());
            if (!photoIds.isEmpty()) {
                panel.add(PhotoStrip.of(
                        "obligation-panel-photos", photoIds, obligations::photo, getTranslation("obligation.photos")));
            }
        } else {
            Button record = new Button(getTranslation("obligation.record"), e -> {
                ObligationDialog dialog = new ObligationDialog(obligations, t, name(t), LocalDate.now(Formats.zone()));
                dialog.addSavedListener(saved -> {
                    grid.refresh();
                    grid.refreshPanel(saved.saved());
                });
                dialog.open();
            });
            record.setId("obligation-record");
            panel.add(record);
        }
        return panel;
    }
}
