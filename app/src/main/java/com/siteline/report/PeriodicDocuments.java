package com.siteline.report;

import com.siteline.base.Actors;
import com.siteline.base.InvalidInputException;
import com.siteline.base.RefusedException;
import com.siteline.base.grid.GridQuery;
import com.siteline.base.grid.JpaGrid;
import com.siteline.base.grid.UnitScopedGridSource;
import com.siteline.improvement.Improvements;
import com.siteline.issue.IssueQueries;
import com.siteline.issue.SlaFact;
import com.siteline.obligation.Fulfilment;
import com.siteline.obligation.FulfilmentRecords;
import com.siteline.obligation.ObligationFulfilled;
import com.siteline.organization.BusinessUnitSummary;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.Role;
import com.siteline.plugin.VariantCatalog;
import com.siteline.plugin.VariantSnapshot;
import com.siteline.report.internal.DocumentGrid;
import com.siteline.report.internal.KpiFormula;
import com.siteline.report.internal.KpiRow;
import com.siteline.report.internal.PeriodicDocumentRepository;
import com.siteline.report.internal.PeriodicDocumentRow;
import com.siteline.sdk.RecurringObligation;
import com.siteline.sla.CalendarService;
import com.siteline.sla.UserZones;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The periodic documents (月度投诉汇总, 月度工作简报, 季度管理服务报告): drafted from the data on the first day
 * after their period for every unit whose plugins declare the obligation, edited by the unit's managers,
 * approved by one of them, then published and kept. Figures are frozen at drafting; a draft can be refreshed.
 */
@Service
public class PeriodicDocuments extends UnitScopedGridSource<PeriodicDocumentRow, DocumentSummary>
        implements FulfilmentRecords {

    public static final int TEXT_MAX = 4000;
    private static final Logger log = LoggerFactory.getLogger(PeriodicDocuments.class);

    private final PeriodicDocumentRepository documents;
    private final OrganizationService organization;
    private final VariantCatalog catalog;
    private final IssueQueries issues;
    private final CalendarService calendars;
    private final KpiReports kpis;
    private final JsonMapper json;
    private final Clock clock;
    private final JpaGrid<PeriodicDocumentRow> grid;
    private final org.springframework.context.ApplicationEventPublisher publisher;
    private final UserZones zones;
    private final Improvements improvements;

    PeriodicDocuments(
            PeriodicDocumentRepository documents,
            OrganizationService organization,
            VariantCatalog catalog,
            IssueQueries issues,
            CalendarService calendars,
            KpiReports kpis,
            JsonMapper json,
            Clock clock,
            EntityManager em,
            UserZones zones,
            org.springframework.context.ApplicationEventPublisher publisher,
            Improvements improvements) {
        super(em, organization::unitNamesOf);
        this.improvements = improvements;
        this.publisher = publisher;
        this.zones = zones;
        this.documents = documents;
        this.organization = organization;
        this.catalog = catalog;
        this.issues = issues;
        this.calendars = calendars;
        this.kpis = kpis;
        this.json = json;
        this.clock = clock;
        this.grid = new JpaGrid<>(
                PeriodicDocumentRow.class,
                DocumentGrid.DEFINITION,
                zones::zoneOf,
                (text, user) -> (root, q, cb) -> cb.or(
                        cb.like(root.get("summary"), "%" + JpaGrid.escape(text) + "%", '\\'),
                        cb.like(root.get("remarks"), "%" + JpaGrid.escape(text) + "%", '\\')));
    }

    @Override
    public JpaGrid<PeriodicDocumentRow> grid() {
        return grid;
    }

    @Override
    @PreAuthorize(Role.Can.REPORT)
    public List<DocumentSummary> page(GridQuery query, int offset, int limit) {
        return super.page(query, offset, limit);
    }

    @Override
    @PreAuthorize(Role.Can.REPORT)
    public long count(GridQuery query) {
        return super.count(query);
    }

    @Override
    @PreAuthorize(Role.Can.REPORT)
    public long countUpTo(GridQuery query, int cap) {
        return super.countUpTo(query, cap);
    }

    @Override
    protected DocumentSummary toRow(PeriodicDocumentRow row, Map<Long, String> units) {
        return new DocumentSummary(
                row.getId(),
                row.getVersion(),
                row.getBusinessUnitId(),
                units.getOrDefault(row.getBusinessUnitId(), ""),
                row.getKind(),
                row.getPeriodFirst(),
                row.getPeriodLast(),
                row.getDueOn(),
                row.getStatus(),
                row.getSummary(),
                row.getRemarks(),
                json.readValue(row.getFigures(), DocumentFigures.class),
                row.getDraftedAt(),
                row.getRefreshedAt(),
                row.getApprovedBy(),
                row.getApprovedAt(),
                row.getPublishedBy(),
                row.getPublishedAt());
    }

    /**
     * Drafts every document whose period has ended by {@code today} and is not drafted yet (the timer runs it
     * hourly, so a day missed while no node ran is made up). Returns how many were drafted.
     */
    @Transactional
    public int draftDue(LocalDate today) {
        return draftDue(unit -> today);
    }

    /** {@link #draftDue(LocalDate)} by each unit's own today, in its calendar's zone: the timer's call. */
    @Transactional
    public int draftDue() {
        return draftDue(unit -> LocalDate.now(clock.withZone(zones.zoneOfUnit(unit))));
    }

    private int draftDue(java.util.function.LongFunction<LocalDate> todayOf) {
        int drafted = 0;
        for (BusinessUnitSummary unit : organization.businessUnits()) {
            LocalDate today = todayOf.apply(unit.id());
            for (DocumentKind kind : DocumentKind.values()) {
                Optional<RecurringObligation> obligation = obligation(unit, kind);
                LocalDate first = kind.lastEndedPeriod(today);
                if (obligation.isPresent()
                        && !documents.existsByBusinessUnitIdAndKindAndPeriodFirst(unit.id(), kind, first)) {
                    draft(unit.id(), kind, first, dueOn(kind, first, obligation.get()));
                    drafted++;
                }
            }
        }
        if (drafted > 0) {
            log.info("Periodic documents drafted: {}", drafted);
        }
        return drafted;
    }

    /** Drafts one document of a unit for the period starting {@code first}; the demo uses it for past periods. */
    @Transactional
    public long draft(long unitId, DocumentKind kind, LocalDate first, LocalDate dueOn) {
        PeriodicDocumentRow row = new PeriodicDocumentRow(
                unitId, kind, first, kind.period().last(first), dueOn, figures(unitId, kind, first), clock.instant());
        return documents.saveAndFlush(row).getId();
    }

    /** The day a document of this period is due: the obligation's day in its month of the following period. */
    static LocalDate dueOn(DocumentKind kind, LocalDate first, RecurringObligation obligation) {
        LocalDate next = first.plusMonths(kind.period() == KpiPeriod.MONTH ? 1 : 3);
        return next.plusMonths(obligation.monthInPeriod() - 1L).withDayOfMonth(obligation.dueDay());
    }

    private Optional<RecurringObligation> obligation(BusinessUnitSummary unit, DocumentKind kind) {
        return unit.pluginIds().stream()
                .map(catalog::snapshot)
                .flatMap(Optional::stream)
                .map(VariantSnapshot::recurringObligations)
                .flatMap(List::stream)
                .filter(o -> o.id().equals(kind.obligationId()))
                // the service report for residential units, the work brief for single-owner offices
                .filter(o -> o.appliesTo(unit.premises()))
                .findFirst();
    }

    /** One document of the user's units; "not found" for any other. */
    @PreAuthorize(Role.Can.REPORT)
    @Transactional(readOnly = true)
    public DocumentSummary get(long id) {
        return toRow(readable(id), organization.unitNamesOf(Actors.current()));
    }

    /** A stored document as the screens and files show it (the callers say who may read it). */
    public DocumentSummary summaryOf(PeriodicDocumentRow row) {
        return toRow(row, organization.unitNameOf(row.getBusinessUnitId()));
    }

    /** Saves the manager's summary and remarks of a draft. */
    @PreAuthorize(Role.Can.REPORT)
    @Transactional
    public DocumentSummary edit(long id, long version, String summary, String remarks) {
        List<String> problems = new ArrayList<>();
        if (summary != null && summary.length() > TEXT_MAX) {
            problems.add("documents.summary.too-long");
        }
        if (remarks != null && remarks.length() > TEXT_MAX) {
            problems.add("documents.remarks.too-long");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        PeriodicDocumentRow row = changeable(id, version);
        requireDraft(row);
        row.edit(blankToNull(summary), blankToNull(remarks));
        return saved(row);
    }

    /** Reads a draft's figures again from the data as it is now. */
    @PreAuthorize(Role.Can.REPORT)
    @Transactional
    public DocumentSummary refresh(long id, long version) {
        PeriodicDocumentRow row = changeable(id, version);
        requireDraft(row);
        row.refresh(figures(row.getBusinessUnitId(), row.getKind(), row.getPeriodFirst()), clock.instant());
        return saved(row);
    }

    /** The unit's manager approves a draft; its figures and text are final from then on. */
    @PreAuthorize("hasRole('MANAGER')")
    @Transactional
    public DocumentSummary approve(long id, long version) {
        PeriodicDocumentRow row = changeable(id, version);
        requireDraft(row);
        row.approve(Actors.current(), clock.instant());
        return saved(row);
    }

    /** Publishes an approved document to the unit's readers and keeps it in the archive. */
    @PreAuthorize(Role.Can.REPORT)
    @Transactional
    public DocumentSummary publish(long id, long version) {
        PeriodicDocumentRow row = changeable(id, version);
        if (row.getStatus() != DocumentStatus.APPROVED) {
            throw new RefusedException("documents.publish.not-approved");
        }
        row.publish(Actors.current(), clock.instant());
        DocumentSummary published = saved(row);
        // the document fulfils its obligation of the period it was due in
        publisher.publishEvent(new ObligationFulfilled(
                row.getBusinessUnitId(),
                row.getKind().obligationId(),
                row.getDueOn(),
                Fulfilment.DOCUMENT,
                row.getId(),
                Actors.current()));
        return published;
    }

    /** A published document of the unit, of the obligation's kind, due that day, fulfils it. */
    @Override
    public java.util.Optional<ObligationFulfilled> fulfilment(
            long businessUnitId, String obligationId, LocalDate dueOn) {
        return java.util.Arrays.stream(DocumentKind.values())
                .filter(k -> k.obligationId().equals(obligationId))
                .flatMap(k -> documents
                        .findByBusinessUnitIdAndKindAndDueOnAndStatus(
                                businessUnitId, k, dueOn, DocumentStatus.PUBLISHED)
                        .stream())
                .findFirst()
                .map(row -> new ObligationFulfilled(
                        row.getBusinessUnitId(),
                        obligationId,
                        row.getDueOn(),
                        Fulfilment.DOCUMENT,
                        row.getId(),
                        row.getPublishedBy()));
    }

    private DocumentSummary saved(PeriodicDocumentRow row) {
        return toRow(documents.saveAndFlush(row), organization.unitNamesOf(Actors.current()));
    }

    private PeriodicDocumentRow readable(long id) {
        Map<Long, String> units = organization.unitNamesOf(Actors.current());
        return documents
                .findById(id)
                .filter(d -> units.containsKey(d.getBusinessUnitId()))
                .orElseThrow(() -> new NoSuchElementException("no document " + id));
    }

    private PeriodicDocumentRow changeable(long id, long version) {
        PeriodicDocumentRow row = readable(id);
        if (row.getVersion() != version) {
            throw new RefusedException("documents.conflict");
        }
        return row;
    }

    private static void requireDraft(PeriodicDocumentRow row) {
        if (row.getStatus() != DocumentStatus.DRAFT) {
            throw new RefusedException("documents.not-draft");
        }
    }

    private String figures(long unitId, DocumentKind kind, LocalDate first) {
        ZoneId zone = calendars.calendarFor(unitId).zone();
        LocalDate last = kind.period().last(first);
        Instant from = first.atStartOfDay(zone).toInstant();
        Instant to = last.plusDays(1).atStartOfDay(zone).toInstant();
        Instant now = clock.instant();
        List<SlaFact> withLookback =
                issues.slaFactsOfUnit(unitId, from.minus(Duration.ofDays(KpiReports.REPEAT_DAYS)), to);
        List<SlaFact> facts =
                withLookback.stream().filter(f -> !f.createdAt().isBefore(from)).toList();
        KpiRow kpi = kpis.periodRow(withLookback, from);
        DocumentFigures figures = DocumentFigures.of(
                first,
                last,
                zone,
                issues.linesOfUnit(unitId, from, to),
                facts,
                now,
                KpiFormula.has(kpi.score()) ? kpi.score() : null,
                improvementsOf(unitId, from, to, last));
        return json.writeValueAsString(figures);
    }

    private DocumentFigures.ImprovementCounts improvementsOf(long unitId, Instant from, Instant to, LocalDate last) {
        Improvements.Tally t = improvements.tally(unitId, from, to, last);
        return new DocumentFigures.ImprovementCounts(t.raised(), t.verified(), t.open(), t.overdue());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /**
     * Whether the signed-in user may approve this document: a draft, and they are a manager (a document they
     * can read is of their units).
     */
    public boolean approvable(DocumentSummary document) {
        var authentication = Actors.authentication();
        return document.status() == DocumentStatus.DRAFT
                && authentication != null
                && authentication.getAuthorities().stream()
                        .anyMatch(a -> ("ROLE_" + Role.MANAGER.name()).equals(a.getAuthority()));
    }
}
