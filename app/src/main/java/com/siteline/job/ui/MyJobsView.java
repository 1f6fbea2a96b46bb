package com.siteline.job.ui;

import com.siteline.base.Masks;
import com.siteline.base.RefusedException;
import com.siteline.base.ui.Badge;
import com.siteline.base.ui.Formats;
import com.siteline.base.ui.PhotoStrip;
import com.siteline.base.ui.Problems;
import com.siteline.base.ui.ViewFrame;
import com.siteline.customer.CustomerDetails;
import com.siteline.customer.CustomerService;
import com.siteline.job.JobState;
import com.siteline.job.JobStep;
import com.siteline.job.JobSummary;
import com.siteline.job.Jobs;
import com.siteline.job.TechnicianJobs;
import com.siteline.organization.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A technician's day ({@code my-jobs}, their landing, made for a phone): the jobs sent to them for today in the order
 * of their windows, with those of earlier days not finished first; each card says when, where and whom to call, and
 * takes the next step (arrived, completed with photos from the phone's camera).
 */
@Route("my-jobs")
@RolesAllowed({Role.Names.TECHNICIAN})
@Menu(title = "nav.my-jobs", order = 0.5, icon = "vaadin:tools")
public class MyJobsView extends ViewFrame implements BeforeEnterObserver {

    private final transient Jobs jobs;
    private final transient TechnicianJobs mine;
    private final transient CustomerService customers;
    private final Div body = new Div();

    public MyJobsView(Jobs jobs, TechnicianJobs mine, CustomerService customers) {
        super("my-jobs.title");
        this.mine = mine;
        this.jobs = jobs;
        this.customers = customers;
        body.setId("my-jobs");
        body.addClassName("siteline-cards");
        add(body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        refresh();
    }

    void refresh() {
        body.removeAll();
        LocalDate today = LocalDate.now(Formats.zone());
        Paragraph day = new Paragraph(getTranslation("my-jobs.today", today.toString()));
        day.setId("my-jobs-day");
        body.add(day);
        List<JobSummary> list = mine.myDay(today);
        if (list.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("my-jobs.empty"));
            none.setId("my-jobs-none");
            body.add(none);
            return;
        }
        for (JobSummary job : list) {
            body.add(card(job, today));
        }
    }

    private Div card(JobSummary job, LocalDate today) {
        Div card = new Div();
        card.setId("my-job-" + job.id());
        card.addClassName("siteline-card");
        String window = job.appointmentFrom() == null
                ? ""
                : job.appointmentFrom().atZone(Formats.zone()).toLocalTime() + "–"
                        + job.appointmentTo().atZone(Formats.zone()).toLocalTime();
        LocalDate on = job.appointmentFrom() == null
                ? today
                : job.appointmentFrom().atZone(Formats.zone()).toLocalDate();
        boolean earlier = on.isBefore(today);
        H3 title = new H3((on.equals(today) ? "" : on + " ") + window + " · " + job.title());
        card.add(title);
        Div badges = new Div(new Badge(getTranslation(job.state().messageKey()), Badge.Tone.INFO));
        if (earlier) {
            badges.add(new Badge(getTranslation("my-jobs.earlier"), Badge.Tone.WARNING));
        }
        if (job.onSiteLate(Instant.now())) {
            badges.add(new Badge(getTranslation("job.late"), Badge.Tone.ERROR));
        }
        card.add(badges);
        CustomerDetails customer = customers.get(job.customerId());
        card.add(new Paragraph(customer.name() + (customer.address() == null ? "" : " · " + customer.address())));
        if (customer.phone() != null) {
            Anchor call = new Anchor(
                    "tel:" + customer.phone(), getTranslation("my-jobs.call") + " " + Masks.contact(customer.phone()));
            call.setId("my-job-call-" + job.id());
            card.add(new Paragraph(call));
        }
        if (job.onSiteDue() != null) {
            card.add(new Paragraph(getTranslation("job.on-site-due") + " " + Formats.minute(job.onSiteDue())));
        }
        List<Long> photoIds = jobs.photos(job.id());
        if (!photoIds.isEmpty()) {
            card.add(PhotoStrip.of("my-job-photos-" + job.id(), photoIds, jobs::photo, getTranslation("job.photos")));
        }
        JobState next = job.state() == JobState.DISPATCHED
                ? JobState.ON_SITE
                : job.state() == JobState.ON_SITE ? JobState.COMPLETED : null;
        if (next != null) {
            Button step = new Button(getTranslation("job.step." + next.name()), e -> step(job, next));
            step.setId("my-job-next-" + job.id());
            step.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            step.setWidthFull();
            card.add(step);
        }
        return card;
    }

    private void step(JobSummary job, JobState next) {
        if (next == JobState.ON_SITE) {
            try {
                jobs.step(job.id(), job.version(), next, JobStep.none());
                Problems.success(getTranslation("job.step.done." + next.name()));
            } catch (RefusedException refused) {
                Problems.show(this, refused);
            }
            refresh();
            return;
        }
        JobDialog dialog = new JobDialog(jobs, mine, job, next);
        dialog.addSavedListener(e -> refresh());
        dialog.open();
    }
}
