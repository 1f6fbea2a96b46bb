package com.siteline.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.siteline.channel.sms.Smsc;
import com.siteline.notification.ui.ChannelsView;
import com.siteline.notification.ui.OutboxView;
import com.siteline.organization.RunAs;
import com.siteline.testsupport.SitelineSpringTest;
import com.siteline.testsupport.WorkspaceFixture;
import com.siteline.workspace.ui.Customer360View;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.net.ServerSocket;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * {@code admin/channels}, the outbox and a customer's consent as the demo's administrator and agent use them, in zh-CN
 * and English: a host that does not answer and a refused password said plainly on "test connection" and on save, with
 * nothing saved and what was typed kept; a live channel saved with its password encrypted, never shown again and
 * audited without its value; the demo's outbox lived in (delivered, replied, held, gone on by e-mail); consent
 * refused without how it was given, then recorded and listed.
 */
@SitelineSpringTest
class ChannelScreensTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ChannelSettings settings;

    @Autowired
    WorkspaceFixture fixture;

    @Autowired
    RunAs as;

    @Autowired
    CustomerMessages outbox;

    @AfterEach
    void recordOnly() {
        as.user("admin", () -> settings.save("sms", ChannelSettings.Mode.RECORD, Map.of(), -1));
    }

    private String smsRow() {
        return jdbc.queryForObject(
                "select concat(mode, '/', version) from channel_config where channel_id = 'sms'", String.class);
    }

    private void type(String key, String value) {
        test($(TextField.class).id("channel-sms-" + key)).setValue(value);
    }

    @Test
    @WithUserDetails("admin")
    @SuppressWarnings("unchecked")
    void badSettingsAreSaidPlainlyNothingIsSavedAndAGoodLiveChannelKeepsItsPasswordSecret() throws Exception {
        navigate(ChannelsView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("客户渠道");
        assertThat($(PasswordField.class).id("channel-sms-password").getValue()).isEmpty();
        String before = smsRow();
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0)) {
            closedPort = probe.getLocalPort();
        }
        Select<ChannelSettings.Mode> mode = $(Select.class).id("channel-sms-mode");
        test(mode).selectItem("启用");
        type("host", "127.0.0.1");
        type("port", Integer.toString(closedPort));
        type("systemId", "siteline");
        type("sourceAddress", "10690001");
        test($(PasswordField.class).id("channel-sms-password")).setValue("s3cret");
        test($(Button.class).id("channel-sms-test")).click();
        Paragraph status = $(Paragraph.class).id("channel-sms-status");
        assertThat(status.getText()).startsWith("连接失败：").contains("nothing answers at 127.0.0.1:" + closedPort);
        test($(Button.class).id("channel-sms-save")).click();
        assertThat(status.getText()).startsWith("无法启用：").contains("设置未保存");
        assertThat(smsRow()).isEqualTo(before);
        assertThat($(TextField.class).id("channel-sms-port").getValue()).isEqualTo(Integer.toString(closedPort));
        assertThat($(PasswordField.class).id("channel-sms-password").getValue()).isEqualTo("s3cret");

        try (Smsc smsc = new Smsc("siteline", "right")) {
            type("port", Integer.toString(smsc.port));
            test($(Button.class).id("channel-sms-test")).click();
            assertThat(status.getText()).contains("refused the password");
            test($(Button.class).id("channel-sms-save")).click();
            assertThat(smsRow()).isEqualTo(before);

            test($(PasswordField.class).id("channel-sms-password")).setValue("right");
            test($(Button.class).id("channel-sms-test")).click();
            assertThat(status.getText()).isEqualTo("连接成功。");
            test($(Button.class).id("channel-sms-save")).click();
            assertThat(smsRow()).startsWith("LIVE/");
            PasswordField password = $(PasswordField.class).id("channel-sms-password");
            assertThat(password.getValue()).isEmpty();
            assertThat(password.getPlaceholder()).isEqualTo("已保存（留空则不变）");
            String stored = jdbc.queryForObject(
                    "select concat(coalesce(settings, ''), '|', coalesce(secrets, '')) from channel_config"
                            + " where channel_id = 'sms'",
                    String.class);
            assertThat(stored).contains("127.0.0.1").doesNotContain("right");
            String audit = jdbc.queryForObject(
                    "select changes from audit_entry where record_type = 'channel' and record_id = 'sms'"
                            + " order by id desc limit 1",
                    String.class);
            assertThat(audit).contains("secrets").contains("127.0.0.1").doesNotContain("right");
            // saved again with the password left empty: the stored one is kept (the connection still works)
            type("signature", "锦程");
            test($(Button.class).id("channel-sms-save")).click();
            assertThat(status.getText()).isEmpty();
            assertThat(as.user(
                            "admin",
                            () -> settings.test(
                                    "sms",
                                    Map.of(
                                            "port",
                                            Integer.toString(smsc.port),
                                            "host",
                                            "127.0.0.1",
                                            "systemId",
                                            "siteline",
                                            "sourceAddress",
                                            "10690001"))))
                    .isNull();
        }

        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(OutboxView.class);
        navigate(ChannelsView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Customer channels");
        assertThat($(Button.class).id("channel-sms-test").getText()).isEqualTo("Test connection");
    }

    @Test
    @WithUserDetails("admin")
    @SuppressWarnings("unchecked")
    void theDemosOutboxIsLivedInAndAReplyShowsInItsPanel() {
        Map<String, Object> mix =
                jdbc.queryForMap("select sum(case when outcome = 'DELIVERED' then 1 else 0 end) delivered,"
                        + " sum(case when outcome = 'REPLIED' then 1 else 0 end) replied,"
                        + " sum(case when outcome = 'HELD' then 1 else 0 end) held,"
                        + " sum(case when channel = 'email' and tried = 'sms' then 1 else 0 end) fallback"
                        + " from customer_message");
        assertThat(mix.values())
                .allSatisfy(n -> assertThat(((Number) n).intValue()).isPositive());
        // no message answered, delivered or sent before it was written
        assertThat(jdbc.queryForObject(
                        "select count(*) from customer_message where sent_at < created_at or delivered_at < sent_at"
                                + " or replied_at < sent_at",
                        Integer.class))
                .isZero();
        long replied = jdbc.queryForObject(
                "select id from customer_message where outcome = 'REPLIED' order by id limit 1", Long.class);
        String reply =
                jdbc.queryForObject("select reply_text from customer_message where id = ?", String.class, replied);
        navigate(OutboxView.class);
        Grid<CustomerMessage> grid = $(Grid.class).id("outbox-grid");
        java.util.List<Long> shown =
                grid.getGenericDataView().getItems().map(CustomerMessage::id).toList();
        test(grid).clickRow(shown.indexOf(replied));
        assertThat($(Paragraph.class).id("outbox-reply").getText()).isEqualTo("客户回复：" + reply);
    }

    @Test
    @WithUserDetails("agent")
    @SuppressWarnings("unchecked")
    void consentWithoutHowIsRefusedAndKeptThenRecordedAndListed() throws InterruptedException {
        String marker = WorkspaceFixture.marker();
        var customer = fixture.customer("SH-HOME", "同意客户" + marker);
        navigate("customers/" + customer.id(), Customer360View.class);
        Select<String> subject = $(Select.class).id("consent-subject");
        test(subject).selectItem("节日问候与营销活动");
        Select<Boolean> granted = $(Select.class).id("consent-granted");
        test(granted).selectItem("已撤回");
        test($(Button.class).id("consent-record")).click();
        assertThat($(Paragraph.class).id("consent-status").getText()).isEqualTo("请写明客户以何种方式作出此决定。");
        assertThat($(TextField.class).id("consent-how").isInvalid()).isTrue();
        assertThat(subject.getValue()).isEqualTo("purpose:MARKETING");
        assertThat(jdbc.queryForObject(
                        "select count(*) from customer_consent where customer_id = ?", Integer.class, customer.id()))
                .isZero();
        test($(TextField.class).id("consent-how")).setValue("电话告知不要节日短信");
        test($(Button.class).id("consent-record")).click();
        assertThat($(Paragraph.class).id("consent-purpose-MARKETING").getText()).isEqualTo("节日问候与营销活动：已撤回");
        assertThat(jdbc.queryForObject(
                        "select concat(subject, '/', granted, '/', how, '/', recorded_by) from customer_consent"
                                + " where customer_id = ?",
                        String.class,
                        customer.id()))
                .isEqualTo("purpose:MARKETING/0/电话告知不要节日短信/agent");

        // the customer's WeChat Work group: its robot key typed once, shown only by its end; with SMS withdrawn a
        // notice goes to the group (record-only in the demo)
        test($(PasswordField.class).id("consent-address-wecom")).setValue("robot-key-" + marker);
        test($(Button.class).id("consent-address-wecom-save")).click();
        assertThat($(PasswordField.class).id("consent-address-wecom").getValue())
                .isEmpty();
        assertThat($(Paragraph.class).id("consent-address-wecom-state").getText())
                .isEqualTo("已设置（尾号 " + marker.substring(marker.length() - 4) + "）");
        test(subject).selectItem("短信");
        test($(TextField.class).id("consent-how")).setValue("电话告知只用微信群");
        test($(Button.class).id("consent-record")).click();
        long notice = as.system(() -> outbox.send(new CustomerMessages.Outgoing(
                customer.id(),
                customer.name(),
                customer.businessUnitId(),
                "NOTICE",
                null,
                customer.phone(),
                "停水通知",
                "明天 9:00–12:00 停水 " + marker)));
        long until = System.nanoTime() + 15_000_000_000L;
        while (as.user("admin", () -> outbox.get(notice)).outcome() == MessageOutcome.PENDING
                && System.nanoTime() < until) {
            Thread.sleep(50);
        }
        CustomerMessage sent = as.user("admin", () -> outbox.get(notice));
        assertThat(sent.outcome()).as(sent.detail()).isIn(MessageOutcome.SENT, MessageOutcome.HELD);
        if (sent.outcome() == MessageOutcome.SENT) {
            assertThat(sent.channel()).isEqualTo("wecom");
            assertThat(sent.address()).isEqualTo("robot-key-" + marker);
        }

        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate("customers/" + customer.id(), Customer360View.class);
        assertThat($(Paragraph.class).id("consent-purpose-MARKETING").getText())
                .isEqualTo("Greetings and campaigns：withdrawn");
    }
}
