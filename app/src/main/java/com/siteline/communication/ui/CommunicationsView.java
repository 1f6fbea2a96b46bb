package com.siteline.communication.ui;

import com.siteline.base.InvalidInputException;
import com.siteline.base.grid.GridQuery;
import com.siteline.base.grid.GridSort;
import com.siteline.base.grid.SavedView;
import com.siteline.base.ui.Badge;
import com.siteline.base.ui.Downloads;
import com.siteline.base.ui.Formats;
import com.siteline.base.ui.Problems;
import com.siteline.base.ui.RecordSection;
import com.siteline.base.ui.ViewFrame;
import com.siteline.base.ui.grid.DataGrid;
import com.siteline.base.ui.grid.GridKit;
import com.siteline.communication.CommunicationService;
import com.siteline.communication.LogEntry;
import com.siteline.communication.LogGrid;
import com.siteline.customer.Channel;
import com.siteline.customer.CustomerService;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.Role;
import com.siteline.project.ProjectService;
import com.siteline.security.CurrentUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/** The communication log (沟通记录) of the user's business units, with promised replies as tasks. */
@Route("communications")
@RolesAllowed({Role.Names.AGENT, Role.Names.MANAGER, Role.Names.ADMIN, Role.Names.PROJECT_MANAGER})
@Menu(title = "nav.communications", order = 14, icon = "vaadin:comments")
public class CommunicationsView extends ViewFrame {

    private final transient List<RecordSection> sections;

    private final transient CommunicationService log;
    private final transient Clock clock;
    private final String username;
    private final DataGrid<LogEntry> grid;

    public CommunicationsView(
            CommunicationService log,
            CustomerService customers,
            ProjectService projects,
            OrganizationService organization,
            GridKit kit,
            CurrentUser currentUser,
            Clock clock,
            List<RecordSection> sections,
            com.siteline.knowledge.StandardReplies replies) {
        super("communications.title");
        this.sections = RecordSection.of(sections, RecordSection.Page.LOG);
        setId("communications");
        setSizeFull();
        this.log = log;
        this.clock = clock;
        this.username = currentUser.username().orElseThrow();
        Map<Long, String> units = organization.unitNamesOf(username);
        Map<String, String> people = organization.displayNames();
        List<String> colleagues = organization.colleaguesOf(username).stream()
                .map(u -> u.username())
                .toList();
        grid = new DataGrid<>(kit, log);
        grid.column("occurred", e -> Formats.minute(e.occurredAt()));
        grid.column("channel", e -> getTranslation(e.channel().messageKey()))
                .choiceLabels(v -> getTranslation("channel." + v));
        grid.column("customer", LogEntry::customerName);
        grid.column("participants", e -> nz(e.participants()));
        grid.column("content", LogEntry::content).width("22em");
        grid.column("outcome", e -> nz(e.outcome()));
        grid.column("promised", this::promiseText).component(this::promiseBadge);
        grid.column("promise", this::promiseState).choiceLabels(v -> getTranslation("log.promise." + v));
        grid.column("author", e -> people.getOrDefault(e.author(), e.author()))
                .choices(() -> withMe(colleagues), v -> people.getOrDefault(v, v));
        grid.column("issue", e -> e.issueId() == null ? "" : "#" + e.issueId()).hidden();
        grid.column("place", e -> nz(e.place())).hidden();
        grid.column("unit", LogEntry::businessUnitName)
                .choices(() -> units.keySet().stream().map(String::valueOf).toList(), id -> units.get(Long.valueOf(id)))
                .hidden();
        grid.presets(List.of(
                SavedView.builtIn("communications.view.all", GridQuery.empty()),
                SavedView.builtIn(
                        "communications.view.my-promises",
                        GridQuery.empty()
                                .choice("author", GridQuery.ME)
                                .choice("promise", LogGrid.PROMISE_OPEN)
                                .sortedBy(GridSort.asc("promised"))),
                SavedView.builtIn(
                        "communications.view.overdue",
                        GridQuery.empty()
                                .choice("promise", LogGrid.PROMISE_OVERDUE)
                                .sortedBy(GridSort.asc("promised"))),
                SavedView.builtIn(
                        "communications.view.visits",
                        GridQuery.empty().choice("channel", Channel.VISIT.name(), Channel.MEETING.name()))));
        grid.identity(LogEntry::id)
                .detail(this::panel)
                .onOpen(entry -> getUI().ifPresent(ui -> ui.navigate("customers/" + entry.customerId())));
        grid.bulkAction("replied", "log.mark-replied", selected -> {
            int done = 0;
            int refused = 0;
            for (LogEntry entry : selected) {
                try {
                    log.markReplied(entry.id());
                    done++;
                } catch (InvalidInputException e) {
                    refused++;
                }
            }
            grid.grid().deselectAll();
            grid.refresh();
            Problems.success(getTranslation("grid.bulk.done", done, refused));
        });
        Button create = new Button(getTranslation("log.new"), VaadinIcon.PLUS.create());
        create.setId("new-log-entry");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setTooltipText(getTranslation("log.new.shortcut"));
        // a new entry starts empty: the row open in the side panel may be about another customer
        Runnable newEntry = () -> new LogEntryDialog(
                        log,
                        customers,
                        projects,
                        username,
                        null,
                        null,
                        clock,
                        saved -> grid.refresh(),
                        new LogEntryDialog.Replies(replies, null, null, null))
                .open();
        create.addClickListener(click -> newEntry.run());
        Shortcuts.addShortcutListener(this, newEntry::run, Key.KEY_L, KeyModifier.ALT);
        grid.addToToolbar(create);
        grid.build();
        add(grid);
        setFlexGrow(1, grid);
    }

    private List<String> withMe(List<String> people) {
        List<String> values = new java.util.ArrayList<>();
        values.add(GridQuery.ME);
        values.addAll(people);
        return values;
    }

    private String promiseState(LogEntry entry) {
        if (entry.promisedReplyAt() == null) {
            return "";
        }
        return getTranslation("log.promise."
                + (entry.repliedAt() != null ? "kept" : entry.overdue(clock.instant()) ? "overdue" : "open"));
    }

    private String promiseText(LogEntry entry) {
        return entry.promisedReplyAt() == null ? "" : Formats.minute(entry.promisedReplyAt());
    }

    private Component promiseBadge(LogEntry entry) {
        if (entry.promisedReplyAt() == null) {
            return new Span();
        }
        Badge.Tone tone = entry.repliedAt() != null
                ? Badge.Tone.SUCCESS
                : entry.overdue(clock.instant()) ? Badge.Tone.ERROR : Badge.Tone.NEUTRAL;
        return new Badge(promiseText(entry), tone);
    }

    private Component panel(LogEntry entry) {
        Div panel = new Div();
        panel.setId("log-panel");
        panel.add(new H3(
                entry.customerName() + " · " + getTranslation(entry.channel().messageKey())));
        panel.add(new Paragraph(
                Formats.minute(entry.occurredAt()) + (entry.place() == null ? "" : " · " + entry.place())));
        panel.add(new Paragraph(getTranslation("log.field.participants") + ": " + nz(entry.participants())));
        Paragraph content = new Paragraph(entry.content());
        content.addClassName("siteline-log-content");
        panel.add(content);
        panel.add(new Paragraph(getTranslation("log.field.outcome") + ": " + nz(entry.outcome())));
        if (entry.promisedReplyAt() != null) {
            panel.add(new Paragraph(
                    getTranslation("log.field.promised") + ": " + promiseText(entry) + " · " + promiseState(entry)));
        }
        for (var file : log.attachmentsOf(List.of(entry.id())).getOrDefault(entry.id(), List.of())) {
            com.vaadin.flow.component.html.Anchor link = new com.vaadin.flow.component.html.Anchor(
                    Downloads.of(event -> log.download(file.id())
                            .map(f -> new com.vaadin.flow.server.streams.DownloadResponse(
                                    new java.io.ByteArrayInputStream(f.content()),
                                    f.fileName(),
                                    f.contentType(),
                                    f.content().length))
                            .orElse(com.vaadin.flow.server.streams.DownloadResponse.error(404))),
                    "📎 " + file.fileName());
            link.addClassName("siteline-log-file");
            panel.add(new Div(link));
        }
        if (entry.promiseOpen()) {
            Button replied = new Button(getTranslation("log.mark-replied"), click -> {
                grid.refreshPanel(log.markReplied(entry.id()));
                grid.refresh();
            });
            replied.setId("log-mark-replied");
            replied.addThemeVariants(ButtonVariant.LUMO_SMALL);
            panel.add(replied);
        }
        // what other modules offer for an entry (e.g. a repair job straight from the customer's call)
        sections.forEach(section -> section.render(entry.id()).ifPresent(panel::add));
        return panel;
    }

    public DataGrid<LogEntry> dataGrid() {
        return grid;
    }

    private static String nz(String text) {
        return text == null ? "" : text;
    }
}
