package com.siteline.project.ui;

import com.siteline.base.RefusedException;
import com.siteline.base.ui.Problems;
import com.siteline.project.StageGates;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** Records that the customer signed the current stage off (客户签字确认), by name. */
class SignOffDialog extends Dialog {

    SignOffDialog(StageGates gates, long projectId, long projectVersion, String customerName, Runnable onSaved) {
        setId("sign-off-dialog");
        setHeaderTitle(getTranslation("project.sign-off.title"));
        TextField signer = new TextField(getTranslation("project.sign-off.signer"));
        signer.setId("sign-off-signer");
        signer.setRequiredIndicatorVisible(true);
        signer.setValue(customerName == null ? "" : customerName);
        signer.setMaxLength(120);
        add(new Paragraph(getTranslation("project.sign-off.text")), signer);
        Button confirm = new Button(getTranslation("project.sign-off.confirm"), click -> {
            if (signer.getValue().isBlank()) {
                signer.setErrorMessage(getTranslation("form.error.required"));
                signer.setInvalid(true);
                return;
            }
            try {
                gates.signOff(projectId, projectVersion, signer.getValue());
            } catch (RefusedException e) {
                Problems.show(this, e);
                return;
            } catch (ObjectOptimisticLockingFailureException e) {
                // the project moved on meanwhile: what was typed stays, the page shows the news after closing
                Problems.error(getTranslation("project.sign-off.conflict"));
                return;
            }
            close();
            onSaved.run();
        });
        confirm.setId("confirm-sign-off");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), confirm);
    }
}
