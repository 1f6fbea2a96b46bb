package com.siteline.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.siteline.communication.CommunicationService;
import com.siteline.communication.NewLogEntry;
import com.siteline.customer.Channel;
import com.siteline.organization.RunAs;
import com.siteline.plan.CommunicationPlan;
import com.siteline.plan.CommunicationPlans;
import com.siteline.plan.CustomerPlanTasks;
import com.siteline.plan.PlanSchedule;
import com.siteline.plan.PlanTaskRow;
import com.siteline.plan.PlanTasks;
import com.siteline.testsupport.PortalFixture;
import com.siteline.testsupport.SitelineSpringTest;
import com.siteline.testsupport.TestClock;
import com.siteline.testsupport.WorkspaceFixture;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A plan line that asks the customer to confirm receipt, on MariaDB: the node inspection notice held by the project
 * manager's call waits for the customer on the portal's start page; they confirm it (once, as a portal event), staff
 * see when; another customer neither sees it nor confirms it, the attempt recorded.
 */
@SitelineSpringTest
class PlanReceiptIT {

    @Autowired
    PortalFixture ground;

    @Autowired
    CommunicationPlans plans;

    @Autowired
    PlanSchedule schedule;

    @Autowired
    PlanTasks tasks;

    @Autowired
    CommunicationService communications;

    @Autowired
    PortalReceipts receipts;

    @Autowired
    RunAs as;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theCustomerConfirmsTheHeldNoticeAndNobodyElseCan() {
        var g = ground.atInspection("确认收到" + WorkspaceFixture.marker());
        long projectId = g.project().id();
        CommunicationPlan draft = as.user("pm", () -> plans.draft(projectId, Locale.SIMPLIFIED_CHINESE));
        CommunicationPlan submitted = as.user("pm", () -> plans.submit(draft.id(), draft.version()));
        as.user("manager", () -> plans.approve(submitted.id(), submitted.version()));
        as.system(() -> schedule.reconcile(projectId));
        PortalSession session = ground.signIn(g.customer().id());
        assertThat(receipts.needs(session)).isEmpty();

        // the project manager's call holds the node inspection notice, which asks for the customer's confirmation
        as.user(
                "pm",
                () -> communications.record(new NewLogEntry(
                        g.customer().id(),
                        projectId,
                        null,
                        TestClock.INSTANCE.instant().minusSeconds(60),
                        null,
                        Channel.PHONE,
                        "业主",
                        "明天上午十点水电节点验收，请到场",
                        null,
                        null,
                        false)));
        PlanTaskRow notice = as.user("pm", () -> tasks.ofProject(projectId)).stream()
                .filter(t -> t.lineKey().equals("node-inspection-notice"))
                .findFirst()
                .orElseThrow();
        assertThat(notice.awaitsReceipt()).isTrue();
        assertThat(receipts.needs(session)).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(PortalViews.Need.Kind.RECEIPT);
            assertThat(n.id()).isEqualTo(notice.id());
        });
        // a call told the customer nothing through Siteline: they are sent the link to confirm, once
        assertThat(jdbc.queryForList(
                        "select body from customer_message where customer_id = ? and kind = 'PORTAL_RECEIPT'",
                        String.class,
                        g.customer().id()))
                .singleElement()
                .satisfies(body -> assertThat(body)
                        .contains(g.project().name())
                        .contains("/portal/receipts/" + notice.id())
                        .contains("please confirm that it reached you"));

        PortalSession other = ground.signIn(
                ground.atInspection("别人" + WorkspaceFixture.marker()).customer().id());
        assertThat(receipts.open(other, notice.id(), PortalFixture.BROWSER)).isEmpty();
        assertThat(jdbc.queryForObject(
                        "select count(*) from portal_event where customer_id = ? and kind = 'DENIED' and subject = ?",
                        Integer.class,
                        other.customerId(),
                        "receipt " + notice.id()))
                .isEqualTo(1);

        CustomerPlanTasks.Receipt confirmed = receipts.confirm(session, notice.id(), PortalFixture.BROWSER);
        assertThat(confirmed.confirmedAt()).isNotNull();
        receipts.confirm(session, notice.id(), PortalFixture.BROWSER);
        assertThat(jdbc.queryForObject(
                                "select receipt_confirmed_at from comm_task where id = ?",
                                java.sql.Timestamp.class,
                                notice.id())
                        .toInstant())
                .isEqualTo(confirmed.confirmedAt());
        assertThat(receipts.needs(session)).isEmpty();
        assertThat(jdbc.queryForObject(
                        "select count(*) from portal_event where customer_id = ? and kind = 'RECEIPT_CONFIRMED'",
                        Integer.class,
                        g.customer().id()))
                .isEqualTo(2);
        PlanTaskRow after = as.user("pm", () -> tasks.ofProject(projectId)).stream()
                .filter(t -> t.id() == notice.id())
                .findFirst()
                .orElseThrow();
        assertThat(after.awaitsReceipt()).isFalse();
        assertThat(after.receiptConfirmedAt()).isEqualTo(confirmed.confirmedAt());
    }
}
