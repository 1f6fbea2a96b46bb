package com.siteline.obligation;

import static org.assertj.core.api.Assertions.assertThat;

import com.siteline.obligation.internal.ObligationPeriods;
import com.siteline.sdk.RecurringObligation;
import com.siteline.sdk.RecurringObligation.Frequency;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The periods and due days of the property-management plugin's obligations. */
class ObligationPeriodsTest {

    @Test
    void eachFrequencyHasItsPeriodsAndDueDays() {
        LocalDate day = LocalDate.of(2026, 11, 17);
        RecurringObligation summary =
                RecurringObligation.of("complaint-summary", "投诉汇总", "Summary", Frequency.MONTHLY, 5, 1);
        assertThat(ObligationPeriods.first(Frequency.MONTHLY, day)).isEqualTo("2026-11-01");
        assertThat(ObligationPeriods.due(summary, LocalDate.of(2026, 11, 1))).isEqualTo("2026-11-05");
        RecurringObligation report =
                RecurringObligation.of("service-report", "管理服务报告", "Report", Frequency.QUARTERLY, 20, 1);
        assertThat(ObligationPeriods.first(Frequency.QUARTERLY, day)).isEqualTo("2026-10-01");
        assertThat(ObligationPeriods.last(Frequency.QUARTERLY, LocalDate.of(2026, 10, 1)))
                .isEqualTo("2026-12-31");
        assertThat(ObligationPeriods.due(report, LocalDate.of(2026, 10, 1))).isEqualTo("2026-10-20");
        RecurringObligation event =
                RecurringObligation.of("community-event", "社区活动", "Event", Frequency.QUARTERLY, 28, 3);
        assertThat(ObligationPeriods.due(event, LocalDate.of(2026, 10, 1))).isEqualTo("2026-12-28");
        RecurringObligation meeting =
                RecurringObligation.of("customer-meeting", "恳谈会", "Meeting", Frequency.HALF_YEARLY, 28, 6);
        assertThat(ObligationPeriods.first(Frequency.HALF_YEARLY, day)).isEqualTo("2026-07-01");
        assertThat(ObligationPeriods.due(meeting, LocalDate.of(2026, 7, 1))).isEqualTo("2026-12-28");
        assertThat(ObligationPeriods.first(Frequency.YEARLY, day)).isEqualTo("2026-01-01");
        assertThat(ObligationPeriods.last(Frequency.YEARLY, LocalDate.of(2026, 1, 1)))
                .isEqualTo("2026-12-31");
    }

    @Test
    void everyDayLiesInExactlyOnePeriodAndEachDueDayInItsPeriod() {
        Random random = new Random(11);
        for (int i = 0; i < 2000; i++) {
            LocalDate day = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(4000));
            for (Frequency frequency : Frequency.values()) {
                LocalDate first = ObligationPeriods.first(frequency, day);
                LocalDate last = ObligationPeriods.last(frequency, first);
                assertThat(day).isBetween(first, last);
                assertThat(ObligationPeriods.first(frequency, last)).isEqualTo(first);
                assertThat(ObligationPeriods.first(frequency, last.plusDays(1))).isEqualTo(last.plusDays(1));
                int months = ObligationPeriods.months(frequency);
                RecurringObligation o = RecurringObligation.of(
                        "x", "x", "x", frequency, 1 + random.nextInt(28), 1 + random.nextInt(months));
                assertThat(ObligationPeriods.due(o, first)).isBetween(first, last);
            }
        }
    }
}
