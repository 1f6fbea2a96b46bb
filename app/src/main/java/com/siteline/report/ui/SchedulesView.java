package com.siteline.report.ui;

import com.siteline.base.InvalidInputException;
import com.siteline.base.ui.Problems;
import com.siteline.base.ui.ViewFrame;
import com.siteline.organization.Role;
import com.siteline.organization.UserSummary;
import com.siteline.report.KpiReports;
import com.siteline.report.SlaGrouping;
import com.siteline.report.internal.ReportFrequency;
import com.siteline.report.internal.ReportSubscriptions;
import com.siteline.report.internal.ReportSubscriptions.Subscription;
import com.siteline.report.internal.ScheduledReport;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A manager's scheduled report emails: add one (report, grouping, frequency, recipients), see and stop them. */
@Route("reports/schedules")
@RolesAllowed({Role.Names.MANAGER, Role.Names.ADMIN})
@Menu(title = "nav.reports.schedules", order = 6.3, icon = "vaadin:envelope-o")
public class SchedulesView extends ViewFrame implements LocaleChangeObserver {

    private final transient ReportSubscriptions subscriptions;
    private final transient Map<String, String> names;
    private final Select<ScheduledReport> report = new Select<>();
    private final Select<SlaGrouping> grouping = new Select<>();
    private final Select<ReportFrequency> frequency = new Select<>();
    private final MultiSelectComboBox<UserSummary> recipients = new MultiSelectComboBox<>();
    private final Button create = new Button("", e -> create());
    private final Button stop = new Button("", e -> stop());
    private final Grid<Subscription> grid = new Grid<>();
    private final Paragraph intro = new Paragraph();

    public SchedulesView(ReportSubscriptions subscriptions) {
        super("schedules.title");
        setId("schedules-view");
        this.subscriptions = subscriptions;
        List<UserSummary> people = subscriptions.possibleRecipients();
        this.names =
                people.stream().collect(Collectors.toMap(UserSummary::username, UserSummary::displayName, (a, b) -> a));
        report.setId("schedule-report");
        report.setItems(ScheduledReport.values());
        report.setValue(ScheduledReport.SLA);
        report.addValueChangeListener(e -> offerGroupings());
        grouping.setId("schedule-grouping");
        offerGroupings();
        frequency.setId("schedule-frequency");
        frequency.setItems(ReportFrequency.values());
        frequency.setValue(ReportFrequency.WEEKLY);
        recipients.setId("schedule-recipients");
        recipients.setItems(people);
        recipients.setItemLabelGenerator(UserSummary::displayName);
        create.setId("schedule-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        stop.setId("schedule-stop");
        grid.setId("schedule-grid");
        grid.setAllRowsVisible(true);
        HorizontalLayout form = new HorizontalLayout(report, grouping, frequency, recipients, create);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        add(intro, form, grid, stop);
    }

    private void offerGroupings() {
        SlaGrouping current = grouping.getValue();
        List<SlaGrouping> offered = report.getValue() == ScheduledReport.KPI
                ? List.copyOf(KpiReports.GROUPINGS)
                : Arrays.asList(SlaGrouping.values());
        grouping.setItems(offered);
        grouping.setValue(current != null && offered.contains(current) ? current : SlaGrouping.UNIT);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        intro.setText(getTranslation("schedules.intro"));
        report.setLabel(getTranslation("schedules.report"));
        report.setItemLabelGenerator(r -> getTranslation("schedules.report." + r.name()));
        grouping.setLabel(getTranslation("report.grouping"));
        grouping.setItemLabelGenerator(g -> getTranslation("report.group." + g.name()));
        frequency.setLabel(getTranslation("schedules.frequency"));
        frequency.setItemLabelGenerator(f -> getTranslation("schedules.frequency." + f.name()));
        recipients.setLabel(getTranslation("schedules.recipients"));
        create.setText(getTranslation("schedules.create"));
        stop.setText(getTranslation("schedules.stop"));
        grid.removeAllColumns();
        grid.addColumn(s -> getTranslation("schedules.report." + s.report().name()))
                .setHeader(getTranslation("schedules.report"))
                .setAutoWidth(true);
        grid.addColumn(s -> getTranslation("report.group." + s.grouping().name()))
                .setHeader(getTranslation("report.grouping"))
                .setAutoWidth(true);
        grid.addColumn(s ->
                        getTranslation("schedules.frequency." + s.frequency().name()))
                .setHeader(getTranslation("schedules.frequency"))
                .setAutoWidth(true);
        grid.addColumn(s -> s.recipients().stream()
                        .map(r -> names.getOrDefault(r, r))
                        .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("schedules.recipients"))
                .setFlexGrow(1);
        grid.addColumn(s -> getTranslation(s.active() ? "schedules.active.yes" : "schedules.active.no"))
                .setHeader(getTranslation("schedules.active"))
                .setAutoWidth(true);
        grid.addColumn(s -> s.lastPeriod() == null
                        ? getTranslation("schedules.never")
                        : s.lastPeriod() + " · " + getTranslation("schedules.outcome." + s.lastOutcome()))
                .setHeader(getTranslation("schedules.last"))
                .setAutoWidth(true);
        refresh();
    }

    private void refresh() {
        grid.setItems(subscriptions.mine());
    }

    void create() {
        try {
            subscriptions.create(
                    report.getValue(),
                    grouping.getValue(),
                    frequency.getValue(),
                    recipients.getValue().stream().map(UserSummary::username).toList());
            Problems.success(getTranslation("schedules.created"));
            recipients.clear();
            refresh();
        } catch (InvalidInputException problems) {
            Problems.show(this, problems);
        }
    }

    void stop() {
        grid.getSelectedItems().forEach(s -> subscriptions.stop(s.id()));
        Problems.success(getTranslation("schedules.stopped"));
        refresh();
    }
}
