package com.siteline.report.internal;

import com.siteline.report.SlaGrouping;
import java.time.LocalDate;
import java.util.List;

/** The response-time report of a period: its groups, largest first, and all its issues together. */
public record SlaReport(LocalDate first, LocalDate last, SlaGrouping grouping, List<SlaRow> rows, SlaRow total) {}
