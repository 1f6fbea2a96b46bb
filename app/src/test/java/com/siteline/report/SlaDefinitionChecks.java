package com.siteline.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.siteline.issue.IssueQueries;
import com.siteline.issue.SlaFact;
import com.siteline.organization.RunAs;
import com.siteline.organization.Teams;
import com.siteline.report.internal.SlaReport;
import com.siteline.report.internal.SlaRow;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The response-time report against its per-issue definition ({@link SlaReports#row}), as a manager sees it:
 * every group of every grouping and the total of a period, and each weekly bar against its week's report.
 */
record SlaDefinitionChecks(
        RunAs as, String manager, SlaReports reports, IssueQueries issues, Teams teams, Clock clock, ZoneId zone) {

    /** Every grouping's rows and total of the days from {@code first} to {@code last} equal the definition. */
    void everyGroupEqualsTheDefinition(LocalDate first, LocalDate last) {
        Instant from = first.atStartOfDay(zone).toInstant();
        Instant to = last.plusDays(1).atStartOfDay(zone).toInstant();
        for (SlaGrouping grouping : SlaGrouping.values()) {
            SlaReport report = as.user(manager, () -> reports.report(first, last, grouping));
            List<SlaFact> facts = as.user(manager, () -> issues.slaFacts(from, to));
            Instant now = clock.instant();
            Function<SlaFact, String> keyOf = Groupings.keyOf(grouping, teams);
            Map<String, List<SlaFact>> groups = new TreeMap<>();
            facts.forEach(f -> groups.computeIfAbsent(keyOf.apply(f), k -> new ArrayList<>())
                    .add(f));
            assertThat(report.rows()).as(grouping.name()).hasSize(groups.size());
            for (SlaRow row : report.rows()) {
                assertThat(row)
                        .as(grouping + " " + row.key())
                        .isEqualTo(SlaReports.row(row.key(), groups.get(row.key()), now));
            }
            assertThat(report.total()).as(grouping + " total").isEqualTo(SlaReports.row("", facts, now));
        }
    }

    /** The {@code weeks} weekly bars up to this week each count what their week's report counts; the bars. */
    List<SlaRow> weeksEqualTheirReports(int weeks) {
        LocalDate monday = LocalDate.now(clock.withZone(zone)).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate firstMonday = monday.minusWeeks(weeks - 1L);
        List<SlaRow> bars = as.user(manager, () -> reports.weekly(firstMonday, weeks));
        assertThat(bars).hasSize(weeks);
        for (int i = 0; i < weeks; i++) {
            LocalDate start = firstMonday.plusWeeks(i);
            SlaRow week = as.user(manager, () -> reports.report(start, start.plusDays(6), SlaGrouping.UNIT))
                    .total();
            SlaRow bar = bars.get(i);
            assertThat(List.of(
                            bar.issues(),
                            bar.firstResponseCounted(),
                            bar.firstResponseMet(),
                            bar.nextUpdateCounted(),
                            bar.nextUpdateMet(),
                            bar.resolutionCounted(),
                            bar.resolutionMet()))
                    .as("week " + start)
                    .isEqualTo(List.of(
                            week.issues(),
                            week.firstResponseCounted(),
                            week.firstResponseMet(),
                            week.nextUpdateCounted(),
                            week.nextUpdateMet(),
                            week.resolutionCounted(),
                            week.resolutionMet()));
        }
        return bars;
    }
}
