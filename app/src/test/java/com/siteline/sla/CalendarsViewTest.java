package com.siteline.sla;

import static org.assertj.core.api.Assertions.assertThat;

import com.siteline.organization.BusinessUnitSummary;
import com.siteline.organization.OrganizationService;
import com.siteline.report.ui.OverviewView;
import com.siteline.sla.ui.CalendarsView;
import com.siteline.testsupport.SitelineSpringTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** Admins import next year's holiday schedule and set each unit's hours, without a release. */
@SitelineSpringTest
@WithUserDetails("admin")
class CalendarsViewTest extends SpringBrowserlessTest {

    private static final java.time.ZoneId SHANGHAI = java.time.ZoneId.of("Asia/Shanghai");

    @Autowired
    CalendarService calendars;

    @Autowired
    OrganizationService organization;

    @Test
    void theShippedYearIsThereAndABadImportChangesNothing() {
        navigate(CalendarsView.class);
        @SuppressWarnings("unchecked")
        Select<Integer> year = $(Select.class).id("calendar-year");
        year.setValue(2026);
        // years read as years, not as 2,026
        assertThat(year.getItemLabelGenerator().apply(2026)).isEqualTo("2026 年（39 天）");
        assertThat(test($(Grid.class).id("calendar-days")).size()).isEqualTo(39);

        $(IntegerField.class).id("import-year").setValue(2028);
        String bad = "date,kind,name\n2028-01-01,holiday,元旦\n2028-02-30,holiday,不存在\n2026-12-31,holiday,去年\n";
        test($(Upload.class).id("import-upload")).upload("2027.csv", "text/csv", bad.getBytes(StandardCharsets.UTF_8));

        Div problems = $(Div.class).id("import-problems");
        // the problem in the admin's language (zh-CN here), naming the line and the bad date
        assertThat(problems.getElement().getTextRecursively()).contains("第 3 行").contains("2028-02-30");
        assertThat(calendars.years()).doesNotContainKey(2028).containsEntry(2026, 39L);
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyPartSpeaksTheUsersLanguageOnly() {
        navigate(CalendarsView.class);
        Select<Integer> year = $(Select.class).id("calendar-year");
        year.setValue(2026);
        Grid<CalendarDay> days = $(Grid.class).id("calendar-days");
        assertThat(test(days).getCellText(0, 3)).isEqualTo("元旦");
        assertThat($(Upload.class).id("import-upload").getI18n().getAddFiles().getOne())
                .isEqualTo("选择 CSV 文件…");
        assertThat($(Span.class).id("header-user").getText()).isEqualTo("王磊 · 系统管理员");

        // the header's language switch draws the page again (a reload): here, the view is made anew in English
        com.vaadin.flow.component.UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        navigate(OverviewView.class);
        navigate(CalendarsView.class);
        $(Select.class).id("calendar-year").setValue(2026);
        // a holiday in one language, not "元旦 New Year"; the upload's own words; the user's title
        assertThat(test((Grid<CalendarDay>) $(Grid.class).id("calendar-days")).getCellText(0, 3))
                .isEqualTo("New Year");
        assertThat($(Upload.class).id("import-upload").getI18n().getDropFiles().getOne())
                .isEqualTo("or drop the CSV file here");
        assertThat($(Span.class).id("header-user").getText()).isEqualTo("王磊 · Administrator");
        assertThat(CalendarDay.localized("春节调休 Spring Festival make-up workday", java.util.Locale.ENGLISH))
                .isEqualTo("Spring Festival make-up workday");
        assertThat(CalendarDay.localized("公司年会", java.util.Locale.ENGLISH)).isEqualTo("公司年会");
    }

    /** #30: weeks before the new year, a schedule not yet imported for it is said, with a template that imports. */
    @Test
    void aMissingScheduleForNextYearIsSaidWeeksAheadWithItsTemplate() {
        // December of the last year with a schedule (or of this year): the next one has none yet
        java.time.ZonedDateTime now =
                com.siteline.testsupport.TestClock.INSTANCE.instant().atZone(SHANGHAI);
        int last = Math.max(
                now.getYear(),
                calendars.years().keySet().stream()
                        .mapToInt(Integer::intValue)
                        .max()
                        .orElse(now.getYear()));
        java.time.ZonedDateTime december =
                LocalDate.of(last, 12, 1).atTime(10, 0).atZone(SHANGHAI);
        if (now.isBefore(december)) {
            com.siteline.testsupport.TestClock.advance(java.time.Duration.between(now, december));
        }
        try {
            int next = last + 1;
            navigate(CalendarsView.class);
            assertThat($(Div.class).id("calendar-next-year").getElement().getTextRecursively())
                    .contains(next + " 年的节假日安排尚未导入")
                    .contains("下载 CSV 模板");
            assertThat(HolidayCsv.read(new java.io.StringReader(HolidayCsv.template(next))))
                    .extracting(CalendarDay::date)
                    .containsExactly(LocalDate.of(next, 1, 1), LocalDate.of(next, 2, 7));
        } finally {
            com.siteline.testsupport.TestClock.reset();
        }
    }

    @Test
    void nextYearsScheduleIsImportedAndUsedAtOnce() {
        navigate(CalendarsView.class);
        $(IntegerField.class).id("import-year").setValue(2027);
        String csv = """
                # 2027 schedule (as published)
                date,kind,name
                2027-01-01,holiday,元旦 New Year
                2027-02-06,holiday,春节 Spring Festival
                2027-02-07,holiday,春节 Spring Festival
                2027-02-08,holiday,春节 Spring Festival
                2027-02-20,workday,春节调休 Spring Festival make-up workday
                """;
        test($(Upload.class).id("import-upload")).upload("2027.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(calendars.years()).containsEntry(2027, 5L);
        assertThat(test($(Grid.class).id("calendar-days")).size()).isEqualTo(5);
        long unit = unit("SH-HOME").id();
        assertThat(calendars.calendarFor(unit).isWorkingDay(LocalDate.of(2027, 2, 8)))
                .isFalse();
        assertThat(calendars.calendarFor(unit).isWorkingDay(LocalDate.of(2027, 2, 20)))
                .as("a Saturday, worked")
                .isTrue();
    }

    @Test
    void businessHoursAreCheckedAndThenUsed() {
        navigate(CalendarsView.class);
        BusinessUnitSummary property = unit("BJ-PROPERTY");
        @SuppressWarnings("unchecked")
        ComboBox<BusinessUnitSummary> unit = $(ComboBox.class).id("hours-unit");
        unit.setValue(property);
        TimePicker afternoon = $(TimePicker.class).id("afternoon-start");
        assertThat(afternoon.getValue()).isEqualTo(LocalTime.of(13, 30));

        afternoon.setValue(LocalTime.of(11, 0));
        test($(Button.class).id("save-hours")).click();
        assertThat($(Span.class).id("hours-error").getText()).isEqualTo("下午不能早于上午结束");
        assertThat(afternoon.getValue()).isEqualTo(LocalTime.of(11, 0));

        afternoon.setValue(LocalTime.of(13, 0));
        $(Checkbox.class).id("saturday-works").setValue(true);
        test($(Button.class).id("save-hours")).click();
        assertThat($(Span.class).id("hours-error").getText()).isEmpty();
        assertThat(calendars.hours(property.id()).saturdayWorks()).isTrue();
        assertThat(calendars.calendarFor(property.id()).isWorkingDay(LocalDate.of(2026, 11, 28)))
                .isTrue();
        assertThat(calendars.calendarFor(unit("SH-HOME").id()).isWorkingDay(LocalDate.of(2026, 11, 28)))
                .isFalse();
    }

    private BusinessUnitSummary unit(String code) {
        return organization.businessUnits().stream()
                .filter(u -> u.code().equals(code))
                .findFirst()
                .orElseThrow();
    }
}
