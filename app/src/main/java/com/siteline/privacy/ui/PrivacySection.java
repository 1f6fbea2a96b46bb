package com.siteline.privacy.ui;

import com.siteline.base.InvalidInputException;
import com.siteline.base.RefusedException;
import com.siteline.base.ui.Downloads;
import com.siteline.base.ui.Formats;
import com.siteline.base.ui.Problems;
import com.siteline.base.ui.RecordSection;
import com.siteline.privacy.PersonalDataExport;
import com.siteline.privacy.PrivacyRequestRow;
import com.siteline.privacy.PrivacyRequests;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Optional;

/**
 * The customer page's part on personal information (个人信息): a copy of everything held about the customer as one
 * archive (recorded), an erasure request with its reason, and the customer's requests with their outcome.
 */
@org.springframework.stereotype.Component
class PrivacySection implements RecordSection {

    private final PrivacyRequests requests;
    private final PersonalDataExport export;

    PrivacySection(PrivacyRequests requests, PersonalDataExport export) {
        this.requests = requests;
        this.export = export;
    }

    @Override
    public Page page() {
        return Page.CUSTOMER;
    }

    @Override
    public int order() {
        return 900;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> render(long customerId) {
        Div box = new Div();
        box.setId("customer-privacy");
        fill(box, customerId);
        return Optional.of(box);
    }

    private void fill(Div box, long customerId) {
        box.removeAll();
        box.add(new H3(box.getTranslation("privacy.section")));
        boolean erased = requests.erased(customerId);
        if (erased) {
            Paragraph gone = new Paragraph(box.getTranslation("privacy.erased"));
            gone.setId("privacy-erased");
            box.add(gone);
        }
        Anchor copy = new Anchor(
                Downloads.of(event -> {
                    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                    export.forStaff(customerId, bytes);
                    return new DownloadResponse(
                            new java.io.ByteArrayInputStream(bytes.toByteArray()),
                            "personal-data-" + customerId + ".zip",
                            "application/zip",
                            bytes.size());
                }),
                box.getTranslation("privacy.export"));
        copy.setId("privacy-export");
        copy.getElement().setAttribute("download", true);
        HorizontalLayout actions = new HorizontalLayout(copy);
        actions.setDefaultVerticalComponentAlignment(
                com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        if (!erased) {
            Button erase = new Button(box.getTranslation("privacy.erase"), click -> ask(box, customerId));
            erase.setId("privacy-erase");
            erase.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            actions.add(erase);
        }
        box.add(actions);
        List<PrivacyRequestRow> asked = requests.ofCustomer(customerId);
        if (!asked.isEmpty()) {
            UnorderedList list = new UnorderedList();
            list.setId("privacy-requests");
            for (PrivacyRequestRow r : asked) {
                list.add(new ListItem(box.getTranslation(
                        "privacy.request.line",
                        Formats.minute(r.requestedAt()),
                        r.requestedBy(),
                        box.getTranslation(r.status().messageKey()),
                        r.reason())));
            }
            box.add(list);
        }
    }

    /** The erasure request's dialog: the reason is required; a refusal keeps what was typed. */
    private void ask(Div box, long customerId) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(box.getTranslation("privacy.erase.title"));
        dialog.add(new Paragraph(box.getTranslation("privacy.erase.help")));
        TextArea reason = new TextArea(box.getTranslation("privacy.erase.reason"));
        reason.setId("privacy-erase-reason");
        reason.setWidthFull();
        reason.setMaxLength(500);
        Button submit = new Button(box.getTranslation("privacy.erase.submit"));
        submit.setId("privacy-erase-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        submit.addClickListener(click -> {
            try {
                requests.requestErasure(customerId, reason.getValue());
                dialog.close();
                Problems.success(box.getTranslation("privacy.erase.sent"));
                fill(box, customerId);
            } catch (InvalidInputException problems) {
                reason.setInvalid(true);
                reason.setErrorMessage(box.getTranslation(problems.problems().getFirst()));
                Problems.show(box, problems);
            } catch (RefusedException refused) {
                Problems.show(box, refused);
            }
        });
        Button cancel = new Button(box.getTranslation("action.cancel"), click -> dialog.close());
        cancel.setId("privacy-erase-cancel");
        dialog.getFooter().add(cancel, submit);
        dialog.add(reason);
        dialog.open();
    }
}
