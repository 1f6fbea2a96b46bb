package com.siteline.report.ui;

import com.siteline.base.grid.ColumnFilter;
import com.siteline.base.grid.GridLinks;
import com.siteline.base.grid.GridQuery;
import com.siteline.base.ui.Formats;
import com.siteline.base.ui.ViewFrame;
import com.siteline.followup.ReturnVisits;
import com.siteline.followup.VisitState;
import com.siteline.issue.IssueGrid;
import com.siteline.issue.IssueQueries;
import com.siteline.issue.IssueStatus;
import com.siteline.issue.IssueTallies;
import com.siteline.job.JobState;
import com.siteline.job.Jobs;
import com.siteline.obligation.ObligationState;
import com.siteline.obligation.Obligations;
import com.siteline.organization.BusinessUnitSummary;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.Role;
import com.siteline.report.DocumentStatus;
import com.siteline.report.ParallelReads;
import com.siteline.report.PeriodicDocuments;
import com.siteline.report.SlaReports;
import com.siteline.report.internal.SlaRow;
import com.siteline.sdk.Urgency;
import com.siteline.security.CurrentUser;
import com.siteline.survey.SurveyService;
import com.siteline.survey.SurveyState;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The managers' landing view: the issues of their business units now; an agent's own figures (the issues
 * they handle, and the unassigned pool of their units). Each tile and each bar links to the inbox filtered
 * to exactly what it counts, so what the overview says can be opened; the open issues are counted in one
 * grouped query ({@link OpenCounts}), exactly (no cap), the weekly bars in one more.
 */
@Route("overview")
@RolesAllowed({Role.Names.MANAGER, Role.Names.ADMIN, Role.Names.AGENT})
@Menu(title = "nav.overview", order = 5, icon = "vaadin:dashboard")
@SuppressWarnings("java:S107")
public class OverviewView extends ViewFrame implements LocaleChangeObserver {

    /** Counts are exact up to this many (what the grids show too). */
    private static final int CAP = 10_000;

    private final transient IssueQueries issues;
    private final transient IssueTallies tallies;
    private final transient ParallelReads reads;
    private final transient GridLinks links;
    private final transient Clock clock;
    private final transient SlaReports sla;
    private final transient PeriodicDocuments documents;
    /** Managers and admins see their units; an agent sees the issues they handle. */
    private final boolean unitWide;

    private final transient List<BusinessUnitSummary> units;
    private final transient SurveyService surveys;
    private final transient ReturnVisits visits;
    private final transient Obligations obligations;
    private final transient Jobs jobs;
    private final String me;

    public OverviewView(
            CurrentUser currentUser,
            OrganizationService organization,
            IssueQueries issues,
            GridLinks links,
            Clock clock,
            SlaReports sla,
            PeriodicDocuments documents,
            SurveyService surveys,
            ReturnVisits visits,
            Obligations obligations,
            IssueTallies tallies,
            ParallelReads reads,
            Jobs jobs) {
        super("overview.title");
        this.jobs = jobs;
        this.tallies = tallies;
        this.reads = reads;
        this.obligations = obligations;
        this.visits = visits;
        this.surveys = surveys;
        this.me = currentUser.username().orElse("");
        this.sla = sla;
        this.documents = documents;
        this.unitWide = currentUser.hasRole(Role.MANAGER) || currentUser.hasRole(Role.ADMIN);
        setId("overview");
        this.issues = issues;
        this.links = links;
        this.clock = clock;
        this.units = currentUser.username().map(organization::businessUnitsOf).orElse(List.of());
    }

    /** The age groups of open issues: raised today, 1-3, 4-7, 8-30 and more than 30 days ago (calendar days). */
    private static final int[][] AGES = {{0, 0}, {1, 3}, {4, 7}, {8, 30}, {31, -1}};

    @Override
    public void localeChange(LocaleChangeEvent event) {
        removeAll();
        addScope();
        GridQuery scope = unitWide ? GridQuery.empty() : GridQuery.empty().choice("assignee", GridQuery.ME);
        GridQuery open = scope.choice("open", IssueGrid.OPEN);
        LocalDate today = LocalDate.now(clock.withZone(Formats.zone()));
        LocalDate firstMonday = today.with(
                        java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY))
                .minusWeeks(11);
        // the heaviest reads side by side: the open issues' grouped count in two shares of the units and (for
        // managers) the weekly bars
        List<java.util.function.Supplier<?>> heavy = new ArrayList<>(OpenCounts.shares(
                tallies,
                units.stream().map(BusinessUnitSummary::id).toList(),
                unitWide ? null : me,
                clock.instant(),
                today,
                AGES));
        if (unitWide) {
            heavy.add(() -> sla.weekly(firstMonday, 12));
        }
        List<Object> read = reads.all(heavy);
        OpenCounts counts = OpenCounts.merged(read.get(0), read.get(1), today, AGES);
        addTiles(counts, scope, open, today);
        addOpenCharts(counts, scope, open, today);
        if (unitWide) {
            @SuppressWarnings("unchecked")
            List<SlaRow> weekly = (List<SlaRow>) read.get(2);
            addWeeklyCompliance(firstMonday, weekly);
            addDocuments(today);
        }
        addSatisfaction(today);
        addVisits(today);
        addJobs(today);
        if (unitWide) {
            addObligations(today);
        }
    }

    /** Whose issues the page counts, and the reader's units. */
    private void addScope() {
        add(new Paragraph(getTranslation(unitWide ? "overview.scope" : "overview.scope.mine")));
        UnorderedList unitList = new UnorderedList();
        unitList.setId("my-units");
        units.forEach(unit -> unitList.add(new ListItem(unit.name())));
        add(unitList);
    }

    /** The tiles of open issues, each a link to exactly the issues it counts. */
    private void addTiles(OpenCounts counts, GridQuery scope, GridQuery open, LocalDate today) {
        Div tiles = new Div();
        tiles.setId("overview-tiles");
        tiles.addClassName("siteline-tiles");
        GridQuery unassigned = open.choice("assignee", GridQuery.NOBODY);
        tiles.add(
                tile("open", "overview.tile.open", counts.open(), open),
                tile("breached", "overview.tile.breached", counts.breached(), open.choice("due", IssueGrid.BREACHED)),
                tile("nearing", "overview.tile.nearing", counts.nearing(), open.choice("due", IssueGrid.NEARING)),
                // an agent's pool: the unassigned issues of their units, not only their own
                unitWide
                        ? tile("unassigned", "overview.tile.unassigned", counts.unassigned(), unassigned)
                        : tile(
                                "unassigned",
                                "overview.tile.unassigned",
                                issues.countUpTo(unassigned, CAP),
                                "inbox",
                                unassigned),
                tile(
                        "waiting",
                        "overview.tile.waiting",
                        counts.ofStatus(IssueStatus.WAITING_CUSTOMER),
                        scope.choice("status", IssueStatus.WAITING_CUSTOMER.name())),
                tile(
                        "urgent",
                        "overview.tile.urgent",
                        counts.ofUrgency(Urgency.URGENT),
                        open.choice("urgency", Urgency.URGENT.name())),
                tile(
                        "promises",
                        "overview.tile.promises",
                        counts.promisesOverdue(),
                        scope.choice("promise", IssueGrid.PROMISE_OVERDUE)),
                tile(
                        "old",
                        "overview.tile.old",
                        counts.raisedBefore(today.minusDays(6)),
                        open.withFilter("created", new ColumnFilter.DateRange(null, today.minusDays(7)))));
        add(tiles);
    }

    /** The open issues by status, urgency and age, each bar a link to exactly its issues. */
    private void addOpenCharts(OpenCounts counts, GridQuery scope, GridQuery open, LocalDate today) {
        add(new H2(getTranslation("overview.by-status")));
        List<BarChart.Bar> byStatus = new ArrayList<>();
        for (IssueStatus status : IssueStatus.open()) {
            GridQuery query = scope.choice("status", status.name());
            byStatus.add(new BarChart.Bar(
                    getTranslation(status.messageKey()), counts.ofStatus(status), links.link("inbox", query)));
        }
        add(BarChart.of("overview-by-status", getTranslation("overview.by-status"), byStatus));

        add(new H2(getTranslation("overview.by-urgency")));
        List<BarChart.Bar> byUrgency = new ArrayList<>();
        for (Urgency urgency : Urgency.values()) {
            GridQuery query = open.choice("urgency", urgency.name());
            byUrgency.add(new BarChart.Bar(
                    getTranslation("issue.urgency." + urgency.name()),
                    counts.ofUrgency(urgency),
                    links.link("inbox", query)));
        }
        add(BarChart.of("overview-by-urgency", getTranslation("overview.by-urgency"), byUrgency));

        add(new H2(getTranslation("overview.by-age")));
        List<BarChart.Bar> byAge = new ArrayList<>();
        for (int[] age : AGES) {
            GridQuery query = open.withFilter(
                    "created",
                    new ColumnFilter.DateRange(age[1] < 0 ? null : today.minusDays(age[1]), today.minusDays(age[0])));
            byAge.add(new BarChart.Bar(
                    getTranslation("overview.age." + age[0]),
                    counts.raisedBetween(today, age),
                    links.link("inbox", query)));
        }
        add(BarChart.of("overview-by-age", getTranslation("overview.by-age"), byAge));
    }

    /** The units' obligations due this month and those overdue, each a link to exactly them. */
    private void addObligations(LocalDate today) {
        add(new H2(getTranslation("overview.obligations")));
        GridQuery open = GridQuery.empty().choice("state", ObligationState.OPEN.name());
        GridQuery month = open.withFilter(
                "due",
                new ColumnFilter.DateRange(today.withDayOfMonth(1), today.withDayOfMonth(today.lengthOfMonth())));
        GridQuery overdue = open.withFilter("due", new ColumnFilter.DateRange(null, today.minusDays(1)));
        Div tiles = new Div();
        tiles.setId("overview-obligations");
        tiles.addClassName("siteline-tiles");
        tiles.add(
                tile(
                        "obligations-month",
                        "overview.obligations.month",
                        obligations.countUpTo(month, CAP),
                        "obligations",
                        month),
                tile(
                        "obligations-overdue",
                        "overview.obligations.overdue",
                        obligations.countUpTo(overdue, CAP),
                        "obligations",
                        overdue));
        add(tiles);
    }

    /**
     * Repair jobs whose technician is late (#30): not on site though the on-site limit has passed, and those of this
     * month that arrived after it; each a link to exactly them in {@code jobs}.
     */
    private void addJobs(LocalDate today) {
        add(new H2(getTranslation("overview.jobs")));
        GridQuery late = GridQuery.empty().choice("late", Jobs.LATE);
        GridQuery waiting = late.choice("state", JobState.REQUESTED.name(), JobState.DISPATCHED.name());
        GridQuery month = late.withFilter(
                "onSite",
                new ColumnFilter.DateRange(today.withDayOfMonth(1), today.withDayOfMonth(today.lengthOfMonth())));
        Div tiles = new Div();
        tiles.setId("overview-jobs");
        tiles.addClassName("siteline-tiles");
        tiles.add(
                tile("jobs-late-waiting", "overview.jobs.late-waiting", jobs.countUpTo(waiting, CAP), "jobs", waiting),
                tile("jobs-late-month", "overview.jobs.late-month", jobs.countUpTo(month, CAP), "jobs", month));
        add(tiles);
    }

    /** Return visits due today and those overdue (an agent's own), each a link to exactly them. */
    private void addVisits(LocalDate today) {
        add(new H2(getTranslation("overview.visits")));
        GridQuery due = GridQuery.empty().choice("state", VisitState.DUE.name());
        if (!unitWide) {
            due = due.choice("owner", GridQuery.ME);
        }
        GridQuery dueToday = due.withFilter("due", new ColumnFilter.DateRange(today, today));
        GridQuery overdue = due.withFilter("due", new ColumnFilter.DateRange(null, today.minusDays(1)));
        Div tiles = new Div();
        tiles.setId("overview-visits");
        tiles.addClassName("siteline-tiles");
        tiles.add(
                tile(
                        "visits-today",
                        "overview.visits.today",
                        visits.countUpTo(dueToday, CAP),
                        "return-visits",
                        dueToday),
                tile(
                        "visits-overdue",
                        "overview.visits.overdue",
                        visits.countUpTo(overdue, CAP),
                        "return-visits",
                        overdue));
        add(tiles);
    }

    /**
     * The mean survey rating of each of the last six months (the user's own cases for an agent), each bar
     * opening the answers of that month; a month without answers says so rather than showing a number.
     */
    private void addSatisfaction(LocalDate today) {
        add(new H2(getTranslation("overview.satisfaction")));
        java.time.ZoneId zone = Formats.zone();
        LocalDate firstMonth = today.withDayOfMonth(1).minusMonths(5);
        List<SurveyService.Rating> answered = surveys
                .ratingsBetween(
                        units.stream().map(BusinessUnitSummary::id).toList(),
                        firstMonth.atStartOfDay(zone).toInstant(),
                        today.plusDays(1).atStartOfDay(zone).toInstant())
                .stream()
                .filter(s -> unitWide || me.equals(s.handler()))
                .toList();
        List<BarChart.Bar> months = new ArrayList<>();
        int total = 0;
        for (int i = 0; i < 6; i++) {
            LocalDate first = firstMonth.plusMonths(i);
            LocalDate last = first.plusMonths(1).minusDays(1);
            java.util.IntSummaryStatistics ratings = answered.stream()
                    .filter(s -> !s.answeredAt().atZone(zone).toLocalDate().isBefore(first)
                            && !s.answeredAt().atZone(zone).toLocalDate().isAfter(last))
                    .mapToInt(SurveyService.Rating::rating)
                    .summaryStatistics();
            total += (int) ratings.getCount();
            GridQuery query = GridQuery.empty()
                    .choice("state", SurveyState.ANSWERED.name())
                    .withFilter("answered", new ColumnFilter.DateRange(first, last));
            if (!unitWide) {
                query = query.choice("handler", me);
            }
            String label = String.format("%d-%02d", first.getYear(), first.getMonthValue());
            months.add(
                    ratings.getCount() == 0
                            ? new BarChart.Bar(label, 0, getTranslation("report.no-data"), links.link("surveys", query))
                            : new BarChart.Bar(
                                    label,
                                    Math.round(ratings.getAverage() * 100),
                                    getTranslation(
                                            "overview.rating",
                                            String.format(java.util.Locale.ROOT, "%.1f", ratings.getAverage()),
                                            ratings.getCount()),
                                    links.link("surveys", query)));
        }
        if (total == 0) {
            Paragraph none = new Paragraph(getTranslation("overview.satisfaction.none"));
            none.setId("overview-satisfaction");
            add(none);
            return;
        }
        add(BarChart.of("overview-satisfaction", getTranslation("overview.satisfaction"), months, 500));
    }

    /** The last 12 weeks of the response-time report, a bar a week opening the report of that week. */
    private void addWeeklyCompliance(LocalDate firstMonday, List<SlaRow> totals) {
        add(new H2(getTranslation("overview.weekly-sla")));
        List<BarChart.Bar> weeks = new ArrayList<>();
        for (int i = 0; i < totals.size(); i++) {
            LocalDate first = firstMonday.plusWeeks(i);
            LocalDate last = first.plusDays(6);
            SlaRow week = totals.get(i);
            int met = week.firstResponseMet() + week.nextUpdateMet() + week.resolutionMet();
            int counted = week.firstResponseCounted() + week.nextUpdateCounted() + week.resolutionCounted();
            int percent = week.overallPercent();
            String label = getTranslation(
                    "overview.week-of", String.format("%02d-%02d", first.getMonthValue(), first.getDayOfMonth()));
            weeks.add(new BarChart.Bar(
                    label,
                    Math.max(percent, 0),
                    percent < 0
                            ? getTranslation("report.no-data")
                            : getTranslation("report.share", percent, met, counted),
                    SlaReportView.link(first, last)));
        }
        add(BarChart.of("overview-weekly-sla", getTranslation("overview.weekly-sla"), weeks, 100));
    }

    /** The periodic documents waiting for approval, and those past their due day, each a link to exactly them. */
    private void addDocuments(LocalDate today) {
        add(new H2(getTranslation("overview.documents")));
        GridQuery drafts = GridQuery.empty().choice("status", DocumentStatus.DRAFT.name());
        GridQuery overdue = drafts.withFilter("due", new ColumnFilter.DateRange(null, today.minusDays(1)));
        Div tiles = new Div();
        tiles.setId("overview-documents");
        tiles.addClassName("siteline-tiles");
        tiles.add(
                documentTile("documents-due", "overview.documents.due", drafts),
                documentTile("documents-overdue", "overview.documents.overdue", overdue));
        add(tiles);
    }

    private Anchor documentTile(String id, String labelKey, GridQuery query) {
        return tile(id, labelKey, documents.countUpTo(query, CAP), "reports/documents", query);
    }

    /** A tile of the open issues, counted exactly by {@link OpenCounts}. */
    private Anchor tile(String id, String labelKey, long count, GridQuery query) {
        return tile(id, labelKey, count, Long.MAX_VALUE, "inbox", query);
    }

    /** A tile whose count stops above {@link #CAP}. */
    private Anchor tile(String id, String labelKey, long count, String route, GridQuery query) {
        return tile(id, labelKey, count, CAP, route, query);
    }

    private Anchor tile(String id, String labelKey, long count, long cap, String route, GridQuery query) {
        Span number = new Span(count > cap ? getTranslation("grid.total-more", cap) : String.format("%,d", count));
        number.addClassName("siteline-tile-number");
        number.setId("tile-" + id + "-count");
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("siteline-tile-label");
        Anchor tile = new Anchor(links.link(route, query), number, label);
        tile.setId("tile-" + id);
        tile.addClassName("siteline-tile");
        return tile;
    }
}
