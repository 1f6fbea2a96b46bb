package com.siteline.report;

import com.siteline.issue.IssueLine;
import com.siteline.issue.SlaFact;
import com.siteline.report.internal.SlaRow;
import com.siteline.sdk.IssueType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The figures of a periodic document, frozen when it is drafted or refreshed (kept as JSON with the
 * document, so an archived document keeps the numbers it was approved with). Keys are stored values
 * (category ids, urgency and type names); the words come when the document is read.
 *
 * @param complaints the period's complaints, oldest first, with how each was handled
 * @param repeatComplainants customers with more than one complaint in the period, most first
 * @param kpiScore the unit's KPI score of the period, null when it has none
 */
public record DocumentFigures(
        int raised,
        int resolved,
        int stillOpen,
        int complaintCount,
        List<Count> byType,
        List<Count> complaintsByCategory,
        List<Count> complaintsByUrgency,
        List<Line> complaints,
        List<Count> repeatComplainants,
        Sla sla,
        Double kpiScore,
        List<Month> months,
        ImprovementCounts improvements) {

    /**
     * The unit's improvement actions (改进措施) for the period: raised and verified in it, still open when the document
     * was drafted (of those raised by its end) and of these past their due day at its end. Null in a document drafted
     * before they were counted.
     */
    public record ImprovementCounts(int raised, int verified, int open, int overdue) {}

    /** A value and how many. */
    public record Count(String key, int count) {}

    /** One complaint as its line in the summary. */
    public record Line(
            long id,
            String title,
            String customer,
            String category,
            String urgency,
            String status,
            String resolution) {}

    /** Deadlines counted and met (first response, next update, resolution). */
    public record Sla(
            int firstCounted,
            int firstMet,
            int updateCounted,
            int updateMet,
            int resolutionCounted,
            int resolutionMet) {

        static Sla of(SlaRow row) {
            return new Sla(
                    row.firstResponseCounted(),
                    row.firstResponseMet(),
                    row.nextUpdateCounted(),
                    row.nextUpdateMet(),
                    row.resolutionCounted(),
                    row.resolutionMet());
        }
    }

    /** One month of a quarter. */
    public record Month(LocalDate first, int raised, int resolved, Sla sla) {}

    /** The figures of a unit's issues raised from {@code first} to {@code last} (the lines and facts of those). */
    public static DocumentFigures of(
            LocalDate first,
            LocalDate last,
            ZoneId zone,
            List<IssueLine> lines,
            List<SlaFact> facts,
            Instant now,
            Double kpiScore,
            ImprovementCounts improvements) {
        List<IssueLine> complaints =
                lines.stream().filter(l -> l.type() == IssueType.COMPLAINT).toList();
        Map<String, Integer> customers = new TreeMap<>();
        complaints.forEach(c -> customers.merge(c.customerName(), 1, Integer::sum));
        List<Count> repeat = customers.entrySet().stream()
                .filter(e -> e.getValue() > 1)
                .sorted((a, b) -> b.getValue() - a.getValue())
                .map(e -> new Count(e.getKey(), e.getValue()))
                .toList();
        List<Month> months = new ArrayList<>();
        for (LocalDate month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            Instant from = month.atStartOfDay(zone).toInstant();
            Instant to = month.plusMonths(1).atStartOfDay(zone).toInstant();
            List<SlaFact> ofMonth = facts.stream()
                    .filter(f -> !f.createdAt().isBefore(from) && f.createdAt().isBefore(to))
                    .toList();
            months.add(new Month(
                    month,
                    ofMonth.size(),
                    (int) ofMonth.stream().filter(f -> f.resolvedAt() != null).count(),
                    Sla.of(SlaReports.row("", ofMonth, now))));
        }
        return new DocumentFigures(
                lines.size(),
                (int) lines.stream().filter(l -> l.resolvedAt() != null).count(),
                (int) lines.stream().filter(l -> l.status().isOpen()).count(),
                complaints.size(),
                counts(lines, l -> l.type().name()),
                counts(complaints, l -> l.categoryId() == null ? "" : l.categoryId()),
                counts(complaints, l -> l.urgency().name()),
                complaints.stream()
                        .map(c -> new Line(
                                c.id(),
                                c.title(),
                                c.customerName(),
                                c.categoryId() == null ? "" : c.categoryId(),
                                c.urgency().name(),
                                c.status().name(),
                                c.resolution() == null ? "" : c.resolution()))
                        .toList(),
                repeat,
                Sla.of(SlaReports.row("", facts, now)),
                kpiScore,
                months,
                improvements);
    }

    private static List<Count> counts(List<IssueLine> lines, Function<IssueLine, String> key) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        lines.forEach(l -> counts.merge(key.apply(l), 1, Integer::sum));
        return counts.entrySet().stream()
                .sorted((a, b) -> b.getValue() - a.getValue())
                .map(e -> new Count(e.getKey(), e.getValue()))
                .toList();
    }
}
