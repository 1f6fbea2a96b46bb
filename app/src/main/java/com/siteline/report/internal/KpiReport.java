package com.siteline.report.internal;

import com.siteline.report.KpiPeriod;
import com.siteline.report.SlaGrouping;
import java.time.LocalDate;
import java.util.List;

/** A KPI scorecard of a month or quarter: the groups ranked by score, and all the period's issues together. */
public record KpiReport(
        KpiPeriod period, LocalDate first, LocalDate last, SlaGrouping grouping, List<KpiRow> rows, KpiRow total) {}
