package com.siteline.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.siteline.communication.CommunicationService;
import com.siteline.customer.Channel;
import com.siteline.customer.CustomerDetails;
import com.siteline.notification.internal.MailInbox;
import com.siteline.organization.RunAs;
import com.siteline.testsupport.SitelineSpringTest;
import com.siteline.testsupport.TestClock;
import com.siteline.testsupport.WorkspaceFixture;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * E-mail both ways against GreenMail's real SMTP and IMAP servers: a message goes out by SMTP with its tag, the
 * customer's answer read over IMAP is threaded to it and becomes their log entry with its photo (the quoted text
 * left out), a bounce sends its message on to the next channel, a stranger's mail stays unread; a refused IMAP
 * password is said on "test connection" and nothing is saved.
 */
@SitelineSpringTest
class MailInboxIT {

    @Autowired
    CustomerMessages outbox;

    @Autowired
    ChannelSettings settings;

    @Autowired
    MailInbox inbox;

    @Autowired
    CommunicationService communication;

    @Autowired
    WorkspaceFixture fixture;

    @Autowired
    RunAs as;

    @Autowired
    JdbcTemplate jdbc;

    GreenMail mail;
    GreenMailUser service;
    Map<String, String> values;

    private static int freePort() throws Exception {
        try (ServerSocket probe = new ServerSocket(0)) {
            return probe.getLocalPort();
        }
    }

    @BeforeEach
    void start() throws Exception {
        int smtp = freePort();
        int imap = freePort();
        mail = new GreenMail(new ServerSetup[] {
            new ServerSetup(smtp, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
            new ServerSetup(imap, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)
        });
        mail.start();
        service = mail.setUser("service@jincheng.example", "service", "s3cret");
        values = new HashMap<>();
        values.put("host", "127.0.0.1");
        values.put("port", Integer.toString(smtp));
        values.put("from", "service@jincheng.example");
        values.put("imapHost", "127.0.0.1");
        values.put("imapPort", Integer.toString(imap));
        values.put("imapUser", "service");
        values.put("imapPassword", "s3cret");
        values.put("imapSsl", "false");
        as.user("admin", () -> settings.save("email", ChannelSettings.Mode.LIVE, values, -1));
        // daytime in Shanghai, whatever the hour of the run
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");
        TestClock.reset();
        TestClock.advance(Duration.between(
                java.time.Instant.now(),
                LocalDate.now(shanghai)
                        .plusDays(1)
                        .atTime(LocalTime.of(10, 0))
                        .atZone(shanghai)
                        .toInstant()));
    }

    @AfterEach
    void stop() {
        as.user("admin", () -> settings.save("email", ChannelSettings.Mode.RECORD, Map.of(), -1));
        mail.stop();
        TestClock.reset();
    }

    private CustomerDetails customerWithMail(String marker) {
        return fixture.customer("SH-HOME", "邮件客户" + marker, "kehu" + marker + "@example.com", Channel.EMAIL);
    }

    private long sendReport(CustomerDetails customer, String marker) throws Exception {
        long id = as.system(() -> outbox.send(new CustomerMessages.Outgoing(
                customer.id(),
                customer.name(),
                customer.businessUnitId(),
                "PORTAL_REPORT",
                customer.email(),
                customer.phone(),
                "每周进度汇报",
                "本周完成防水 " + marker)));
        await(() -> as.user("admin", () -> outbox.get(id)).outcome() == MessageOutcome.SENT);
        return id;
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("not within 15 s");
            }
            Thread.sleep(50);
        }
    }

    private MimeMessage from(String sender, String subject) throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setFrom(new InternetAddress(sender));
        message.setRecipients(jakarta.mail.Message.RecipientType.TO, "service@jincheng.example");
        message.setSubject(subject, "UTF-8");
        return message;
    }

    @Test
    void anAnswerIsThreadedToItsMessageAndLoggedWithItsPhotoAndABounceGoesOn() throws Exception {
        String marker = WorkspaceFixture.marker();
        CustomerDetails customer = customerWithMail(marker);
        long id = sendReport(customer, marker);
        var sent = mail.getReceivedMessagesForDomain("example.com");
        assertThat(sent).anySatisfy(m -> assertThat(m.getSubject()).isEqualTo("每周进度汇报 [#M" + id + "]"));

        MimeMessage answer = from(customer.email(), "Re: 每周进度汇报 [#M" + id + "]");
        MimeBodyPart text = new MimeBodyPart();
        text.setText("收到，阳台墙角有一处渗水，照片见附件。" + marker + "\n\n在 2026年12月8日 写道：\n> 本周完成防水", "UTF-8");
        MimeBodyPart photo = new MimeBodyPart();
        byte[] png = java.util.Base64.getDecoder()
                .decode(
                        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
        photo.setDataHandler(
                new jakarta.activation.DataHandler(new jakarta.mail.util.ByteArrayDataSource(png, "image/png")));
        photo.setFileName("leak.png");
        photo.setDisposition(jakarta.mail.Part.ATTACHMENT);
        answer.setContent(new MimeMultipart(text, photo));
        answer.saveChanges();
        service.deliver(answer);

        // a stranger's mail: not anybody's answer, left unread for a person
        MimeMessage stranger = from("someone@elsewhere.example", "合作咨询");
        stranger.setText("你好，想咨询外墙翻新。", "UTF-8");
        service.deliver(stranger);

        MailInbox.Run run = inbox.poll();
        assertThat(run.answers()).isEqualTo(1);
        assertThat(run.unknown()).isEqualTo(1);
        CustomerMessage replied = as.user("admin", () -> outbox.get(id));
        assertThat(replied.outcome()).isEqualTo(MessageOutcome.REPLIED);
        assertThat(replied.replyText()).isEqualTo("收到，阳台墙角有一处渗水，照片见附件。" + marker);
        await(() ->
                !as.user("admin", () -> communication.ofCustomer(customer.id())).isEmpty());
        var entry =
                as.user("admin", () -> communication.ofCustomer(customer.id())).getFirst();
        assertThat(entry.channel()).isEqualTo(Channel.EMAIL);
        assertThat(entry.content()).isEqualTo("收到，阳台墙角有一处渗水，照片见附件。" + marker);
        assertThat(jdbc.queryForObject(
                        "select count(*) from communication_attachment where communication_id = ?"
                                + " and file_name = 'leak.png' and content_type = 'image/png'",
                        Integer.class,
                        entry.id()))
                .isEqualTo(1);
        // read again: nothing new; the stranger's mail is still unread and still nobody's
        MailInbox.Run again = inbox.poll();
        assertThat(again.answers()).isZero();
        assertThat(again.unknown()).isEqualTo(1);

        // the mail server bounces the next message: it goes on to the customer's next channel (SMS)
        long second = sendReport(customer, marker + "b");
        MimeMessage bounce = from("MAILER-DAEMON@mx.example.com", "Undelivered Mail Returned to Sender");
        MimeBodyPart status = new MimeBodyPart();
        status.setText("550 5.1.1 <" + customer.email() + ">: mailbox unavailable\n", "UTF-8");
        MimeBodyPart original = new MimeBodyPart();
        original.setText("Subject: 每周进度汇报 [#M" + second + "]\n", "UTF-8");
        MimeMultipart report = new MimeMultipart("report", status, original);
        bounce.setContent(report);
        bounce.saveChanges();
        service.deliver(bounce);
        assertThat(inbox.poll().bounces()).isEqualTo(1);
        CustomerMessage bounced = as.user("admin", () -> outbox.get(second));
        assertThat(bounced.detail()).contains("email: bounced: 550 5.1.1");
        assertThat(bounced.outcome()).isIn(MessageOutcome.PENDING, MessageOutcome.SENT);
        // the address is failing now: the next message skips e-mail for the customer's SMS at once
        long third = sendReport(customer, marker + "c");
        assertThat(as.user("admin", () -> outbox.get(third)).channel()).isEqualTo("sms");
    }

    @Test
    void aRefusedImapPasswordIsSaidAndNothingIsSaved() {
        String before = jdbc.queryForObject(
                "select concat(mode, '/', version) from channel_config where channel_id = 'email'", String.class);
        Map<String, String> wrong = new HashMap<>(values);
        wrong.put("imapPassword", "wrong");
        assertThat(as.user("admin", () -> settings.test("email", wrong)))
                .isEqualTo("the IMAP server refused the user name or password");
        try {
            as.user("admin", () -> settings.save("email", ChannelSettings.Mode.LIVE, wrong, -1));
            throw new AssertionError("saved");
        } catch (com.siteline.base.RefusedException refused) {
            assertThat(refused.messageKey()).isEqualTo("channels.error.connect");
        }
        assertThat(jdbc.queryForObject(
                        "select concat(mode, '/', version) from channel_config where channel_id = 'email'",
                        String.class))
                .isEqualTo(before);
    }
}
