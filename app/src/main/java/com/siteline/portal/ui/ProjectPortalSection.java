package com.siteline.portal.ui;

import com.siteline.base.InvalidInputException;
import com.siteline.base.RefusedException;
import com.siteline.base.ui.Downloads;
import com.siteline.base.ui.Formats;
import com.siteline.base.ui.Problems;
import com.siteline.organization.Role;
import com.siteline.portal.Confirmation;
import com.siteline.portal.PortalAccess;
import com.siteline.portal.PortalSharing;
import com.siteline.portal.SharedPhoto;
import com.siteline.portal.WeeklyReports;
import com.siteline.portal.internal.ProgressReport;
import com.siteline.project.ProjectService;
import com.siteline.project.ProjectSummary;
import com.siteline.security.CurrentUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The project page's portal part: inviting the customer, which photos they see (internal until shared), asking
 * them to sign the current stage, change orders (drafted here, approved by a manager, confirmed by the customer),
 * the weekly progress report, and every confirmation with its outcome and PDF.
 */
class ProjectPortalSection extends Div {

    private final transient PortalSharing sharing;
    private final transient WeeklyReports weekly;
    private final transient PortalAccess access;
    private final transient ProjectService projects;
    private final transient com.siteline.knowledge.StandardReplies replies;
    private final boolean manager;
    private final long projectId;

    ProjectPortalSection(
            PortalSharing sharing,
            WeeklyReports weekly,
            PortalAccess access,
            ProjectService projects,
            CurrentUser user,
            com.siteline.knowledge.StandardReplies replies,
            long projectId) {
        this.replies = replies;
        this.sharing = sharing;
        this.weekly = weekly;
        this.access = access;
        this.projects = projects;
        this.manager = user.hasRole(Role.MANAGER) || user.hasRole(Role.ADMIN);
        this.projectId = projectId;
        setId("project-portal");
        fill();
    }

    private void fill() {
        removeAll();
        ProjectSummary project = projects.get(projectId);
        add(new H3(getTranslation("portal.staff.project.heading")));
        if (project.customerId() == null) {
            add(new Paragraph(getTranslation("portal.staff.project.no-customer")));
            return;
        }
        Button invite = new Button(getTranslation("portal.staff.invite"), e -> {
            try {
                access.invite(project.customerId());
                Problems.success(getTranslation("portal.staff.invited"));
            } catch (RefusedException refused) {
                Problems.show(this, refused);
            }
        });
        invite.setId("project-portal-invite");
        Button ask = new Button(
                getTranslation("portal.staff.project.ask"),
                e -> act(() -> sharing.askToSign(projectId), "portal.staff.project.asked"));
        ask.setId("project-portal-ask");
        ask.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button change = new Button(getTranslation("portal.staff.change.new"), e -> changeDialog());
        change.setId("project-portal-change");
        Button report = new Button(getTranslation("portal.staff.report.new"), e -> reportDialog());
        report.setId("project-portal-report");
        HorizontalLayout buttons = new HorizontalLayout(invite, ask, change, report);
        buttons.getStyle().set("flex-wrap", "wrap");
        add(buttons);
        confirmations();
        photos();
        documents();
        entries();
        reports();
    }

    private void documents() {
        List<SharedPhoto> files = sharing.documents(projectId);
        if (files.isEmpty()) {
            return;
        }
        add(new H4(getTranslation("portal.staff.documents")));
        VerticalLayout list = new VerticalLayout();
        list.setPadding(false);
        list.setSpacing(false);
        list.setId("project-portal-documents");
        for (SharedPhoto file : files) {
            list.add(shareBox(
                    "project-document-share-" + file.attachmentId(),
                    file.fileName() + " · " + Formats.day(file.takenAt()),
                    file.shared(),
                    on -> sharing.share(projectId, file.attachmentId(), on)));
        }
        add(list);
    }

    private void entries() {
        List<PortalSharing.SharedEntry> entries = sharing.entries(projectId);
        if (entries.isEmpty()) {
            return;
        }
        add(new H4(getTranslation("portal.staff.entries")));
        Paragraph help = new Paragraph(getTranslation("portal.staff.entries.help"));
        help.addClassName("siteline-portal-muted");
        add(help);
        VerticalLayout list = new VerticalLayout();
        list.setPadding(false);
        list.setSpacing(false);
        list.setId("project-portal-entries");
        for (PortalSharing.SharedEntry shared : entries.stream().limit(30).toList()) {
            var entry = shared.entry();
            String text = entry.content().length() > 60 ? entry.content().substring(0, 60) + "…" : entry.content();
            list.add(shareBox(
                    "project-entry-share-" + entry.id(),
                    Formats.minute(entry.occurredAt()) + " · " + text,
                    shared.shared(),
                    on -> sharing.shareEntry(projectId, entry.id(), on)));
        }
        add(list);
    }

    private void act(Runnable step, String doneKey) {
        try {
            step.run();
            Problems.success(getTranslation(doneKey));
            fill();
        } catch (RefusedException refused) {
            Problems.show(this, refused);
        } catch (OptimisticLockingFailureException conflict) {
            Problems.error(getTranslation("conflict.saved-by-other"));
            fill();
        }
    }

    private void confirmations() {
        List<Confirmation> all = sharing.confirmations(projectId);
        if (all.isEmpty()) {
            return;
        }
        add(new H4(getTranslation("portal.confirmations")));
        for (Confirmation c : all) {
            Div line = new Div();
            line.setId("project-confirmation-" + c.id());
            line.addClassName("siteline-portal-card");
            String what = c.changeOrder()
                    ? getTranslation("portal.change.heading") + ": " + c.title()
                    : getTranslation(
                            "portal.confirm.heading",
                            getLocale().getLanguage().equals("en")
                                    ? c.content().stageEn()
                                    : c.content().stageZh());
            line.add(new Span(what));
            StringBuilder state = new StringBuilder(getTranslation("portal.staff.state." + c.state()));
            state.append(" · ").append(getTranslation("portal.staff.requested", Formats.minute(c.requestedAt())));
            if (c.decidedAt() != null) {
                state.append(" · ").append(Formats.minute(c.decidedAt()));
            }
            if (c.signerName() != null) {
                state.append(" · ")
                        .append(getTranslation("portal.pdf.signer"))
                        .append(": ")
                        .append(c.signerName());
            }
            if (c.reason() != null) {
                state.append(" · ")
                        .append(getTranslation("portal.pdf.reason"))
                        .append(": ")
                        .append(c.reason());
            }
            Paragraph stateLine = new Paragraph(state.toString());
            stateLine.setId("project-confirmation-state-" + c.id());
            line.add(stateLine);
            if (c.changeOrder() && c.content().change() != null) {
                var co = c.content().change();
                line.add(new Paragraph(getTranslation("portal.change.why") + ": " + co.why() + " · "
                        + getTranslation("portal.change.price") + ": "
                        + (co.priceDelta() == null ? "—" : co.priceDelta().toPlainString())
                        + " · " + getTranslation("portal.change.days") + ": "
                        + (co.daysDelta() == null ? "—" : co.daysDelta())));
            }
            HorizontalLayout actions = new HorizontalLayout();
            if ("DRAFT".equals(c.state()) && manager) {
                Button approve = new Button(
                        getTranslation("portal.staff.change.approve"),
                        e -> act(() -> sharing.review(c.id(), c.version(), true), "portal.staff.change.approved"));
                approve.setId("project-confirmation-approve-" + c.id());
                approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                Button back = new Button(
                        getTranslation("portal.staff.change.return"),
                        e -> act(() -> sharing.review(c.id(), c.version(), false), "portal.staff.withdrawn"));
                actions.add(approve, back);
            } else if ("DRAFT".equals(c.state())) {
                line.add(new Paragraph(getTranslation("portal.staff.change.waiting-review")));
            }
            if ("DRAFT".equals(c.state()) || c.pending()) {
                Button withdraw = new Button(
                        getTranslation("portal.staff.withdraw"),
                        e -> act(() -> sharing.withdraw(c.id(), c.version()), "portal.staff.withdrawn"));
                withdraw.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                actions.add(withdraw);
            }
            if ("CONFIRMED".equals(c.state()) || "REJECTED".equals(c.state())) {
                String file = "confirmation-" + c.id() + ".pdf";
                java.util.Locale locale = getLocale();
                Anchor pdf = new Anchor(
                        Downloads.of(event -> {
                            byte[] bytes = sharing.pdf(c.id(), locale);
                            return new DownloadResponse(
                                    new ByteArrayInputStream(bytes), file, "application/pdf", bytes.length);
                        }),
                        getTranslation("portal.pdf.download"));
                pdf.getElement().setAttribute("download", file);
                actions.add(pdf);
                if (c.issueId() != null) {
                    Anchor issue = new Anchor(
                            "issues/" + c.issueId(), getTranslation("portal.staff.rectification", c.issueId()));
                    issue.setId("project-confirmation-issue-" + c.id());
                    actions.add(issue);
                }
            }
            line.add(actions);
            add(line);
        }
    }

    private void photos() {
        List<SharedPhoto> photos = sharing.photos(projectId);
        add(new H4(getTranslation("portal.staff.photos")));
        if (photos.isEmpty()) {
            add(new Paragraph(getTranslation("portal.staff.photos.none")));
            return;
        }
        Paragraph help = new Paragraph(getTranslation("portal.staff.photos.help"));
        help.addClassName("siteline-portal-muted");
        add(help);
        VerticalLayout list = new VerticalLayout();
        list.setPadding(false);
        list.setSpacing(false);
        list.setId("project-portal-photos");
        for (SharedPhoto photo : photos) {
            String label = photo.fileName()
                    + (photo.node() == null ? "" : " · " + photo.node().get(getLocale())) + " · "
                    + Formats.day(photo.takenAt());
            list.add(shareBox(
                    "project-photo-share-" + photo.attachmentId(),
                    label,
                    photo.shared(),
                    on -> sharing.share(projectId, photo.attachmentId(), on)));
        }
        add(list);
    }

    private void reports() {
        List<ProgressReport> sent = weekly.reports(projectId);
        if (sent.isEmpty()) {
            return;
        }
        add(new H4(getTranslation("portal.reports")));
        for (ProgressReport report : sent) {
            Paragraph line = new Paragraph(
                    getTranslation("portal.report.week", report.weekStart().toString()) + " · "
                            + Formats.minute(report.sentAt()) + " · " + report.sentBy());
            line.setId("project-report-" + report.id());
            add(line);
        }
    }

    private void changeDialog() {
        Dialog dialog = new Dialog(getTranslation("portal.staff.change.new"));
        dialog.setId("change-order-dialog");
        TextArea what = new TextArea(getTranslation("portal.change.what"));
        what.setId("change-what");
        what.setWidthFull();
        what.setMaxLength(PortalSharing.TEXT_MAX + 1);
        TextArea why = new TextArea(getTranslation("portal.change.why"));
        why.setId("change-why");
        why.setWidthFull();
        why.setMaxLength(PortalSharing.TEXT_MAX + 1);
        BigDecimalField price = new BigDecimalField(getTranslation("portal.change.price"));
        price.setId("change-price");
        IntegerField days = new IntegerField(getTranslation("portal.change.days"));
        days.setId("change-days");
        Paragraph status = new Paragraph();
        status.setId("change-status");
        status.addClassName("siteline-error-text");
        Button save = new Button(
                getTranslation("portal.staff.change.save"),
                e -> inDialog(
                        dialog,
                        status,
                        () -> sharing.draftChange(
                                projectId, what.getValue(), why.getValue(), price.getValue(), days.getValue()),
                        "portal.staff.change.saved"));
        save.setId("change-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> dialog.close());
        dialog.add(new VerticalLayout(what, why, price, days, status));
        dialog.getFooter().add(cancel, save);
        dialog.open();
    }

    private void reportDialog() {
        WeeklyReports.ReportDraft draft = weekly.draftReport(projectId, getLocale());
        Dialog dialog = new Dialog(getTranslation("portal.staff.report.new"));
        dialog.setId("report-dialog");
        dialog.setWidth("40rem");
        TextArea body = new TextArea(
                getTranslation("portal.staff.report.body", draft.weekStart().toString()));
        body.setId("report-body");
        body.setWidthFull();
        body.setMinHeight("14rem");
        body.setMaxLength(WeeklyReports.REPORT_MAX + 1);
        body.setValue(draft.body());
        TextArea next = new TextArea(getTranslation("portal.staff.report.next"));
        next.setId("report-next");
        next.setWidthFull();
        next.setMaxLength(WeeklyReports.NEXT_MAX + 1);
        CheckboxGroup<SharedPhoto> photos = new CheckboxGroup<>(getTranslation("portal.staff.report.photos"));
        photos.setId("report-photos");
        List<SharedPhoto> all = sharing.photos(projectId);
        photos.setItems(all);
        photos.setItemLabelGenerator(p -> p.fileName() + " · " + Formats.day(p.takenAt()));
        photos.select(all.stream()
                .filter(p -> draft.photoIds().contains(p.attachmentId()))
                .toList());
        Paragraph status = new Paragraph();
        status.setId("report-status");
        status.addClassName("siteline-error-text");
        Button send = new Button(
                getTranslation("portal.staff.report.send"),
                e -> inDialog(
                        dialog,
                        status,
                        () -> weekly.sendReport(
                                projectId,
                                draft.weekStart(),
                                body.getValue(),
                                next.getValue(),
                                photos.getSelectedItems().stream()
                                        .map(SharedPhoto::attachmentId)
                                        .toList()),
                        "portal.staff.report.sent"));
        send.setId("report-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> dialog.close());
        // standard replies (标准话术) for the report's words, filled from the project and its stage
        ProjectSummary project = projects.get(projectId);
        com.siteline.knowledge.ui.ReplyPicker picker = new com.siteline.knowledge.ui.ReplyPicker(
                replies,
                () -> new com.siteline.knowledge.ui.ReplyPicker.Answering(
                        project.businessUnitId(),
                        project.variantId(),
                        null,
                        null,
                        new com.siteline.knowledge.ReplyContext(
                                project.customerName(),
                                project.name(),
                                replies.stageName(project.variantId(), project.currentStageId(), getLocale()),
                                null,
                                null)),
                text -> body.setValue(body.getValue().isBlank() ? text : body.getValue() + "\n" + text));
        picker.setId("report-reply-picker");
        picker.setWidthFull();
        dialog.add(new VerticalLayout(picker, body, next, photos, status));
        dialog.getFooter().add(cancel, send);
        dialog.open();
    }

    /** A dialog's step: done, the dialog closes and the section redraws; refused, the dialog stays with what was typed. */
    private void inDialog(Dialog dialog, Paragraph status, Runnable step, String doneKey) {
        try {
            step.run();
            dialog.close();
            Problems.success(getTranslation(doneKey));
            fill();
        } catch (RefusedException refused) {
            status.setText(
                    refused instanceof InvalidInputException problems
                            ? String.join(
                                    "; ",
                                    problems.problems().stream()
                                            .map(this::getTranslation)
                                            .toList())
                            : Problems.text(this, refused.message()));
        }
    }

    /** A tick for what the customer sees: shared when ticked, internal when not. */
    private Checkbox shareBox(String id, String label, boolean shared, java.util.function.Consumer<Boolean> change) {
        Checkbox box = new Checkbox(label, shared);
        box.setId(id);
        box.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                try {
                    change.accept(e.getValue());
                } catch (RefusedException refused) {
                    Problems.show(this, refused);
                }
            }
        });
        return box;
    }
}
