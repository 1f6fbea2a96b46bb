package com.siteline.report.internal;

import com.siteline.report.DocumentFigures;
import com.siteline.report.DocumentSummary;
import com.siteline.report.ReportDocument;
import com.siteline.sla.UserZones;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * A periodic document in a reader's language, as the model its PDF and Excel files are written from:
 * the manager's text first, then the kind's sections of figures.
 */
@Component
public class DocumentTexts {

    private final ReportTables tables;

    private final UserZones zones;

    DocumentTexts(ReportTables tables, UserZones zones) {
        this.tables = tables;
        this.zones = zones;
    }

    public ReportDocument document(DocumentSummary document, Locale locale) {
        return document(document, locale, false);
    }

    /**
     * The document as it is published to the unit's owners (公布): the same figures without what names a customer (the
     * handling lines' customer column, the repeat complainants) and without the staff's KPI score.
     */
    public ReportDocument forOwners(DocumentSummary document, Locale locale) {
        return document(document, locale, true);
    }

    private ReportDocument document(DocumentSummary document, Locale locale, boolean owners) {
        DocumentFigures f = document.figures();
        List<ReportDocument.Section> sections = new ArrayList<>();
        String status = t(locale, document.status().messageKey());
        sections.add(ReportDocument.Section.text(
                t(locale, "documents.section.summary"),
                document.summary() == null ? t(locale, "documents.summary.empty") : document.summary()));
        sections.add(ReportDocument.Section.table(
                t(locale, "documents.section.overview"),
                List.of(t(locale, "documents.figure"), t(locale, "documents.value")),
                List.of(
                        row(t(locale, "documents.figure.raised"), f.raised()),
                        row(t(locale, "documents.figure.resolved"), f.resolved()),
                        row(t(locale, "documents.figure.open"), f.stillOpen()),
                        row(t(locale, "documents.figure.complaints"), f.complaintCount()),
                        row(
                                t(locale, "report.sla.first-response"),
                                share(f.sla().firstMet(), f.sla().firstCounted(), locale)),
                        row(
                                t(locale, "report.sla.next-update"),
                                share(f.sla().updateMet(), f.sla().updateCounted(), locale)),
                        row(
                                t(locale, "report.sla.resolution"),
                                share(f.sla().resolutionMet(), f.sla().resolutionCounted(), locale)),
                        row(
                                t(locale, "kpi.score"),
                                f.kpiScore() == null
                                        ? t(locale, "report.no-data")
                                        : ReportTables.figure(f.kpiScore())))));
        if (owners) {
            List<List<Object>> overview = new ArrayList<>(sections.getLast().rows());
            overview.removeLast();
            sections.set(
                    sections.size() - 1,
                    ReportDocument.Section.table(
                            sections.getLast().heading(), sections.getLast().headers(), overview));
        }
        switch (document.kind()) {
            case COMPLAINT_SUMMARY -> complaints(sections, f, locale, owners);
            case WORK_BRIEF ->
                sections.add(counts(
                        t(locale, "documents.section.by-type"),
                        f.byType(),
                        key -> t(locale, "issue.type." + key),
                        locale));
            case SERVICE_REPORT -> {
                sections.add(months(f, locale));
                sections.add(counts(
                        t(locale, "documents.section.by-type"),
                        f.byType(),
                        key -> t(locale, "issue.type." + key),
                        locale));
                sections.add(counts(
                        t(locale, "documents.section.by-category"),
                        f.complaintsByCategory(),
                        key -> tables.category(key, locale),
                        locale));
            }
        }
        if (f.improvements() != null) {
            DocumentFigures.ImprovementCounts i = f.improvements();
            sections.add(ReportDocument.Section.table(
                    t(locale, "documents.section.improvements"),
                    List.of(t(locale, "documents.figure"), t(locale, "documents.value")),
                    List.of(
                            row(t(locale, "documents.improvements.raised"), i.raised()),
                            row(t(locale, "documents.improvements.verified"), i.verified()),
                            row(t(locale, "documents.improvements.open"), i.open()),
                            row(t(locale, "documents.improvements.overdue"), i.overdue()))));
        }
        if (document.remarks() != null) {
            sections.add(ReportDocument.Section.text(t(locale, "documents.section.remarks"), document.remarks()));
        }
        String approval = document.approvedBy() == null
                ? status
                : t(
                        locale,
                        "documents.approved-by",
                        tables.person(document.approvedBy()),
                        document.approvedAt()
                                .atZone(zones.zoneOfUnit(document.businessUnitId()))
                                .toLocalDate());
        return new ReportDocument(
                document.unitName() + " · " + t(locale, document.kind().messageKey()),
                ReportTables.period(document.first(), document.last(), locale) + " · " + approval,
                sections);
    }

    private void complaints(List<ReportDocument.Section> sections, DocumentFigures f, Locale locale, boolean owners) {
        sections.add(counts(
                t(locale, "documents.section.by-category"),
                f.complaintsByCategory(),
                key -> tables.category(key, locale),
                locale));
        sections.add(counts(
                t(locale, "documents.section.by-urgency"),
                f.complaintsByUrgency(),
                key -> t(locale, "issue.urgency." + key),
                locale));
        List<List<Object>> lines = new ArrayList<>();
        for (DocumentFigures.Line line : f.complaints()) {
            List<Object> cells = new ArrayList<>(Arrays.asList(
                    "#" + line.id(),
                    line.title(),
                    line.customer(),
                    tables.category(line.category(), locale),
                    t(locale, "issue.urgency." + line.urgency()),
                    t(locale, "issue.status." + line.status()),
                    line.resolution()));
            if (owners) {
                cells.remove(2);
            }
            lines.add(cells);
        }
        List<String> headers = new ArrayList<>(List.of(
                t(locale, "kpi.drill.issue"),
                t(locale, "documents.column.title"),
                t(locale, "documents.column.customer"),
                t(locale, "report.group.CATEGORY"),
                t(locale, "report.group.URGENCY"),
                t(locale, "documents.column.status"),
                t(locale, "documents.column.resolution")));
        if (owners) {
            headers.remove(2);
        }
        sections.add(ReportDocument.Section.table(t(locale, "documents.section.handling"), headers, lines));
        if (!owners) {
            sections.add(counts(t(locale, "documents.section.repeat"), f.repeatComplainants(), key -> key, locale));
        }
    }

    private ReportDocument.Section months(DocumentFigures f, Locale locale) {
        List<List<Object>> rows = new ArrayList<>();
        for (DocumentFigures.Month month : f.months()) {
            rows.add(Arrays.asList(
                    month.first().toString().substring(0, 7),
                    month.raised(),
                    month.resolved(),
                    share(month.sla().firstMet(), month.sla().firstCounted(), locale),
                    share(month.sla().resolutionMet(), month.sla().resolutionCounted(), locale)));
        }
        return ReportDocument.Section.table(
                t(locale, "documents.section.months"),
                List.of(
                        t(locale, "documents.column.month"),
                        t(locale, "documents.figure.raised"),
                        t(locale, "documents.figure.resolved"),
                        t(locale, "report.sla.first-response"),
                        t(locale, "report.sla.resolution")),
                rows);
    }

    private ReportDocument.Section counts(
            String heading,
            List<DocumentFigures.Count> counts,
            java.util.function.Function<String, String> label,
            Locale locale) {
        List<List<Object>> rows = new ArrayList<>();
        for (DocumentFigures.Count count : counts) {
            rows.add(row(label.apply(count.key()), count.count()));
        }
        if (rows.isEmpty()) {
            return ReportDocument.Section.text(heading, t(locale, "documents.none"));
        }
        return ReportDocument.Section.table(
                heading, List.of(t(locale, "documents.figure"), t(locale, "documents.value")), rows);
    }

    private String share(int met, int counted, Locale locale) {
        int percent = SlaRow.percent(met, counted);
        return percent < 0 ? t(locale, "report.no-data") : t(locale, "report.share", percent, met, counted);
    }

    private static List<Object> row(String label, Object value) {
        return Arrays.asList(label, value);
    }

    private String t(Locale locale, String key, Object... args) {
        return tables.t(locale, key, args);
    }
}
