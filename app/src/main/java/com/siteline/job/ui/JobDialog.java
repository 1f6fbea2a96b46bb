package com.siteline.job.ui;

import com.siteline.base.ui.FormDialog;
import com.siteline.base.ui.PhotoPicker;
import com.siteline.job.JobState;
import com.siteline.job.JobStep;
import com.siteline.job.JobSummary;
import com.siteline.job.Jobs;
import com.siteline.organization.Technician;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;

/** One step of a job with what it needs, written as a {@link JobStep}; a problem is said and what was typed stays. */
class JobDialog extends FormDialog<JobStep, JobSummary> {

    final Select<String> technician = bind(JobStep.Field.TECHNICIAN, new Select<>());
    final DatePicker appointmentDay = bind(JobStep.Field.APPOINTMENT_DAY, new DatePicker());
    final TimePicker appointmentFrom = bind(JobStep.Field.APPOINTMENT_FROM, new TimePicker());
    final TimePicker appointmentTo = bind(JobStep.Field.APPOINTMENT_TO, new TimePicker());
    final BigDecimalField quote = bind(JobStep.Field.QUOTE, new BigDecimalField());
    final Checkbox quoteAccepted = bind(JobStep.Field.QUOTE_ACCEPTED, new Checkbox());
    final TextArea workDone = bind(JobStep.Field.WORK_DONE, new TextArea());
    final TextField materials = bind(JobStep.Field.MATERIALS, new TextField());
    final BigDecimalField charge = bind(JobStep.Field.CHARGE, new BigDecimalField());
    final TextField confirmedBy = bind(JobStep.Field.CONFIRMED_BY, new TextField());
    final PhotoPicker photos =
            bind(JobStep.Field.PHOTOS, new PhotoPicker("job-photos", JobStep.PHOTOS_MAX, "job.photos.picked"));

    JobDialog(Jobs jobs, com.siteline.job.TechnicianJobs field, JobSummary job, JobState target) {
        super(
                JobStep.class,
                "job-dialog",
                "job.step." + target.name(),
                step -> jobs.step(job.id(), job.version(), target, step));
        setHeaderTitle(getTranslation("job.step." + target.name()) + " · " + job.title());
        technician.setLabel(getTranslation("job.technician"));
        technician.setId("job-technician");
        if (target == JobState.DISPATCHED) {
            // the unit's technicians, those of the job's trade first, each with their trades and phone
            java.util.Map<String, Technician> technicians = new java.util.LinkedHashMap<>();
            field.technicians(job).forEach(t -> technicians.put(t.username(), t));
            technician.setItems(technicians.keySet());
            technician.setItemLabelGenerator(username -> {
                Technician t = technicians.get(username);
                return t == null
                        ? username
                        : getTranslation(
                                "job.technician.option",
                                t.displayName(),
                                t.trades().isEmpty() ? "-" : String.join("\u3001", t.trades()),
                                t.phone() == null ? "-" : t.phone());
            });
            if (technicians.isEmpty()) {
                technician.setHelperText(getTranslation("job.technician.none"));
            }
        }
        appointmentDay.setLabel(getTranslation("job.appointment.day"));
        appointmentDay.setId("job-appointment-day");
        appointmentDay.setLocale(getLocale());
        appointmentFrom.setLabel(getTranslation("job.appointment.from"));
        appointmentFrom.setId("job-appointment-from");
        appointmentFrom.setStep(java.time.Duration.ofMinutes(30));
        appointmentTo.setLabel(getTranslation("job.appointment.to"));
        appointmentTo.setId("job-appointment-to");
        appointmentTo.setStep(java.time.Duration.ofMinutes(30));
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
                form.add(technician, appointmentDay, appointmentFrom, appointmentTo);
                if (!job.inWarranty() && job.quoteAcceptedAt() == null) {
                    form.add(new Paragraph(getTranslation("job.out-of-warranty")), quote, quoteAccepted);
                }
            }
            case COMPLETED -> form.add(workDone, materials, charge, photos);
            case CONFIRMED -> form.add(new Paragraph(getTranslation("job.confirm.text")), confirmedBy);
            default -> form.add(new Paragraph(getTranslation("job.step.sure." + target.name())));
        }
    }
}
