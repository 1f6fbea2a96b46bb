package com.siteline.survey;

import static org.assertj.core.api.Assertions.assertThat;

import com.siteline.communication.CommunicationService;
import com.siteline.customer.CustomerDetails;
import com.siteline.issue.IssueDetails;
import com.siteline.issue.IssueQueries;
import com.siteline.issue.IssueService;
import com.siteline.issue.IssueStatus;
import com.siteline.notification.CustomerMessage;
import com.siteline.notification.CustomerMessages;
import com.siteline.notification.MessageOutcome;
import com.siteline.notification.ui.OutboxView;
import com.siteline.organization.RunAs;
import com.siteline.survey.ui.SurveyPage;
import com.siteline.survey.ui.SurveysView;
import com.siteline.testsupport.SitelineSpringTest;
import com.siteline.testsupport.WorkspaceFixture;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The customer's survey page (no login, on their phone), the staff's surveys grid with the phone-answer dialog,
 * and the admins' outbox: zh-CN and English; bad input is marked and keeps what was typed.
 */
@SitelineSpringTest
class SurveyViewsTest extends SpringBrowserlessTest {

    @Autowired
    WorkspaceFixture fixture;

    @Autowired
    com.siteline.testsupport.ClosedCases cases;

    @Autowired
    IssueService issues;

    @Autowired
    IssueQueries queries;

    @Autowired
    CommunicationService communications;

    @Autowired
    SurveyService surveys;

    @Autowired
    SurveySweep sweep;

    @Autowired
    CustomerMessages messages;

    @Autowired
    RunAs as;

    @Autowired
    Clock clock;

    private IssueDetails closedCase(CustomerDetails customer, String title) {
        return cases.close(customer, title, true);
    }

    private String sentLink(CustomerDetails customer, IssueDetails closed) {
        SurveySummary survey =
                as.user("admin", () -> surveys.ofIssue(closed.id())).orElseThrow();
        as.system(() -> sweep.run(survey.dueAt().plusSeconds(1)));
        return cases.links(customer.id()).getFirst();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theCustomerAnswersFromTheLinkAndAMissingRatingKeepsWhatWasTyped() {
        String marker = WorkspaceFixture.marker();
        CustomerDetails customer = fixture.customer("SH-HOME", "页面客户" + marker);
        IssueDetails closed = closedCase(customer, "阳台渗水 " + marker);
        String token = sentLink(customer, closed);

        navigate("survey/" + token, SurveyPage.class);
        assertThat($(H2.class).first().getText()).isEqualTo("服务满意度回访");
        assertThat($(Paragraph.class).first().getText()).contains("页面客户" + marker, "阳台渗水 " + marker);
        // the reasons for a poor rating are not asked before a poor rating
        assertThat($(CheckboxGroup.class).withId("survey-q-reasons").exists()).isFalse();
        test($(TextArea.class).id("survey-q-comment")).setValue("师傅来了两次");
        test($(Button.class).id("survey-send")).click();
        RadioButtonGroup<String> rating = $(RadioButtonGroup.class).id("survey-q-rating");
        assertThat(rating.isInvalid()).isTrue();
        assertThat(rating.getErrorMessage()).isEqualTo("必填");
        assertThat($(Paragraph.class).id("survey-status").getText()).isEqualTo("请检查标出的问题后再提交");
        assertThat($(TextArea.class).id("survey-q-comment").getValue()).isEqualTo("师傅来了两次");

        test(rating).selectItem("★★  不满意");
        CheckboxGroup<String> reasons = $(CheckboxGroup.class).id("survey-q-reasons");
        test(reasons).selectItem("问题没有解决");
        test($(Button.class).id("survey-send")).click();
        assertThat($(Paragraph.class).id("survey-thanks").getText()).startsWith("感谢您的反馈，很抱歉");
        assertThat(as.user("admin", () -> queries.get(closed.id())).status()).isEqualTo(IssueStatus.IN_PROGRESS);

        // used once: the link now says only that it no longer works, in either language
        navigate("survey/" + token, SurveyPage.class);
        assertThat($(Paragraph.class).id("survey-gone").getText()).startsWith("此链接已失效");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate("survey/" + token, SurveyPage.class);
        assertThat($(Paragraph.class).id("survey-gone").getText()).startsWith("This link no longer works");
    }

    @Test
    void theSurveyPageReadsInEnglishAndAMadeUpLinkOpensNothing() {
        String marker = WorkspaceFixture.marker();
        CustomerDetails customer = fixture.customer("SH-HOME", "英文客户" + marker);
        String token = sentLink(customer, closedCase(customer, "Door " + marker));
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate("survey/" + token, SurveyPage.class);
        assertThat($(H2.class).first().getText()).isEqualTo("How did we do?");
        assertThat($(Button.class).id("survey-send").getText()).isEqualTo("Send");
        navigate("survey/not-a-real-link", SurveyPage.class);
        assertThat($(Paragraph.class).id("survey-gone").getText()).startsWith("This link no longer works");
        assertThat($(Button.class).withId("survey-send").exists()).isFalse();
    }

    @Test
    @WithUserDetails("agent")
    @SuppressWarnings("unchecked")
    void anAgentFindsACaseSurveyAndRecordsThePhoneAnswerAfterAMistake() {
        String marker = WorkspaceFixture.marker();
        CustomerDetails customer = fixture.customer("SH-HOME", "电话客户" + marker);
        IssueDetails closed = closedCase(customer, "柜门 " + marker);
        navigate(SurveysView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("满意度调查");
        test($(TextField.class).id("surveys-search")).setValue(marker);
        Grid<SurveySummary> grid = $(Grid.class).id("surveys-grid");
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getCellText(0, 1)).isEqualTo("电话客户" + marker);
        test(grid).clickRow(0);
        test($(Button.class).id("survey-record")).click();
        test($(TextArea.class).id("survey-q-comment")).setValue("电话回访，客户满意");
        test($(Button.class).id("survey-dialog-save")).click();
        assertThat($(Paragraph.class).id("survey-dialog-status").getText()).isEqualTo("请检查标出的问题后再提交");
        assertThat($(TextArea.class).id("survey-q-comment").getValue()).isEqualTo("电话回访，客户满意");
        test($(RadioButtonGroup.class).id("survey-q-rating")).selectItem("★★★★★  非常满意");
        test($(Button.class).id("survey-dialog-save")).click();
        SurveySummary answered =
                as.user("admin", () -> surveys.ofIssue(closed.id())).orElseThrow();
        assertThat(answered.state()).isEqualTo(SurveyState.ANSWERED);
        assertThat(answered.answers()).containsEntry("comment", "电话回访，客户满意");
        assertThat($(com.vaadin.flow.component.html.Div.class)
                        .id("survey-answers")
                        .getElement()
                        .getTextRecursively())
                .contains("电话（李娜 记录）", "电话回访，客户满意");

        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(SurveysView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Satisfaction surveys");
    }

    @Test
    @WithUserDetails("admin")
    @SuppressWarnings("unchecked")
    void theOutboxShowsEachMessageToACustomerWithItsLink() throws InterruptedException {
        String marker = WorkspaceFixture.marker();
        CustomerDetails customer = fixture.customer("SH-HOME", "发件客户" + marker);
        String token = sentLink(customer, closedCase(customer, "窗户 " + marker));
        navigate(OutboxView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("发送记录");
        test($(TextField.class).id("outbox-search")).setValue(marker);
        Grid<CustomerMessage> grid = $(Grid.class).id("outbox-grid");
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getCellText(0, 2)).isEqualTo("满意度调查");
        // the demo's SMS channel records it only (no gateway in the quick start), and says so
        long until = System.nanoTime() + 15_000_000_000L;
        while (as.system(() -> messages.ofCustomer(customer.id())).getFirst().outcome() == MessageOutcome.PENDING
                && System.nanoTime() < until) {
            Thread.sleep(50);
        }
        CustomerMessage recorded =
                as.system(() -> messages.ofCustomer(customer.id())).getFirst();
        // (in Shanghai's evening the unit's quiet hours hold it until the morning)
        assertThat(recorded.outcome()).as(recorded.detail()).isIn(MessageOutcome.SENT, MessageOutcome.HELD);
        if (recorded.outcome() == MessageOutcome.SENT) {
            assertThat(recorded.channel()).isEqualTo("sms");
            assertThat(recorded.detail()).contains("record-only");
        } else {
            assertThat(recorded.detail()).contains("quiet hours");
        }
        test(grid).clickRow(0);
        assertThat($(Pre.class).id("outbox-body").getText())
                .contains("/survey/" + token, "窗户 " + marker, "Dear 发件客户" + marker);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(OutboxView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Sent messages");
    }
}
