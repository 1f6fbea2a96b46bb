package com.siteline.access.ui;

import com.siteline.access.AccessRequestSummary;
import com.siteline.access.AccessRequests;
import com.siteline.access.AccessStatus;
import com.siteline.audit.AuditTrail;
import com.siteline.audit.ui.AuditHistory;
import com.siteline.base.Actors;
import com.siteline.base.InvalidInputException;
import com.siteline.base.RecordGrants;
import com.siteline.base.RefusedException;
import com.siteline.base.grid.ColumnFilter;
import com.siteline.base.grid.GridLinks;
import com.siteline.base.grid.GridQuery;
import com.siteline.base.ui.EmptyState;
import com.siteline.base.ui.Formats;
import com.siteline.base.ui.Problems;
import com.siteline.base.ui.ViewFrame;
import com.siteline.communication.CommunicationService;
import com.siteline.communication.LogEntry;
import com.siteline.customer.CustomerDetails;
import com.siteline.customer.CustomerService;
import com.siteline.issue.IssueDetails;
import com.siteline.issue.IssueQueries;
import com.siteline.organization.Role;
import com.siteline.project.ProjectService;
import com.siteline.project.ProjectSummary;
import com.siteline.project.StageEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * One access request: its facts and decision (approve / reject with a reason, revoke, withdraw), and for its
 * requester, while the grant runs, the record itself, read-only. Every load asks for the grant again, so an
 * expired or revoked grant shows nothing more.
 */
@Route("access-requests/:id")
@RolesAllowed({Role.Names.AGENT, Role.Names.MANAGER, Role.Names.ADMIN, Role.Names.PROJECT_MANAGER})
public class AccessRequestView extends ViewFrame implements BeforeEnterObserver {

    private final transient AccessRequests requests;
    private final transient CustomerService customers;
    private final transient CommunicationService log;
    private final transient IssueQueries issues;
    private final transient ProjectService projects;
    private final transient AuditTrail audit;
    private long id;

    private final transient GridLinks links;

    public AccessRequestView(
            AccessRequests requests,
            CustomerService customers,
            CommunicationService log,
            IssueQueries issues,
            ProjectService projects,
            AuditTrail audit,
            GridLinks links) {
        super("access.title");
        this.links = links;
        setId("access-request-view");
        this.requests = requests;
        this.customers = customers;
        this.log = log;
        this.issues = issues;
        this.projects = projects;
        this.audit = audit;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = com.siteline.base.ui.RouteIds.of(event.getRouteParameters(), "id");
        render();
    }

    private void render() {
        removeAll();
        Anchor back = new Anchor("access-requests", "← " + getTranslation("nav.access"));
        back.setId("access-back");
        add(back);
        AccessRequestSummary r;
        try {
            r = requests.get(id);
        } catch (NoSuchElementException e) {
            add(new EmptyState(
                    VaadinIcon.WARNING,
                    getTranslation("access.not-found.title"),
                    getTranslation("access.not-found.text")));
            return;
        }
        add(new H2(AccessTexts.record(this, r)));
        Div facts = new Div(
                AccessTexts.badge(this, r),
                new Paragraph(getTranslation("access.requester") + ": " + r.requesterName() + " · "
                        + getTranslation("access.unit") + ": " + r.owningUnitName()),
                new Paragraph(getTranslation("access.period") + ": " + AccessTexts.period(r)),
                new Paragraph(getTranslation("access.reason") + ": " + r.reason()));
        facts.setId("access-facts");
        if (r.decidedBy() != null) {
            facts.add(new Paragraph(getTranslation("access.decided", r.decidedBy(), Formats.minute(r.decidedAt()))
                    + (r.decisionNote() == null ? "" : " — " + r.decisionNote())));
        }
        add(facts);
        actions(r);
        if (r.requester().equals(Actors.current())) {
            record(r);
        }
        add(new AuditHistory(() -> audit.history("access", Long.toString(r.id()), AuditHistory.LIMIT)));
        if (AuditTrail.administrator()) {
            Anchor inLog = new Anchor(
                    links.link(
                            "admin/audit",
                            GridQuery.empty()
                                    .choice("type", "access")
                                    .withFilter("record", new ColumnFilter.Text(Long.toString(r.id())))),
                    getTranslation("access.in-audit-log"));
            inLog.setId("access-audit-link");
            add(inLog);
        }
    }

    private void actions(AccessRequestSummary r) {
        HorizontalLayout actions = new HorizontalLayout();
        if (r.canDecide()) {
            TextArea note = new TextArea(getTranslation("access.note"));
            note.setId("access-note");
            note.setMaxLength(500);
            note.setWidthFull();
            Button approve = new Button(getTranslation("access.approve"), click -> decide(r, true, note));
            approve.setId("access-approve");
            approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
            Button reject = new Button(getTranslation("access.reject"), click -> decide(r, false, note));
            reject.setId("access-reject");
            reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
            add(note);
            actions.add(approve, reject);
        }
        if (r.canRevoke()) {
            boolean own = r.requester().equals(Actors.current());
            Button revoke = new Button(getTranslation(own ? "access.withdraw" : "access.revoke"), click -> {
                try {
                    requests.revoke(r.id(), r.version());
                    render();
                } catch (ObjectOptimisticLockingFailureException e) {
                    Problems.error(getTranslation("conflict.saved-by-other"));
                    render();
                } catch (RefusedException e) {
                    Problems.show(this, e);
                }
            });
            revoke.setId("access-revoke");
            actions.add(revoke);
        }
        if (actions.getComponentCount() > 0) {
            add(actions);
        }
    }

    private void decide(AccessRequestSummary r, boolean approve, TextArea note) {
        try {
            requests.decide(r.id(), r.version(), approve, note.getValue());
            Problems.success(getTranslation(approve ? "access.approved" : "access.rejected"));
            render();
        } catch (InvalidInputException e) {
            note.setInvalid(true);
            note.setErrorMessage(getTranslation(e.problems().getFirst()));
            Problems.show(this, e);
        } catch (ObjectOptimisticLockingFailureException e) {
            Problems.error(getTranslation("conflict.saved-by-other"));
        } catch (RefusedException e) {
            Problems.show(this, e);
        }
    }

    /** The record, read-only, while the grant runs; each read asks the grant again and is logged. */
    private void record(AccessRequestSummary r) {
        Div record = new Div();
        record.setId("access-record-view");
        record.addClassName("siteline-granted-record");
        add(record);
        if (!r.running()) {
            record.add(new Paragraph(getTranslation(
                    r.status() == AccessStatus.APPROVED ? "access.record.ended" : "access.record.not-granted")));
            return;
        }
        record.add(new Paragraph(getTranslation("access.record.read-only", Formats.minute(r.endsAt()))));
        try {
            if (r.kind() == RecordGrants.Kind.CUSTOMER) {
                customer(record, customers.getGranted(r.recordId()));
            } else {
                project(record, projects.getGranted(r.recordId()));
            }
        } catch (NoSuchElementException e) {
            record.removeAll();
            record.add(new Paragraph(getTranslation("access.record.ended")));
        }
    }

    private void customer(Div record, CustomerDetails customer) {
        record.add(new H3(customer.name() + " · " + customer.businessUnitName()));
        // read under a grant: the contact details masked (号码脱敏), as the lists show them
        record.add(new Paragraph(getTranslation("customer.field.phone") + ": "
                + com.siteline.base.Masks.phone(customer.phone())
                + (customer.address() == null ? "" : " · " + com.siteline.base.Masks.address(customer.address()))));
        List<LogEntry> entries = log.ofCustomerGranted(customer.id());
        record.add(new H3(getTranslation("customer360.communications") + " (" + entries.size() + ")"));
        UnorderedList timeline = new UnorderedList();
        timeline.setId("access-record-log");
        for (LogEntry entry : entries) {
            timeline.add(new ListItem(Formats.minute(entry.occurredAt()) + " · "
                    + getTranslation(entry.channel().messageKey()) + " — " + entry.content()
                    + (entry.outcome() == null ? "" : " → " + entry.outcome())));
        }
        record.add(timeline);
        List<IssueDetails> customerIssues = issues.ofCustomerGranted(customer.id());
        record.add(new H3(getTranslation("customer360.issues") + " (" + customerIssues.size() + ")"));
        UnorderedList issueList = new UnorderedList();
        customerIssues.forEach(i -> issueList.add(new ListItem("#" + i.id() + " " + i.title() + " · "
                + getTranslation(i.status().messageKey()))));
        record.add(issueList);
        List<ProjectSummary> customerProjects = projects.ofCustomerGranted(customer.id());
        record.add(new H3(getTranslation("customer360.projects") + " (" + customerProjects.size() + ")"));
        UnorderedList projectList = new UnorderedList();
        customerProjects.forEach(p -> projectList.add(new ListItem(p.name())));
        record.add(projectList);
    }

    private void project(Div record, ProjectSummary project) {
        record.add(new H3(project.name() + " · " + project.businessUnitName()));
        record.add(new Paragraph(project.customerName()
                + (project.address() == null ? "" : " · " + com.siteline.base.Masks.address(project.address()))));
        var variant = projects.variantOfGranted(project.id());
        UnorderedList stages = new UnorderedList();
        stages.setId("access-record-stages");
        variant.stages()
                .forEach(s -> stages.add(new ListItem(s.name().get(getLocale())
                        + (s.id().equals(project.currentStageId())
                                ? " ← " + getTranslation("access.record.current")
                                : ""))));
        record.add(stages);
        List<StageEvent> moves = projects.historyGranted(project.id());
        UnorderedList history = new UnorderedList();
        moves.forEach(m -> history.add(new ListItem(Formats.minute(m.at()) + " · " + m.toStage())));
        record.add(history);
    }
}
