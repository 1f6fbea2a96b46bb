package com.siteline.portal.ui;

import com.siteline.communication.LogEntry;
import com.siteline.portal.Confirmation;
import com.siteline.portal.CustomerPortal;
import com.siteline.portal.PortalAccess;
import com.siteline.portal.PortalViews;
import com.siteline.portal.SharedPhoto;
import com.siteline.portal.internal.ProgressReport;
import com.siteline.project.ProjectTeam;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;

/**
 * One of the customer's projects ({@code portal/projects/<id>}): the stages with their dates and sign-offs, what
 * waits for the customer, the weekly reports, and the site photos (现场实拍) grouped by stage, newest first, as
 * previews made on the server that open full size on a tap. Another customer's project is "not found".
 */
@Route(value = "portal/projects/:id", autoLayout = false)
@AnonymousAllowed
public class PortalProjectPage extends PortalScreen {

    private long projectId;

    public PortalProjectPage(CustomerPortal portal, PortalAccess access) {
        super(portal, access);
        setId("portal-project");
    }

    @Override
    protected void enter(BeforeEnterEvent event) {
        projectId = com.siteline.base.ui.RouteIds.of(event.getRouteParameters(), "id");
        render();
    }

    @Override
    protected void render() {
        removeAll();
        add(bar(), home());
        Optional<PortalViews.Project> shown =
                projectId < 0 ? Optional.empty() : portal.project(session, projectId, client());
        if (shown.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("portal.not-found"));
            none.setId("portal-not-found");
            add(none);
            return;
        }
        PortalViews.Project project = shown.get();
        add(new H2(project.summary().name()));
        if (project.summary().address() != null) {
            add(muted(project.summary().address()));
        }
        ProjectTeam team = project.summary().team();
        if (team != null && (team.plannedStart() != null || team.plannedEnd() != null)) {
            Paragraph planned = muted(getTranslation(
                    "portal.project.planned",
                    team.plannedStart() == null ? "—" : team.plannedStart().toString(),
                    team.plannedEnd() == null ? "—" : team.plannedEnd().toString()));
            planned.setId("portal-planned");
            add(planned);
        }
        if (team != null && team.contractValue() != null) {
            Paragraph value = muted(
                    getTranslation("portal.project.value", team.contractValue().toPlainString()));
            value.setId("portal-contract-value");
            add(value);
        }
        confirmations(project);
        stages(project);
        updates(project);
        reports(project);
        photos(project);
        documents(project);
    }

    /** The log entries staff shared: what was said and agreed with the customer. */
    private void updates(PortalViews.Project project) {
        if (project.updates().isEmpty()) {
            return;
        }
        add(new H3(getTranslation("portal.updates")));
        for (LogEntry entry : project.updates()) {
            Div card = new Div();
            card.setId("portal-update-" + entry.id());
            card.addClassName("siteline-portal-card");
            card.add(new Span(minute(entry.occurredAt()) + " · "
                    + getTranslation(entry.channel().messageKey())));
            Paragraph text = new Paragraph(entry.content());
            text.getStyle().set("white-space", "pre-wrap");
            card.add(text);
            if (entry.outcome() != null) {
                card.add(muted(getTranslation("portal.updates.outcome", entry.outcome())));
            }
            add(card);
        }
    }

    /** The documents staff shared (drawings, contracts, scans), to download. */
    private void documents(PortalViews.Project project) {
        if (project.documents().isEmpty()) {
            return;
        }
        add(new H3(getTranslation("portal.documents")));
        for (SharedPhoto d : project.documents()) {
            long id = d.attachmentId();
            Anchor link = new Anchor(handler(() -> portal.photo(session, id, false, client())), d.fileName());
            link.setId("portal-document-" + id);
            link.getElement().setAttribute("download", d.fileName());
            link.addClassName("siteline-portal-card");
            add(link);
        }
    }

    private void confirmations(PortalViews.Project project) {
        if (project.confirmations().isEmpty()) {
            return;
        }
        add(new H3(getTranslation("portal.confirmations")));
        for (Confirmation c : project.confirmations()) {
            Anchor card = new Anchor("portal/confirmations/" + c.id(), "");
            card.setId("portal-confirmation-" + c.id());
            card.addClassName("siteline-portal-card");
            if (c.pending()) {
                card.addClassName("siteline-portal-need");
            }
            String what = c.changeOrder()
                    ? getTranslation("portal.change.heading") + ": " + c.title()
                    : (getLocale().getLanguage().equals("en")
                            ? c.content().stageEn()
                            : c.content().stageZh());
            card.add(new Span(what));
            card.add(muted(getTranslation("portal.state." + c.state())
                    + (c.decidedAt() == null ? "" : " · " + minute(c.decidedAt()))));
            add(card);
        }
    }

    private void stages(PortalViews.Project project) {
        add(new H3(getTranslation("portal.progress")));
        UnorderedList list = new UnorderedList();
        list.addClassName("siteline-portal-stages");
        list.setId("portal-stages");
        for (PortalViews.Stage stage : project.stages()) {
            ListItem item = new ListItem();
            item.setId("portal-stage-" + stage.id());
            if (stage.done()) {
                item.addClassName("done");
            }
            if (stage.current()) {
                item.addClassName("current");
            }
            item.add(new Span(stage.name().get(getLocale())));
            String state = stage.current()
                    ? getTranslation("portal.stage.current")
                    : stage.done() ? getTranslation("portal.stage.done") : getTranslation("portal.stage.next");
            StringBuilder line = new StringBuilder(state);
            if (stage.enteredAt() != null) {
                line.append(" · ").append(getTranslation("portal.stage.from", day(stage.enteredAt())));
            }
            if (stage.leftAt() != null) {
                line.append(" · ").append(getTranslation("portal.stage.to", day(stage.leftAt())));
            }
            if (stage.asksSignOff()) {
                line.append(" · ").append(getTranslation(stage.signed() ? "portal.stage.signed" : "portal.stage.sign"));
            }
            item.add(muted(line.toString()));
            list.add(item);
        }
        add(list);
    }

    private void reports(PortalViews.Project project) {
        if (project.reports().isEmpty()) {
            return;
        }
        add(new H3(getTranslation("portal.reports")));
        for (ProgressReport report : project.reports()) {
            Div card = new Div();
            card.setId("portal-report-" + report.id());
            card.addClassName("siteline-portal-card");
            card.add(new Span(
                    getTranslation("portal.report.week", report.weekStart().toString())));
            Pre body = new Pre(report.body());
            body.getStyle()
                    .set("white-space", "pre-wrap")
                    .set("font-family", "inherit")
                    .set("margin", "0");
            card.add(body);
            if (report.customerNext() != null) {
                Paragraph next = new Paragraph(getTranslation("portal.report.next", report.customerNext()));
                next.setId("portal-report-next-" + report.id());
                card.add(next);
            }
            if (!report.photoIds().isEmpty()) {
                Div photos = new Div();
                photos.addClassName("siteline-portal-photos");
                for (long id : report.photoIds()) {
                    photos.add(photo(
                            "portal-report-photo-" + report.id() + "-" + id,
                            "#" + id,
                            () -> portal.photo(session, id, true, client()),
                            () -> portal.photo(session, id, false, client())));
                }
                card.add(photos);
            }
            add(card);
        }
    }

    private void photos(PortalViews.Project project) {
        H3 heading = new H3(getTranslation("portal.photos"));
        heading.setId("portal-photos-heading");
        add(heading);
        if (project.photos().isEmpty()) {
            add(muted(getTranslation("portal.photos.none")));
            return;
        }
        for (PortalViews.PhotoGroup group : project.photos()) {
            Span stage = new Span(
                    group.stage() == null
                            ? getTranslation("portal.photos.other")
                            : group.stage().get(getLocale()));
            stage.getElement().getStyle().set("font-weight", "600");
            add(stage);
            Div grid = new Div();
            grid.addClassName("siteline-portal-photos");
            grid.setId("portal-photos-" + (group.stageId() == null ? "other" : group.stageId()));
            for (SharedPhoto p : group.photos()) {
                String caption =
                        (p.node() == null ? p.fileName() : p.node().get(getLocale())) + " · " + day(p.takenAt());
                grid.add(photo(
                        "portal-photo-" + p.attachmentId(),
                        caption,
                        () -> portal.photo(session, p.attachmentId(), true, client()),
                        () -> portal.photo(session, p.attachmentId(), false, client())));
            }
            add(grid);
        }
    }

    private static Paragraph muted(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName("siteline-portal-muted");
        return p;
    }

    /** The route to a project's page. */
    static RouteParameters to(long id) {
        return new RouteParameters("id", String.valueOf(id));
    }
}
