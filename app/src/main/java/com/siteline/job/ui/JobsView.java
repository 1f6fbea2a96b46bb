package com.siteline.job.ui;

import com.siteline.base.grid.GridLinks;
import com.siteline.base.grid.GridQuery;
import com.siteline.base.grid.SavedView;
import com.siteline.base.ui.Badge;
import com.siteline.base.ui.Formats;
import com.siteline.base.ui.PhotoStrip;
import com.siteline.base.ui.ViewFrame;
import com.siteline.base.ui.grid.DataGrid;
import com.siteline.base.ui.grid.GridKit;
import com.siteline.job.JobState;
import com.siteline.job.JobSummary;
import com.siteline.job.Jobs;
import com.siteline.job.internal.JobGrid;
import com.siteline.organization.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.List;

/**
 * The repair jobs of the user's units ({@code jobs}), for whoever dispatches: to dispatch, on their way, awaiting
 * the customer's confirmation; each row opens its panel with the job's next step.
 */
@Route("jobs")
@RolesAllowed({Role.Names.AGENT, Role.Names.MANAGER, Role.Names.ADMIN})
@Menu(title = "nav.jobs", order = 15.5, icon = "vaadin:tools")
public class JobsView extends ViewFrame implements BeforeEnterObserver {

    private final transient Jobs jobs;
    private final transient com.siteline.job.TechnicianJobs technicians;
    private final transient GridLinks links;
    private final DataGrid<JobSummary> grid;

    public JobsView(Jobs jobs, com.siteline.job.TechnicianJobs technicians, GridKit kit, GridLinks links) {
        super("job.title");
        this.technicians = technicians;
        this.jobs = jobs;
        this.links = links;
        setId("jobs-view");
        setSizeFull();
        grid = new DataGrid<>(kit, jobs);
        grid.column("created", j -> Formats.minute(j.createdAt()));
        grid.column("customer", JobSummary::customerName);
        grid.column("title", JobSummary::title).phone();
        grid.column("state", j -> getTranslation(j.state().messageKey()))
                .component(this::badge)
                .choiceLabels(s -> getTranslation("job.state." + s))
                .phone();
        grid.column("technician", j -> j.technician() == null ? "" : j.technician());
        grid.column("appointment", this::appointment);
        grid.column("onSite", j -> j.onSiteDue() == null ? "" : Formats.minute(j.onSiteDue()));
        grid.column("late", j -> j.onSiteLate(Instant.now()) ? getTranslation("job.late") : "")
                .component(j -> j.onSiteLate(Instant.now())
                        ? new Badge(getTranslation("job.late"), Badge.Tone.ERROR)
                        : new com.vaadin.flow.component.html.Span())
                .choiceLabels(v -> getTranslation(JobGrid.LATE.equals(v) ? "job.late" : "job.on-time"));
        grid.column("warranty", j -> getTranslation(j.inWarranty() ? "job.warranty.in" : "job.warranty.out"))
                .choiceLabels(v -> getTranslation("true".equals(v) ? "job.warranty.in" : "job.warranty.out"));
        grid.column("unit", JobSummary::unitName);
        grid.presets(List.of(
                SavedView.builtIn("job.view.dispatch", GridQuery.empty().choice("state", JobState.REQUESTED.name())),
                SavedView.builtIn(
                        "job.view.out",
                        GridQuery.empty().choice("state", JobState.DISPATCHED.name(), JobState.ON_SITE.name())),
                SavedView.builtIn("job.view.confirm", GridQuery.empty().choice("state", JobState.COMPLETED.name())),
                SavedView.builtIn("job.view.late", GridQuery.empty().choice("late", JobGrid.LATE)),
                SavedView.builtIn("job.view.all", GridQuery.empty())));
        grid.identity(JobSummary::id).detail(this::panel);
        grid.build();
        add(new Paragraph(getTranslation("job.intro")), grid);
        setFlexGrow(1, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation()
                .getQueryParameters()
                .getSingleParameter(GridLinks.PARAMETER)
                .flatMap(links::decode)
                .map(JobGrid.DEFINITION::usable)
                .ifPresent(grid::apply);
    }

    private Badge badge(JobSummary j) {
        boolean late = j.onSiteLate(Instant.now());
        Badge.Tone tone = switch (j.state()) {
            case CONFIRMED -> Badge.Tone.SUCCESS;
            case CANCELLED -> Badge.Tone.NEUTRAL;
            case COMPLETED -> Badge.Tone.WARNING;
            default -> late ? Badge.Tone.ERROR : Badge.Tone.INFO;
        };
        return new Badge(getTranslation(j.state().messageKey()), tone);
    }

    /** The window agreed with the customer, in the reader's zone: a day and two times. */
    String appointment(JobSummary j) {
        if (j.appointmentFrom() == null) {
            return "";
        }
        java.time.ZonedDateTime from = j.appointmentFrom().atZone(Formats.zone());
        java.time.ZonedDateTime to = j.appointmentTo().atZone(Formats.zone());
        return getTranslation(
                "job.appointment",
                from.toLocalDate().toString(),
                from.toLocalTime().toString(),
                to.toLocalTime().toString());
    }

    static JobState next(JobState state) {
        return switch (state) {
            case REQUESTED -> JobState.DISPATCHED;
            case DISPATCHED -> JobState.ON_SITE;
            case ON_SITE -> JobState.COMPLETED;
            case COMPLETED -> JobState.CONFIRMED;
            default -> null;
        };
    }

    private Component panel(JobSummary j) {
        Div panel = new Div();
        panel.setId("job-panel");
        panel.add(new H3(j.customerName() + " · " + j.title()), badge(j));
        panel.add(new Paragraph(getTranslation(
                        j.inWarranty() ? "job.warranty.until" : "job.warranty.none", String.valueOf(j.warrantyUntil()))
                + (j.quote() == null
                        ? ""
                        : " · " + getTranslation("job.quote.line", j.quote().toPlainString()))));
        panel.add(new Paragraph(getTranslation(
                        "job.limits",
                        j.responseDue() == null ? "–" : Formats.minute(j.responseDue()),
                        j.onSiteDue() == null ? "–" : Formats.minute(j.onSiteDue()))
                + (j.onSiteLate(Instant.now()) ? " · " + getTranslation("job.on-site.late") : "")));
        if (j.appointmentFrom() != null) {
            Paragraph appointment = new Paragraph(appointment(j)
                    + (j.technicianPhone() == null
                            ? ""
                            : " · " + getTranslation("job.technician.phone", j.technicianPhone())));
            appointment.setId("job-appointment");
            panel.add(appointment);
        }
        StringBuilder times = new StringBuilder();
        if (j.dispatchedAt() != null) {
            times.append(getTranslation("job.dispatched-at", j.technician(), Formats.minute(j.dispatchedAt())));
        }
        if (j.arrivedAt() != null) {
            times.append(" · ").append(getTranslation("job.arrived-at", Formats.minute(j.arrivedAt())));
        }
        if (j.completedAt() != null) {
            times.append(" · ").append(getTranslation("job.completed-at", Formats.minute(j.completedAt())));
        }
        if (j.confirmedAt() != null) {
            times.append(" · ")
                    .append(getTranslation("job.confirmed-at", j.confirmedBy(), Formats.minute(j.confirmedAt())));
        }
        if (!times.isEmpty()) {
            panel.add(new Paragraph(times.toString()));
        }
        if (j.workDone() != null) {
            panel.add(new Paragraph(getTranslation("job.work-done") + ": " + j.workDone()
                    + (j.materials() == null ? "" : " · " + getTranslation("job.materials") + ": " + j.materials())
                    + (j.charge() == null
                            ? ""
                            : " · " + getTranslation("job.charge") + ": "
                                    + j.charge().toPlainString())));
        }
        java.util.List<Long> photoIds = jobs.photos(j.id());
        if (!photoIds.isEmpty()) {
            panel.add(PhotoStrip.of("job-panel-photos", photoIds, jobs::photo, getTranslation("job.photos")));
        }
        Anchor issue = new Anchor("issues/" + j.issueId(), getTranslation("job.open-issue"));
        issue.setId("job-issue");
        panel.add(new Paragraph(issue));
        JobState next = next(j.state());
        HorizontalLayout actions = new HorizontalLayout();
        if (next != null) {
            Button step = new Button(getTranslation("job.step." + next.name()), e -> open(j, next));
            step.setId("job-next");
            actions.add(step);
        }
        if (j.state().open() && j.state() != JobState.COMPLETED) {
            Button cancel = new Button(getTranslation("job.step.CANCELLED"), e -> open(j, JobState.CANCELLED));
            cancel.setId("job-cancel");
            actions.add(cancel);
        }
        panel.add(actions);
        return panel;
    }

    private void open(JobSummary j, JobState target) {
        JobDialog dialog = new JobDialog(jobs, technicians, j, target);
        dialog.addSavedListener(e -> {
            grid.refresh();
            grid.refreshPanel(e.saved());
        });
        dialog.open();
    }
}
