package com.siteline.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.siteline.communication.CommunicationService;
import com.siteline.communication.LogEntry;
import com.siteline.communication.NewLogEntry;
import com.siteline.communication.ui.CommunicationsView;
import com.siteline.customer.Channel;
import com.siteline.issue.IssueDetails;
import com.siteline.issue.IssueService;
import com.siteline.issue.NewIssue;
import com.siteline.issue.ui.IssueView;
import com.siteline.job.ui.JobsView;
import com.siteline.job.ui.MyJobsView;
import com.siteline.organization.RunAs;
import com.siteline.sdk.IssueType;
import com.siteline.sdk.Urgency;
import com.siteline.sdk.WarrantyTerm;
import com.siteline.testsupport.SitelineSpringTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The jobs grid and the dispatch dialog as the demo manager uses them, zh-CN and English. */
@SitelineSpringTest
class JobsViewTest extends SpringBrowserlessTest {

    @Autowired
    Jobs jobs;

    @Autowired
    TechnicianJobs technicianJobs;

    @Autowired
    RunAs as;

    @Autowired
    IssueService issues;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Autowired
    CommunicationService log;

    @Test
    @WithUserDetails("manager")
    @SuppressWarnings("unchecked")
    void theManagerDispatchesTheCorridorLightAfterAMistake() {
        navigate(JobsView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("维修工单");
        test($(TextField.class).id("jobs-search")).setValue("楼道灯");
        Grid<JobSummary> grid = $(Grid.class).id("jobs-grid");
        assertThat(test(grid).size()).isEqualTo(1);
        JobSummary light = grid.getGenericDataView().getItems().findFirst().orElseThrow();
        assertThat(light.state()).isEqualTo(JobState.REQUESTED);
        assertThat(test(grid).getCellText(0, 2)).isEqualTo("楼道灯长期不亮");
        test(grid).clickRow(0);
        test($(Button.class).id("job-next")).click();
        test($(BigDecimalField.class).id("job-quote")).setValue(new BigDecimal("30"));
        test($(Button.class).id("job-save")).click();
        assertThat($(Paragraph.class).id("job-status").getText())
                .isEqualTo("请选择本单位的一位维修师傅。 请选择上门日期。 保修期外的工单须填写报价并确认客户已接受。");
        assertThat($(BigDecimalField.class).id("job-quote").getValue()).isEqualByComparingTo("30");
        // the refusal marks the fields it names (typed, JobStep.Field) and leaves the others clear
        Select<String> technician = $(Select.class).id("job-technician");
        assertThat(technician.isInvalid()).isTrue();
        assertThat(technician.getErrorMessage()).isEqualTo("请选择本单位的一位维修师傅。");
        assertThat($(DatePicker.class).id("job-appointment-day").isInvalid()).isTrue();
        // the unit's technicians, each with trades and phone
        assertThat(technician.getListDataView().getItems().map(technician.getItemLabelGenerator()))
                .contains("赵建军 · 电工、水电 · 13900001111", "李强 · 水暖、防水 · 13900002222");
        assertThat($(BigDecimalField.class).id("job-quote").isInvalid()).isTrue();
        // cancelling stores nothing; opening again starts afresh
        test($(Button.class).id("job-dialog-cancel")).click();
        assertThat($(Button.class).all().stream()
                        .anyMatch(b -> "job-save".equals(b.getId().orElse(null))))
                .isFalse();
        assertThat(as.user("manager", () -> jobs.get(light.id())).state()).isEqualTo(JobState.REQUESTED);
        test($(Button.class).id("job-next")).click();
        assertThat($(Select.class).id("job-technician").getValue()).isNull();
        test($(BigDecimalField.class).id("job-quote")).setValue(new BigDecimal("30"));
        test((Select<String>) $(Select.class).id("job-technician")).selectItem("赵建军 · 电工、水电 · 13900001111");
        java.time.LocalDate tomorrow =
                java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(1);
        test($(DatePicker.class).id("job-appointment-day")).setValue(tomorrow);
        // a window backwards is said at its end, and what was chosen stays
        test($(TimePicker.class).id("job-appointment-from")).setValue(java.time.LocalTime.of(14, 0));
        test($(TimePicker.class).id("job-appointment-to")).setValue(java.time.LocalTime.of(13, 0));
        test($(Checkbox.class).id("job-quote-accepted")).click();
        test($(Button.class).id("job-save")).click();
        assertThat($(Paragraph.class).id("job-status").getText()).isEqualTo("请填写上门时段：开始早于结束。");
        assertThat($(TimePicker.class).id("job-appointment-to").isInvalid()).isTrue();
        assertThat($(Select.class).id("job-technician").getValue()).isEqualTo("tech");
        test($(TimePicker.class).id("job-appointment-to")).setValue(java.time.LocalTime.of(16, 0));
        test($(Button.class).id("job-save")).click();
        JobSummary dispatched = as.user("manager", () -> jobs.get(light.id()));
        assertThat(dispatched.state()).isEqualTo(JobState.DISPATCHED);
        assertThat(dispatched.technician()).isEqualTo("赵建军");
        // the panel says when and whom to call
        assertThat($(Paragraph.class).id("job-appointment").getText())
                .isEqualTo("预约 " + tomorrow + " 14:00–16:00 · 师傅电话 13900001111");

        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(JobsView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Repair jobs");
        test($(TextField.class).id("jobs-search")).setValue("楼道灯");
        test((Grid<JobSummary>) $(Grid.class).id("jobs-grid")).clickRow(0);
        assertThat($(Paragraph.class).id("job-appointment").getText())
                .isEqualTo("Appointment " + tomorrow + " 14:00–16:00 · Technician's phone 13900001111");
    }

    /** On a home-decoration repair request the job is made for a trade, whose warranty term then applies. */
    @Test
    @WithUserDetails("admin")
    @SuppressWarnings("unchecked")
    void aRepairOnAHomeDecorationProjectIsMadeForATrade() {
        java.util.Map<String, Object> project = jdbc.queryForMap(
                "select id, customer_id from project where variant_id = 'home-decoration' order by id limit 1");
        long projectId = ((Number) project.get("id")).longValue();
        IssueDetails leak = as.user(
                "admin",
                () -> issues.create(new NewIssue(
                        ((Number) project.get("customer_id")).longValue(),
                        projectId,
                        "厨房水槽下渗水",
                        null,
                        IssueType.REPAIR_REQUEST,
                        "other",
                        Urgency.NORMAL)));
        navigate("issues/" + leak.id(), IssueView.class);
        com.vaadin.flow.component.select.Select<WarrantyTerm> trade =
                $(com.vaadin.flow.component.select.Select.class).id("issue-job-trade");
        assertThat(trade.getListDataView().getItems().map(WarrantyTerm::trade))
                .containsExactly("basic", "waterproofing", "electrical-plumbing");
        test(trade).selectItem("厨卫防水（5 年）");
        test($(Button.class).id("issue-job-create")).click();
        assertThat(as.user("admin", () -> jobs.ofIssue(leak.id())))
                .hasValueSatisfying(job -> assertThat(job.warrantyTrade()).isEqualTo("waterproofing"));

        IssueDetails crack = as.user(
                "admin",
                () -> issues.create(new NewIssue(
                        ((Number) project.get("customer_id")).longValue(),
                        projectId,
                        "客厅墙面裂缝",
                        null,
                        IssueType.REPAIR_REQUEST,
                        "other",
                        Urgency.NORMAL)));
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate("issues/" + crack.id(), IssueView.class);
        test($(com.vaadin.flow.component.select.Select.class).id("issue-job-trade"))
                .selectItem("Basic works (2 years)");
        test($(Button.class).id("issue-job-create")).click();
        assertThat(as.user("admin", () -> jobs.ofIssue(crack.id())))
                .hasValueSatisfying(job -> assertThat(job.warrantyTrade()).isEqualTo("basic"));
    }

    /** From the log's side panel: the customer's call becomes a repair request and its job, for a trade. */
    @Test
    @WithUserDetails("admin")
    @SuppressWarnings("unchecked")
    void aCallInTheLogBecomesARepairJob() {
        java.util.Map<String, Object> project = jdbc.queryForMap(
                "select id, customer_id from project where variant_id = 'home-decoration' order by id limit 1");
        String marker = "通话" + System.nanoTime() % 100000;
        LogEntry call = as.user(
                "admin",
                () -> log.record(new NewLogEntry(
                        ((Number) project.get("customer_id")).longValue(),
                        ((Number) project.get("id")).longValue(),
                        null,
                        java.time.Instant.now(),
                        null,
                        Channel.PHONE,
                        null,
                        "阳台推拉门卡住 " + marker,
                        null,
                        null,
                        false,
                        null)));
        navigate(CommunicationsView.class);
        test($(TextField.class).id("communications-search")).setValue(marker);
        test($(Grid.class).id("communications-grid")).clickRow(0);
        test($(com.vaadin.flow.component.select.Select.class).id("log-job-trade"))
                .selectItem("基础装修（2 年）");
        test($(Button.class).id("log-job-create")).click();
        JobSummary job = jdbc
                .queryForList("select issue_id from repair_job where title = ?", Long.class, "阳台推拉门卡住 " + marker)
                .stream()
                .findFirst()
                .flatMap(issueId -> as.user("admin", () -> jobs.ofIssue(issueId)))
                .orElseThrow();
        assertThat(job.warrantyTrade()).isEqualTo("basic");
        assertThat($(com.vaadin.flow.component.html.Div.class)
                        .id("log-job")
                        .getElement()
                        .getTextRecursively())
                .contains("已登记报修 #" + job.issueId());
        assertThat(call.issueId()).isNull();
    }

    /**
     * The technician's day on their landing ({@code my-jobs}): the job sent to them with its window and whom to call;
     * arrival in one tap; completion with what was done, a charge said when missing, the photos kept as picked.
     */
    @Test
    @WithUserDetails("tech")
    void theTechnicianArrivesAndCompletesTheirJobFromTheirList() {
        navigate(MyJobsView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("我的工单");
        JobSummary socket = as.user("tech", () -> technicianJobs.myDay(java.time.LocalDate.now())).stream()
                .filter(j -> j.title().equals("卧室插座跳闸"))
                .findFirst()
                .orElseThrow();
        com.vaadin.flow.component.html.Div card =
                $(com.vaadin.flow.component.html.Div.class).id("my-job-" + socket.id());
        assertThat(card.getElement().getTextRecursively()).contains("卧室插座跳闸", "打电话 136****3344");
        assertThat($(com.vaadin.flow.component.html.Anchor.class)
                        .id("my-job-call-" + socket.id())
                        .getHref())
                .isEqualTo("tel:13611223344");
        test($(Button.class).id("my-job-next-" + socket.id())).click();
        assertThat(as.user("tech", () -> jobs.get(socket.id())).state()).isEqualTo(JobState.ON_SITE);
        test($(Button.class).id("my-job-next-" + socket.id())).click();
        test($(com.vaadin.flow.component.textfield.TextArea.class).id("job-work"))
                .setValue("更换空气开关");
        com.siteline.base.ui.PhotoPicker photos =
                $(com.siteline.base.ui.PhotoPicker.class).id("job-photos");
        photos.add(new com.siteline.base.AttachmentFile(
                "现场.png", "image/png", com.siteline.testsupport.SampleAnswers.PNG));
        test($(Button.class).id("job-save")).click();
        // out of warranty: the charge is asked for, the work and the photo stay as they were
        assertThat($(BigDecimalField.class).id("job-charge").isInvalid()).isTrue();
        assertThat($(com.vaadin.flow.component.textfield.TextArea.class)
                        .id("job-work")
                        .getValue())
                .isEqualTo("更换空气开关");
        assertThat(photos.picked()).hasSize(1);
        test($(BigDecimalField.class).id("job-charge")).setValue(new BigDecimal("50"));
        test($(Button.class).id("job-save")).click();
        assertThat(as.user("tech", () -> jobs.get(socket.id())).state()).isEqualTo(JobState.COMPLETED);
        assertThat(as.user("tech", () -> jobs.photos(socket.id()))).hasSize(1);

        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(MyJobsView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("My jobs");
        assertThat($(com.vaadin.flow.component.html.Div.class)
                        .id("my-job-" + socket.id())
                        .getElement()
                        .getTextRecursively())
                .contains("Done, awaiting confirmation", "Call 136****3344");
    }
}
