package com.siteline.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.siteline.base.grid.SavedView;
import com.siteline.issue.IssueDetails;
import com.siteline.issue.IssueQueries;
import com.siteline.issue.IssueService;
import com.siteline.issue.IssueStatus;
import com.siteline.issue.StepInput;
import com.siteline.issue.TimelineEntry;
import com.siteline.issue.Verdict;
import com.siteline.issue.ui.InboxView;
import com.siteline.issue.ui.IssueView;
import com.siteline.job.JobState;
import com.siteline.job.JobStep;
import com.siteline.job.JobSummary;
import com.siteline.job.Jobs;
import com.siteline.organization.RunAs;
import com.siteline.portal.ui.PortalConfirmationPage;
import com.siteline.portal.ui.PortalHomePage;
import com.siteline.portal.ui.PortalIssuePage;
import com.siteline.portal.ui.PortalProjectPage;
import com.siteline.portal.ui.PortalSurveyPage;
import com.siteline.project.ui.ProjectDetailView;
import com.siteline.report.PdfText;
import com.siteline.sdk.IssueType;
import com.siteline.survey.SurveyService;
import com.siteline.survey.SurveySweep;
import com.siteline.testsupport.PortalFixture;
import com.siteline.testsupport.SitelineSpringTest;
import com.siteline.testsupport.WorkspaceFixture;
import com.siteline.workspace.ui.Customer360View;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Every portal screen without a browser, in zh-CN and English: signing in by link and code (a wrong code said,
 * what was typed kept), the start page, a project's stages and photos, signing and rejecting a confirmation,
 * raising an issue and answering its resolution; a revoked access sends the page back to the sign-in; staff
 * credentials open no customer's portal; and the staff's portal sections on the customer, project and issue pages.
 */
@SitelineSpringTest
class PortalViewsTest extends SpringBrowserlessTest {

    @Autowired
    PortalFixture ground;

    @Autowired
    PortalAccess access;

    @Autowired
    PortalSharing sharing;

    @Autowired
    WeeklyReports weekly;

    @Autowired
    CustomerPortal portal;

    @Autowired
    IssueQueries queries;

    @Autowired
    IssueService issues;

    @Autowired
    RunAs as;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    com.siteline.testsupport.ClosedCases cases;

    @Autowired
    Jobs jobs;

    @Autowired
    SurveyService surveys;

    @Autowired
    SurveySweep sweep;

    @AfterEach
    void chinese() {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    /** Signs in through the page, as the customer does: the link, a code, a wrong try, the right code. */
    private void signIn(long customerId, String token) {
        UI.getCurrent().navigate("portal", com.vaadin.flow.router.QueryParameters.simple(java.util.Map.of("k", token)));
        assertThat(getCurrentView()).isInstanceOf(PortalHomePage.class);
        test($(Button.class).id("portal-send-code")).click();
        String code = ground.code(customerId);
        String wrong = code.equals("000000") ? "111111" : "000000";
        test($(TextField.class).id("portal-code")).setValue(wrong);
        test($(Button.class).id("portal-sign-in")).click();
        assertThat($(Paragraph.class).id("portal-sign-in-status").getText())
                .isEqualTo(
                        UI.getCurrent().getLocale().getLanguage().equals("en")
                                ? "Wrong code. 4 tries left."
                                : "验证码不正确，还可尝试 4 次。");
        assertThat($(TextField.class).id("portal-code").getValue())
                .as("what was typed stays")
                .isEqualTo(wrong);
        test($(TextField.class).id("portal-code")).setValue(code);
        test($(Button.class).id("portal-sign-in")).click();
    }

    @Autowired
    com.siteline.plan.CommunicationPlans plans;

    @Autowired
    com.siteline.plan.PlanSchedule schedule;

    @Autowired
    com.siteline.communication.CommunicationService communications;

    @Autowired
    com.siteline.portal.PortalPrivacy privacy;

    /**
     * #32: the customer downloads a copy of their data (recorded in the audit log and among the portal's events) and
     * asks for its erasure; a missing reason is said and what was typed stays; then the page says the request waits.
     */
    @Test
    void theCustomerCopiesTheirDataAndAsksForItsErasureAfterAMissingReason() throws java.io.IOException {
        var g = ground.atInspection("个人信息页面" + WorkspaceFixture.marker());
        long customer = g.customer().id();
        signIn(customer, ground.invite(customer));
        assertThat($(Div.class).id("portal-my-data").getElement().getTextRecursively())
                .contains("我的个人信息", "下载我的资料");
        assertThat($(Anchor.class).id("portal-my-data-copy").getHref()).isNotBlank();
        test($(Button.class).id("portal-erase")).click();
        test($(TextArea.class).id("portal-erase-reason")).setValue("  ");
        test($(Button.class).id("portal-erase-send")).click();
        assertThat($(Paragraph.class).id("portal-erase-status").getText()).isEqualTo("请填写原因。");
        assertThat($(TextArea.class).id("portal-erase-reason").getValue()).isEqualTo("  ");
        assertThat(jdbc.queryForObject(
                        "select count(*) from privacy_request where customer_id = ?", Long.class, customer))
                .isZero();
        test($(TextArea.class).id("portal-erase-reason")).setValue("房子已经卖了，不再需要服务");
        test($(Button.class).id("portal-erase-send")).click();
        assertThat($(Paragraph.class).id("portal-erase-waiting").getText()).isEqualTo("您的删除申请已提交，正在等待审批。");
        assertThat(jdbc.queryForObject(
                        "select count(*) from privacy_request where customer_id = ? and source = 'PORTAL'"
                                + " and status = 'REQUESTED'",
                        Long.class,
                        customer))
                .isEqualTo(1L);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(PortalHomePage.class);
        assertThat($(Paragraph.class).id("portal-erase-waiting").getText())
                .isEqualTo("Your erasure request is sent and waits for a decision.");

        com.siteline.portal.PortalSession session = ground.signIn(customer);
        var archive = privacy.archive(session, PortalFixture.BROWSER);
        assertThat(archive.fileName()).isEqualTo("personal-data-" + customer + ".zip");
        java.util.List<String> names = new java.util.ArrayList<>();
        try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(archive.content()))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        assertThat(names).contains("index.html", "customer.csv", "project.csv", "privacy_request.csv");
        assertThat(jdbc.queryForObject(
                        "select count(*) from portal_event where customer_id = ? and kind in ('DATA_COPY', 'ERASURE_ASKED')",
                        Long.class,
                        customer))
                .isEqualTo(2L);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where record_type = 'export' and customer_id = ?"
                                + " and changes like '%(portal)%'",
                        Long.class, customer))
                .isEqualTo(1L);
    }

    @Test
    void theCustomerConfirmsReceiptFromTheStartPageInChineseAndEnglish() {
        var g = ground.atInspection("确认页面" + WorkspaceFixture.marker());
        long projectId = g.project().id();
        var draft = as.user("pm", () -> plans.draft(projectId, Locale.SIMPLIFIED_CHINESE));
        var submitted = as.user("pm", () -> plans.submit(draft.id(), draft.version()));
        as.user("manager", () -> plans.approve(submitted.id(), submitted.version()));
        as.system(() -> schedule.reconcile(projectId));
        as.user(
                "pm",
                () -> communications.record(new com.siteline.communication.NewLogEntry(
                        g.customer().id(),
                        projectId,
                        null,
                        java.time.Instant.now().minusSeconds(60),
                        null,
                        com.siteline.customer.Channel.PHONE,
                        "业主",
                        "明天上午十点水电节点验收，请到场",
                        null,
                        null,
                        false)));
        long task = jdbc.queryForObject(
                "select id from comm_task where project_id = ? and line_key = 'node-inspection-notice'",
                Long.class,
                projectId);
        signIn(g.customer().id(), ground.invite(g.customer().id()));
        assertThat($(Anchor.class)
                        .id("portal-need-receipt-" + task)
                        .getElement()
                        .getTextRecursively())
                .contains("请确认已收到", "节点验收通知");
        navigate("portal/receipts/" + task, com.siteline.portal.ui.PortalReceiptPage.class);
        assertThat($(H2.class).first().getText()).isEqualTo("节点验收通知");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate("portal/receipts/" + task, com.siteline.portal.ui.PortalReceiptPage.class);
        test($(Button.class).id("portal-receipt-confirm")).click();
        assertThat($(Paragraph.class).id("portal-receipt-confirmed").getText()).startsWith("You confirmed receipt on");
        navigate("portal/receipts/" + (task + 100000), com.siteline.portal.ui.PortalReceiptPage.class);
        assertThat($(Paragraph.class).id("portal-not-found").getText())
                .isEqualTo("No communication waiting for your confirmation was found.");
    }

    @Test
    void theCustomerSignsInAndFollowsTheProjectWithItsPhotos() {
        var g = ground.atInspection("页面门户" + WorkspaceFixture.marker());
        long photo =
                as.user("pm", () -> sharing.photos(g.project().id())).getFirst().attachmentId();
        as.user("pm", () -> sharing.share(g.project().id(), photo, true));
        Confirmation asked = as.user("pm", () -> sharing.askToSign(g.project().id()));
        String token = ground.invite(g.customer().id());

        navigate(PortalHomePage.class);
        assertThat($(Paragraph.class).id("portal-no-link").getText()).startsWith("请打开我们发给您的邀请消息中的链接");
        signIn(g.customer().id(), token);
        assertThat($(H2.class).id("portal-hello").getText())
                .isEqualTo("您好，" + g.customer().name());
        assertThat($(Anchor.class)
                        .id("portal-need-confirmation-" + asked.id())
                        .getElement()
                        .getTextRecursively())
                .contains("待您签字确认", "节点验收");
        assertThat($(Anchor.class)
                        .id("portal-project-" + g.project().id())
                        .getElement()
                        .getTextRecursively())
                .contains(g.project().name(), "第 10/14 阶段：节点验收");

        navigate("portal/projects/" + g.project().id(), PortalProjectPage.class);
        assertThat($(H2.class).first().getText()).isEqualTo(g.project().name());
        assertThat($(ListItem.class)
                        .id("portal-stage-node-inspections")
                        .getElement()
                        .getTextRecursively())
                .contains("节点验收", "进行中", "需您签字");
        assertThat($(ListItem.class)
                        .id("portal-stage-consultation")
                        .getElement()
                        .getTextRecursively())
                .contains("已完成");
        assertThat($(Paragraph.class).id("portal-contract-value").getText()).isEqualTo("合同金额：180000.00 元");
        // the one shared here, and those of the inspection waiting to be signed (shared with it)
        long shared = as.user("pm", () -> sharing.photos(g.project().id())).stream()
                .filter(SharedPhoto::shared)
                .count();
        assertThat(shared).isGreaterThan(1);
        assertThat($(Div.class)
                        .id("portal-photos-node-inspections")
                        .getChildren()
                        .count())
                .isEqualTo(shared);
        test($(Div.class).id("portal-photo-" + photo)).click();
        assertThat($(Dialog.class).id("portal-photo-dialog").isOpened()).isTrue();

        // the same page in English
        test($(Button.class).id("portal-photo-close")).click();
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate("portal/projects/" + g.project().id(), PortalProjectPage.class);
        assertThat($(ListItem.class)
                        .id("portal-stage-node-inspections")
                        .getElement()
                        .getTextRecursively())
                .contains("Node inspections", "Under way", "needs your signature");
        assertThat($(Paragraph.class).id("portal-contract-value").getText()).isEqualTo("Contract value: 180000.00 CNY");
        // another id in the address is "not found"
        navigate("portal/projects/" + (g.project().id() + 100000), PortalProjectPage.class);
        assertThat($(Paragraph.class).id("portal-not-found").getText()).isEqualTo("Not found, or not yours to see.");
    }

    @Test
    void theCustomerSignsTheInspectionOnThePageAfterAMissingName() {
        var g = ground.atInspection("页面签字" + WorkspaceFixture.marker());
        Confirmation asked = as.user("pm", () -> sharing.askToSign(g.project().id()));
        signIn(g.customer().id(), ground.invite(g.customer().id()));
        navigate("portal/confirmations/" + asked.id(), PortalConfirmationPage.class);
        assertThat($(H2.class).first().getText()).isEqualTo("验收确认：节点验收");
        assertThat($(Div.class).id("portal-confirmation-content").getElement().getTextRecursively())
                .contains("防水验收", "合格");
        test($(Button.class).id("portal-sign-send-code")).click();
        String code = ground.code(g.customer().id());
        test($(TextField.class).id("portal-sign-code")).setValue(code);
        test($(Button.class).id("portal-sign")).click();
        assertThat($(Paragraph.class).id("portal-sign-status").getText()).isEqualTo("请填写您的全名。");
        assertThat($(TextField.class).id("portal-sign-code").getValue()).isEqualTo(code);
        test($(TextField.class).id("portal-sign-name")).setValue("王建国");
        test($(Button.class).id("portal-sign")).click();
        assertThat($(Div.class).id("portal-decided").getElement().getTextRecursively())
                .contains("已签字确认", "签字人: 王建国", "SHA-256: " + asked.contentHash());
        assertThat($(Anchor.class).id("portal-confirmation-pdf").getText()).isEqualTo("下载 PDF");
        String pdf = PdfText.of(as.user("pm", () -> sharing.pdf(asked.id(), Locale.SIMPLIFIED_CHINESE)));
        assertThat(pdf).contains("签字确认单", "防水验收", "王建国", asked.contentHash());
    }

    @Test
    void inEnglishTheCustomerRejectsWithAReasonAndTheRectificationIsRaised() {
        var g = ground.atInspection("页面拒签" + WorkspaceFixture.marker());
        Confirmation asked = as.user("pm", () -> sharing.askToSign(g.project().id()));
        UI.getCurrent().setLocale(Locale.ENGLISH);
        signIn(g.customer().id(), ground.invite(g.customer().id()));
        navigate("portal/confirmations/" + asked.id(), PortalConfirmationPage.class);
        assertThat($(H2.class).first().getText()).isEqualTo("Inspection: Node inspections");
        test($(Button.class).id("portal-reject")).click();
        assertThat($(Paragraph.class).id("portal-reject-status").getText()).isEqualTo("Please say why.");
        test($(TextArea.class).id("portal-reject-reason")).setValue("Water stain below the bathroom");
        test($(Button.class).id("portal-reject")).click();
        assertThat($(Div.class).id("portal-decided").getElement().getTextRecursively())
                .contains("Rejected", "Reason: Water stain below the bathroom");
        Long issue =
                jdbc.queryForObject("select issue_id from portal_confirmation where id = ?", Long.class, asked.id());
        assertThat(as.user("pm", () -> queries.get(issue)).assignee()).isEqualTo("pm");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theCustomerRaisesAnIssueKeepsWhatWasTypedAfterAMistakeAndAnswersTheResolution() {
        var g = ground.atInspection("页面报修" + WorkspaceFixture.marker());
        signIn(g.customer().id(), ground.invite(g.customer().id()));
        test($(Button.class).id("portal-raise-issue")).click();
        // before they raise it: the unit's public articles, and only those
        assertThat($(Div.class).id("portal-articles").getElement().getTextRecursively())
                .contains("墙面细小裂缝是否正常")
                .doesNotContain("外墙色差的常见原因与处理", "电梯困人应急处置流程");
        RadioButtonGroup<IssueType> type = $(RadioButtonGroup.class).id("portal-issue-type");
        test(type).selectItem("投诉");
        test($(TextArea.class).id("portal-issue-description")).setValue("油漆味很重");
        test($(TextField.class).id("portal-issue-contact")).setValue("微信");
        test($(Button.class).id("portal-issue-send")).click();
        assertThat($(Paragraph.class).id("portal-new-issue-status").getText()).isEqualTo("请填写问题标题");
        assertThat($(TextArea.class).id("portal-issue-description").getValue()).isEqualTo("油漆味很重");
        assertThat($(TextField.class).id("portal-issue-contact").getValue()).isEqualTo("微信");
        test($(TextField.class).id("portal-issue-title")).setValue("卧室油漆味");
        test($(Button.class).id("portal-issue-send")).click();
        assertThat(getCurrentView()).isInstanceOf(PortalIssuePage.class);
        assertThat($(Paragraph.class).id("portal-issue-state").getText()).startsWith("已受理");
        long id = jdbc.queryForObject(
                "select id from customer_issue where customer_id = ? and title = '卧室油漆味'",
                Long.class,
                g.customer().id());
        IssueDetails raised = as.user("agent", () -> queries.get(id));
        assertThat(raised.type()).isEqualTo(IssueType.COMPLAINT);
        assertThat(raised.channel()).isEqualTo("portal");

        // staff answer; the customer reads the reply and says it is not solved, then accepts the second answer
        IssueDetails classified = as.user(
                "agent",
                () -> issues.classify(id, raised.version(), raised.type(), "product-function", raised.urgency()));
        IssueDetails assigned = as.user("agent", () -> issues.assign(id, classified.version(), "agent"));
        IssueDetails handling =
                as.user("agent", () -> issues.move(id, assigned.version(), IssueStatus.IN_PROGRESS, StepInput.none()));
        IssueDetails replied = as.user("agent", () -> issues.publicReply(id, handling.version(), "已安排上门检测甲醛"));
        as.user(
                "agent",
                () -> issues.move(
                        id,
                        replied.version(),
                        IssueStatus.FEEDBACK_GIVEN,
                        new StepInput(null, null, "检测合格，已开窗通风", null)));
        navigate("portal/issues/" + id, PortalIssuePage.class);
        assertThat($(Div.class).id("portal-issue-timeline").getElement().getTextRecursively())
                .contains("已安排上门检测甲醛");
        assertThat($(Div.class).id("portal-resolution").getElement().getTextRecursively())
                .contains("检测合格，已开窗通风");
        test($(Button.class).id("portal-not-solved")).click();
        assertThat($(Paragraph.class).id("portal-issue-status").getText()).startsWith("请填写内容");
        test($(TextArea.class).id("portal-comment")).setValue("还是有味道");
        test($(Button.class).id("portal-not-solved")).click();
        assertThat($(Paragraph.class).id("portal-issue-state").getText()).startsWith("处理中");
        assertThat(as.user("agent", () -> queries.get(id)).status()).isEqualTo(IssueStatus.IN_PROGRESS);
        IssueDetails now = as.user("agent", () -> queries.get(id));
        as.user(
                "agent",
                () -> issues.move(
                        id, now.version(), IssueStatus.FEEDBACK_GIVEN, new StepInput(null, null, "更换了除味设备", null)));
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate("portal/issues/" + id, PortalIssuePage.class);
        assertThat($(Paragraph.class).id("portal-issue-state").getText()).startsWith("Answered: please confirm");
        test($(Button.class).id("portal-accept")).click();
        assertThat(as.user("agent", () -> queries.get(id)).verdict()).isEqualTo(Verdict.SATISFIED);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theCustomerAnswersTheirSurveyInThePortalAfterAMissingRating() {
        var g = ground.atInspection("页面调查" + WorkspaceFixture.marker());
        IssueDetails closed = cases.close(g.customer(), "门户页面回访 " + WorkspaceFixture.marker(), true);
        var survey = as.user("admin", () -> surveys.ofIssue(closed.id())).orElseThrow();
        as.system(() -> sweep.run(survey.dueAt().plusSeconds(1)));
        signIn(g.customer().id(), ground.invite(g.customer().id()));
        assertThat($(Anchor.class)
                        .id("portal-need-survey-" + survey.id())
                        .getElement()
                        .getTextRecursively())
                .contains("请评价我们的服务");
        navigate("portal/surveys/" + survey.id(), PortalSurveyPage.class);
        test($(TextArea.class).id("survey-q-comment")).setValue("整体满意");
        test($(Button.class).id("portal-survey-send")).click();
        assertThat($(Paragraph.class).id("portal-survey-status").getText()).isEqualTo("请检查标出的问题后再提交");
        assertThat($(TextArea.class).id("survey-q-comment").getValue()).isEqualTo("整体满意");
        test($(RadioButtonGroup.class).id("survey-q-rating")).selectItem("★★★★★  非常满意");
        test($(Button.class).id("portal-survey-send")).click();
        assertThat($(Paragraph.class).id("portal-survey-thanks").getText()).startsWith("感谢");
        assertThat(as.user("admin", () -> surveys.ofIssue(closed.id()))
                        .orElseThrow()
                        .rating())
                .isEqualTo(5);
        navigate("portal/surveys/" + survey.id(), PortalSurveyPage.class);
        assertThat($(Paragraph.class).id("portal-not-found").getText()).isEqualTo("此调查已填写或已过期。");
        String denied = "select count(*) from portal_event where customer_id = ? and kind = 'DENIED' and subject = ?";
        // their own answered survey is no attempt on anyone's
        assertThat(jdbc.queryForObject(denied, Integer.class, g.customer().id(), "survey " + survey.id()))
                .isZero();
        // another customer gets the same answer, and the attempt is recorded like those on projects and issues
        var other = ground.atInspection("别人调查" + WorkspaceFixture.marker());
        signIn(other.customer().id(), ground.invite(other.customer().id()));
        navigate("portal/surveys/" + survey.id(), PortalSurveyPage.class);
        assertThat($(Paragraph.class).id("portal-not-found").getText()).isEqualTo("此调查已填写或已过期。");
        assertThat(jdbc.queryForObject(denied, Integer.class, other.customer().id(), "survey " + survey.id()))
                .isEqualTo(1);
    }

    @Test
    @WithUserDetails("agent")
    @SuppressWarnings("unchecked")
    void theInboxShowsWhatCameThroughThePortalInAViewOfItsOwn() {
        var g = ground.atInspection("页面收件箱" + WorkspaceFixture.marker());
        PortalSession session = ground.signIn(g.customer().id());
        long id = portal.raise(
                session,
                g.project().id(),
                IssueType.ENQUIRY,
                false,
                "想加一个插座",
                null,
                null,
                java.util.List.of(),
                PortalFixture.BROWSER);
        navigate(InboxView.class);
        com.vaadin.flow.component.combobox.ComboBox<SavedView> views =
                $(com.vaadin.flow.component.combobox.ComboBox.class).id("issues-views");
        test(views).selectItem("客户端提交");
        com.vaadin.flow.component.grid.Grid<IssueDetails> grid =
                $(com.vaadin.flow.component.grid.Grid.class).id("issues-grid");
        java.util.List<IssueDetails> rows = new java.util.ArrayList<>();
        for (int i = 0; i < test(grid).size(); i++) {
            rows.add(test(grid).getRow(i));
        }
        assertThat(rows).extracting(IssueDetails::id).contains(id);
        assertThat(rows).allSatisfy(i -> assertThat(i.channel()).isEqualTo("portal"));
    }

    @Test
    void theCustomerConfirmsTheRepairDoneOnTheIssuePageAfterAMissingName() {
        var g = ground.atInspection("页面维修" + WorkspaceFixture.marker());
        signIn(g.customer().id(), ground.invite(g.customer().id()));
        // raised with the page's own session, as the new-issue page does (uploads are not driven without a browser)
        PortalSession signedIn = (PortalSession)
                com.vaadin.flow.server.VaadinSession.getCurrent().getAttribute("siteline.portal.session");
        long raised = portal.raise(
                signedIn,
                g.project().id(),
                IssueType.REPAIR_REQUEST,
                false,
                "卫生间门锁坏了",
                null,
                null,
                java.util.List.of(),
                PortalFixture.BROWSER);
        JobSummary job = as.user("agent", () -> jobs.create(raised));
        var dispatched = as.user(
                "agent",
                () -> jobs.step(
                        job.id(),
                        job.version(),
                        JobState.DISPATCHED,
                        com.siteline.testsupport.Dispatch.to("tech3", "80")));
        // dispatched: the customer sees the window agreed and the technician's phone
        navigate("portal/issues/" + raised, PortalIssuePage.class);
        assertThat($(Paragraph.class).id("portal-repair-appointment").getText())
                .isEqualTo("预约上门："
                        + java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"))
                                .plusDays(1) + " 09:00–11:00，师傅电话 13900003333");
        var onSite = as.user(
                "agent", () -> jobs.step(dispatched.id(), dispatched.version(), JobState.ON_SITE, JobStep.none()));
        as.user(
                "agent",
                () -> jobs.step(
                        onSite.id(),
                        onSite.version(),
                        JobState.COMPLETED,
                        new JobStep(
                                null,
                                null,
                                false,
                                "更换锁芯",
                                null,
                                new java.math.BigDecimal("80"),
                                null,
                                java.util.List.of(),
                                null,
                                null,
                                null)));
        navigate("portal/issues/" + raised, PortalIssuePage.class);
        assertThat($(Div.class).id("portal-repair").getElement().getTextRecursively())
                .contains("维修", "师傅：周明", "维修内容：更换锁芯", "费用：80.00 元");
        test($(Button.class).id("portal-repair-confirm")).click();
        assertThat($(Paragraph.class).id("portal-repair-status").getText()).isEqualTo("请填写确认人的姓名。");
        test($(TextField.class).id("portal-repair-name")).setValue("王建国");
        test($(Button.class).id("portal-repair-confirm")).click();
        assertThat($(Div.class).id("portal-repair").getElement().getTextRecursively())
                .contains("王建国", "确认完成");
        assertThat(as.user("agent", () -> jobs.get(job.id())).state()).isEqualTo(JobState.CONFIRMED);
    }

    @Test
    void aRevokedAccessSendsTheOpenPageBackToTheSignIn() {
        var g = ground.atInspection("页面收回" + WorkspaceFixture.marker());
        signIn(g.customer().id(), ground.invite(g.customer().id()));
        navigate("portal/projects/" + g.project().id(), PortalProjectPage.class);
        assertThat($(H2.class).first().getText()).isEqualTo(g.project().name());
        as.user("pm", () -> access.revoke(g.customer().id()));
        UI.getCurrent().navigate("portal/projects/" + g.project().id());
        assertThat(getCurrentView()).isInstanceOf(PortalHomePage.class);
        assertThat($(Paragraph.class).id("portal-no-link").getText()).startsWith("此链接已失效或已被收回");
    }

    @Test
    @WithUserDetails("pm")
    void staffCredentialsOpenNoCustomersPortal() {
        var g = ground.atInspection("页面员工" + WorkspaceFixture.marker());
        navigate(PortalHomePage.class);
        assertThat($(Paragraph.class).id("portal-no-link").isVisible()).isTrue();
        assertThat($(H2.class).withId("portal-hello").exists()).isFalse();
        UI.getCurrent().navigate("portal/projects/" + g.project().id());
        assertThat(getCurrentView()).isInstanceOf(PortalHomePage.class);
    }

    @Test
    @WithUserDetails("pm")
    @SuppressWarnings("unchecked")
    void staffInviteShareAskDraftAChangeAndReplyFromTheRecordPages() {
        var g = ground.atInspection("页面员工区" + WorkspaceFixture.marker());
        navigate("customers/" + g.customer().id(), Customer360View.class);
        assertThat($(Paragraph.class).id("customer-portal-state").getText()).isEqualTo("尚未邀请此客户使用客户端。");
        test($(Button.class).id("customer-portal-invite")).click();
        assertThat(ground.link(g.customer().id())).isNotBlank();
        assertThat($(Paragraph.class).id("customer-portal-state").getText()).startsWith("已于");
        assertThat($(Div.class).id("customer-portal-events").getElement().getTextRecursively())
                .contains("邀请");

        navigate(ProjectDetailView.class, g.project().id());
        long photo =
                as.user("pm", () -> sharing.photos(g.project().id())).getFirst().attachmentId();
        test($(Checkbox.class).id("project-photo-share-" + photo)).click();
        assertThat(as.user("pm", () -> sharing.photos(g.project().id()))
                        .getFirst()
                        .shared())
                .isTrue();
        test($(Button.class).id("project-portal-ask")).click();
        Confirmation asked =
                as.user("pm", () -> sharing.confirmations(g.project().id())).getFirst();
        assertThat($(Paragraph.class)
                        .id("project-confirmation-state-" + asked.id())
                        .getText())
                .startsWith("等待客户确认");

        test($(Button.class).id("project-portal-change")).click();
        test($(TextArea.class).id("change-what")).setValue("厨房增加吊柜");
        test($(Button.class).id("change-save")).click();
        assertThat($(Paragraph.class).id("change-status").getText()).isEqualTo("请填写变更原因。; 请填写金额变化或工期变化。");
        assertThat($(TextArea.class).id("change-what").getValue()).isEqualTo("厨房增加吊柜");
        test($(TextArea.class).id("change-why")).setValue("客户要求");
        test($(BigDecimalField.class).id("change-price")).setValue(new java.math.BigDecimal("3200"));
        test($(Button.class).id("change-save")).click();
        assertThat(as.user("pm", () -> sharing.confirmations(g.project().id()))
                        .getFirst()
                        .state())
                .isEqualTo("DRAFT");

        test($(Button.class).id("project-portal-report")).click();
        assertThat($(TextArea.class).id("report-body").getValue())
                .contains(g.customer().name(), "节点验收");
        test($(TextArea.class).id("report-body")).setValue("");
        test($(Button.class).id("report-send")).click();
        assertThat($(Paragraph.class).id("report-status").getText()).isEqualTo("请填写汇报内容。");
        // a standard reply's placeholder the report has no value for is never sent to the customer
        assertThat($(com.vaadin.flow.component.combobox.ComboBox.class)
                        .withId("report-reply-picker")
                        .exists())
                .isTrue();
        test($(TextArea.class).id("report-body")).setValue("请在{deadline}前确认瓷砖颜色。");
        test($(Button.class).id("report-send")).click();
        assertThat($(Paragraph.class).id("report-status").getText()).isEqualTo("内容中还有未填写的占位符，请补全后再保存");
        assertThat($(TextArea.class).id("report-body").getValue()).isEqualTo("请在{deadline}前确认瓷砖颜色。");
        assertThat(as.user("pm", () -> weekly.reports(g.project().id()))).isEmpty();
        test($(TextArea.class).id("report-body")).setValue("本周完成防水，下周贴砖。");
        test($(Button.class).id("report-send")).click();
        assertThat(as.user("pm", () -> weekly.reports(g.project().id()))).hasSize(1);

        PortalSessionHolder.customerRaises(portal, access, ground, g);
        long issue = jdbc.queryForObject(
                "select id from customer_issue where customer_id = ? and channel = 'portal'",
                Long.class,
                g.customer().id());
        navigate("issues/" + issue, IssueView.class);
        assertThat($(Paragraph.class).id("issue-portal-channel").getText()).isEqualTo("客户通过客户端提交。");
        test($(TextArea.class).id("issue-portal-reply")).setValue("明天上午上门");
        test($(Button.class).id("issue-portal-send")).click();
        assertThat(as.user("pm", () -> queries.timeline(issue)))
                .extracting(TimelineEntry::detail)
                .contains("明天上午上门");
    }

    /** A customer who raises an issue through the service, as the portal page would. */
    private static final class PortalSessionHolder {
        static void customerRaises(
                CustomerPortal portal, PortalAccess access, PortalFixture ground, PortalFixture.Ground g) {
            String token = ground.link(g.customer().id());
            access.sendSignInCode(token, PortalFixture.BROWSER);
            PortalSession session =
                    access.signIn(token, ground.code(g.customer().id()), PortalFixture.BROWSER);
            portal.raise(
                    session,
                    g.project().id(),
                    IssueType.REPAIR_REQUEST,
                    false,
                    "阳台门关不严",
                    null,
                    null,
                    java.util.List.of(),
                    PortalFixture.BROWSER);
        }
    }
}
