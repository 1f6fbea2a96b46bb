package com.siteline.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.siteline.issue.IssueStatus;
import com.siteline.issue.SlaFact;
import com.siteline.report.internal.KpiFormula;
import com.siteline.report.internal.KpiRow;
import com.siteline.report.internal.KpiWeights;
import com.siteline.sdk.IssueType;
import com.siteline.sdk.Urgency;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The KPI math on fixtures whose figures were computed by hand (the comments show the sums). */
class KpiFormulaTest {

    static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");
    static final long UNIT = 7;

    /** An issue raised a week ago with a 60-minute first-response target and a 5-day resolution target. */
    static SlaFact fact(
            long id,
            Instant firstDue,
            Instant responded,
            Long taken,
            Instant resolutionDue,
            Instant resolved,
            Instant pausedSince,
            int reopened) {
        return new SlaFact(
                id,
                UNIT,
                100 + id,
                "agent",
                Urgency.NORMAL,
                "quality",
                "home-decoration",
                IssueType.COMPLAINT,
                com.siteline.sla.CustomerType.INDIVIDUAL,
                resolved == null ? IssueStatus.IN_PROGRESS : IssueStatus.CLOSED,
                NOW.minus(Duration.ofDays(7)),
                firstDue,
                responded,
                resolutionDue,
                resolved,
                null,
                pausedSince,
                0,
                0,
                taken,
                resolved == null ? null : 600L,
                60L,
                3000L,
                reopened);
    }

    static Instant ago(int hours) {
        return NOW.minus(Duration.ofHours(hours));
    }

    static Instant in(int hours) {
        return NOW.plus(Duration.ofHours(hours));
    }

    /**
     * A: answered in 30 of 60 min → 100; resolved before its due time → met.
     * B: answered in 105 min; 0 at 200% = 120 min → 100 × (120 − 105) / (120 − 60) = 25; resolved late → missed.
     * C: overdue and never answered → 0; resolution not due yet → not counted.
     * D: waiting for the customer, nothing due yet → counts nowhere.
     * Response = (100 + 25 + 0) / 3 = 41.667; resolution = 1 / 2 = 50; no satisfaction;
     * score = (41.667 × 30 + 50 × 40) / (30 + 40) = 3250 / 70 = 46.4286.
     */
    static final List<SlaFact> TEAM = List.of(
            fact(1, ago(100), ago(99), 30L, ago(10), ago(20), null, 0),
            fact(2, ago(100), ago(98), 105L, ago(10), ago(5), null, 0),
            fact(3, ago(2), null, null, in(30), null, null, 0),
            fact(4, in(5), null, null, in(50), null, ago(1), 0));

    @Test
    void aTeamWithKnownIssuesGetsTheHandComputedScore() {
        KpiRow row = KpiReports.row("team", TEAM, Set.of(), Map.of(), NOW, 40.0);
        assertThat(row.issues()).isEqualTo(4);
        assertThat(row.response()).isCloseTo(125.0 / 3, within(1e-9));
        assertThat(row.resolution()).isCloseTo(50.0, within(1e-9));
        assertThat(KpiFormula.has(row.satisfaction())).isFalse();
        assertThat(row.score()).isCloseTo(3250.0 / 70, within(1e-9));
        assertThat(row.change()).isCloseTo(3250.0 / 70 - 40, within(1e-9));
        // handling: the two resolved took 600 minutes each
        assertThat(row.handlingMedian()).isEqualTo(600);
        // the drill-down holds every issue with its own points
        assertThat(row.items())
                .extracting(KpiRow.KpiItem::responseScore)
                .containsExactly(100.0, 25.0, 0.0, KpiFormula.NONE);
        assertThat(row.items()).extracting(KpiRow.KpiItem::resolutionCounted).containsExactly(true, true, false, false);
    }

    @Test
    void aUnitsOwnWeightsAndZeroPointChangeTheScore() {
        // 50/50/0 and 0 points at 300%: B → 100 × (180 − 105) / (180 − 60) = 62.5;
        // response = (100 + 62.5 + 0) / 3 = 54.1667; score = (54.1667 × 50 + 50 × 50) / 100 = 52.0833
        KpiRow row = KpiReports.row(
                "team", TEAM, Set.of(), Map.of(UNIT, new KpiWeights(50, 50, 0, 300)), NOW, KpiFormula.NONE);
        assertThat(row.response()).isCloseTo(162.5 / 3, within(1e-9));
        assertThat(row.score()).isCloseTo((162.5 / 3 * 50 + 50 * 50) / 100, within(1e-9));
        assertThat(KpiFormula.has(row.change())).isFalse();
    }

    @Test
    void noIssuesAndAllPausedHaveNoScoreNotZero() {
        KpiRow none = KpiReports.row("empty", List.of(), Set.of(), Map.of(), NOW, KpiFormula.NONE);
        assertThat(none.issues()).isZero();
        assertThat(KpiFormula.has(none.score())).isFalse();
        assertThat(KpiFormula.has(none.response())).isFalse();
        assertThat(KpiFormula.has(none.repeatRate())).isFalse();
        KpiRow paused = KpiReports.row("paused", List.of(TEAM.get(3)), Set.of(), Map.of(), NOW, KpiFormula.NONE);
        assertThat(paused.issues()).isEqualTo(1);
        assertThat(KpiFormula.has(paused.response())).isFalse();
        assertThat(KpiFormula.has(paused.resolution())).isFalse();
        assertThat(KpiFormula.has(paused.score())).isFalse();
        assertThat(paused.rank()).isZero();
    }

    @Test
    void aReopenedIssueCountsOnceInTheReopenRateAndItsLastResolution() {
        // E: feedback taken back once, then resolved on time: reopen rate 1 of the 3 given feedback = 33.3%
        SlaFact reopened = fact(5, ago(100), ago(99), 10L, ago(10), ago(30), null, 1);
        KpiRow row = KpiReports.row(
                "team", List.of(TEAM.get(0), TEAM.get(1), reopened), Set.of(), Map.of(), NOW, KpiFormula.NONE);
        assertThat(row.reopenRate()).isCloseTo(100.0 / 3, within(1e-9));
        // resolution: A and E on time, B late → 2 / 3
        assertThat(row.resolution()).isCloseTo(200.0 / 3, within(1e-9));
    }

    @Test
    void aRepeatIsTheSameCustomerAndCategoryWithinThirtyDays() {
        SlaFact first = withCustomerAndDay(1, 500, 40);
        SlaFact tenDaysLater = withCustomerAndDay(2, 500, 30);
        SlaFact otherCustomer = withCustomerAndDay(3, 501, 29);
        SlaFact thirtyOneDaysLater = withCustomerAndDay(4, 500, -1);
        assertThat(KpiReports.repeats(List.of(thirtyOneDaysLater, otherCustomer, tenDaysLater, first)))
                .containsExactly(2L);
        KpiRow row = KpiReports.row(
                "x",
                List.of(first, tenDaysLater, otherCustomer, thirtyOneDaysLater),
                Set.of(2L),
                Map.of(),
                NOW,
                KpiFormula.NONE);
        assertThat(row.repeatRate()).isEqualTo(25.0);
    }

    @Test
    void theComponentsScaleAsDocumented() {
        assertThat(KpiFormula.responseScore(60, 60, 200)).isEqualTo(100);
        assertThat(KpiFormula.responseScore(90, 60, 200)).isEqualTo(50);
        assertThat(KpiFormula.responseScore(120, 60, 200)).isZero();
        assertThat(KpiFormula.responseScore(500, 60, 200)).isZero();
        assertThat(KpiFormula.satisfaction(1)).isZero();
        assertThat(KpiFormula.satisfaction(4.2)).isCloseTo(80, within(1e-9));
        assertThat(KpiFormula.satisfaction(5)).isEqualTo(100);
        // all three with data: the seeds' weights as they are
        assertThat(KpiFormula.score(80, 90, 70, 30, 40, 30)).isCloseTo(24 + 36 + 21, within(1e-9));
        assertThat(new KpiWeights(30, 40, 30, 200).problems()).isEmpty();
        assertThat(new KpiWeights(30, 40, 40, 200).problems()).containsExactly("kpi.settings.weights-sum");
        assertThat(new KpiWeights(30, 40, 30, 100).problems()).containsExactly("kpi.settings.zero-range");
    }

    private static SlaFact withCustomerAndDay(long id, long customer, int daysAgo) {
        return new SlaFact(
                id,
                UNIT,
                customer,
                "agent",
                Urgency.NORMAL,
                "quality",
                null,
                IssueType.COMPLAINT,
                com.siteline.sla.CustomerType.INDIVIDUAL,
                IssueStatus.CLOSED,
                NOW.minus(Duration.ofDays(daysAgo)),
                null,
                null,
                null,
                null,
                null,
                null,
                0,
                0,
                null,
                null,
                null,
                null,
                0);
    }
}
