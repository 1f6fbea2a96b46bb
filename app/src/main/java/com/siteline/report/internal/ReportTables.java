package com.siteline.report.internal;

import com.siteline.base.Actors;
import com.siteline.base.SitelineI18NProvider;
import com.siteline.issue.IssueCategoryNames;
import com.siteline.organization.OrganizationService;
import com.siteline.plugin.VariantCatalog;
import com.siteline.report.ReportDocument;
import com.siteline.report.SlaGrouping;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The reports as documents in a reader's language, for the screens' Excel and PDF exports and for the
 * scheduled report emails alike: group labels, durations and the tables with their headers.
 */
@Component
public class ReportTables {

    private final SitelineI18NProvider i18n;
    private final OrganizationService organization;

    private final VariantCatalog catalog;

    ReportTables(SitelineI18NProvider i18n, OrganizationService organization, VariantCatalog catalog) {
        this.i18n = i18n;
        this.organization = organization;
        this.catalog = catalog;
    }

    /** A category's name in the reader's language ("none" for issues without one). */
    public String category(String id, Locale locale) {
        if (id == null || id.isEmpty()) {
            return t(locale, "report.none");
        }
        return IssueCategoryNames.name(catalog, id, locale, key -> t(locale, key));
    }

    /** A group's name: the unit's or person's name, the urgency's or type's words, the key itself otherwise. */
    public String label(SlaGrouping grouping, String key, Locale locale) {
        return labels(grouping, locale).apply(key);
    }

    /** Names the keys of one grouping, with the unit and people names read once (for a whole table). */
    public java.util.function.Function<String, String> labels(SlaGrouping grouping, Locale locale) {
        Map<Long, String> units = grouping == SlaGrouping.UNIT ? organization.unitNamesOf(Actors.current()) : Map.of();
        Map<String, String> people = grouping == SlaGrouping.AGENT ? organization.displayNames() : Map.of();
        return key -> {
            if (key.isEmpty()) {
                return t(locale, "report.none");
            }
            return switch (grouping) {
                case UNIT -> units.getOrDefault(Long.parseLong(key), key);
                case AGENT -> people.getOrDefault(key, key);
                case URGENCY -> t(locale, "issue.urgency." + key);
                case TYPE -> t(locale, "issue.type." + key);
                case CUSTOMER_TYPE -> t(locale, "customer.type." + key);
                case CATEGORY -> category(key, locale);
                default -> key;
            };
        };
    }

    /** Minutes as hours and minutes in the reader's words; "no data" below zero. */
    public String duration(long minutes, Locale locale) {
        if (minutes < 0) {
            return t(locale, "report.no-data");
        }
        return minutes >= 60
                ? t(locale, "report.duration.hours", minutes / 60, minutes % 60)
                : t(locale, "report.duration.minutes", minutes);
    }

    /** The response-time report with its groups, the total and the definition. */
    public ReportDocument sla(SlaReport report, Locale locale) {
        List<String> headers = List.of(
                t(locale, "report.group." + report.grouping().name()),
                t(locale, "report.sla.issues"),
                t(locale, "report.xlsx.first-counted"),
                t(locale, "report.xlsx.first-met"),
                t(locale, "report.xlsx.first-percent"),
                t(locale, "report.xlsx.update-counted"),
                t(locale, "report.xlsx.update-met"),
                t(locale, "report.xlsx.update-percent"),
                t(locale, "report.xlsx.resolution-counted"),
                t(locale, "report.xlsx.resolution-met"),
                t(locale, "report.xlsx.resolution-percent"),
                t(locale, "report.xlsx.first-median"),
                t(locale, "report.xlsx.first-p90"),
                t(locale, "report.xlsx.resolution-median"),
                t(locale, "report.xlsx.resolution-p90"),
                t(locale, "report.sla.breached"),
                t(locale, "report.xlsx.breached-issues"));
        List<List<Object>> rows = new ArrayList<>();
        java.util.function.Function<String, String> label = labels(report.grouping(), locale);
        for (SlaRow row : report.rows()) {
            rows.add(slaCells(label.apply(row.key()), row, locale));
        }
        rows.add(slaCells(t(locale, "report.all"), report.total(), locale));
        return new ReportDocument(
                t(locale, "report.sla.title"),
                period(report.first(), report.last(), locale),
                List.of(
                        ReportDocument.Section.table(
                                t(locale, "report.group." + report.grouping().name()), headers, rows),
                        ReportDocument.Section.text(
                                t(locale, "report.definition"), t(locale, "report.sla.definition"))));
    }

    /** A report's times as the screen shows them ("3 h 20 min"), in every export too; empty without data. */
    private String time(long minutes, Locale locale) {
        return minutes < 0 ? null : duration(minutes, locale);
    }

    private List<Object> slaCells(String label, SlaRow row, Locale locale) {
        return Arrays.asList(
                label,
                row.issues(),
                row.firstResponseCounted(),
                row.firstResponseMet(),
                orNull(row.firstResponsePercent()),
                row.nextUpdateCounted(),
                row.nextUpdateMet(),
                orNull(row.nextUpdatePercent()),
                row.resolutionCounted(),
                row.resolutionMet(),
                orNull(row.resolutionPercent()),
                time(row.firstResponseMedian(), locale),
                time(row.firstResponseP90(), locale),
                time(row.resolutionMedian(), locale),
                time(row.resolutionP90(), locale),
                row.breached().size(),
                row.breached().stream().map(id -> "#" + id).collect(Collectors.joining(" ")));
    }

    /** The KPI scorecard: rank, the components, the score and its change, the secondary figures. */
    public ReportDocument kpi(KpiReport report, Locale locale) {
        List<String> headers = List.of(
                t(locale, "kpi.rank"),
                t(locale, "report.group." + report.grouping().name()),
                t(locale, "report.sla.issues"),
                t(locale, "kpi.response"),
                t(locale, "kpi.resolution"),
                t(locale, "kpi.satisfaction"),
                t(locale, "kpi.score"),
                t(locale, "kpi.change"),
                t(locale, "kpi.weights"),
                t(locale, "kpi.handling-minutes"),
                t(locale, "kpi.repeat-rate"),
                t(locale, "kpi.reopen-rate"));
        List<List<Object>> rows = new ArrayList<>();
        java.util.function.Function<String, String> label = labels(report.grouping(), locale);
        for (KpiRow row : report.rows()) {
            rows.add(kpiCells(row.rank() == 0 ? null : row.rank(), label.apply(row.key()), row, locale));
        }
        rows.add(kpiCells(null, t(locale, "report.all"), report.total(), locale));
        return new ReportDocument(
                t(locale, "kpi.title"),
                t(locale, "kpi.period." + report.period().name()) + " · "
                        + period(report.first(), report.last(), locale),
                List.of(
                        ReportDocument.Section.table(
                                t(locale, "report.group." + report.grouping().name()), headers, rows),
                        ReportDocument.Section.text(t(locale, "report.definition"), t(locale, "kpi.definition"))));
    }

    private List<Object> kpiCells(Integer rank, String label, KpiRow row, Locale locale) {
        return Arrays.asList(
                rank,
                label,
                row.issues(),
                figure(row.response()),
                figure(row.resolution()),
                figure(row.satisfaction()),
                figure(row.score()),
                figure(row.change()),
                weights(row, locale),
                time(row.handlingMedian(), locale),
                figure(row.repeatRate()),
                figure(row.reopenRate()));
    }

    /** The weights a row's score used, as "30/40/30". */
    public String weights(KpiRow row, Locale locale) {
        return t(
                locale,
                "kpi.weights-of",
                Math.round(row.responseWeight()),
                Math.round(row.resolutionWeight()),
                Math.round(row.satisfactionWeight()));
    }

    /** Dates of a period, "2026-11-01 – 2026-11-30". */
    public static String period(java.time.LocalDate first, java.time.LocalDate last, Locale locale) {
        return first + " – " + last;
    }

    /** A 0-100 figure rounded to one decimal, null (an empty cell) for no data. */
    public static Double figure(double value) {
        return !KpiFormula.has(value) ? null : Math.round(value * 10) / 10.0;
    }

    private static Object orNull(long value) {
        return value < 0 ? null : value;
    }

    String t(Locale locale, String key, Object... args) {
        return i18n.getTranslation(key, locale, args);
    }

    /** A user's display name (their username when unknown). */
    public String person(String username) {
        return organization.displayNames().getOrDefault(username, username);
    }
}
