package com.siteline.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.siteline.base.InvalidInputException;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.RunAs;
import com.siteline.report.internal.ReportFrequency;
import com.siteline.report.internal.ReportSubscriptions;
import com.siteline.report.internal.ScheduledReport;
import com.siteline.testsupport.SitelineSpringTest;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Scheduled report emails through a real SMTP server (GreenMail): a period's report goes out once with
 * its PDF and Excel attachments, even when two runs (two nodes) send at the same moment and when the
 * timer runs again; the next period is sent again.
 */
@SitelineSpringTest
@SpringBootTest(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3027", "siteline.timers.enabled=false"})
class ReportEmailIT {

    private static final ServerSetup SMTP = new ServerSetup(3027, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);

    @Autowired
    ReportSubscriptions subscriptions;

    @Autowired
    OrganizationService organization;

    @Autowired
    RunAs as;

    @Autowired
    JdbcTemplate jdbc;

    GreenMail mail;

    @AfterEach
    void stop() {
        if (mail != null) {
            mail.stop();
        }
    }

    @Test
    void aPeriodsReportGoesOutOnceAcrossTwoNodesWithItsPdfAndExcel() throws Exception {
        // the demo's own subscriptions are not this test's
        jdbc.update("update report_subscription set active = false");
        as.user("admin", () -> {
            organization.changeEmail("manager", "manager@siteline.test");
            organization.changeEmail("agent", "agent@siteline.test");
        });
        ReportSubscriptions.Subscription weekly = as.user(
                "manager",
                () -> subscriptions.create(
                        ScheduledReport.SLA, SlaGrouping.UNIT, ReportFrequency.WEEKLY, List.of("manager", "agent")));
        mail = new GreenMail(SMTP);
        mail.start();
        LocalDate monday = LocalDate.of(2026, 11, 30);

        // two nodes run the timer at the same moment: one of them sends, once to each recipient
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        Callable<Integer> run = () -> as.system(() -> subscriptions.sendDue(monday));
        List<Future<Integer>> runs = List.of(nodes.submit(run), nodes.submit(run));
        int deliveries = 0;
        for (Future<Integer> each : runs) {
            deliveries += each.get();
        }
        nodes.shutdown();
        assertThat(deliveries).isEqualTo(1);
        assertThat(mail.getReceivedMessages()).hasSize(2);
        MimeMessage message = mail.getReceivedMessages()[0];
        assertThat(message.getSubject()).contains("响应时效达成").contains("2026-11-23 – 2026-11-29");
        List<String> attachments = attachments(message);
        assertThat(attachments).containsExactly("sla-2026-11-23.pdf", "sla-2026-11-23.xlsx");

        // the timer runs again within the week: nothing more; the next week: sent again
        assertThat(as.system(() -> subscriptions.sendDue(monday.plusDays(3)))).isZero();
        assertThat(mail.getReceivedMessages()).hasSize(2);
        assertThat(as.system(() -> subscriptions.sendDue(monday.plusDays(7)))).isEqualTo(1);
        assertThat(mail.getReceivedMessages()).hasSize(4);
        assertThat(as.user("manager", subscriptions::mine))
                .filteredOn(s -> s.id() == weekly.id())
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.lastPeriod()).isEqualTo(LocalDate.of(2026, 11, 30));
                    assertThat(s.lastOutcome()).isEqualTo("SENT");
                });
        as.user("manager", () -> subscriptions.stop(weekly.id()));
        assertThat(as.system(() -> subscriptions.sendDue(monday.plusDays(14)))).isZero();
    }

    @Test
    void recipientsMustBeColleaguesAndTheKpiGroupsAsItCan() {
        assertThatThrownBy(() -> as.user(
                        "manager",
                        () -> subscriptions.create(
                                ScheduledReport.SLA, SlaGrouping.UNIT, ReportFrequency.DAILY, List.of("nobody-here"))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsExactly("schedules.recipients.outside"));
        assertThatThrownBy(() -> as.user(
                        "manager",
                        () -> subscriptions.create(
                                ScheduledReport.KPI, SlaGrouping.URGENCY, ReportFrequency.DAILY, List.of())))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .containsExactly("kpi.grouping.unsupported", "schedules.recipients.required"));
    }

    private static List<String> attachments(MimeMessage message) throws Exception {
        List<String> names = new ArrayList<>();
        Multipart parts = (Multipart) message.getContent();
        collect(parts, names);
        return names;
    }

    private static void collect(Multipart parts, List<String> names) throws Exception {
        for (int i = 0; i < parts.getCount(); i++) {
            Part part = parts.getBodyPart(i);
            if (part.getContent() instanceof Multipart nested) {
                collect(nested, names);
            } else if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                names.add(part.getFileName());
            }
        }
    }
}
