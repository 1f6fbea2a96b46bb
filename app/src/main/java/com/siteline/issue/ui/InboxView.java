package com.siteline.issue.ui;

import com.siteline.base.BulkResult;
import com.siteline.base.InvalidInputException;
import com.siteline.base.RowVersion;
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
import com.siteline.communication.LogEntry;
import com.siteline.communication.ui.LogSaved;
import com.siteline.issue.CustomerIssues;
import com.siteline.issue.IssueDetails;
import com.siteline.issue.IssueGrid;
import com.siteline.issue.IssueStatus;
import com.siteline.organization.Role;
import com.siteline.sdk.Urgency;
import com.siteline.security.CurrentUser;
import com.siteline.sla.UrgencyWords;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The agents' work queue (工作台): the customer issues of their units, and the replies they promised. */
@Route("inbox")
@RolesAllowed({Role.Names.AGENT, Role.Names.MANAGER, Role.Names.ADMIN})
@Menu(title = "nav.inbox", order = 10, icon = "vaadin:inbox")
public class InboxView extends ViewFrame implements com.vaadin.flow.router.BeforeEnterObserver {

    private final transient IssueWorkbench bench;
    private final String username;
    private final Map<String, String> people;
    private final DataGrid<IssueDetails> grid;
    private final Div promises = new Div();

    private final transient GridLinks links;

    public InboxView(IssueWorkbench bench, GridKit kit, CurrentUser currentUser, GridLinks links) {
        super("inbox.title");
        setId("inbox");
        setSizeFull();
        this.bench = bench;
        this.links = links;
        this.username = currentUser.username().orElseThrow();
        this.people = bench.organization().displayNames();
        Map<Long, String> units = bench.organization().unitNamesOf(username);
        List<String> colleagues =
                bench.queries().assignees().stream().map(u -> u.username()).toList();
        List<String> variants = bench.catalog().variantIds();
        grid = new DataGrid<>(kit, bench.queries());
        columns(units, colleagues, variants);
        grid.presets(presets(variants));
        grid.identity(IssueDetails::id)
                .detail(issue -> new IssuePanel(
                        bench, username, bench.queries().get(issue.id()), false, updated -> grid.refresh()))
                .onOpen(issue -> getUI().ifPresent(ui -> ui.navigate("issues/" + issue.id())));
        bulkActions(colleagues);

        Button create = new Button(getTranslation("issue.new"), VaadinIcon.PLUS.create());
        create.setId("new-issue");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> new NewIssueDialog(bench, username, null, issue -> {
                    grid.refresh();
                    getUI().ifPresent(ui -> ui.navigate("issues/" + issue.id()));
                })
                .open());
        grid.addToToolbar(create);
        Shortcuts.addShortcutListener(this, this::logForFocused, Key.KEY_L, KeyModifier.ALT);
        grid.build();
        promises.setId("inbox-promises");
        promises.addClassName("siteline-promises");
        showPromises();
        add(promises, grid);
        setFlexGrow(1, grid);
    }

    /** The inbox's columns, with the choices their filters offer. */
    private void columns(Map<Long, String> units, List<String> colleagues, List<String> variants) {
        // the number and title stay put while the grid scrolls sideways (#30)
        grid.column("id", i -> "#" + i.id()).width("6em").frozen();
        grid.column("title", IssueDetails::title).width("16em").frozen().phone();
        // the status and the countdown next to them, in view at a desk without scrolling (#30); on a phone the title
        // and the countdown
        grid.column("status", i -> getTranslation(i.status().messageKey()))
                .badges(i -> List.of(IssueLabels.statusLook(this, i.status())))
                .choiceLabels(v -> getTranslation("issue.status." + v));
        grid.column("due", i -> SlaChips.text(this, i))
                .badges(i -> SlaChips.looks(this, i))
                .choiceLabels(v -> getTranslation("sla.state." + v))
                .phone();
        grid.column("customer", IssueDetails::customerName);
        grid.column("customerType", i -> getTranslation(i.customerType().messageKey()))
                .choiceLabels(v -> getTranslation("customer.type." + v))
                .hidden();
        grid.column("type", i -> getTranslation("issue.type." + i.type().name()))
                .choiceLabels(v -> getTranslation("issue.type." + v));
        grid.column("category", i -> IssueLabels.category(this, bench.catalog(), i.categoryId()))
                .choices(() -> bench.queries().allCategories(), v -> IssueLabels.category(this, bench.catalog(), v));
        grid.column("urgency", i -> getTranslation(UrgencyWords.key(i.type(), i.urgency())))
                .badges(i -> List.of(IssueLabels.urgencyLook(this, i.type(), i.urgency())))
                .choiceLabels(v -> getTranslation("issue.urgency." + v));
        grid.column("assignee", i -> person(i.assignee())).choices(() -> people(colleagues), this::person);
        grid.column("promised", i -> Formats.minute(i.promisedReplyAt())).badges(this::promiseBadge);
        grid.column("variant", i -> variantName(i.variantId())).choices(() -> variants, this::variantName);
        grid.column("unit", IssueDetails::businessUnitName)
                .choices(() -> units.keySet().stream().map(String::valueOf).toList(), id -> units.get(Long.valueOf(id)))
                .hidden();
        grid.column("tags", i -> String.join("、", i.tags())).hidden();
        grid.column("created", i -> Formats.minute(i.createdAt()));
        grid.column("updated", i -> Formats.minute(i.updatedAt())).hidden();
        grid.column("open", i -> getTranslation(i.open() ? "issue.open" : "issue.closed"))
                .choiceLabels(v -> getTranslation("issue." + v))
                .hidden();
        // how it came: staff recorded it, or the customer raised it in the portal
        grid.column("channel", i -> getTranslation("issue.channel." + (i.channel() == null ? "staff" : i.channel())))
                .choices(() -> List.of(CustomerIssues.CHANNEL), v -> getTranslation("issue.channel." + v));
    }

    /** The built-in views (breaching, mine, unassigned, from the portal, ...) and one per plugin. */
    private List<SavedView> presets(List<String> variants) {
        List<SavedView> presets = new ArrayList<>(List.of(
                SavedView.builtIn("inbox.view.open", OPEN_WORK),
                SavedView.builtIn("inbox.view.closed", GridQuery.empty().choice("open", IssueGrid.CLOSED)),
                SavedView.builtIn(
                        "inbox.view.breaching",
                        GridQuery.empty()
                                .choice("due", IssueGrid.BREACHED, IssueGrid.NEARING)
                                .sortedBy(GridSort.asc("due"))),
                SavedView.builtIn(
                        "inbox.view.mine",
                        GridQuery.empty().choice("assignee", GridQuery.ME).choice("open", IssueGrid.OPEN)),
                SavedView.builtIn(
                        "inbox.view.unassigned",
                        GridQuery.empty().choice("assignee", GridQuery.NOBODY).choice("open", IssueGrid.OPEN)),
                SavedView.builtIn(
                        "inbox.view.portal",
                        GridQuery.empty()
                                .choice("channel", CustomerIssues.CHANNEL)
                                .choice("open", IssueGrid.OPEN)),
                SavedView.builtIn(
                        "inbox.view.waiting", GridQuery.empty().choice("status", IssueStatus.WAITING_CUSTOMER.name())),
                SavedView.builtIn(
                        "inbox.view.overdue",
                        GridQuery.empty()
                                .choice("promise", IssueGrid.PROMISE_OVERDUE)
                                .sortedBy(GridSort.asc("promised"))),
                SavedView.builtIn(
                        "inbox.view.urgent",
                        GridQuery.empty()
                                .choice("urgency", Urgency.URGENT.name())
                                .choice("open", IssueGrid.OPEN)),
                SavedView.builtIn("inbox.view.all", GridQuery.empty())));
        for (String variant : variants) {
            presets.add(new SavedView(
                    null,
                    null,
                    "inbox.view.plugin." + variant,
                    true,
                    GridQuery.empty().choice("variant", variant).choice("open", IssueGrid.OPEN),
                    true));
        }
        return presets;
    }

    /** What the service desk does to many issues at once. */
    private void bulkActions(List<String> colleagues) {
        grid.bulkAction(
                "assign",
                "inbox.bulk.assign",
                selected -> choose(
                        "inbox.bulk.assign",
                        colleagues,
                        this::person,
                        user -> bench.bulk().assign(rows(selected), user)));
        grid.bulkAction(
                "status",
                "inbox.bulk.status",
                selected -> choose(
                        "inbox.bulk.status",
                        names(IssueStatus.values()),
                        v -> getTranslation("issue.status." + v),
                        status -> bench.bulk().move(rows(selected), IssueStatus.valueOf(status))));
        grid.bulkAction(
                "urgency",
                "inbox.bulk.urgency",
                selected -> choose(
                        "inbox.bulk.urgency",
                        names(Urgency.values()),
                        v -> getTranslation("issue.urgency." + v),
                        urgency -> bench.bulk().urgency(rows(selected), Urgency.valueOf(urgency))));
        grid.bulkAction(
                "category",
                "inbox.bulk.category",
                selected -> choose(
                        "inbox.bulk.category",
                        bench.queries().allCategories(),
                        v -> IssueLabels.category(this, bench.catalog(), v),
                        category -> bench.bulk().category(rows(selected), category)));
        grid.bulkAction("tag", "inbox.bulk.tag", selected -> tag(rows(selected)));
    }

    /** What the inbox opens on (#30): the open work; the closed issues are a view of their own, not the default. */
    static final GridQuery OPEN_WORK = GridQuery.empty().choice("open", IssueGrid.OPEN);

    /**
     * A link with a query ({@code inbox?q=…}, from a tile or a report) opens the inbox filtered to exactly it; the
     * inbox itself opens on the open work.
     */
    @Override
    public void beforeEnter(com.vaadin.flow.router.BeforeEnterEvent event) {
        grid.apply(event.getLocation()
                .getQueryParameters()
                .getSingleParameter(GridLinks.PARAMETER)
                .flatMap(links::decode)
                .map(IssueGrid.DEFINITION::usable)
                .orElse(OPEN_WORK));
    }

    private void logForFocused() {
        grid.focused()
                .ifPresent(issue -> new IssuePanel(
                                bench, username, bench.queries().get(issue.id()), false, updated -> grid.refresh())
                        .logContact());
    }

    /** A promise just logged or answered in this tab shows in the strip at once. */
    @Override
    protected void onAttach(com.vaadin.flow.component.AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        com.vaadin.flow.shared.Registration registration = com.vaadin.flow.component.ComponentUtil.addListener(
                attachEvent.getUI(), LogSaved.class, saved -> showPromises());
        addDetachListener(detach -> {
            registration.remove();
            detach.unregisterListener();
        });
    }

    /** The user's promised replies: a strip of tasks above the grid, overdue ones in red. */
    private void showPromises() {
        promises.removeAll();
        List<LogEntry> open = bench.log().openPromisesOf();
        promises.setVisible(!open.isEmpty());
        if (open.isEmpty()) {
            return;
        }
        Span label = new Span(getTranslation("inbox.promises", open.size()));
        label.addClassName("siteline-promises-label");
        promises.add(label);
        for (LogEntry entry : open.subList(0, Math.min(open.size(), 8))) {
            boolean overdue = entry.overdue(bench.clock().instant());
            Anchor task = new Anchor(
                    entry.issueId() != null ? "issues/" + entry.issueId() : "customers/" + entry.customerId(),
                    entry.customerName() + " · " + Formats.minute(entry.promisedReplyAt()));
            task.addClassName(overdue ? "siteline-promise-overdue" : "siteline-promise");
            task.getElement().setAttribute("title", entry.content());
            promises.add(task);
        }
    }

    private List<Badge.Look> promiseBadge(IssueDetails issue) {
        if (issue.promisedReplyAt() == null) {
            return List.of();
        }
        return List.of(new Badge.Look(
                Formats.minute(issue.promisedReplyAt()),
                issue.promiseOverdue(bench.clock().instant()) ? Badge.Tone.ERROR : Badge.Tone.NEUTRAL));
    }

    private void choose(
            String titleKey, List<String> values, Function<String, String> label, Function<String, BulkResult> action) {
        Dialog dialog = new Dialog(getTranslation(titleKey));
        dialog.setId("bulk-dialog");
        ComboBox<String> choice = new ComboBox<>();
        choice.setId("bulk-value");
        choice.setItems(values);
        choice.setItemLabelGenerator(label::apply);
        dialog.add(choice);
        Button apply = new Button(getTranslation("action.apply"), click -> {
            if (choice.getValue() == null) {
                choice.setInvalid(true);
                return;
            }
            report(action.apply(choice.getValue()));
            dialog.close();
        });
        apply.setId("bulk-apply");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), apply);
        dialog.open();
    }

    private void tag(List<RowVersion> rows) {
        Dialog dialog = new Dialog(getTranslation("inbox.bulk.tag"));
        dialog.setId("bulk-dialog");
        TextField tag = new TextField();
        tag.setId("bulk-tag-value");
        dialog.add(tag);
        Button apply = new Button(getTranslation("action.apply"), click -> {
            try {
                report(bench.bulk().addTag(rows, tag.getValue()));
                dialog.close();
            } catch (InvalidInputException e) {
                Problems.show(this, e);
            }
        });
        apply.setId("bulk-tag-apply");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), apply);
        dialog.open();
    }

    /** Says how many rows changed and, per refused row, why. */
    private void report(BulkResult result) {
        grid.grid().deselectAll();
        grid.refresh();
        Problems.report(this, result, id -> "#" + id);
    }

    /** The selected issues as the grid showed them: a bulk action refuses a row changed since. */
    private static List<RowVersion> rows(Collection<IssueDetails> issues) {
        return issues.stream().map(i -> new RowVersion(i.id(), i.version())).toList();
    }

    private List<String> people(List<String> colleagues) {
        List<String> values = new ArrayList<>();
        values.add(GridQuery.ME);
        values.add(GridQuery.NOBODY);
        values.addAll(colleagues);
        return values;
    }

    private String person(String user) {
        if (user == null || GridQuery.NOBODY.equals(user)) {
            return getTranslation("grid.nobody");
        }
        if (GridQuery.ME.equals(user)) {
            return getTranslation("grid.me");
        }
        return people.getOrDefault(user, user);
    }

    private String variantName(String variantId) {
        if (variantId == null) {
            return "";
        }
        return bench.catalog()
                .snapshot(variantId)
                .map(v -> v.name().get(getLocale()))
                .orElse(variantId);
    }

    static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    public DataGrid<IssueDetails> dataGrid() {
        return grid;
    }
}
