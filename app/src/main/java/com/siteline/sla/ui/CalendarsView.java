package com.siteline.sla.ui;

import com.siteline.base.Message;
import com.siteline.base.grid.GridLinks;
import com.siteline.base.ui.HistoryLink;
import com.siteline.base.ui.Problems;
import com.siteline.base.ui.UploadTexts;
import com.siteline.base.ui.ViewFrame;
import com.siteline.organization.BusinessUnitSummary;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.Role;
import com.siteline.security.CurrentUser;
import com.siteline.sla.BusinessHours;
import com.siteline.sla.CalendarDay;
import com.siteline.sla.CalendarService;
import com.siteline.sla.HolidayCsv;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.List;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Administration of business time: the public holiday schedule by year (import next year's as
 * soon as it is published) and each business unit's hours and time zone.
 */
@Route("admin/calendars")
@RolesAllowed(Role.Names.ADMIN)
@Menu(title = "nav.calendars", order = 93, icon = "vaadin:calendar-clock")
public class CalendarsView extends ViewFrame implements LocaleChangeObserver {

    static final List<String> ZONES = List.of(
            "Asia/Shanghai", "Asia/Hong_Kong", "Asia/Taipei", "Asia/Singapore", "Asia/Tokyo", "Europe/London", "UTC");

    private final transient CalendarService calendars;
    private final transient OrganizationService organization;
    private final String username;
    private final H2 holidaysTitle = new H2();
    private final Select<Integer> year = new Select<>();
    private final com.vaadin.flow.component.html.Div nextYear = new com.vaadin.flow.component.html.Div();
    private final Grid<CalendarDay> days = new Grid<>();
    private final IntegerField importYear = new IntegerField();
    private final Upload upload = new Upload();
    private final Paragraph importHint = new Paragraph();
    private final Div importProblems = new Div();
    private final H2 hoursTitle = new H2();
    private final ComboBox<BusinessUnitSummary> unit = new ComboBox<>();
    private final ComboBox<String> zone = new ComboBox<>();
    private final TimePicker morningStart = new TimePicker();
    private final TimePicker morningEnd = new TimePicker();
    private final TimePicker afternoonStart = new TimePicker();
    private final TimePicker afternoonEnd = new TimePicker();
    private final Checkbox saturday = new Checkbox();
    private final Button saveHours = new Button();
    private final Span hoursError = new Span();
    private long hoursVersion = -1;
    /** Special days per year, read once per refresh rather than once per label. */
    private java.util.Map<Integer, Long> yearCounts = java.util.Map.of();

    private final com.vaadin.flow.component.html.Anchor history = new com.vaadin.flow.component.html.Anchor();
    private final transient GridLinks links;

    public CalendarsView(
            CalendarService calendars, OrganizationService organization, CurrentUser currentUser, GridLinks links) {
        super("calendars.title");
        this.links = links;
        history.setId("calendars-history");
        history.setText(getTranslation("audit.history"));
        this.calendars = calendars;
        this.organization = organization;
        this.username = currentUser.username().orElseThrow();

        year.setId("calendar-year");
        year.addValueChangeListener(event -> showYear(event.getValue()));
        days.setId("calendar-days");
        days.setAllRowsVisible(true);
        importYear.setId("import-year");
        importYear.setStepButtonsVisible(true);
        importYear.setMin(2000);
        importYear.setMax(2100);
        upload.setId("import-upload");
        UploadTexts.apply(upload, this, "calendars.import.choose", "calendars.import.drop", "calendars.import.type");
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes("text/csv", ".csv", "text/plain");
        upload.setUploadHandler(UploadHandler.inMemory(
                (metadata, bytes) -> getUI().ifPresent(ui -> ui.accessSynchronously(() -> importCsv(bytes)))));
        importProblems.setId("import-problems");
        importProblems.addClassName("siteline-alert");
        importProblems.setVisible(false);

        unit.setId("hours-unit");
        unit.setItemLabelGenerator(BusinessUnitSummary::name);
        unit.setItems(organization.businessUnits());
        unit.addValueChangeListener(event -> showHours(event.getValue()));
        zone.setId("hours-zone");
        zone.setItems(ZONES);
        for (TimePicker picker : List.of(morningStart, morningEnd, afternoonStart, afternoonEnd)) {
            picker.setStep(Duration.ofMinutes(15));
        }
        morningStart.setId("morning-start");
        morningEnd.setId("morning-end");
        afternoonStart.setId("afternoon-start");
        afternoonEnd.setId("afternoon-end");
        saturday.setId("saturday-works");
        saveHours.setId("save-hours");
        saveHours.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveHours.addClickListener(click -> saveHours());
        hoursError.setId("hours-error");
        hoursError.addClassName("siteline-error-text");

        HorizontalLayout importRow = new HorizontalLayout(importYear, upload);
        importRow.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        FormLayout hoursForm =
                new FormLayout(unit, zone, morningStart, morningEnd, afternoonStart, afternoonEnd, saturday);
        nextYear.setId("calendar-next-year");
        nextYear.addClassName("siteline-alert");
        nextYear.setVisible(false);
        add(
                history,
                holidaysTitle,
                nextYear,
                year,
                days,
                importHint,
                importRow,
                importProblems,
                hoursTitle,
                hoursForm,
                new HorizontalLayout(saveHours, hoursError));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        holidaysTitle.setText(getTranslation("calendars.holidays"));
        year.setLabel(getTranslation("calendars.year"));
        year.setItemLabelGenerator(
                y -> getTranslation("calendars.year-item", Integer.toString(y), yearCounts.getOrDefault(y, 0L)));
        days.removeAllColumns();
        days.addColumn(CalendarDay::date)
                .setHeader(getTranslation("calendars.column.date"))
                .setAutoWidth(true);
        days.addColumn(d -> d.date().getDayOfWeek().getDisplayName(TextStyle.SHORT, getLocale()))
                .setHeader(getTranslation("calendars.column.weekday"))
                .setAutoWidth(true);
        days.addColumn(d -> getTranslation(d.kind().messageKey()))
                .setHeader(getTranslation("calendars.column.kind"))
                .setAutoWidth(true);
        days.addColumn(d -> d.nameIn(getLocale()))
                .setHeader(getTranslation("calendars.column.name"))
                .setFlexGrow(1);
        importHint.setText(getTranslation("calendars.import.hint"));
        importYear.setLabel(getTranslation("calendars.import.year"));
        hoursTitle.setText(getTranslation("calendars.hours"));
        unit.setLabel(getTranslation("project.field.unit"));
        zone.setLabel(getTranslation("calendars.zone"));
        morningStart.setLabel(getTranslation("calendars.morning-start"));
        morningEnd.setLabel(getTranslation("calendars.morning-end"));
        afternoonStart.setLabel(getTranslation("calendars.afternoon-start"));
        afternoonEnd.setLabel(getTranslation("calendars.afternoon-end"));
        saturday.setLabel(getTranslation("calendars.saturday"));
        saveHours.setText(getTranslation("action.save"));
        refreshYears(null);
    }

    /** Weeks before the new year from which a missing schedule for it is said. */
    static final int WARN_WEEKS_AHEAD = 8;

    /**
     * Weeks ahead of the new year, a schedule not yet imported for it is said (deadlines would count its holidays as
     * working days), with the CSV template to fill in.
     */
    private void warnAboutNextYear() {
        java.time.LocalDate today = com.siteline.base.ui.Formats.today();
        int next = today.getYear() + 1;
        boolean soon = !today.plusWeeks(WARN_WEEKS_AHEAD).isBefore(java.time.LocalDate.of(next, 1, 1));
        nextYear.removeAll();
        nextYear.setVisible(soon && !yearCounts.containsKey(next));
        if (nextYear.isVisible()) {
            nextYear.add(new com.vaadin.flow.component.html.Span(
                    getTranslation("calendars.next-year", Integer.toString(next)) + " "));
            com.vaadin.flow.component.html.Anchor csv = new com.vaadin.flow.component.html.Anchor(
                    com.siteline.base.ui.Downloads.of(event -> {
                        byte[] bytes = com.siteline.sla.HolidayCsv.template(next)
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
                        return new com.vaadin.flow.server.streams.DownloadResponse(
                                new java.io.ByteArrayInputStream(bytes),
                                "holidays-" + next + ".csv",
                                "text/csv",
                                bytes.length);
                    }),
                    getTranslation("calendars.next-year.template"));
            csv.setId("calendar-template");
            csv.getElement().setAttribute("download", "holidays-" + next + ".csv");
            nextYear.add(csv);
        }
    }

    private void refreshYears(Integer select) {
        yearCounts = calendars.years();
        warnAboutNextYear();
        List<Integer> years = List.copyOf(yearCounts.keySet());
        year.setItems(years);
        if (!years.isEmpty()) {
            year.setValue(select != null && years.contains(select) ? select : years.getLast());
            if (importYear.getValue() == null) {
                importYear.setValue(years.getLast() + 1);
            }
        }
    }

    private void showYear(Integer selected) {
        days.setItems(selected == null ? List.of() : calendars.year(selected));
    }

    private void importCsv(byte[] bytes) {
        importProblems.removeAll();
        importProblems.setVisible(false);
        upload.clearFileList();
        if (importYear.getValue() == null || importYear.isInvalid()) {
            showProblems(List.of(Message.of("calendars.import.no-year")));
            return;
        }
        int target = importYear.getValue();
        try {
            int count = calendars.importYear(
                    target, new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8));
            Notification.show(getTranslation("calendars.import.done", Integer.toString(target), count))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refreshYears(target);
        } catch (HolidayCsv.InvalidScheduleException e) {
            showProblems(e.problems());
        }
    }

    private void showProblems(List<Message> problems) {
        importProblems.add(new Span(getTranslation("calendars.import.refused")));
        UnorderedList list = new UnorderedList();
        problems.forEach(problem -> list.add(new ListItem(Problems.text(this, problem))));
        importProblems.add(list);
        importProblems.setVisible(true);
    }

    private void showHours(BusinessUnitSummary selected) {
        hoursError.setText("");
        if (selected == null) {
            return;
        }
        BusinessHours hours = calendars.hours(selected.id());
        // the unit's hours are the record "calendar <unit id>"; the holidays are records of their own days
        history.setHref(HistoryLink.href(links, "calendar", Long.toString(selected.id())));
        zone.setValue(hours.zone().getId());
        morningStart.setValue(hours.morningStart());
        morningEnd.setValue(hours.morningEnd());
        afternoonStart.setValue(hours.afternoonStart());
        afternoonEnd.setValue(hours.afternoonEnd());
        saturday.setValue(hours.saturdayWorks());
        hoursVersion = hours.version();
    }

    private void saveHours() {
        hoursError.setText("");
        if (unit.getValue() == null
                || zone.getValue() == null
                || morningStart.getValue() == null
                || morningEnd.getValue() == null
                || afternoonStart.getValue() == null
                || afternoonEnd.getValue() == null) {
            hoursError.setText(getTranslation("form.error.required"));
            return;
        }
        BusinessHours hours = new BusinessHours(
                ZoneId.of(zone.getValue()),
                morningStart.getValue(),
                morningEnd.getValue(),
                afternoonStart.getValue(),
                afternoonEnd.getValue(),
                saturday.getValue(),
                hoursVersion);
        if (!hours.problems().isEmpty()) {
            // what was typed stays in the pickers
            hoursError.setText(getTranslation(hours.problems().getFirst()));
            return;
        }
        try {
            hoursVersion = calendars.saveHours(unit.getValue().id(), hours).version();
            Notification.show(getTranslation(
                            "calendars.hours.saved", unit.getValue().name()))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (OptimisticLockingFailureException e) {
            hoursError.setText(getTranslation("calendars.hours.conflict"));
        }
    }
}
