package com.siteline.followup.ui;

import com.siteline.base.InvalidInputException;
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
import com.siteline.followup.Greetings;
import com.siteline.followup.internal.GreetingGrid;
import com.siteline.followup.internal.GreetingState;
import com.siteline.followup.internal.GreetingSummary;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.Role;
import com.siteline.security.CurrentUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Holiday greetings (节日问候, {@code greetings}): the lists made before each holiday, one line per after-sales
 * customer; waiting ones are greeted by message (several at once) or by phone, or skipped with why. "Prepare a
 * list" makes one for a holiday of the schedule or an occasion typed in.
 */
@Route("greetings")
@RolesAllowed({Role.Names.AGENT, Role.Names.MANAGER, Role.Names.ADMIN})
@Menu(title = "nav.greetings", order = 15.1, icon = "vaadin:gift")
public class GreetingsView extends ViewFrame implements BeforeEnterObserver {

    private final transient Greetings greetings;
    private final transient GridLinks links;
    private final DataGrid<GreetingSummary> grid;
    private final Map<String, String> people;

    public GreetingsView(
            Greetings greetings,
            GridKit kit,
            GridLinks links,
            OrganizationService organization,
            CurrentUser currentUser) {
        super("greeting.title");
        this.greetings = greetings;
        this.links = links;
        this.people = organization.displayNames();
        setId("greetings-view");
        setSizeFull();
        grid = new DataGrid<>(kit, greetings);
        grid.column("date", g -> g.occasionOn().toString());
        grid.column("occasion", GreetingSummary::occasion);
        grid.column("customer", GreetingSummary::customerName);
        grid.column("state", g -> getTranslation(g.state().messageKey()))
                .component(this::badge)
                .choiceLabels(s -> getTranslation("greeting.state." + s));
        grid.column("note", g -> g.note() == null ? "" : g.note());
        grid.column("done-by", g -> g.doneBy() == null ? "" : person(g.doneBy()))
                .choices(() -> List.copyOf(people.keySet()), this::person);
        grid.column("unit", GreetingSummary::unitName);
        LocalDate today = LocalDate.now(Formats.zone());
        GridQuery waiting = GridQuery.empty().choice("state", GreetingState.WAITING.name());
        grid.presets(List.of(
                SavedView.builtIn(
                        "greeting.view.waiting", waiting.withFilter("date", new ColumnFilter.DateRange(today, null))),
                SavedView.builtIn(
                        "greeting.view.done",
                        GridQuery.empty()
                                .choice(
                                        "state",
                                        GreetingState.SENT.name(),
                                        GreetingState.CALLED.name(),
                                        GreetingState.SKIPPED.name())
                                .sortedBy(GridSort.desc("date"))),
                SavedView.builtIn("greeting.view.all", GridQuery.empty())));
        grid.identity(GreetingSummary::id).detail(this::panel);
        grid.bulkAction("send", "greeting.send-selected", selected -> {
            int sent = greetings.send(selected.stream().map(GreetingSummary::id).toList());
            grid.grid().deselectAll();
            grid.refresh();
            Problems.success(getTranslation("greeting.sent", sent, selected.size() - sent));
        });
        Button prepare = new Button(getTranslation("greeting.prepare"), VaadinIcon.PLUS.create());
        prepare.setId("greeting-prepare");
        prepare.addClickListener(e -> new PrepareGreetingsDialog(
                        greetings,
                        currentUser
                                .username()
                                .map(organization::businessUnitsOf)
                                .orElse(List.of()),
                        added -> grid.refresh())
                .open());
        grid.addToToolbar(prepare);
        grid.build();
        add(new Paragraph(getTranslation("greeting.intro")), grid);
        setFlexGrow(1, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation()
                .getQueryParameters()
                .getSingleParameter(GridLinks.PARAMETER)
                .flatMap(links::decode)
                .map(GreetingGrid.DEFINITION::usable)
                .ifPresent(grid::apply);
    }

    DataGrid<GreetingSummary> grid() {
        return grid;
    }

    private String person(String username) {
        return "system".equals(username) ? getTranslation("greeting.system") : people.getOrDefault(username, username);
    }

    private Badge badge(GreetingSummary g) {
        Badge.Tone tone = switch (g.state()) {
            case WAITING -> Badge.Tone.INFO;
            case SENT, CALLED -> Badge.Tone.SUCCESS;
            case SKIPPED -> Badge.Tone.NEUTRAL;
        };
        return new Badge(getTranslation(g.state().messageKey()), tone);
    }

    private Component panel(GreetingSummary g) {
        Div panel = new Div();
        panel.setId("greeting-panel");
        panel.add(new H3(g.customerName() + " · " + g.occasion()), badge(g));
        panel.add(new Paragraph(
                getTranslation("greeting.on", g.occasionOn().toString(), g.unitName(), person(g.preparedBy()))));
        Anchor customer = new Anchor("customers/" + g.customerId(), getTranslation("greeting.open-customer"));
        customer.setId("greeting-customer");
        panel.add(new Paragraph(customer));
        if (g.state() != GreetingState.WAITING) {
            panel.add(new Paragraph(getTranslation("greeting.done", person(g.doneBy()), Formats.minute(g.doneAt()))
                    + (g.note() == null ? "" : " · " + g.note())));
            return panel;
        }
        TextArea note = new TextArea(getTranslation("greeting.note"));
        note.setId("greeting-note");
        note.setMaxLength(Greetings.NOTE_MAX + 100);
        note.setWidthFull();
        Button send = new Button(getTranslation("greeting.send"), e -> {
            greetings.send(List.of(g.id()));
            grid.refresh();
            grid.refreshPanel(greetings.get(g.id()));
        });
        send.setId("greeting-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button called = new Button(getTranslation("greeting.called"), e -> record(g, GreetingState.CALLED, note));
        called.setId("greeting-called");
        Button skip = new Button(getTranslation("greeting.skip"), e -> record(g, GreetingState.SKIPPED, note));
        skip.setId("greeting-skip");
        panel.add(note, new HorizontalLayout(send, called, skip));
        return panel;
    }

    private void record(GreetingSummary g, GreetingState outcome, TextArea note) {
        try {
            GreetingSummary saved = greetings.record(g.id(), g.version(), outcome, note.getValue());
            grid.refresh();
            grid.refreshPanel(saved);
        } catch (InvalidInputException e) {
            note.setInvalid(true);
            note.setErrorMessage(e.problems().stream().map(this::getTranslation).collect(Collectors.joining(" ")));
        } catch (RefusedException e) {
            Problems.show(this, e);
        } catch (OptimisticLockingFailureException e) {
            Problems.error(getTranslation("conflict.saved-by-other"));
            grid.refresh();
        }
    }
}
