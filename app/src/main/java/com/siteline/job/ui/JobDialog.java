package com.siteline.job.ui;

import com.siteline.base.InvalidInputException;
import com.siteline.base.RefusedException;
import com.siteline.base.ui.PhotoPicker;
import com.siteline.base.ui.Problems;
import com.siteline.job.JobState;
import com.siteline.job.JobStep;
import com.siteline.job.JobSummary;
import com.siteline.job.Jobs;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.springframework.dao.OptimisticLockingFailureException;

/** One step of a job with what it needs; a problem is said and what was typed stays. */
class JobDialog extends Dialog {

    final TextField technician = new TextField();
    final BigDecimalField quote = new BigDecimalField();
    final Checkbox quoteAccepted = new Checkbox();
    final TextArea workDone = new TextArea();
    final TextField materials = new TextField();
    final BigDecimalField charge = new BigDecimalField();
    final TextField confirmedBy = new TextField();
    private final Paragraph status = new Paragraph();
    final PhotoPicker photos = new PhotoPicker("job-photos", JobStep.PHOTOS_MAX, "job.photos.picked");

    JobDialog(Jobs jobs, JobSummary job, JobState target, Consumer<JobSummary> onSaved) {
        setId("job-dialog");
        setHeaderTitle(getTranslation("job.step." + target.name()) + " · " + job.title());
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        technician.setLabel(getTranslation("job.technician"));
        technician.setId("job-technician");
        quote.setLabel(getTranslation("job.quote"));
        quote.setId("job-quote");
        quoteAccepted.setLabel(getTranslation("job.quote-accepted"));
        quoteAccepted.setId("job-quote-accepted");
        workDone.setLabel(getTranslation("job.work-done"));
        workDone.setMaxLength(Jobs.TEXT_MAX);
        workDone.setId("job-work");
        materials.setLabel(getTranslation("job.materials"));
        materials.setId("job-materials");
        charge.setLabel(getTranslation("job.charge"));
        charge.setId("job-charge");
        confirmedBy.setLabel(getTranslation("job.confirmed-by"));
        confirmedBy.setValue(job.customerName());
        confirmedBy.setId("job-confirmed-by");
        switch (target) {
            case DISPATCHED -> {
                form.add(technician);
                if (!job.inWarranty() && job.quoteAcceptedAt() == null) {
                    form.add(new Paragraph(getTranslation("job.out-of-warranty")), quote, quoteAccepted);
                }
            }
            case COMPLETED -> form.add(workDone, materials, charge, photos);
            case CONFIRMED -> form.add(new Paragraph(getTranslation("job.confirm.text")), confirmedBy);
            default -> form.add(new Paragraph(getTranslation("job.step.sure." + target.name())));
        }
        status.setId("job-status");
        add(form, status);
        Button save = new Button(getTranslation("job.step." + target.name()), e -> {
            try {
                JobSummary saved = jobs.step(
                        job.id(),
                        job.version(),
                        target,
                        new JobStep(
                                technician.getValue(),
                                quote.getValue(),
                                quoteAccepted.getValue(),
                                workDone.getValue(),
                                materials.getValue(),
                                charge.getValue(),
                                confirmedBy.getValue(),
                                photos.picked()));
                close();
                onSaved.accept(saved);
            } catch (InvalidInputException problems) {
                status.setText(
                        problems.problems().stream().map(this::getTranslation).collect(Collectors.joining(" ")));
            } catch (OptimisticLockingFailureException conflict) {
                status.setText(getTranslation("conflict.saved-by-other"));
            } catch (RefusedException refused) {
                status.setText(Problems.text(this, refused.message()));
            }
        });
        save.setId("job-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
