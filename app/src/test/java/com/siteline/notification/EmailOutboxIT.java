package com.siteline.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.siteline.base.Message;
import com.siteline.testsupport.SitelineSpringTest;
import com.siteline.testsupport.TestClock;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The mail server goes away and comes back: notices are kept, their emails wait in the outbox and go out
 * once the server is back, each exactly once, however often the outbox is run.
 */
@SitelineSpringTest
@SpringBootTest(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3027", "siteline.timers.enabled=false"})
class EmailOutboxIT {

    private static final ServerSetup SMTP = new ServerSetup(3027, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);

    @Autowired
    NotificationService notifications;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    GreenMail mail;

    @AfterEach
    void stop() {
        if (mail != null) {
            mail.stop();
        }
        TestClock.reset();
    }

    private boolean notice(String key, String customer) {
        return notifications.send(new Notice(
                "agent",
                null,
                "PROMISE_DUE",
                key,
                List.of(Message.value(customer), Message.at(clock.instant()), Message.value("回电确认"))));
    }

    private List<String> received() throws Exception {
        return Arrays.stream(mail.getReceivedMessages())
                .map(m -> {
                    try {
                        return ((MimeMessage) m).getContent().toString();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    @Test
    void emailsTheServerRefusedGoOutOnceWhenItIsBack() throws Exception {
        String run = Long.toString(System.nanoTime());
        // emails the demo data raised while no mail server ran are not this test's: out of the outbox
        jdbc.update("update notification set email_due_at = null where dedup_key not like 'outbox:%'");
        mail = new GreenMail(SMTP);
        mail.start();
        assertThat(notice("outbox:a:" + run, "客户甲" + run)).isTrue();
        assertThat(received()).singleElement().asString().contains("客户甲" + run);
        mail.stop();

        // the server is gone: the notice is stored all the same, its email waits
        assertThat(notice("outbox:b:" + run, "客户乙" + run)).isTrue();
        assertThat(jdbc.queryForObject(
                        "select count(*) from notification where dedup_key = ? and email_due_at is not null"
                                + " and emailed_at is null and email_attempts = 1",
                        Long.class,
                        "outbox:b:" + run))
                .isEqualTo(1);
        // a try before its time does nothing; one while the server is still away fails again, later
        assertThat(notifications.retryEmails(clock.instant(), 50)).isZero();
        TestClock.advance(Duration.ofSeconds(31));
        assertThat(notifications.retryEmails(clock.instant(), 50)).isZero();
        assertThat(jdbc.queryForObject(
                        "select email_attempts from notification where dedup_key = ?",
                        Integer.class,
                        "outbox:b:" + run))
                .isEqualTo(2);

        mail = new GreenMail(SMTP);
        mail.start();
        TestClock.advance(Duration.ofMinutes(2));
        assertThat(notifications.retryEmails(clock.instant(), 50)).isEqualTo(1);
        assertThat(notifications.retryEmails(clock.instant(), 50)).isZero();
        TestClock.advance(Duration.ofHours(2));
        assertThat(notifications.retryEmails(clock.instant(), 50)).isZero();
        assertThat(received()).singleElement().asString().contains("客户乙" + run);
        assertThat(jdbc.queryForObject(
                        "select count(*) from notification where dedup_key = ? and emailed_at is not null"
                                + " and email_due_at is null",
                        Long.class,
                        "outbox:b:" + run))
                .isEqualTo(1);
    }
}
