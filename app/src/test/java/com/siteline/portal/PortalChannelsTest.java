package com.siteline.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.siteline.customer.Channel;
import com.siteline.customer.CustomerDetails;
import com.siteline.portal.ui.PortalHomePage;
import com.siteline.testsupport.PortalFixture;
import com.siteline.testsupport.SitelineSpringTest;
import com.siteline.testsupport.WorkspaceFixture;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The portal's sign-in on a phone as a customer uses it, in zh-CN and English: where the code went (channel and a
 * masked address) and another channel when it did not arrive; "I lost my invitation" answering alike for a customer's
 * address and any other, a new link only to the customer, a typing mistake said with what was typed kept, and the
 * limit per address.
 */
@SitelineSpringTest
class PortalChannelsTest extends SpringBrowserlessTest {

    @Autowired
    PortalFixture ground;

    @Autowired
    WorkspaceFixture fixture;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void chinese() {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    private CustomerDetails withMail(String marker) {
        return fixture.customer("SH-HOME", "门户客户" + marker, "menhu" + marker + "@example.com", Channel.PHONE);
    }

    private int messages(long customerId, String kind) {
        return jdbc.queryForObject(
                "select count(*) from customer_message where customer_id = ? and kind = ?",
                Integer.class,
                customerId,
                kind);
    }

    @Test
    void theSignInSaysWhereTheCodeWentAndOffersTheOtherChannel() {
        String marker = WorkspaceFixture.marker();
        CustomerDetails customer = withMail(marker);
        String token = ground.invite(customer.id());
        UI.getCurrent().navigate("portal", QueryParameters.simple(Map.of("k", token)));
        assertThat(getCurrentView()).isInstanceOf(PortalHomePage.class);
        test($(Button.class).id("portal-send-code")).click();
        String masked =
                customer.phone().substring(0, 3) + "****" + customer.phone().substring(7);
        assertThat($(Paragraph.class).id("portal-sign-in-status").getText())
                .isEqualTo("验证码已发送：短信 " + masked + "，10 分钟内有效。");
        Button byMail = $(Button.class).id("portal-code-via-email");
        assertThat(byMail.getText()).isEqualTo("没收到？改用电子邮件（m***@example.com）");
        test(byMail).click();
        assertThat($(Paragraph.class).id("portal-sign-in-status").getText())
                .isEqualTo("验证码已发送：电子邮件 m***@example.com，10 分钟内有效。");
        assertThat(jdbc.queryForObject(
                        "select channel_first from customer_message where customer_id = ? and kind = 'PORTAL_CODE'"
                                + " order by id desc limit 1",
                        String.class,
                        customer.id()))
                .isEqualTo("email");
        // the newest code works, whichever way it went
        test($(TextField.class).id("portal-code")).setValue(ground.code(customer.id()));
        test($(Button.class).id("portal-sign-in")).click();
        assertThat($(com.vaadin.flow.component.html.H2.class).id("portal-hello").getText())
                .contains(customer.name());
    }

    @Test
    void aLostInvitationIsAskedForWithTheSameAnswerForEveryoneAndLimitsPerAddressAndCustomer() {
        String marker = WorkspaceFixture.marker();
        CustomerDetails customer = withMail(marker);
        UI.getCurrent().navigate("portal");
        assertThat($(Paragraph.class).id("portal-no-link").getText()).isEqualTo("请打开我们发给您的邀请消息中的链接登录。");

        // a typing mistake: said, and what was typed stays
        test($(TextField.class).id("portal-new-link-contact")).setValue("1390000");
        test($(Button.class).id("portal-new-link-send")).click();
        assertThat($(Paragraph.class).id("portal-new-link-status").getText()).isEqualTo("请输入 11 位手机号或有效的邮箱地址。");
        assertThat($(TextField.class).id("portal-new-link-contact").getValue()).isEqualTo("1390000");

        // the customer's number: a new link goes out on their channels
        int before = messages(customer.id(), "PORTAL_INVITE");
        test($(TextField.class).id("portal-new-link-contact")).setValue(customer.phone());
        test($(Button.class).id("portal-new-link-send")).click();
        String answer = $(Paragraph.class).id("portal-new-link-status").getText();
        assertThat(answer).isEqualTo("如果这是我们的客户留下的手机号或邮箱，新的登录链接已经发出，请查收。");
        assertThat(messages(customer.id(), "PORTAL_INVITE")).isEqualTo(before + 1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from portal_event where customer_id = ? and kind = 'LINK_REQUESTED'",
                        Integer.class,
                        customer.id()))
                .isEqualTo(1);
        String link = ground.link(customer.id());
        assertThat(link).isNotBlank();

        // a number nobody gave us: the very same answer, and nothing sent to anybody
        long sentBefore = jdbc.queryForObject("select count(*) from customer_message", Long.class);
        test($(TextField.class).id("portal-new-link-contact"))
                .setValue("13000000" + marker.substring(marker.length() - 3).replaceAll("\\D", "7"));
        test($(Button.class).id("portal-new-link-send")).click();
        assertThat($(Paragraph.class).id("portal-new-link-status").getText()).isEqualTo(answer);
        assertThat(jdbc.queryForObject("select count(*) from customer_message", Long.class))
                .isEqualTo(sentBefore);

        // the customer's e-mail address, in capitals: found too; then the address's hourly limit
        test($(TextField.class).id("portal-new-link-contact"))
                .setValue(customer.email().toUpperCase(Locale.ROOT));
        test($(Button.class).id("portal-new-link-send")).click();
        assertThat(messages(customer.id(), "PORTAL_INVITE")).isEqualTo(before + 2);
        test($(Button.class).id("portal-new-link-send")).click();
        test($(Button.class).id("portal-new-link-send")).click();
        test($(Button.class).id("portal-new-link-send")).click();
        assertThat($(Paragraph.class).id("portal-new-link-status").getText()).isEqualTo("请求过于频繁，请一小时后再试。");
        // the customer's own daily limit: three links a day whatever address asked
        assertThat(messages(customer.id(), "PORTAL_INVITE")).isEqualTo(before + 3);

        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("portal");
        assertThat($(Button.class).id("portal-new-link-send").getText()).isEqualTo("Send a new link");
    }
}
