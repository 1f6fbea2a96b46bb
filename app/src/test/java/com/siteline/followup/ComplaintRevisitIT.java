package com.siteline.followup;

import static org.assertj.core.api.Assertions.assertThat;

import com.siteline.customer.Channel;
import com.siteline.customer.CustomerDetails;
import com.siteline.followup.internal.VisitOutcome;
import com.siteline.issue.IssueDetails;
import com.siteline.issue.IssueQueries;
import com.siteline.issue.IssueService;
import com.siteline.issue.IssueStatus;
import com.siteline.issue.StepInput;
import com.siteline.organization.RunAs;
import com.siteline.testsupport.ClosedCases;
import com.siteline.testsupport.SitelineSpringTest;
import com.siteline.testsupport.WorkspaceFixture;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Complaint revisits (投诉回访) on MariaDB: a closed complaint gets its revisit task in the return visits, due by the
 * variant's complaint schedule (or the core's days) on a working day, for its handler; the revisit made records the
 * customer's satisfaction and whether the problem came back, and revisits the complaint; a complaint revisited on its
 * own page ends its task.
 */
@SitelineSpringTest
class ComplaintRevisitIT {

    @Autowired
    ClosedCases cases;

    @Autowired
    WorkspaceFixture fixture;

    @Autowired
    ReturnVisits visits;

    @Autowired
    IssueService issues;

    @Autowired
    IssueQueries queries;

    @Autowired
    RunAs as;

    @Autowired
    JdbcTemplate jdbc;

    private Map<String, Object> visitOf(long issueId) {
        return jdbc.queryForMap(
                "select id, owner, due_on, state, variant_id from return_visit where source_key like ?",
                "complaint:" + issueId + ":%");
    }

    @Test
    void aClosedComplaintIsRevisitedByItsHandlerAndARevisitOnItsPageEndsTheTask() {
        CustomerDetails customer = fixture.customer("SH-HOME", "投诉回访" + WorkspaceFixture.marker());
        IssueDetails closed = cases.close(customer, "地砖空鼓 " + WorkspaceFixture.marker(), true);
        Map<String, Object> visit = visitOf(closed.id());
        assertThat(visit).containsEntry("owner", "agent").containsEntry("state", "DUE");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        LocalDate due = ((java.sql.Date) visit.get("due_on")).toLocalDate();
        // the variant's schedule (home decoration: 3 days) or the core's 3 days, moved to a working day
        assertThat(due).isAfterOrEqualTo(today.plusDays(3)).isBefore(today.plusDays(14));
        long visitId = ((Number) visit.get("id")).longValue();
        VisitSummary summary = as.user("agent", () -> visits.get(visitId));
        as.user(
                "agent",
                () -> visits.record(
                        visitId,
                        summary.version(),
                        new VisitOutcome(Channel.PHONE, true, null, 5, "客户满意，空鼓未再出现", null, false)));
        IssueDetails revisited = as.user("agent", () -> queries.get(closed.id()));
        assertThat(revisited.status()).isEqualTo(IssueStatus.REVISITED);
        assertThat(jdbc.queryForObject(
                        "select detail from issue_event where issue_id = ? and to_status = 'REVISITED'",
                        String.class,
                        closed.id()))
                .isEqualTo("★★★★★ 客户满意，空鼓未再出现");

        CustomerDetails other = fixture.customer("SH-HOME", "页面回访" + WorkspaceFixture.marker());
        IssueDetails second = cases.close(other, "墙面开裂 " + WorkspaceFixture.marker(), false);
        as.user(
                "manager",
                () -> issues.move(second.id(), second.version(), IssueStatus.REVISITED, StepInput.note("电话回访，客户满意")));
        assertThat(visitOf(second.id())).containsEntry("state", "CANCELLED");
    }
}
