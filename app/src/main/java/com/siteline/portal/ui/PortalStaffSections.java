package com.siteline.portal.ui;

import com.siteline.base.RefusedException;
import com.siteline.base.ui.Downloads;
import com.siteline.base.ui.Formats;
import com.siteline.base.ui.Problems;
import com.siteline.base.ui.RecordSection;
import com.siteline.issue.CustomerIssues;
import com.siteline.issue.IssueDetails;
import com.siteline.issue.IssueQueries;
import com.siteline.issue.IssueService;
import com.siteline.portal.PortalAccess;
import com.siteline.portal.PortalEvent;
import com.siteline.portal.PortalSharing;
import com.siteline.portal.WeeklyReports;
import com.siteline.portal.internal.PortalAccessStatus;
import com.siteline.project.ProjectService;
import com.siteline.security.CurrentUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The portal on the staff's record pages: on the customer's page their access (invite, revoke) and every portal
 * action with its time, address and browser; on the project page what the customer sees (photos to share,
 * confirmations, change orders, weekly reports); on the issue page the photos the customer sent and a reply for
 * the customer to read.
 */
@Configuration(proxyBeanMethods = false)
class PortalStaffSections {

    @Bean
    RecordSection customerPortalSection(PortalAccess access) {
        return new RecordSection() {
            @Override
            public Page page() {
                return Page.CUSTOMER;
            }

            @Override
            public int order() {
                return 50;
            }

            @Override
            public Optional<Component> render(long customerId) {
                Div box = new Div();
                box.setId("customer-portal");
                fillCustomer(box, access, customerId);
                return Optional.of(box);
            }
        };
    }

    static void fillCustomer(Div box, PortalAccess access, long customerId) {
        box.removeAll();
        box.add(new H3(box.getTranslation("portal.staff.heading")));
        Optional<PortalAccessStatus> status = access.status(customerId);
        Paragraph state = new Paragraph(status.map(s -> s.live()
                        ? box.getTranslation(
                                        "portal.staff.live", Formats.minute(s.invitedAt()), Formats.day(s.expiresAt()))
                                + (s.lastSignIn() == null
                                        ? ""
                                        : " · "
                                                + box.getTranslation(
                                                        "portal.staff.last-sign-in", Formats.minute(s.lastSignIn())))
                        : box.getTranslation("portal.staff.ended"))
                .orElse(box.getTranslation("portal.staff.none")));
        state.setId("customer-portal-state");
        Button invite = new Button(
                box.getTranslation(status.isPresent() ? "portal.staff.invite-again" : "portal.staff.invite"), e -> {
                    try {
                        access.invite(customerId);
                        Problems.success(box.getTranslation("portal.staff.invited"));
                        fillCustomer(box, access, customerId);
                    } catch (RefusedException refused) {
                        Problems.show(box, refused);
                    }
                });
        invite.setId("customer-portal-invite");
        HorizontalLayout buttons = new HorizontalLayout(invite);
        if (status.map(PortalAccessStatus::live).orElse(false)) {
            Button revoke = new Button(box.getTranslation("portal.staff.revoke"), e -> {
                access.revoke(customerId);
                Problems.success(box.getTranslation("portal.staff.revoked"));
                fillCustomer(box, access, customerId);
            });
            revoke.setId("customer-portal-revoke");
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
            buttons.add(revoke);
        }
        box.add(state, buttons);
        List<PortalEvent> events = access.events(customerId);
        if (!events.isEmpty()) {
            Div list = new Div();
            list.setId("customer-portal-events");
            list.addClassName("siteline-table-wrap");
            com.vaadin.flow.component.html.NativeTable table = new com.vaadin.flow.component.html.NativeTable();
            table.addClassName("siteline-table");
            com.vaadin.flow.component.html.NativeTableRow head = new com.vaadin.flow.component.html.NativeTableRow();
            for (String key : List.of(
                    "portal.staff.at",
                    "portal.staff.what",
                    "portal.staff.on",
                    "portal.staff.ip",
                    "portal.staff.agent")) {
                head.add(new com.vaadin.flow.component.html.NativeTableHeaderCell(box.getTranslation(key)));
            }
            table.add(head);
            for (PortalEvent event : events.stream().limit(50).toList()) {
                com.vaadin.flow.component.html.NativeTableRow row = new com.vaadin.flow.component.html.NativeTableRow();
                // the browser as people say it ("iPhone · WeChat"), the whole string on hover
                var browser = new com.vaadin.flow.component.html.NativeTableCell(
                        com.siteline.base.UserAgents.summary(event.userAgent()));
                if (event.userAgent() != null) {
                    browser.getElement().setAttribute("title", event.userAgent());
                }
                row.add(
                        new com.vaadin.flow.component.html.NativeTableCell(Formats.minute(event.at())),
                        new com.vaadin.flow.component.html.NativeTableCell(box.getTranslation(event.messageKey())),
                        new com.vaadin.flow.component.html.NativeTableCell(
                                event.subject() == null ? "" : event.subject()),
                        new com.vaadin.flow.component.html.NativeTableCell(event.ip() == null ? "" : event.ip()),
                        browser);
                table.add(row);
            }
            list.add(table);
            box.add(list);
        }
    }

    @Bean
    RecordSection projectPortalSection(
            PortalSharing sharing,
            WeeklyReports weekly,
            PortalAccess access,
            ProjectService projects,
            CurrentUser user,
            com.siteline.knowledge.StandardReplies replies) {
        return new RecordSection() {
            @Override
            public Page page() {
                return Page.PROJECT;
            }

            @Override
            public int order() {
                return 40;
            }

            @Override
            public Optional<Component> render(long projectId) {
                return Optional.of(
                        new ProjectPortalSection(sharing, weekly, access, projects, user, replies, projectId));
            }
        };
    }

    @Bean
    RecordSection issuePortalSection(
            PortalSharing sharing,
            IssueQueries issues,
            IssueService service,
            com.siteline.knowledge.StandardReplies replies) {
        return new RecordSection() {
            @Override
            public Page page() {
                return Page.ISSUE;
            }

            @Override
            public int order() {
                return 40;
            }

            @Override
            public Optional<Component> render(long issueId) {
                Div box = new Div();
                box.setId("issue-portal");
                fillIssue(box, sharing, issues, service, replies, issueId, "");
                return Optional.of(box);
            }
        };
    }

    static void fillIssue(
            Div box,
            PortalSharing sharing,
            IssueQueries issues,
            IssueService service,
            com.siteline.knowledge.StandardReplies replies,
            long issueId,
            String typed) {
        box.removeAll();
        IssueDetails issue = issues.get(issueId);
        box.add(new H3(box.getTranslation("portal.staff.issue.heading")));
        if (CustomerIssues.CHANNEL.equals(issue.channel())) {
            Paragraph channel = new Paragraph(box.getTranslation("portal.staff.issue.from-portal"));
            channel.setId("issue-portal-channel");
            box.add(channel);
        }
        List<Long> photos = sharing.issuePhotos(issueId);
        if (!photos.isEmpty()) {
            Div grid = new Div();
            grid.addClassName("siteline-portal-photos");
            for (long id : photos) {
                Anchor link = new Anchor(
                        Downloads.of(event -> sharing.issuePhoto(id)
                                        .map(f -> new DownloadResponse(
                                                new ByteArrayInputStream(f.content()),
                                                f.fileName(),
                                                f.contentType(),
                                                f.content().length))
                                        .orElse(DownloadResponse.error(404)))
                                .inline(),
                        "");
                link.setTarget("_blank");
                Image image = new Image(
                        Downloads.of(event -> sharing.issuePhoto(id)
                                        .map(f -> new DownloadResponse(
                                                new ByteArrayInputStream(f.content()),
                                                f.fileName(),
                                                f.contentType(),
                                                f.content().length))
                                        .orElse(DownloadResponse.error(404)))
                                .inline(),
                        "#" + id);
                link.add(image);
                grid.add(link);
            }
            box.add(grid);
        }
        TextArea reply = new TextArea(box.getTranslation("portal.staff.issue.reply"));
        reply.setId("issue-portal-reply");
        reply.setWidthFull();
        reply.setMaxLength(CustomerIssues.COMMENT_MAX + 1);
        reply.setValue(typed);
        reply.setHelperText(box.getTranslation("portal.staff.issue.reply-help"));
        Button send = new Button(box.getTranslation("portal.staff.issue.send"), e -> {
            try {
                service.publicReply(issueId, issues.get(issueId).version(), reply.getValue());
                Problems.success(box.getTranslation("portal.staff.issue.sent"));
                fillIssue(box, sharing, issues, service, replies, issueId, "");
            } catch (RefusedException refused) {
                Problems.show(box, refused);
            } catch (OptimisticLockingFailureException conflict) {
                Problems.error(box.getTranslation("conflict.saved-by-other"));
            }
        });
        send.setId("issue-portal-send");
        com.siteline.knowledge.ui.ReplyPicker picker = new com.siteline.knowledge.ui.ReplyPicker(
                replies,
                () -> new com.siteline.knowledge.ui.ReplyPicker.Answering(
                        issue.businessUnitId(),
                        issue.variantId(),
                        issue.type(),
                        issue.categoryId(),
                        new com.siteline.knowledge.ReplyContext(
                                issue.customerName(),
                                null,
                                null,
                                issue.nextDueAt() == null
                                        ? null
                                        : com.siteline.base.ui.Formats.minute(issue.nextDueAt()),
                                null)),
                text -> reply.setValue(reply.getValue().isBlank() ? text : reply.getValue() + "\n" + text));
        picker.setId("issue-portal-reply-picker");
        picker.setWidthFull();
        box.add(picker, reply, send);
        Span note = new Span(box.getTranslation("portal.staff.issue.internal"));
        note.addClassName("siteline-portal-muted");
        box.add(note);
    }
}
