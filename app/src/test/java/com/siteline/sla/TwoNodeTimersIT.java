package com.siteline.sla;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.siteline.customer.CustomerDetails;
import com.siteline.issue.IssueDetails;
import com.siteline.issue.IssueEventKind;
import com.siteline.issue.IssueQueries;
import com.siteline.issue.IssueService;
import com.siteline.issue.ResponseTimeSweep;
import com.siteline.issue.ResponseTimeTimers;
import com.siteline.notification.NotificationItem;
import com.siteline.notification.NotificationService;
import com.siteline.organization.RunAs;
import com.siteline.sdk.IssueType;
import com.siteline.sdk.Urgency;
import com.siteline.testsupport.SitelineSpringTest;
import com.siteline.testsupport.TestClock;
import com.siteline.testsupport.WorkspaceFixture;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Two application nodes on one MariaDB, each with its own db-scheduler: every breach and escalation
 * notice (in-app and email, to a local SMTP catcher) goes out exactly once; when the node running
 * the timer dies mid-run, the other one still sends them.
 */
@SitelineSpringTest
@SpringBootTest(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3025"})
// its configuration is used by no other class: closed after it, so the rest of the run does not carry it
@org.springframework.test.annotation.DirtiesContext
class TwoNodeTimersIT {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    /** Warning to the handler, breach to the team lead and the handler, escalation to the admin. */
    static final int NOTICES_PER_ISSUE = 3;

    @Autowired
    WorkspaceFixture fixture;

    @Autowired
    RunAs as;

    @Autowired
    IssueService issues;

    @Autowired
    IssueQueries queries;

    @Autowired
    ResponseTimeSweep sweep;

    @Autowired
    NotificationService notifications;

    @Autowired
    DataSource dataSource;

    @Autowired
    Clock clock;

    final List<Scheduler> nodes = new ArrayList<>();

    @AfterEach
    void stop() {
        nodes.forEach(Scheduler::stop);
        TestClock.reset();
    }

    private List<IssueDetails> breachedIssues(String marker, int count) {
        CustomerDetails customer = fixture.customer("SH-HOME", "双节点" + marker);
        TestClock.advance(Duration.ofHours(-3));
        List<IssueDetails> created = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            IssueDetails issue = fixture.issue(
                    customer, marker + " 投诉 " + i, IssueType.COMPLAINT, "quality-acceptance", Urgency.URGENT);
            created.add(as.user("admin", () -> issues.assign(issue.id(), issue.version(), "agent")));
        }
        TestClock.reset();
        return created;
    }

    private Scheduler node(String name, RecurringTask<Void> task) {
        Scheduler scheduler =
                ResponseTimeTimers.scheduler(dataSource, task, name, Duration.ofMillis(100), Duration.ofMillis(250));
        nodes.add(scheduler);
        return scheduler;
    }

    private RecurringTask<Void> realTask() {
        return ResponseTimeTimers.task(sweep, clock, Duration.ofMillis(200));
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        Instant end = Instant.now().plusSeconds(60);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("timed out waiting");
            }
            Thread.sleep(100);
        }
    }

    private List<MimeMessage> mailsAbout(String marker) {
        return List.of(smtp.getReceivedMessages()).stream()
                .filter(m -> text(m).contains(marker))
                .toList();
    }

    private static String text(MimeMessage message) {
        try {
            return String.valueOf(message.getContent());
        } catch (jakarta.mail.MessagingException | java.io.IOException e) {
            return GreenMailUtil.getBody(message);
        }
    }

    private void assertEachNoticeOnce(List<IssueDetails> breached, String marker) throws Exception {
        int total = 0;
        for (IssueDetails issue : breached) {
            List<NotificationItem> sent = notifications.ofIssue(issue.id());
            assertThat(sent).hasSize(NOTICES_PER_ISSUE);
            assertThat(sent)
                    .extracting(n -> n.kind() + "→" + n.recipient())
                    .doesNotHaveDuplicates()
                    // raised three hours ago, due in two: breached when the timer comes, so no warning of a past moment
                    .containsExactlyInAnyOrder("SLA_BREACH→manager", "SLA_BREACH→agent", "SLA_ESCALATION→admin");
            assertThat(as.user("admin", () -> queries.timeline(issue.id())))
                    .filteredOn(e -> e.kind() == IssueEventKind.ESCALATION)
                    .hasSize(2);
            total += sent.size();
        }
        int expected = total;
        try {
            await(() -> mailsAbout(marker).size() >= expected);
        } catch (AssertionError e) {
            throw new AssertionError(
                    "emails about " + marker + ": " + mailsAbout(marker).size() + " of "
                            + smtp.getReceivedMessages().length + " received; expected " + expected + "; first: "
                            + (smtp.getReceivedMessages().length == 0 ? "none" : text(smtp.getReceivedMessages()[0])),
                    e);
        }
        Thread.sleep(500);
        assertThat(mailsAbout(marker)).as("one email per notice").hasSize(total);
    }

    @Test
    void twoNodesSendEachBreachAndEscalationExactlyOnce() throws Exception {
        String marker = WorkspaceFixture.marker();
        List<IssueDetails> breached = breachedIssues(marker, 6);
        node("node-a", realTask()).start();
        node("node-b", realTask()).start();

        await(() ->
                breached.stream().allMatch(i -> notifications.ofIssue(i.id()).size() >= NOTICES_PER_ISSUE));
        Thread.sleep(1_000); // more runs of both nodes: nothing may be sent again
        assertEachNoticeOnce(breached, marker);
    }

    @Test
    void whenTheNodeRunningTheTimerDiesTheOtherSendsTheNotices() throws Exception {
        String marker = WorkspaceFixture.marker();
        List<IssueDetails> breached = breachedIssues(marker, 3);
        CountDownLatch picked = new CountDownLatch(1);
        RecurringTask<Void> hanging = Tasks.recurring(ResponseTimeTimers.TASK, FixedDelay.of(Duration.ofMillis(200)))
                .execute((instance, context) -> {
                    picked.countDown();
                    try {
                        Thread.sleep(Duration.ofMinutes(10)); // node A hangs mid-run and is then killed
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("node A killed mid-run", e);
                    }
                });
        Scheduler nodeA = node("node-a", hanging);
        nodeA.start();
        assertThat(picked.await(30, TimeUnit.SECONDS))
                .as("node A took the timer")
                .isTrue();
        nodeA.stop();
        assertThat(notifications.ofIssue(breached.getFirst().id()))
                .as("node A sent nothing")
                .isEmpty();

        node("node-b", realTask()).start();
        await(() ->
                breached.stream().allMatch(i -> notifications.ofIssue(i.id()).size() >= NOTICES_PER_ISSUE));
        Thread.sleep(1_000);
        assertEachNoticeOnce(breached, marker);
    }
}
