package com.siteline.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.siteline.base.grid.GridLinks;
import com.siteline.base.grid.GridQuery;
import com.siteline.issue.IssueDetails;
import com.siteline.issue.IssueGrid;
import com.siteline.issue.IssueQueries;
import com.siteline.issue.ui.InboxView;
import com.siteline.report.internal.SlaRow;
import com.siteline.report.ui.OverviewView;
import com.siteline.testsupport.SitelineSpringTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The manager's overview: each tile counts an inbox query and opens the inbox filtered to exactly it. */
@SitelineSpringTest
@WithUserDetails("manager")
class OverviewTest extends SpringBrowserlessTest {

    @Autowired
    IssueQueries issues;

    @Autowired
    GridLinks links;

    @Autowired
    com.siteline.job.Jobs jobs;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    @SuppressWarnings("unchecked")
    void everyTileCountsWhatItsLinkOpens() {
        navigate(OverviewView.class);
        for (String tile :
                new String[] {"open", "breached", "nearing", "unassigned", "waiting", "urgent", "promises", "old"}) {
            Anchor anchor = $(Anchor.class).id("tile-" + tile);
            String parameter = anchor.getHref().substring(anchor.getHref().indexOf("?q=") + 3);
            GridQuery query = links.decode(parameter).orElseThrow();
            assertThat(IssueGrid.DEFINITION.check(query)).as(tile).isEmpty();
            long counted = Long.parseLong(
                    $(Span.class).id("tile-" + tile + "-count").getText().replace(",", ""));
            assertThat(counted).as(tile).isEqualTo(issues.count(query));

            UI.getCurrent().navigate("inbox", QueryParameters.simple(Map.of(GridLinks.PARAMETER, parameter)));
            InboxView inbox = (InboxView) getCurrentView();
            assertThat(inbox.dataGrid().query()).as(tile).isEqualTo(query);
            Grid<IssueDetails> grid = $(Grid.class).id("issues-grid");
            assertThat((long) test(grid).size()).as(tile).isEqualTo(Math.min(counted, 10_000));
            navigate(OverviewView.class);
        }
        // the repair visits' tiles (#30): each counts what its link opens in the jobs grid
        for (String tile : new String[] {"jobs-late-waiting", "jobs-late-month"}) {
            Anchor anchor = $(Anchor.class).id("tile-" + tile);
            GridQuery query = links.decode(
                            anchor.getHref().substring(anchor.getHref().indexOf("?q=") + 3))
                    .orElseThrow();
            assertThat(Long.parseLong($(Span.class)
                            .id("tile-" + tile + "-count")
                            .getText()
                            .replace(",", "")))
                    .as(tile)
                    .isEqualTo(jobs.countUpTo(query, 10_000));
        }
        // and the first recounted in SQL: not on site, nor cancelled or done, the on-site limit passed
        assertThat(Long.parseLong($(Span.class)
                        .id("tile-jobs-late-waiting-count")
                        .getText()
                        .replace(",", "")))
                .isEqualTo(jdbc.queryForObject(
                        "select count(*) from repair_job where state in ('REQUESTED', 'DISPATCHED') and arrived_at is"
                                + " null and on_site_due < ? and business_unit_id in (select m.business_unit_id from"
                                + " app_user_business_unit m join app_user u on u.id = m.user_id where u.username ="
                                + " 'manager')",
                        Long.class,
                        java.sql.Timestamp.from(java.time.Instant.now())));
        // the demo workspace has open issues, some unassigned and one waiting for the customer
        assertThat(Long.parseLong($(Span.class).id("tile-open-count").getText().replace(",", "")))
                .isPositive();
        assertThat($(com.vaadin.flow.component.Html.class).all()).isNotEmpty();
    }

    @Autowired
    SlaReports sla;

    @Test
    void theBacklogByAgeSplitsTheOpenIssuesWithoutGapOrOverlap() {
        navigate(OverviewView.class);
        String svg = $(com.vaadin.flow.component.Html.class).all().stream()
                .map(h -> h.getElement().getOuterHTML())
                .filter(h -> h.contains("overview-by-age"))
                .findFirst()
                .orElseThrow();
        java.util.regex.Matcher bars = java.util.regex.Pattern.compile("href=[\"']/?inbox\\?q=([A-Za-z0-9_=-]+)[\"']")
                .matcher(svg);
        long sum = 0;
        int count = 0;
        while (bars.find()) {
            GridQuery query = links.decode(bars.group(1)).orElseThrow();
            assertThat(IssueGrid.DEFINITION.check(query)).isEmpty();
            sum += issues.count(query);
            count++;
        }
        assertThat(count).isEqualTo(5);
        long open = issues.count(GridQuery.empty().choice("open", IssueGrid.OPEN));
        assertThat(sum).isEqualTo(open).isPositive();
    }

    @Test
    void theWeeklyComplianceBarsShowTheReportsFiguresAndOpenIt() {
        navigate(OverviewView.class);
        String svg = $(com.vaadin.flow.component.Html.class).all().stream()
                .map(h -> h.getElement().getOuterHTML())
                .filter(h -> h.contains("overview-weekly-sla"))
                .findFirst()
                .orElseThrow();
        java.util.regex.Matcher links = java.util.regex.Pattern.compile(
                        "reports/sla\\?first=(\\d{4}-\\d{2}-\\d{2})&(?:amp;)?last=(\\d{4}-\\d{2}-\\d{2})")
                .matcher(svg);
        java.util.List<java.time.LocalDate[]> weeks = new java.util.ArrayList<>();
        while (links.find()) {
            weeks.add(new java.time.LocalDate[] {
                java.time.LocalDate.parse(links.group(1)), java.time.LocalDate.parse(links.group(2))
            });
        }
        assertThat(weeks).hasSize(12).allSatisfy(w -> assertThat(w[1]).isEqualTo(w[0].plusDays(6)));
        // the demo's history gives the earlier weeks figures; each bar says what the report counts
        boolean anyFigures = false;
        for (java.time.LocalDate[] week : weeks) {
            SlaRow total = sla.report(week[0], week[1], SlaGrouping.UNIT).total();
            int counted = total.firstResponseCounted() + total.nextUpdateCounted() + total.resolutionCounted();
            int met = total.firstResponseMet() + total.nextUpdateMet() + total.resolutionMet();
            if (counted > 0) {
                anyFigures = true;
                assertThat(svg).contains(SlaRow.percent(met, counted) + "%（" + met + "/" + counted + "）");
            }
        }
        assertThat(anyFigures).isTrue();

        java.time.LocalDate[] week = weeks.getFirst();
        UI.getCurrent()
                .navigate(
                        "reports/sla",
                        QueryParameters.simple(Map.of("first", week[0].toString(), "last", week[1].toString())));
        assertThat($(com.vaadin.flow.component.datepicker.DatePicker.class)
                        .id("sla-first")
                        .getValue())
                .isEqualTo(week[0]);
        assertThat($(com.vaadin.flow.component.datepicker.DatePicker.class)
                        .id("sla-last")
                        .getValue())
                .isEqualTo(week[1]);
    }

    @Test
    @WithUserDetails("agent")
    void anAgentSeesTheFiguresOfTheIssuesTheyHandle() {
        navigate(OverviewView.class);
        Anchor tile = $(Anchor.class).id("tile-open");
        GridQuery query = links.decode(tile.getHref().substring(tile.getHref().indexOf("?q=") + 3))
                .orElseThrow();
        assertThat(query)
                .isEqualTo(GridQuery.empty().choice("assignee", GridQuery.ME).choice("open", IssueGrid.OPEN));
        long mine = issues.count(query);
        assertThat(mine).isPositive().isLessThan(issues.count(GridQuery.empty().choice("open", IssueGrid.OPEN)));
        assertThat(Long.parseLong($(Span.class).id("tile-open-count").getText()))
                .isEqualTo(mine);
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).first().getText())
                .startsWith("这里是我处理的问题");
        // the report over units is for managers: no weekly compliance here
        assertThat($(com.vaadin.flow.component.Html.class).all())
                .noneMatch(h -> h.getElement().getOuterHTML().contains("overview-weekly-sla"));
    }

    @Test
    void aLinkThatCannotBeReadOpensTheInboxOnItsOpenWork() {
        UI.getCurrent().navigate("inbox", QueryParameters.simple(Map.of(GridLinks.PARAMETER, "not*base64")));
        assertThat(((InboxView) getCurrentView()).dataGrid().query())
                .isEqualTo(GridQuery.empty().choice("open", com.siteline.issue.IssueGrid.OPEN));
    }
}
