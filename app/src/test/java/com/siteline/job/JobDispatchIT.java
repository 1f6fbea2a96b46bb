package com.siteline.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.siteline.base.InvalidInputException;
import com.siteline.base.RefusedException;
import com.siteline.base.grid.GridQuery;
import com.siteline.customer.CustomerDetails;
import com.siteline.issue.IssueDetails;
import com.siteline.issue.IssueService;
import com.siteline.issue.NewIssue;
import com.siteline.organization.RunAs;
import com.siteline.sdk.IssueType;
import com.siteline.sdk.Urgency;
import com.siteline.testsupport.SitelineSpringTest;
import com.siteline.testsupport.WorkspaceFixture;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Repair dispatch (派工, #30) on MariaDB: a job goes to a technician of its unit for a window agreed with the customer,
 * who is told on their channel; the technician's list holds it; only that technician records arrival and completion;
 * the late-arrival figure equals its definition counted in SQL.
 */
@SitelineSpringTest
class JobDispatchIT {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    WorkspaceFixture fixture;

    @Autowired
    Jobs jobs;

    @Autowired
    TechnicianJobs technicianJobs;

    @Autowired
    IssueService issues;

    @Autowired
    RunAs as;

    @Autowired
    JdbcTemplate jdbc;

    private JobSummary job(CustomerDetails customer, String title) {
        IssueDetails issue = as.user(
                "manager",
                () -> issues.create(new NewIssue(
                        customer.id(), null, title, null, IssueType.REPAIR_REQUEST, "other", Urgency.URGENT)));
        return as.user("manager", () -> jobs.create(issue.id()));
    }

    private static JobStep step(String technician, LocalDate day, LocalTime from, LocalTime to) {
        return JobStep.dispatch(technician, day, from, to, new BigDecimal("90"));
    }

    private List<String> problems(JobSummary job, JobStep step) {
        try {
            as.user("manager", () -> jobs.step(job.id(), job.version(), JobState.DISPATCHED, step));
        } catch (InvalidInputException e) {
            return e.problems();
        }
        throw new AssertionError("dispatched");
    }

    @Test
    void aJobGoesToATechnicianOfItsUnitForAWindowTheCustomerIsToldOf() {
        String marker = WorkspaceFixture.marker();
        CustomerDetails owner = fixture.customer("BJ-PROPERTY", "派工业主" + marker);
        JobSummary job = job(owner, "水管爆裂 " + marker);
        LocalDate tomorrow = LocalDate.now(SHANGHAI).plusDays(1);

        // the office's user, another unit's technician, no day, a window backwards, a window gone: each said
        assertThat(problems(job, step("agent", tomorrow, LocalTime.of(9, 0), LocalTime.of(11, 0))))
                .containsExactly("job.error.technician");
        assertThat(problems(job, step("tech3", tomorrow, LocalTime.of(9, 0), LocalTime.of(11, 0))))
                .containsExactly("job.error.technician");
        assertThat(problems(job, step("tech2", null, LocalTime.of(9, 0), LocalTime.of(11, 0))))
                .containsExactly("job.error.appointment-day");
        assertThat(problems(job, step("tech2", tomorrow, LocalTime.of(11, 0), LocalTime.of(9, 0))))
                .containsExactly("job.error.appointment-window");
        assertThat(problems(job, step("tech2", tomorrow.minusDays(2), LocalTime.of(9, 0), LocalTime.of(11, 0))))
                .containsExactly("job.error.appointment-past");
        assertThat(as.user("manager", () -> jobs.get(job.id())).state()).isEqualTo(JobState.REQUESTED);
        assertThat(messages(owner.id())).isEmpty();

        // the unit's technicians are offered, 李强 (plumbing) among them, with their phones
        assertThat(as.user("manager", () -> technicianJobs.technicians(job)))
                .extracting(com.siteline.organization.Technician::username)
                .contains("tech", "tech2")
                .doesNotContain("tech3", "agent");

        JobSummary sent = as.user(
                "manager",
                () -> jobs.step(
                        job.id(),
                        job.version(),
                        JobState.DISPATCHED,
                        step("tech2", tomorrow, LocalTime.of(9, 0), LocalTime.of(11, 0))));
        assertThat(sent.technician()).isEqualTo("李强");
        assertThat(sent.technicianUsername()).isEqualTo("tech2");
        assertThat(sent.technicianPhone()).isEqualTo("13900002222");
        assertThat(sent.appointmentFrom())
                .isEqualTo(tomorrow.atTime(9, 0).atZone(SHANGHAI).toInstant());
        assertThat(sent.appointmentTo())
                .isEqualTo(tomorrow.atTime(11, 0).atZone(SHANGHAI).toInstant());
        // told on their channel, in both languages, with whom and when
        assertThat(messages(owner.id()))
                .singleElement()
                .satisfies(body -> assertThat(body)
                        .contains("李强", "13900002222", tomorrow.toString(), "09:00", "11:00", "水管爆裂 " + marker)
                        .contains("will come on " + tomorrow));

        // the technician's list holds it; another's does not
        assertThat(as.user("tech2", () -> technicianJobs.myDay(tomorrow)))
                .extracting(JobSummary::id)
                .contains(job.id());
        assertThat(as.user("tech", () -> technicianJobs.myDay(tomorrow)))
                .extracting(JobSummary::id)
                .doesNotContain(job.id());

        // only the technician sent records arrival; a technician cannot dispatch or confirm
        assertThatThrownBy(() ->
                        as.user("tech", () -> jobs.step(sent.id(), sent.version(), JobState.ON_SITE, JobStep.none())))
                .isInstanceOfSatisfying(
                        RefusedException.class,
                        e -> assertThat(e.message().key()).isEqualTo("job.refused.technician"));
        JobSummary there =
                as.user("tech2", () -> jobs.step(sent.id(), sent.version(), JobState.ON_SITE, JobStep.none()));
        assertThat(there.arrivedAt()).isNotNull();
        assertThatThrownBy(() -> as.user(
                        "tech2", () -> jobs.step(there.id(), there.version(), JobState.CANCELLED, JobStep.none())))
                .isInstanceOf(RefusedException.class);
    }

    @Test
    void theLateFiguresEqualTheirDefinitionCountedInSql() {
        String marker = WorkspaceFixture.marker();
        CustomerDetails owner = fixture.customer("BJ-PROPERTY", "迟到业主" + marker);
        JobSummary overdue = job(owner, "超时未到 " + marker);
        // its on-site limit long passed and nobody there
        jdbc.update(
                "update repair_job set on_site_due = ? where id = ?",
                java.sql.Timestamp.from(java.time.Instant.now().minus(java.time.Duration.ofHours(5))),
                overdue.id());
        long late = as.user("manager", () -> jobs.countUpTo(GridQuery.empty().choice("late", Jobs.LATE), 100_000));
        long onTime = as.user("manager", () -> jobs.countUpTo(GridQuery.empty().choice("late", "on-time"), 100_000));
        long all = as.user("manager", () -> jobs.countUpTo(GridQuery.empty(), 100_000));
        Long sql = jdbc.queryForObject(
                "select count(*) from repair_job where business_unit_id in (select m.business_unit_id from"
                        + " app_user_business_unit m join app_user u on u.id = m.user_id where u.username = 'manager')"
                        + " and on_site_due is not null and ((arrived_at is not null and"
                        + " arrived_at > on_site_due) or (arrived_at is null and state in ('REQUESTED','DISPATCHED')"
                        + " and on_site_due < ?))",
                Long.class,
                java.sql.Timestamp.from(java.time.Instant.now()));
        assertThat(late).isEqualTo(sql).isPositive();
        assertThat(late + onTime).isEqualTo(all);
        assertThat(as.user("manager", () -> jobs.get(overdue.id())).onSiteLate(java.time.Instant.now()))
                .isTrue();
    }

    private List<String> messages(long customerId) {
        return jdbc.queryForList(
                "select body from customer_message where customer_id = ? and kind = 'JOB_DISPATCHED'",
                String.class,
                customerId);
    }
}
