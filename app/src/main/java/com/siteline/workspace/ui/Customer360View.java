package com.siteline.workspace.ui;

import com.siteline.audit.AuditTrail;
import com.siteline.audit.ui.AuditHistory;
import com.siteline.base.ui.Badge;
import com.siteline.base.ui.EmptyState;
import com.siteline.base.ui.Formats;
import com.siteline.base.ui.RecordSection;
import com.siteline.base.ui.ViewFrame;
import com.siteline.communication.LogEntry;
import com.siteline.communication.ui.LogEntryDialog;
import com.siteline.customer.CustomerDetails;
import com.siteline.customer.ui.CustomerDialog;
import com.siteline.issue.IssueDetails;
import com.siteline.issue.ui.IssueWorkbench;
import com.siteline.issue.ui.NewIssueDialog;
import com.siteline.organization.Role;
import com.siteline.project.ProjectSummary;
import com.siteline.security.CurrentUser;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;

/** Customer 360: one customer's record, projects, issues, communications and promised replies on one page. */
@Route("customers/:id")
@RolesAllowed({Role.Names.AGENT, Role.Names.MANAGER, Role.Names.ADMIN, Role.Names.PROJECT_MANAGER})
public class Customer360View extends ViewFrame implements BeforeEnterObserver {

    private final transient IssueWorkbench bench;
    private final String username;
    private long customerId = -1;

    private final transient AuditTrail audit;

    private final transient List<RecordSection> sections;

    public Customer360View(
            IssueWorkbench bench, CurrentUser currentUser, AuditTrail audit, List<RecordSection> sections) {
        super("customer360.title");
        this.sections = RecordSection.of(sections, RecordSection.Page.CUSTOMER);
        setId("customer-360");
        this.bench = bench;
        this.audit = audit;
        this.username = currentUser.username().orElseThrow();
        Shortcuts.addShortcutListener(this, this::logContact, Key.KEY_L, KeyModifier.ALT);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        customerId = com.siteline.base.ui.RouteIds.of(event.getRouteParameters(), "id");
        render();
    }

    private void render() {
        removeAll();
        Anchor back = new Anchor("customers", "← " + getTranslation("nav.customers"));
        add(back);
        if (customerId < 0 || !bench.customers().visible(customerId)) {
            add(new EmptyState(
                    VaadinIcon.WARNING,
                    getTranslation("customer.not-found.title"),
                    getTranslation("customer.not-found.text")));
            if (customerId >= 0) {
                // another unit's record is not shown, nor said to exist; its number can be asked for (查阅申请)
                Anchor request = new Anchor(
                        "access-requests?kind=CUSTOMER&record=" + customerId,
                        getTranslation("customer.not-found.request-access"));
                request.setId("customer-request-access");
                add(request);
            }
            return;
        }
        CustomerDetails customer = bench.customers().get(customerId);
        List<ProjectSummary> projects = bench.projects().ofCustomer(customerId);
        List<IssueDetails> issues = bench.queries().ofCustomer(customerId);
        List<LogEntry> log = bench.log().ofCustomer(customerId);
        add(header(customer), card(customer), actions(customer));
        List<LogEntry> open = log.stream().filter(LogEntry::promiseOpen).toList();
        add(section("customer360.promises", open.size()), open.isEmpty() ? none() : promises(open));
        add(section("customer360.projects", projects.size()), projectGrid(projects));
        add(section("customer360.issues", issues.size()), issueGrid(issues));
        add(section("customer360.communications", log.size()), log.isEmpty() ? none() : timeline(log));
        long shown = customerId;
        sections.forEach(section -> section.render(customerId).ifPresent(this::add));
        add(new AuditHistory(() -> audit.customerHistory(shown, AuditHistory.LIMIT)));
    }

    /** The customer's name, tier and type. */
    private HorizontalLayout header(CustomerDetails customer) {
        H2 name = new H2(customer.name());
        name.setId("customer-360-name");
        Badge tier = new Badge(getTranslation(customer.tier().messageKey()), Badge.Tone.WARNING);
        Badge type = new Badge(getTranslation(customer.type().messageKey()), Badge.Tone.NEUTRAL);
        type.setId("customer-360-type");
        HorizontalLayout header = new HorizontalLayout(name, tier, type);
        header.setAlignItems(Alignment.BASELINE);
        return header;
    }

    /**
     * The phone numbers, address and e-mail: masked (号码脱敏) until the user asks to see them in full, which is kept
     * in the audit log ({@code CustomerService.reveal}).
     */
    private void fillContacts(Div contacts, CustomerDetails customer, boolean full) {
        contacts.removeAll();
        java.util.function.UnaryOperator<String> phone = full ? Customer360View::nz : com.siteline.base.Masks::phone;
        contacts.add(new Paragraph(getTranslation("customer.field.phone") + ": " + phone.apply(customer.phone())
                + (customer.phone2() == null ? "" : " / " + phone.apply(customer.phone2()))
                + " · " + getTranslation("customer.field.channel") + ": "
                + getTranslation(customer.preferredChannel().messageKey())
                + " · " + getTranslation("customer.field.unit") + ": " + customer.businessUnitName()));
        contacts.add(new Paragraph(getTranslation("customer.field.address") + ": "
                + (full ? nz(customer.address()) : com.siteline.base.Masks.address(customer.address()))
                + " · " + getTranslation("customer.field.wechat") + ": " + nz(customer.wechatId())
                + " · " + getTranslation("customer.field.email") + ": "
                + (full ? nz(customer.email()) : com.siteline.base.Masks.email(customer.email()))));
        if (!full) {
            Button reveal = new Button(
                    getTranslation("customer.reveal"),
                    VaadinIcon.EYE.create(),
                    click -> fillContacts(contacts, bench.customers().reveal(customer.id()), true));
            reveal.setId("customer-360-reveal");
            reveal.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            reveal.setTooltipText(getTranslation("customer.reveal.help"));
            contacts.add(reveal);
        }
    }

    /** How to reach the customer, their unit, special requirements and tags. */
    private Div card(CustomerDetails customer) {
        Div card = new Div();
        card.setId("customer-360-card");
        card.addClassName("siteline-card");
        Div contacts = new Div();
        contacts.setId("customer-360-contacts");
        fillContacts(contacts, customer, false);
        card.add(contacts);
        if (customer.specialRequirements() != null) {
            Paragraph special =
                    new Paragraph(getTranslation("customer.field.special") + ": " + customer.specialRequirements());
            special.addClassName("siteline-warning");
            card.add(special);
        }
        if (!customer.tags().isEmpty()) {
            card.add(new Paragraph(getTranslation("customer.field.tags") + ": " + String.join("、", customer.tags())));
        }
        return card;
    }

    /** Log a contact (the first thing done here), raise an issue, edit the record. */
    private HorizontalLayout actions(CustomerDetails customer) {
        Button edit = new Button(
                getTranslation("customer.edit"),
                VaadinIcon.EDIT.create(),
                click -> new CustomerDialog(
                                bench.customers(),
                                username,
                                bench.organization().unitNamesOf(username),
                                customer,
                                saved -> render())
                        .open());
        edit.setId("customer-360-edit");
        Button newIssue = new Button(
                getTranslation("issue.new"),
                VaadinIcon.EXCLAMATION_CIRCLE_O.create(),
                click -> new NewIssueDialog(bench, username, customerId, created -> render()).open());
        newIssue.setId("customer-360-new-issue");
        Button logContact = new Button(getTranslation("log.new"), VaadinIcon.COMMENT.create(), click -> logContact());
        logContact.setId("customer-360-log");
        logContact.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        logContact.setTooltipText(getTranslation("log.new.shortcut"));
        return new HorizontalLayout(logContact, newIssue, edit);
    }

    /** Replies promised to the customer and not given yet, the overdue ones marked. */
    private UnorderedList promises(List<LogEntry> open) {
        UnorderedList list = new UnorderedList();
        list.setId("customer-360-promises");
        for (LogEntry entry : open) {
            ListItem item = new ListItem(Formats.minute(entry.promisedReplyAt()) + " · " + entry.content());
            if (entry.overdue(bench.clock().instant())) {
                item.addClassName("siteline-promise-overdue");
            }
            list.add(item);
        }
        return list;
    }

    private Grid<ProjectSummary> projectGrid(List<ProjectSummary> projects) {
        Grid<ProjectSummary> projectGrid = new Grid<>();
        projectGrid.setId("customer-360-projects");
        projectGrid.addThemeVariants(GridVariant.LUMO_COMPACT);
        projectGrid.setAllRowsVisible(true);
        projectGrid
                .addComponentColumn(p -> new Anchor("projects/" + p.id(), p.name()))
                .setHeader(getTranslation("projects.column.name"))
                .setAutoWidth(true);
        projectGrid
                .addColumn(this::stage)
                .setHeader(getTranslation("projects.column.stage"))
                .setAutoWidth(true);
        projectGrid.addColumn(p -> Formats.day(p.createdAt())).setHeader(getTranslation("projects.column.created"));
        projectGrid.setItems(projects);
        return projectGrid;
    }

    private Grid<IssueDetails> issueGrid(List<IssueDetails> issues) {
        Grid<IssueDetails> issueGrid = new Grid<>();
        issueGrid.setId("customer-360-issues");
        issueGrid.addThemeVariants(GridVariant.LUMO_COMPACT);
        issueGrid.setAllRowsVisible(true);
        issueGrid
                .addComponentColumn(i -> new Anchor("issues/" + i.id(), "#" + i.id() + " " + i.title()))
                .setHeader(getTranslation("issue.field.title"))
                .setAutoWidth(true)
                .setFlexGrow(1);
        issueGrid
                .addColumn(i -> getTranslation("issue.type." + i.type().name()))
                .setHeader(getTranslation("issue.field.type"));
        issueGrid
                .addColumn(i -> getTranslation(i.status().messageKey()))
                .setHeader(getTranslation("issue.field.status"));
        issueGrid.addColumn(i -> Formats.minute(i.createdAt())).setHeader(getTranslation("grid.column.created"));
        issueGrid.setItems(issues);
        return issueGrid;
    }

    /** Every contact with the customer, newest first: when, how, who and what. */
    private UnorderedList timeline(List<LogEntry> log) {
        UnorderedList timeline = new UnorderedList();
        timeline.setId("customer-360-log");
        timeline.addClassName("siteline-timeline");
        Map<String, String> people = bench.organization().displayNames();
        for (LogEntry entry : log) {
            timeline.add(new ListItem(Formats.minute(entry.occurredAt()) + " · "
                    + getTranslation(entry.channel().messageKey()) + " · "
                    + people.getOrDefault(entry.author(), entry.author()) + " — " + entry.content()
                    + (entry.outcome() == null ? "" : " → " + entry.outcome())));
        }
        return timeline;
    }

    private Paragraph none() {
        return new Paragraph(getTranslation("customer360.none"));
    }

    private void logContact() {
        if (customerId >= 0 && bench.customers().visible(customerId)) {
            new LogEntryDialog(
                            bench.log(),
                            bench.customers(),
                            bench.projects(),
                            username,
                            customerId,
                            null,
                            bench.clock(),
                            saved -> render())
                    .open();
        }
    }

    private H3 section(String key, int count) {
        H3 title = new H3(getTranslation(key) + " (" + count + ")");
        title.addClassName("siteline-section");
        return title;
    }

    private String stage(ProjectSummary project) {
        if (project.closed()) {
            return getTranslation("project.completed");
        }
        return bench.catalog()
                .snapshot(project.variantId())
                .flatMap(v -> v.stage(project.currentStageId()))
                .map(s -> s.name().get(getLocale()))
                .orElse(project.currentStageId());
    }

    private static String nz(String text) {
        return text == null ? "—" : text;
    }
}
