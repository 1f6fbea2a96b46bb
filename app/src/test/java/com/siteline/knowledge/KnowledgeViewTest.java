package com.siteline.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import com.siteline.knowledge.ui.KnowledgeView;
import com.siteline.testsupport.SitelineSpringTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The replies and knowledge page as the demo's manager uses it, in zh-CN and English: the demo's replies with their
 * uses and the one flagged for review; a reply with an unknown placeholder said at its field with what was typed kept,
 * then saved.
 */
@SitelineSpringTest
class KnowledgeViewTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("manager")
    @SuppressWarnings("unchecked")
    void theManagerSeesTheDemoRepliesAndABadPlaceholderIsSaidAndKept() {
        navigate(KnowledgeView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("标准话术与知识库");
        Grid<ReplyView> grid = $(Grid.class).id("knowledge-replies");
        assertThat(grid.getGenericDataView().getItems())
                .anyMatch(r -> r.title().equals("工期延误致歉") && r.useCount() >= 6)
                .anyMatch(r -> r.title().equals("停车费减免说明") && r.review());
        Grid<ArticleView> articles = $(Grid.class).id("knowledge-articles");
        assertThat(articles.getGenericDataView().getItems()).anyMatch(ArticleView::publicArticle);

        test($(Button.class).id("knowledge-new-reply")).click();
        test($(TextField.class).id("reply-title")).setValue("报价说明");
        test($(TextArea.class).id("reply-body-zh")).setValue("{customer}您好，报价为{price}元。");
        test($(Button.class).id("reply-save")).click();
        assertThat($(Paragraph.class).id("reply-status").getText()).isEqualTo("内容中有无法识别的占位符，可用的占位符见输入框下方说明");
        assertThat($(TextArea.class).id("reply-body-zh").isInvalid()).isTrue();
        assertThat($(TextArea.class).id("reply-body-zh").getValue()).isEqualTo("{customer}您好，报价为{price}元。");
        test($(TextArea.class).id("reply-body-zh")).setValue("{customer}您好，报价单已发送，请查收。");
        test($(Button.class).id("reply-save")).click();
        assertThat(grid.getGenericDataView().getItems()).anyMatch(r -> r.title().equals("报价说明"));

        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(KnowledgeView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Standard replies and knowledge base");
    }

    @org.springframework.beans.factory.annotation.Autowired
    StandardReplies replies;

    @org.springframework.beans.factory.annotation.Autowired
    com.siteline.testsupport.WorkspaceFixture fixture;

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    @WithUserDetails("agent")
    @SuppressWarnings("unchecked")
    void theAgentPicksAReplyInTheLogDialogAndAMissingValueIsSaidNotSaved() {
        var customer = fixture.customer("EAST-PAINT", "话术客户 " + com.siteline.testsupport.WorkspaceFixture.marker());
        long unit = customer.businessUnitId();
        ReplyView colour = replies.suggest(unit, "exterior-painting", null, null, "色差").stream()
                .filter(r -> r.title().equals("色差投诉首次回复"))
                .findFirst()
                .orElseThrow();
        int used = colour.useCount();
        navigate(com.siteline.communication.ui.CommunicationsView.class);
        test($(Button.class).id("new-log-entry")).click();
        com.vaadin.flow.component.combobox.ComboBox<com.siteline.customer.CustomerDetails> who =
                $(com.vaadin.flow.component.combobox.ComboBox.class).id("log-customer");
        who.setValue(customer);
        com.vaadin.flow.component.combobox.ComboBox<ReplyView> picker =
                $(com.vaadin.flow.component.combobox.ComboBox.class).id("log-reply-picker");
        picker.setValue(colour);
        TextArea content = $(TextArea.class).id("log-content");
        // filled with the customer; the deadline is not known here: left as written, and said
        assertThat(content.getValue())
                .startsWith(customer.name() + "您好，您反映的外墙色差问题已收到")
                .contains("{deadline}");
        assertThat(jdbc.queryForObject("select use_count from standard_reply where id = ?", Integer.class, colour.id()))
                .isEqualTo(used + 1);
        long entries = jdbc.queryForObject("select count(*) from communication", Long.class);
        test($(Button.class).id("log-save")).click();
        assertThat(content.isInvalid()).isTrue();
        assertThat(content.getValue()).contains("{deadline}");
        assertThat(jdbc.queryForObject("select count(*) from communication", Long.class))
                .isEqualTo(entries);
    }

    @org.springframework.beans.factory.annotation.Autowired
    com.siteline.issue.IssueService issues;

    @org.springframework.beans.factory.annotation.Autowired
    com.siteline.issue.IssueQueries queries;

    @org.springframework.beans.factory.annotation.Autowired
    com.siteline.organization.RunAs as;

    /**
     * The texts a customer reads of an issue take standard replies too: the handling plan filled from the issue (its
     * customer and next deadline), the resolution refused while a placeholder the issue has no value for is left in
     * it (an issue without a project has no stage), what was typed kept, then given once filled in.
     */
    @Test
    @WithUserDetails("agent")
    @SuppressWarnings("unchecked")
    void theHandlingPlanAndTheResolutionTakeStandardRepliesAndAnUnfilledOneIsRefused() {
        String marker = com.siteline.testsupport.WorkspaceFixture.marker();
        var customer = fixture.customer("EAST-PAINT", "方案客户 " + marker);
        var raised = fixture.issue(
                customer,
                "外墙色差明显",
                com.siteline.sdk.IssueType.COMPLAINT,
                "quality-acceptance",
                com.siteline.sdk.Urgency.NORMAL);
        var issue = as.user("admin", () -> issues.assign(raised.id(), raised.version(), "agent"));
        long unit = customer.businessUnitId();
        as.user(
                "manager",
                () -> replies.save(
                        null,
                        0,
                        new ReplyDraft(
                                unit,
                                null,
                                "阶段处理结果 " + marker,
                                "{customer}您好，{stage}阶段的问题已处理完毕。",
                                null,
                                com.siteline.sdk.IssueType.COMPLAINT,
                                "quality-acceptance",
                                null)));
        navigate("issues/" + issue.id(), com.siteline.issue.ui.IssueView.class);

        test($(Button.class).id("issue-plan")).click();
        com.vaadin.flow.component.combobox.ComboBox<ReplyView> planPicker =
                $(com.vaadin.flow.component.combobox.ComboBox.class).id("plan-reply-picker");
        planPicker.setValue(replies.suggest(unit, "exterior-painting", null, null, "色差").stream()
                .filter(r -> r.title().equals("色差投诉首次回复"))
                .findFirst()
                .orElseThrow());
        TextArea measures = $(TextArea.class).id("plan-measures");
        assertThat(measures.getValue())
                .startsWith(customer.name() + "您好，您反映的外墙色差问题已收到")
                .doesNotContain("{deadline}")
                .contains(com.siteline.base.ui.Formats.minute(issue.nextDueAt()));
        $(com.vaadin.flow.component.datetimepicker.DateTimePicker.class)
                .id("plan-expected")
                .setValue(java.time.LocalDateTime.now(com.siteline.base.ui.Formats.DEFAULT_ZONE)
                        .plusDays(2));
        test($(Button.class).id("plan-save")).click();
        assertThat(as.user("agent", () -> queries.get(issue.id())).plan().measures())
                .startsWith(customer.name() + "您好");

        test($(Button.class).id("issue-step-IN_PROGRESS")).click();
        test($(Button.class).id("step-confirm")).click();
        test($(Button.class).id("issue-step-FEEDBACK_GIVEN")).click();
        com.vaadin.flow.component.combobox.ComboBox<ReplyView> stepPicker =
                $(com.vaadin.flow.component.combobox.ComboBox.class).id("step-reply-picker");
        stepPicker.setValue(replies.suggest(unit, "exterior-painting", null, null, "阶段处理结果").stream()
                .filter(r -> r.title().equals("阶段处理结果 " + marker))
                .findFirst()
                .orElseThrow());
        TextArea resolution = $(TextArea.class).id("step-resolution");
        assertThat(resolution.getValue()).isEqualTo(customer.name() + "您好，{stage}阶段的问题已处理完毕。");
        test($(Button.class).id("step-confirm")).click();
        assertThat(resolution.getValue()).contains("{stage}");
        assertThat(as.user("agent", () -> queries.get(issue.id())).status())
                .isNotEqualTo(com.siteline.issue.IssueStatus.FEEDBACK_GIVEN);
        test(resolution).setValue(customer.name() + "您好，外墙色差已重新喷涂处理完毕。");
        test($(Button.class).id("step-confirm")).click();
        assertThat(as.user("agent", () -> queries.get(issue.id())).status())
                .isEqualTo(com.siteline.issue.IssueStatus.FEEDBACK_GIVEN);
    }
}
