package com.siteline.portal.ui;

import com.siteline.base.RefusedException;
import com.siteline.issue.CustomerIssues;
import com.siteline.issue.IssueDetails;
import com.siteline.issue.IssueEventKind;
import com.siteline.issue.IssueStatus;
import com.siteline.job.JobState;
import com.siteline.job.JobSummary;
import com.siteline.portal.CustomerPortal;
import com.siteline.portal.PortalAccess;
import com.siteline.portal.PortalViews;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Optional;

/**
 * One of the customer's issues ({@code portal/issues/<id>}): where it stands in plain words, the replies staff wrote
 * for the customer and the customer's own words (internal notes stay internal), the resolution to accept or to
 * say is not solved (which reopens it), and a comment box.
 */
@Route(value = "portal/issues/:id", autoLayout = false)
@AnonymousAllowed
public class PortalIssuePage extends PortalScreen {

    private long issueId;
    private String typed = "";

    public PortalIssuePage(CustomerPortal portal, PortalAccess access) {
        super(portal, access);
        setId("portal-issue");
    }

    /** The state in the customer's words: received, in hand, waiting for you, answered, closed. */
    static String publicState(IssueDetails issue) {
        return PortalStates.of(issue.status());
    }

    @Override
    protected void enter(BeforeEnterEvent event) {
        issueId = com.siteline.base.ui.RouteIds.of(event.getRouteParameters(), "id");
        render();
    }

    @Override
    protected void render() {
        removeAll();
        add(bar(), home());
        Optional<PortalViews.Issue> shown = issueId < 0 ? Optional.empty() : portal.issue(session, issueId, client());
        if (shown.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("portal.not-found"));
            none.setId("portal-not-found");
            add(none);
            return;
        }
        IssueDetails issue = shown.get().details();
        add(new H2(issue.title()), state(issue));
        if (issue.description() != null) {
            Paragraph description = new Paragraph(issue.description());
            description.getStyle().set("white-space", "pre-wrap");
            add(description);
        }
        if (!shown.get().photoIds().isEmpty()) {
            add(photos(shown.get().photoIds()));
        }
        if (issue.plan() != null) {
            add(plan(issue));
        }
        shown.get().job().ifPresent(job -> repair(job, shown.get().jobPhotoIds()));
        add(
                new H3(getTranslation("portal.issue.timeline")),
                timeline(shown.get().timeline()));
        Paragraph status = new Paragraph();
        status.setId("portal-issue-status");
        if (issue.status() == IssueStatus.FEEDBACK_GIVEN) {
            add(resolution(issue, status));
        }
        if (issue.status() == IssueStatus.CLOSED || issue.status() == IssueStatus.REVISITED) {
            add(notSolved(status));
        }
        addComment(status);
    }

    private Paragraph state(IssueDetails issue) {
        Paragraph state = new Paragraph(getTranslation("portal.issue.state." + publicState(issue)) + " · #" + issue.id()
                + " · " + minute(issue.createdAt()));
        state.setId("portal-issue-state");
        return state;
    }

    /** The photos the customer sent with the issue, as previews that open in full. */
    private Div photos(List<Long> ids) {
        Div photos = new Div();
        photos.addClassName("siteline-portal-photos");
        for (long id : ids) {
            photos.add(photo(
                    "portal-upload-" + id,
                    "#" + id,
                    () -> portal.upload(session, id, true, client()),
                    () -> portal.upload(session, id, false, client())));
        }
        return photos;
    }

    /** The handling plan the complaint was answered with: what will be done, who answers for it, by when. */
    private Div plan(IssueDetails issue) {
        Div plan = new Div();
        plan.setId("portal-issue-plan");
        plan.addClassName("siteline-portal-card");
        Paragraph measures = new Paragraph(
                getTranslation("portal.issue.plan-text", issue.plan().measures()));
        measures.getStyle().set("white-space", "pre-wrap");
        plan.add(
                new H3(getTranslation("portal.issue.plan")),
                measures,
                new Paragraph(
                        getTranslation("portal.issue.plan-owner", issue.plan().owner())),
                new Paragraph(getTranslation(
                        "portal.issue.plan-expected", minute(issue.plan().expectedBy()))));
        return plan;
    }

    /** The steps, the customer's own words and the replies written for them, oldest first. */
    private Div timeline(List<CustomerIssues.PublicEntry> entries) {
        Div timeline = new Div();
        timeline.setId("portal-issue-timeline");
        timeline.setWidthFull();
        for (CustomerIssues.PublicEntry entry : entries) {
            Div line = new Div();
            line.addClassName("siteline-portal-card");
            String who = entry.fromCustomer() ? getTranslation("portal.issue.you") : getTranslation("portal.issue.us");
            String what = switch (entry.kind()) {
                case CREATED -> getTranslation("portal.issue.raised");
                case STATUS -> getTranslation("portal.issue.state." + PortalStates.of(entry.to()));
                default -> entry.text();
            };
            line.add(new Span(who + " · " + minute(entry.at())));
            Paragraph text = new Paragraph(what == null ? "" : what);
            text.getStyle().set("white-space", "pre-wrap");
            if (entry.kind() == IssueEventKind.PUBLIC_REPLY) {
                line.addClassName("siteline-portal-need");
            }
            line.add(text);
            timeline.add(line);
        }
        return timeline;
    }

    /** The resolution staff gave, to accept or to say it is not solved. */
    private Div resolution(IssueDetails issue, Paragraph status) {
        Div resolution = new Div();
        resolution.addClassName("siteline-portal-sign");
        resolution.setId("portal-resolution");
        resolution.add(new H3(getTranslation("portal.issue.resolution")));
        resolution.add(new Paragraph(issue.resolution() == null ? "" : issue.resolution()));
        Button accept = new Button(getTranslation("portal.issue.accept"), e -> answer(true, status));
        accept.setId("portal-accept");
        accept.addClassName("siteline-portal-wide");
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        resolution.add(accept, notSolved(status));
        return resolution;
    }

    private Button notSolved(Paragraph status) {
        Button refuse = new Button(getTranslation("portal.issue.not-solved"), e -> answer(false, status));
        refuse.setId("portal-not-solved");
        refuse.addClassName("siteline-portal-wide");
        return refuse;
    }

    /** A comment of the customer's; what they typed stays when a refusal is said. */
    private void addComment(Paragraph status) {
        TextArea comment = new TextArea(getTranslation("portal.issue.comment"));
        comment.setId("portal-comment");
        comment.setMaxLength(CustomerIssues.COMMENT_MAX + 1);
        comment.setValue(typed);
        comment.addValueChangeListener(e -> typed = e.getValue());
        Button send = new Button(getTranslation("portal.issue.send"), e -> {
            try {
                portal.comment(session, issueId, comment.getValue(), client());
                typed = "";
                render();
            } catch (RefusedException refused) {
                refused(refused, status);
            }
        });
        send.setId("portal-comment-send");
        send.addClassName("siteline-portal-wide");
        add(comment, send, status);
    }

    /** The repair job behind the issue: its steps so far, and the customer's confirmation once it is completed. */
    private void repair(JobSummary job, java.util.List<Long> photoIds) {
        Div box = new Div();
        box.setId("portal-repair");
        box.addClassName("siteline-portal-card");
        box.add(new Span(getTranslation("portal.repair.heading") + " · "
                + getTranslation(job.state().messageKey())));
        StringBuilder steps = new StringBuilder();
        if (job.technician() != null) {
            steps.append(getTranslation("portal.repair.technician", job.technician()));
        }
        if (job.appointmentFrom() != null && job.arrivedAt() == null) {
            // the window agreed, and whom to call: the customer plans their day by it
            java.time.ZonedDateTime from = job.appointmentFrom().atZone(com.siteline.base.ui.Formats.zone());
            java.time.ZonedDateTime to = job.appointmentTo().atZone(com.siteline.base.ui.Formats.zone());
            Paragraph appointment = new Paragraph(getTranslation(
                    "portal.repair.appointment",
                    from.toLocalDate().toString(),
                    from.toLocalTime().toString(),
                    to.toLocalTime().toString(),
                    job.technicianPhone() == null ? "-" : job.technicianPhone()));
            appointment.setId("portal-repair-appointment");
            box.add(appointment);
        }
        if (job.arrivedAt() != null) {
            steps.append(steps.isEmpty() ? "" : " · ")
                    .append(getTranslation("portal.repair.arrived", minute(job.arrivedAt())));
        }
        if (job.completedAt() != null) {
            steps.append(steps.isEmpty() ? "" : " · ")
                    .append(getTranslation("portal.repair.completed", minute(job.completedAt())));
        }
        if (!steps.isEmpty()) {
            Paragraph line = new Paragraph(steps.toString());
            line.addClassName("siteline-portal-muted");
            box.add(line);
        }
        if (job.workDone() != null) {
            box.add(new Paragraph(getTranslation("portal.repair.work", job.workDone())));
        }
        if (job.charge() != null && job.charge().signum() > 0) {
            box.add(new Paragraph(
                    getTranslation("portal.repair.charge", job.charge().toPlainString())));
        }
        if (!photoIds.isEmpty()) {
            Div photos = new Div();
            photos.addClassName("siteline-portal-photos");
            photos.setId("portal-repair-photos");
            for (long id : photoIds) {
                photos.add(photo(
                        "portal-job-photo-" + id,
                        getTranslation("portal.repair.photo"),
                        () -> portal.jobPhoto(session, id, true, client()),
                        () -> portal.jobPhoto(session, id, false, client())));
            }
            box.add(photos);
        }
        if (job.state() == JobState.COMPLETED) {
            Paragraph status = new Paragraph();
            status.setId("portal-repair-status");
            com.vaadin.flow.component.textfield.TextField name =
                    new com.vaadin.flow.component.textfield.TextField(getTranslation("portal.sign.name"));
            name.setId("portal-repair-name");
            name.setMaxLength(101);
            Button confirm = new Button(getTranslation("portal.repair.confirm"), e -> {
                try {
                    portal.confirmRepair(session, issueId, name.getValue(), client());
                    render();
                } catch (RefusedException refused) {
                    refused(refused, status);
                }
            });
            confirm.setId("portal-repair-confirm");
            confirm.addClassName("siteline-portal-wide");
            confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
            box.add(name, confirm, status);
        } else if (job.confirmedAt() != null) {
            box.add(new Paragraph(
                    getTranslation("portal.repair.confirmed", job.confirmedBy(), minute(job.confirmedAt()))));
        }
        add(box);
    }

    private void answer(boolean solved, Paragraph status) {
        try {
            portal.answer(session, issueId, solved, solved ? null : typed, client());
            typed = "";
            render();
        } catch (RefusedException refused) {
            refused(refused, status);
        }
    }
}
