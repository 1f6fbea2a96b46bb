package com.siteline.survey;

import static org.assertj.core.api.Assertions.assertThat;

import com.siteline.customer.CustomerDetails;
import com.siteline.issue.IssueDetails;
import com.siteline.issue.IssueQueries;
import com.siteline.organization.RunAs;
import com.siteline.project.AttachmentService;
import com.siteline.project.NewProject;
import com.siteline.project.ProjectCompleted;
import com.siteline.project.ProjectRecords;
import com.siteline.project.ProjectService;
import com.siteline.project.ProjectSummary;
import com.siteline.project.ProjectTeam;
import com.siteline.project.StageGates;
import com.siteline.testsupport.ClosedCases;
import com.siteline.testsupport.SampleAnswers;
import com.siteline.testsupport.SitelineSpringTest;
import com.siteline.testsupport.WorkspaceFixture;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A completed home-decoration project gets its variant's completion survey after the delay, once; a poor
 * rating of it raises a complaint about the project for the customer, which lands in the inbox with its
 * response-time clock running, and tells the agent and the managers once.
 */
@SitelineSpringTest
class ProjectSurveyIT {

    @Autowired
    WorkspaceFixture fixture;

    @Autowired
    ProjectService projects;

    @Autowired
    StageGates gates;

    @Autowired
    ProjectRecords records;

    @Autowired
    AttachmentService attachments;

    @Autowired
    SurveyService surveys;

    @Autowired
    SurveySweep sweep;

    @Autowired
    SurveyAnswers answers;

    @Autowired
    ClosedCases cases;

    @Autowired
    IssueQueries issues;

    @Autowired
    RunAs as;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aCompletedProjectIsSurveyedAndAPoorRatingRaisesAComplaint() {
        String marker = WorkspaceFixture.marker();
        CustomerDetails customer = fixture.customer("SH-HOME", "竣工业主" + marker);
        ProjectSummary project = as.user(
                "pm",
                () -> projects.create(new NewProject(
                        "竣工调查项目 " + marker,
                        customer.name(),
                        "上海市测试路 9 号",
                        customer.businessUnitId(),
                        "home-decoration",
                        customer.id(),
                        new ProjectTeam("pm", null, "agent", null, null, null, null, null))));
        SampleAnswers.walkToCompletion(as, projects, gates, records, attachments, "pm", project.id());

        List<SurveySummary> asked = as.user("admin", () -> surveys.ofCustomer(customer.id()));
        assertThat(asked).singleElement().satisfies(s -> {
            assertThat(s.trigger()).isEqualTo(SurveyTrigger.PROJECT_COMPLETED);
            assertThat(s.templateId()).isEqualTo(SurveyTemplates.COMPLETION);
            assertThat(s.state()).isEqualTo(SurveyState.SCHEDULED);
            assertThat(s.subject()).isEqualTo(project.name());
        });
        SurveySummary scheduled = asked.getFirst();
        as.system(() -> sweep.run(scheduled.dueAt().plusSeconds(1)));
        assertThat(as.user("admin", () -> surveys.get(scheduled.id())).state()).isEqualTo(SurveyState.SENT);
        List<String> links = cases.links(customer.id());
        assertThat(links).hasSize(1);

        answers.answer(
                links.getFirst(), Map.of("satisfaction", "1", "suggestions", "油漆味道一个月都没散"), "198.51.100.7", "JUnit");
        assertThat(as.user("admin", () -> surveys.get(scheduled.id())).rating()).isEqualTo(1);
        List<Long> complaints = jdbc.queryForList(
                "select id from customer_issue where customer_id = ? and project_id = ?"
                        + " and issue_type = 'COMPLAINT'",
                Long.class,
                customer.id(),
                project.id());
        assertThat(complaints).hasSize(1);
        IssueDetails complaint = as.user("agent", () -> issues.get(complaints.getFirst()));
        assertThat(complaint.title()).contains(project.name()).contains("★1/5");
        assertThat(complaint.description()).contains("油漆味道一个月都没散");
        assertThat(complaint.status().isOpen()).isTrue();
        assertThat(complaint.deadlines()).as("its response-time clock runs").isNotEmpty();
        assertThat(complaint.nextDueAt()).isNotNull();
        assertThat(jdbc.queryForList(
                        "select recipient from notification where kind = 'SURVEY_POOR' and issue_id = ?",
                        String.class,
                        complaint.id()))
                .contains("agent", "manager");
        // one survey per project: the completion published again (a retried listener) asks nothing more
        as.system(() -> surveys.on(new ProjectCompleted(
                project.id(),
                project.name(),
                customer.id(),
                customer.name(),
                customer.businessUnitId(),
                "home-decoration",
                "agent",
                java.time.Instant.now())));
        assertThat(as.user("admin", () -> surveys.ofCustomer(customer.id()))).hasSize(1);
    }

    @Test
    void aVariantWithoutACompletionSurveyAsksNone() {
        String marker = WorkspaceFixture.marker();
        CustomerDetails customer = fixture.customer("BJ-PROPERTY", "物业业主" + marker);
        as.system(() -> surveys.on(new ProjectCompleted(
                -1L,
                "物业项目 " + marker,
                customer.id(),
                customer.name(),
                customer.businessUnitId(),
                "property-management",
                null,
                java.time.Instant.now())));
        assertThat(as.user("admin", () -> surveys.ofCustomer(customer.id()))).isEmpty();
    }
}
