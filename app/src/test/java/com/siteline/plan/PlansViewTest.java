package com.siteline.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.siteline.base.ui.Formats;
import com.siteline.organization.RunAs;
import com.siteline.plan.ui.PlansView;
import com.siteline.project.ui.ProjectDetailView;
import com.siteline.testsupport.PortalFixture;
import com.siteline.testsupport.SitelineSpringTest;
import com.siteline.testsupport.WorkspaceFixture;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The plans grid and the project page's plan as the demo's project manager uses them, in zh-CN and English: the demo's
 * tasks with their states, plan vs. held recounted, a line typed wrong (its fields marked, nothing typed lost), the
 * plan submitted.
 */
@SitelineSpringTest
class PlansViewTest extends SpringBrowserlessTest {

    @Autowired
    PortalFixture ground;

    @Autowired
    PlanTasks tasks;

    @Autowired
    RunAs as;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithUserDetails("pm")
    @SuppressWarnings("unchecked")
    void theProjectManagerSeesTheDemoTasksAndAdaptsAPlan() {
        navigate(PlansView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("沟通任务");
        Grid<PlanTaskRow> grid = $(Grid.class).id("plans-grid");
        LocalDate today = LocalDate.now(Formats.DEFAULT_ZONE);
        // the demo: a weekly report overdue, this week's due, design updates and the handover meeting held late
        assertThat(grid.getGenericDataView().getItems())
                .anyMatch(t -> t.state() == TaskState.LATE && t.lineKey().equals("site-handover"))
                .anyMatch(t -> t.overdue(today) && t.lineKey().equals("weekly-report"))
                .anyMatch(t -> !t.overdue(today) && t.lineKey().equals("weekly-report"));
        long unit = jdbc.queryForObject("select id from business_unit where code = 'SH-HOME'", Long.class);
        PlanTally tally =
                as.user("pm", () -> tasks.tallies(today.minusDays(90), today)).get(unit);
        assertThat(tally.planned())
                .isEqualTo(jdbc.queryForObject(
                        "select count(*) from comm_task where business_unit_id = ? and state <> 'CANCELLED'"
                                + " and due_on between ? and ?",
                        Long.class,
                        unit,
                        today.minusDays(90),
                        today));
        assertThat(tally.late())
                .isEqualTo(jdbc.queryForObject(
                        "select count(*) from comm_task where business_unit_id = ? and state = 'LATE'"
                                + " and due_on between ? and ?",
                        Long.class,
                        unit,
                        today.minusDays(90),
                        today));
        assertThat(tally.onTime()).isPositive();
        assertThat(tally.late()).isPositive();
        assertThat(tally.overdue()).isPositive();
        assertThat($(ListItem.class).id("plan-unit-tally-" + unit).getText())
                .startsWith("上海家装")
                .contains("计划 " + tally.planned() + " 项", "迟办 " + tally.late());

        long projectId = ground.atInspection("计划界面" + WorkspaceFixture.marker())
                .project()
                .id();
        navigate(ProjectDetailView.class, projectId);
        assertThat($(Paragraph.class).id("plan-none").getText()).contains("默认计划有 5 项");
        test($(Button.class).id("plan-draft")).click();
        test($(Button.class).id("plan-line-add")).click();
        test($(TextField.class).id("plan-line-goal")).setValue(" ");
        test($(TextArea.class).id("plan-line-content")).setValue("主材品牌、规格与进场时间");
        ((RadioButtonGroup<com.siteline.sdk.PlanLine.Trigger>)
                        $(RadioButtonGroup.class).id("plan-line-trigger"))
                .setValue(com.siteline.sdk.PlanLine.Trigger.STAGE_ENTERED);
        test($(Button.class).id("plan-line-save")).click();
        assertThat($(Paragraph.class).id("plan-line-status").getText())
                .isEqualTo("请填写沟通目标。 请选择本业务类型的阶段。 请填写 0 至 90 天。");
        assertThat($(TextField.class).id("plan-line-goal").isInvalid()).isTrue();
        assertThat($(ComboBox.class).id("plan-line-stage").isInvalid()).isTrue();
        assertThat($(TextArea.class).id("plan-line-content").isInvalid()).isFalse();
        assertThat($(TextArea.class).id("plan-line-content").getValue()).isEqualTo("主材品牌、规格与进场时间");
        test($(TextField.class).id("plan-line-goal")).setValue("材料进场前确认");
        ((ComboBox<String>) $(ComboBox.class).id("plan-line-stage")).setValue("preparation");
        test($(IntegerField.class).id("plan-line-within-days")).setValue(2);
        test($(Button.class).id("plan-line-save")).click();
        Grid<PlanLineView> lines = $(Grid.class).id("plan-draft-lines");
        assertThat(lines.getGenericDataView().getItems().map(PlanLineView::goal))
                .contains("每周进度汇报", "材料进场前确认")
                .hasSize(6);
        test($(Button.class).id("plan-submit")).click();
        // the project manager is the project's lead: the submission is reviewed, a manager approves it
        assertThat($(com.siteline.base.ui.Badge.class).id("plan-working-state").getText())
                .isEqualTo("待经理批准");

        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(ProjectDetailView.class, projectId);
        assertThat($(com.siteline.base.ui.Badge.class).id("plan-working-state").getText())
                .isEqualTo("Waiting for a manager");
        navigate(PlansView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Communication tasks");
        assertThat($(ListItem.class).id("plan-unit-tally-" + unit).getText()).contains("Planned " + tally.planned());
    }
}
