package com.siteline.meeting.ui;

import com.siteline.base.grid.GridLinks;
import com.siteline.base.grid.GridQuery;
import com.siteline.base.grid.SavedView;
import com.siteline.base.ui.Formats;
import com.siteline.base.ui.Problems;
import com.siteline.base.ui.ViewFrame;
import com.siteline.base.ui.grid.DataGrid;
import com.siteline.base.ui.grid.GridKit;
import com.siteline.customer.CustomerService;
import com.siteline.meeting.MeetingKind;
import com.siteline.meeting.MeetingState;
import com.siteline.meeting.MeetingView;
import com.siteline.meeting.Meetings;
import com.siteline.meeting.internal.MeetingGrid;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.Role;
import com.siteline.security.CurrentUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The meetings of the user's units ({@code meetings}): planned and overdue ones, minutes in review, published ones
 * with how many attendees received them; each opens its panel; a unit's meeting (owners' committee, customer
 * meeting, internal) is recorded here, a project's on its page.
 */
@Route("meetings")
@RolesAllowed({Role.Names.PROJECT_MANAGER, Role.Names.AGENT, Role.Names.MANAGER, Role.Names.ADMIN})
@Menu(title = "nav.meetings", order = 14.6, icon = "vaadin:group")
public class MeetingsView extends ViewFrame implements BeforeEnterObserver {

    private final transient GridLinks links;
    private final transient Meetings meetings;
    private final transient CustomerService customers;
    private final DataGrid<MeetingView> grid;
    private final Map<String, String> people;
    private final String user;
    private final boolean manager;
    private final Map<Long, String> units;
    private final transient List<com.siteline.base.ui.RecordSection> sections;

    public MeetingsView(
            Meetings meetings,
            CustomerService customers,
            GridKit kit,
            GridLinks links,
            OrganizationService organization,
            CurrentUser currentUser,
            List<com.siteline.base.ui.RecordSection> sections) {
        super("meeting.list.title");
        this.sections = sections;
        this.meetings = meetings;
        this.customers = customers;
        this.links = links;
        this.people = organization.displayNames();
        this.user = currentUser.username().orElseThrow();
        this.manager = currentUser.hasRole(Role.MANAGER);
        this.units = organization.unitNamesOf(user);
        setId("meetings-view");
        setSizeFull();
        LocalDate today = Formats.today();
        grid = new DataGrid<>(kit, meetings);
        grid.column("held", m -> m.heldAt() == null ? "" : Formats.minute(m.heldAt()));
        grid.column("due", m -> m.dueOn() == null ? "" : m.dueOn().toString());
        grid.column("kind", m -> getTranslation(m.kind().messageKey()))
                .choiceLabels(k -> getTranslation("meeting.kind." + k));
        grid.column("title", MeetingView::title);
        grid.column("state", m -> getTranslation(m.state().messageKey()))
                .component(m -> MeetingPanel.state(new Div(), m, today))
                .choiceLabels(s -> getTranslation("meeting.state." + s));
        grid.column("organizer", m -> people.getOrDefault(m.organizer(), m.organizer()))
                .choices(() -> List.copyOf(people.keySet()), u -> people.getOrDefault(u, u));
        grid.column(
                "receipts",
                m -> m.state() == MeetingState.PUBLISHED
                        ? m.receivedCount() + " / " + m.attendees().size()
                        : "");
        grid.column("unit", MeetingView::unitName);
        grid.presets(List.of(
                SavedView.builtIn("meeting.view.all", GridQuery.empty()),
                SavedView.builtIn(
                        "meeting.view.planned", GridQuery.empty().choice("state", MeetingState.PLANNED.name())),
                SavedView.builtIn(
                        "meeting.view.review",
                        GridQuery.empty()
                                .choice(
                                        "state",
                                        MeetingState.DRAFT.name(),
                                        MeetingState.IN_REVIEW.name(),
                                        MeetingState.REVIEWED.name())),
                SavedView.builtIn(
                        "meeting.view.published", GridQuery.empty().choice("state", MeetingState.PUBLISHED.name()))));
        grid.identity(MeetingView::id).detail(this::panel);
        grid.build();
        Button record = new Button(getTranslation("meeting.record"), e -> record());
        record.setId("meeting-record");
        add(new Paragraph(getTranslation("meeting.list.intro")), record, grid);
        setFlexGrow(1, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation()
                .getQueryParameters()
                .getSingleParameter(GridLinks.PARAMETER)
                .flatMap(links::decode)
                .map(MeetingGrid.DEFINITION::usable)
                .ifPresent(grid::apply);
    }

    DataGrid<MeetingView> grid() {
        return grid;
    }

    private void record() {
        Map<String, String> staff = new LinkedHashMap<>();
        units.keySet()
                .forEach(u -> meetings.usersOf(u).forEach(name -> staff.put(name, people.getOrDefault(name, name))));
        MeetingDialog dialog = new MeetingDialog(
                meetings,
                customers,
                null,
                null,
                null,
                units,
                staff,
                MeetingKind.INTERNAL,
                "",
                Formats.nowToTheMinute());
        dialog.addSavedListener(saved -> {
            Problems.success(getTranslation("meeting.saved"));
            grid.refresh();
        });
        dialog.open();
    }

    private Component panel(MeetingView m) {
        return new MeetingPanel(
                meetings, customers, user, manager, people, sections, meetings.get(m.id()), grid::refresh);
    }
}
