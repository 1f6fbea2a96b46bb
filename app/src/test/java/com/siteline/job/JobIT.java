package com.siteline.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.siteline.base.AttachmentFile;
import com.siteline.base.InvalidInputException;
import com.siteline.base.RefusedException;
import com.siteline.communication.CommunicationService;
import com.siteline.communication.LogEntry;
import com.siteline.communication.NewLogEntry;
import com.siteline.customer.Channel;
import com.siteline.customer.CustomerDetails;
import com.siteline.followup.ReturnVisits;
import com.siteline.followup.VisitDates;
import com.siteline.followup.VisitSummary;
import com.siteline.issue.DeadlineKind;
import com.siteline.issue.IssueDetails;
import com.siteline.issue.IssueQueries;
import com.siteline.issue.IssueService;
import com.siteline.issue.NewIssue;
import com.siteline.organization.RunAs;
import com.siteline.project.AttachmentService;
import com.siteline.project.NewProject;
import com.siteline.project.ProjectRecords;
import com.siteline.project.ProjectService;
import com.siteline.project.ProjectTeam;
import com.siteline.project.StageGates;
import com.siteline.sdk.IssueType;
import com.siteline.sdk.Urgency;
import com.siteline.sdk.WarrantyTerm;
import com.siteline.sla.BusinessCalendar;
import com.siteline.sla.CalendarService;
import com.siteline.testsupport.SampleAnswers;
import com.siteline.testsupport.SitelineSpringTest;
import com.siteline.testsupport.WorkspaceFixture;
import java.math.BigDecimal;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Repair jobs on MariaDB: a property repair request becomes a job with its limits from the request's deadlines,
 * out of warranty it needs an accepted quote, each step needs what it says, the confirmed job gets its return
 * visit three days on; a repair on a completed home-decoration project is under warranty.
 */
@SitelineSpringTest
class JobIT {

    @Autowired
    WorkspaceFixture fixture;

    @Autowired
    Jobs jobs;

    @Autowired
    IssueService issues;

    @Autowired
    IssueQueries queries;

    @Autowired
    ReturnVisits visits;

    @Autowired
    CalendarService calendars;

    @Autowired
    ProjectService projects;

    @Autowired
    StageGates gates;

    @Autowired
    ProjectRecords records;

    @Autowired
    AttachmentService attachments;

    @Autowired
    RunAs as;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Autowired
    CommunicationService log;

    private IssueDetails request(CustomerDetails customer, String title, Long projectId, IssueType type) {
        return as.user(
                "manager",
                () -> issues.create(
                        new NewIssue(customer.id(), projectId, title, null, type, "other", Urgency.URGENT)));
    }

    @Test
    void aRepairRequestBecomesAJobThatEndsInItsReturnVisit() {
        String marker = WorkspaceFixture.marker();
        CustomerDetails owner = fixture.customer("BJ-PROPERTY", "报修业主" + marker);
        IssueDetails leak = request(owner, "阳台漏水 " + marker, null, IssueType.REPAIR_REQUEST);
        IssueDetails enquiry = request(owner, "物业费 " + marker, null, IssueType.ENQUIRY);
        assertThatThrownBy(() -> as.user("manager", () -> jobs.create(enquiry.id())))
                .isInstanceOf(RefusedException.class);

        JobSummary job = as.user("manager", () -> jobs.create(leak.id()));
        IssueDetails details = as.user("manager", () -> queries.get(leak.id()));
        assertThat(job.responseDue())
                .isEqualTo(details.deadlines().stream()
                        .filter(d -> d.kind() == DeadlineKind.FIRST_RESPONSE)
                        .findFirst()
                        .orElseThrow()
                        .due());
        assertThat(job.onSiteDue())
                .isEqualTo(details.deadlines().stream()
                        .filter(d -> d.kind() == DeadlineKind.RESOLUTION)
                        .findFirst()
                        .orElseThrow()
                        .due());
        assertThat(job.inWarranty()).isFalse();
        assertThatThrownBy(() -> as.user("manager", () -> jobs.create(leak.id())))
                .isInstanceOf(RefusedException.class);

        // out of warranty: no dispatch without an accepted quote; nothing stored
        assertThatThrownBy(() -> as.user(
                        "manager",
                        () -> jobs.step(
                                job.id(),
                                job.version(),
                                JobState.DISPATCHED,
                                com.siteline.testsupport.Dispatch.to("tech2", null))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsExactly("job.error.quote"));
        assertThatThrownBy(() -> as.user(
                        "manager", () -> jobs.step(job.id(), job.version(), JobState.COMPLETED, JobStep.none())))
                .isInstanceOf(RefusedException.class);
        assertThat(as.user("manager", () -> jobs.get(job.id())).state()).isEqualTo(JobState.REQUESTED);

        JobSummary dispatched = as.user(
                "manager",
                () -> jobs.step(
                        job.id(),
                        job.version(),
                        JobState.DISPATCHED,
                        com.siteline.testsupport.Dispatch.to("tech2", "120")));
        assertThat(dispatched.quote()).isEqualByComparingTo("120");
        assertThat(dispatched.quoteAcceptedAt()).isNotNull();
        JobSummary onSite = as.user(
                "manager", () -> jobs.step(dispatched.id(), dispatched.version(), JobState.ON_SITE, JobStep.none()));
        assertThatThrownBy(() -> as.user(
                        "manager",
                        () -> jobs.step(
                                onSite.id(),
                                onSite.version(),
                                JobState.COMPLETED,
                                new JobStep(
                                        null,
                                        null,
                                        false,
                                        " ",
                                        null,
                                        null,
                                        null,
                                        java.util.List.of(),
                                        null,
                                        null,
                                        null))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsExactly("job.error.work", "job.error.charge"));
        // completion photos: a document or a 30 MB file is refused and nothing is stored
        assertThatThrownBy(() -> as.user(
                        "manager",
                        () -> jobs.step(
                                onSite.id(),
                                onSite.version(),
                                JobState.COMPLETED,
                                new JobStep(
                                        null,
                                        null,
                                        false,
                                        "更换止水阀",
                                        null,
                                        new BigDecimal("120"),
                                        null,
                                        List.of(
                                                new AttachmentFile("单据.pdf", "application/pdf", new byte[] {1}),
                                                new AttachmentFile(
                                                        "big.jpg", "image/jpeg", new byte[30 * 1024 * 1024])),
                                        null,
                                        null,
                                        null))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .containsExactly("attachment.error.not-photo", "attachment.error.too-large"));
        assertThat(as.user("manager", () -> jobs.get(onSite.id())).state()).isEqualTo(JobState.ON_SITE);
        JobSummary done = as.user(
                "manager",
                () -> jobs.step(
                        onSite.id(),
                        onSite.version(),
                        JobState.COMPLETED,
                        new JobStep(
                                null,
                                null,
                                false,
                                "更换止水阀",
                                "止水阀 1 个",
                                new BigDecimal("120"),
                                null,
                                List.of(new AttachmentFile(
                                        "after.png", "image/png", com.siteline.testsupport.SampleAnswers.PNG)),
                                null,
                                null,
                                null)));
        assertThat(as.user("manager", () -> jobs.photos(done.id())))
                .singleElement()
                .satisfies(photo -> assertThat(as.user("manager", () -> jobs.photo(photo)))
                        .hasValueSatisfying(
                                f -> assertThat(f.content()).isEqualTo(com.siteline.testsupport.SampleAnswers.PNG)));
        // another unit's user sees none of it
        assertThatThrownBy(() -> as.user("pm", () -> jobs.photos(done.id())))
                .isInstanceOf(java.util.NoSuchElementException.class);
        assertThat(as.user("manager", () -> visits.ofCustomer(owner.id()))).isEmpty();
        JobSummary confirmed = as.user(
                "manager",
                () -> jobs.step(
                        done.id(),
                        done.version(),
                        JobState.CONFIRMED,
                        new JobStep(
                                null, null, false, null, null, null, "业主本人", java.util.List.of(), null, null, null)));
        assertThat(confirmed.state()).isEqualTo(JobState.CONFIRMED);
        assertThat(confirmed.onSiteLate(confirmed.confirmedAt())).isFalse();

        List<VisitSummary> followUp = as.user("manager", () -> visits.ofCustomer(owner.id()));
        BusinessCalendar calendar = calendars.calendarFor(confirmed.businessUnitId());
        assertThat(followUp).singleElement().satisfies(v -> {
            assertThat(v.scheduleId()).isEqualTo("after-repair");
            assertThat(v.dueOn())
                    .isEqualTo(VisitDates.due(
                            confirmed.confirmedAt().atZone(calendar.zone()).toLocalDate(), Period.ofDays(3), calendar));
            assertThat(v.subject()).isEqualTo("阳台漏水 " + marker);
        });
        assertThat(as.user("manager", () -> jobs.ofCustomer(owner.id()))).hasSize(1);
    }

    @Test
    void aRepairOnACompletedProjectIsUnderWarrantyAndNeedsNoQuote() {
        String marker = WorkspaceFixture.marker();
        CustomerDetails owner = fixture.customer("SH-HOME", "保修业主" + marker);
        long unit = fixture.unit("SH-HOME");
        long projectId = as.user(
                        "pm",
                        () -> projects.create(new NewProject(
                                "保修测试 " + marker,
                                owner.name(),
                                "测试路",
                                unit,
                                "home-decoration",
                                owner.id(),
                                new ProjectTeam("pm", null, "agent", null, null, null, null, null))))
                .id();
        SampleAnswers.walkToCompletion(as, projects, gates, records, attachments, "pm", projectId);
        IssueDetails crack = request(owner, "墙面开裂 " + marker, projectId, IssueType.REPAIR_REQUEST);
        JobSummary job = as.user("manager", () -> jobs.create(crack.id()));
        assertThat(job.inWarranty()).isTrue();
        assertThat(job.warrantyUntil()).isAfter(java.time.LocalDate.now().plusYears(1));
        JobSummary dispatched = as.user(
                "manager",
                () -> jobs.step(
                        job.id(),
                        job.version(),
                        JobState.DISPATCHED,
                        com.siteline.testsupport.Dispatch.to("tech3", null)));
        assertThat(dispatched.quote()).isNull();
        assertThat(as.user("pm", () -> jobs.ofProject(projectId))).hasSize(1);
    }

    /**
     * Home decoration completes at its completion acceptance (竣工验收): a repair reported while the project stands in
     * its warranty stage is under warranty, and the return visits after completion are due from that day.
     */
    @Test
    void aHomeDecorationProjectCompletesAtItsAcceptanceNotAtItsLastStage() {
        String marker = WorkspaceFixture.marker();
        CustomerDetails owner = fixture.customer("SH-HOME", "竣工业主" + marker);
        long unit = fixture.unit("SH-HOME");
        long projectId = as.user(
                        "pm",
                        () -> projects.create(new NewProject(
                                "竣工测试 " + marker,
                                owner.name(),
                                "测试路",
                                unit,
                                "home-decoration",
                                owner.id(),
                                new ProjectTeam("pm", null, "agent", null, null, null, null, null))))
                .id();
        SampleAnswers.walkTo(as, projects, gates, records, attachments, "pm", projectId, "warranty");
        var project = as.user("pm", () -> projects.get(projectId));
        assertThat(project.currentStageId()).isEqualTo("warranty");
        assertThat(project.completed()).as("completed at the acceptance").isTrue();
        assertThat(project.closed())
                .as("warranty and return visits still to walk")
                .isFalse();
        java.sql.Timestamp accepted = jdbc.queryForObject(
                "select at from project_stage_event where project_id = ?" + " and from_stage = 'completion-acceptance'",
                java.sql.Timestamp.class,
                projectId);
        assertThat(project.completedAt()).isEqualTo(accepted.toInstant());
        assertThat(jdbc.queryForObject(
                        "select count(*) from return_visit where project_id = ?", Integer.class, projectId))
                .isEqualTo(4);

        JobSummary job = as.user(
                "manager",
                () -> jobs.create(request(owner, "墙面开裂 " + marker, projectId, IssueType.REPAIR_REQUEST)
                        .id()));
        assertThat(job.inWarranty()).isTrue();
    }

    /**
     * Home decoration declares its warranty per trade (waterproofing five years, basic works two): three years after
     * completion a waterproofing repair is still under warranty, a basic one and one without a trade (the host's two
     * years) are not; a trade the variant does not declare is refused and stores no job.
     */
    @Test
    void theWarrantyRunsByTheTradesTerm() {
        String marker = WorkspaceFixture.marker();
        CustomerDetails owner = fixture.customer("SH-HOME", "工种保修业主" + marker);
        long unit = fixture.unit("SH-HOME");
        long projectId = as.user(
                        "pm",
                        () -> projects.create(new NewProject(
                                "工种保修 " + marker,
                                owner.name(),
                                "测试路",
                                unit,
                                "home-decoration",
                                owner.id(),
                                new ProjectTeam("pm", null, "agent", null, null, null, null, null))))
                .id();
        SampleAnswers.walkToCompletion(as, projects, gates, records, attachments, "pm", projectId);
        java.time.ZoneId shanghai = java.time.ZoneId.of("Asia/Shanghai");
        java.time.LocalDate completed = java.time.LocalDate.now(shanghai).minusYears(3);
        jdbc.update(
                "update project set completed_at = ? where id = ?",
                java.sql.Timestamp.from(completed.atTime(10, 0).atZone(shanghai).toInstant()),
                projectId);
        assertThat(as.user("manager", () -> jobs.warrantyTerms("home-decoration")))
                .extracting(WarrantyTerm::trade)
                .containsExactly("basic", "waterproofing", "electrical-plumbing");

        JobSummary leak = as.user(
                "manager",
                () -> jobs.create(
                        request(owner, "卫生间渗水 " + marker, projectId, IssueType.REPAIR_REQUEST)
                                .id(),
                        "waterproofing"));
        assertThat(leak.inWarranty()).isTrue();
        assertThat(leak.warrantyUntil()).isEqualTo(completed.plusYears(5));
        assertThat(leak.warrantyTrade()).isEqualTo("waterproofing");
        JobSummary crack = as.user(
                "manager",
                () -> jobs.create(
                        request(owner, "墙面裂缝 " + marker, projectId, IssueType.REPAIR_REQUEST)
                                .id(),
                        "basic"));
        assertThat(crack.inWarranty()).isFalse();
        assertThat(crack.warrantyUntil()).isEqualTo(completed.plusYears(2));
        JobSummary whole = as.user(
                "manager",
                () -> jobs.create(request(owner, "门锁松动 " + marker, projectId, IssueType.REPAIR_REQUEST)
                        .id()));
        assertThat(whole.inWarranty()).isFalse();
        assertThat(whole.warrantyTrade()).isNull();

        IssueDetails roof = request(owner, "屋面漏雨 " + marker, projectId, IssueType.REPAIR_REQUEST);
        assertThatThrownBy(() -> as.user("manager", () -> jobs.create(roof.id(), "roofing")))
                .isInstanceOfSatisfying(
                        RefusedException.class, e -> assertThat(e.messageKey()).isEqualTo("job.refused.trade"));
        assertThat(as.user("manager", () -> jobs.ofIssue(roof.id()))).isEmpty();
    }

    /**
     * A repair reported on the phone: from the log entry, a repair request with what was said and its job in one
     * step, for the trade chosen; an unknown trade stores neither; an entry already about an issue is refused.
     */
    @Test
    void aRepairReportedInAConversationBecomesARequestAndItsJobInOneStep() {
        String marker = WorkspaceFixture.marker();
        CustomerDetails owner = fixture.customer("SH-HOME", "电话报修业主" + marker);
        long unit = fixture.unit("SH-HOME");
        long projectId = as.user(
                        "pm",
                        () -> projects.create(new NewProject(
                                "电话报修 " + marker,
                                owner.name(),
                                "测试路",
                                unit,
                                "home-decoration",
                                owner.id(),
                                new ProjectTeam("pm", null, "agent", null, null, null, null, null))))
                .id();
        java.time.Instant now = java.time.Instant.now();
        LogEntry call = as.user(
                "agent",
                () -> log.record(new NewLogEntry(
                        owner.id(),
                        projectId,
                        null,
                        now,
                        null,
                        Channel.PHONE,
                        null,
                        "卫生间地漏返水 " + marker + "\n业主说周末最方便",
                        "答应安排师傅上门",
                        null,
                        false,
                        null)));
        long before = jdbc.queryForObject(
                "select count(*) from customer_issue where customer_id = ?", Long.class, owner.id());

        assertThatThrownBy(() -> as.user("agent", () -> jobs.createFromLogEntry(call.id(), "roofing")))
                .isInstanceOfSatisfying(
                        RefusedException.class, e -> assertThat(e.messageKey()).isEqualTo("job.refused.trade"));
        assertThat(jdbc.queryForObject(
                        "select count(*) from customer_issue where customer_id = ?", Long.class, owner.id()))
                .isEqualTo(before);
        assertThat(as.user("agent", () -> log.get(call.id())).issueId()).isNull();

        JobSummary job = as.user("agent", () -> jobs.createFromLogEntry(call.id(), "waterproofing"));
        IssueDetails request = as.user("agent", () -> queries.get(job.issueId()));
        assertThat(request.type()).isEqualTo(IssueType.REPAIR_REQUEST);
        assertThat(request.title()).isEqualTo("卫生间地漏返水 " + marker);
        assertThat(request.description()).contains("业主说周末最方便");
        assertThat(request.projectId()).isEqualTo(projectId);
        assertThat(job.warrantyTrade()).isEqualTo("waterproofing");
        assertThat(job.customerId()).isEqualTo(owner.id());
        // the call is filed under the request it raised: the issue's history shows where it came from
        assertThat(as.user("agent", () -> log.get(call.id())).issueId()).isEqualTo(request.id());
        assertThat(as.user("agent", () -> log.ofIssue(request.id())))
                .extracting(LogEntry::id)
                .contains(call.id());

        LogEntry about = as.user(
                "agent",
                () -> log.record(new NewLogEntry(
                        owner.id(),
                        projectId,
                        request.id(),
                        now,
                        null,
                        Channel.PHONE,
                        null,
                        "师傅周六上门 " + marker,
                        null,
                        null,
                        false,
                        null)));
        assertThatThrownBy(() -> as.user("agent", () -> jobs.createFromLogEntry(about.id(), null)))
                .isInstanceOfSatisfying(
                        RefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("job.refused.entry-has-issue"));
    }
}
