package com.siteline.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.siteline.channel.sms.Smsc;
import com.siteline.communication.CommunicationService;
import com.siteline.customer.Channel;
import com.siteline.customer.CustomerDetails;
import com.siteline.notification.internal.CustomerDispatch;
import com.siteline.organization.RunAs;
import com.siteline.testsupport.SitelineSpringTest;
import com.siteline.testsupport.TestClock;
import com.siteline.testsupport.WorkspaceFixture;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import org.jsmpp.util.DeliveryReceiptState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The outbox against a real SMPP server (jSMPP's server side, in this JVM) on MariaDB: consent, quiet hours, the daily
 * cap, retries after throttling, receipts out of order, the fallback to e-mail when a number is out of service, a
 * customer's SMS answer in their log, and exactly-once sending when two dispatchers race over the same queue.
 */
@SitelineSpringTest
class CustomerChannelsIT {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    CustomerMessages outbox;

    @Autowired
    CustomerDispatch dispatch;

    @Autowired
    ChannelSettings settings;

    @Autowired
    CustomerConsents consents;

    @Autowired
    CommunicationService communication;

    @Autowired
    WorkspaceFixture fixture;

    @Autowired
    com.siteline.testsupport.ClosedCases cases;

    @Autowired
    com.siteline.survey.SurveyService surveys;

    @Autowired
    com.siteline.survey.SurveySweep sweep;

    @Autowired
    RunAs as;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    Smsc smsc;
    long unit;
    ChannelSettings.UnitRules rulesBefore;

    @BeforeEach
    void liveSms() throws Exception {
        smsc = new Smsc("siteline", "s3cret");
        Map<String, String> values = new HashMap<>();
        values.put("host", "127.0.0.1");
        values.put("port", Integer.toString(smsc.port));
        values.put("systemId", "siteline");
        values.put("password", "s3cret");
        values.put("sourceAddress", "10690001");
        values.put("signature", "锦程");
        values.put("timeoutMillis", "2000");
        as.user("admin", () -> settings.save("sms", ChannelSettings.Mode.LIVE, values, -1));
        unit = fixture.unit("SH-HOME");
        rulesBefore = as.user("admin", () -> settings.rulesOf(unit));
    }

    @AfterEach
    void recordOnly() throws Exception {
        as.user("admin", () -> {
            settings.save("sms", ChannelSettings.Mode.RECORD, Map.of(), -1);
            settings.saveRules(unit, rulesBefore.quietFrom(), rulesBefore.quietUntil(), rulesBefore.dailyCap());
        });
        smsc.close();
        TestClock.reset();
        jdbc.update("delete from notification where created_at > ?", java.sql.Timestamp.from(Instant.now()));
    }

    private CustomerDetails customer(String marker) {
        return fixture.customer("SH-HOME", "渠道客户" + marker);
    }

    private long send(CustomerDetails customer, String kind, String body) {
        return as.system(() -> outbox.send(new CustomerMessages.Outgoing(
                customer.id(),
                customer.name(),
                customer.businessUnitId(),
                kind,
                customer.email(),
                customer.phone(),
                "通知",
                body)));
    }

    private CustomerMessage message(long id) {
        return as.user("admin", () -> outbox.get(id));
    }

    private CustomerMessage settled(long id) throws InterruptedException {
        try {
            await(() -> message(id).outcome() != MessageOutcome.PENDING
                    || message(id).attempts() > 0);
        } catch (AssertionError e) {
            throw new AssertionError(message(id) + " " + e.getMessage(), e);
        }
        return message(id);
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                StringBuilder threads = new StringBuilder();
                Thread.getAllStackTraces().forEach((thread, stack) -> {
                    if (java.util.Arrays.stream(stack)
                            .anyMatch(f -> f.getClassName().contains("notification.internal"))) {
                        threads.append(thread.getName())
                                .append(' ')
                                .append(thread.getState())
                                .append('\n');
                        for (StackTraceElement frame : stack) {
                            threads.append("  ").append(frame).append('\n');
                        }
                    }
                });
                throw new AssertionError("not within 15 s; the outbox thread:\n" + threads);
            }
            Thread.sleep(50);
        }
    }

    /** Moves the application's clock to a time of day in Shanghai (tomorrow, so it is never in the past). */
    private static Instant at(LocalTime time) {
        Instant target = LocalDate.now(SHANGHAI)
                .plusDays(1)
                .atTime(time)
                .atZone(SHANGHAI)
                .toInstant();
        TestClock.reset();
        TestClock.advance(Duration.between(Instant.now(), target));
        return target;
    }

    @Test
    void aMessageGoesBySmsWithTheSignatureAndIsDeliveredWhenItsReceiptsComeBackInAnyOrder() throws Exception {
        at(LocalTime.of(10, 0));
        String marker = WorkspaceFixture.marker();
        CustomerDetails customer = customer(marker);
        long first = send(customer, "PORTAL_REPORT", "本周进度：" + marker);
        assertThat(settled(first).outcome()).isEqualTo(MessageOutcome.SENT);
        long second = send(customer, "PORTAL_CONFIRM", "请签字确认：" + marker);
        assertThat(settled(second).outcome()).isEqualTo(MessageOutcome.SENT);
        assertThat(message(first).channel()).isEqualTo("sms");
        assertThat(message(first).address()).isEqualTo(customer.phone());
        assertThat(smsc.texts()).containsExactly("【锦程】本周进度：" + marker, "【锦程】请签字确认：" + marker);
        // the second's receipt first
        smsc.receipt(smsc.submitted.get(1).id(), DeliveryReceiptState.DELIVRD);
        smsc.receipt(smsc.submitted.get(0).id(), DeliveryReceiptState.DELIVRD);
        await(() -> message(first).outcome() == MessageOutcome.DELIVERED
                && message(second).outcome() == MessageOutcome.DELIVERED);
        assertThat(message(first).deliveredAt()).isNotNull();
        assertThat(jdbc.queryForObject(
                        "select count(*) from customer_message_part where message_id in (?, ?) and delivered = true",
                        Integer.class,
                        first,
                        second))
                .isEqualTo(2);
    }

    @Test
    void anUndeliveredSmsGoesOnByEmailAndWhenNoChannelIsLeftTheManagersAreTold() throws Exception {
        at(LocalTime.of(10, 0));
        String marker = WorkspaceFixture.marker();
        CustomerDetails withMail =
                fixture.customer("SH-HOME", "渠道客户" + marker, "kehu" + marker + "@example.com", Channel.PHONE);
        long id = send(withMail, "PORTAL_REPORT", "本周进度：" + marker);
        assertThat(settled(id).channel()).isEqualTo("sms");
        smsc.receipt(smsc.submitted.getLast().id(), DeliveryReceiptState.UNDELIV);
        // the number is out of service: the message goes on to e-mail (record-only in the demo), the next step
        await(() -> message(id).outcome() == MessageOutcome.PENDING);
        dispatch.dispatch(id, clock.instant());
        CustomerMessage byMail = message(id);
        assertThat(byMail.outcome()).isEqualTo(MessageOutcome.SENT);
        assertThat(byMail.channel()).isEqualTo("email");
        assertThat(byMail.address()).isEqualTo("kehu" + marker + "@example.com");

        // a customer with a phone only: the SMS fails for good, nothing is left, the unit's managers are told
        CustomerDetails phoneOnly = customer(marker + "乙");
        smsc.close();
        long lost = send(phoneOnly, "PORTAL_REPORT", "本周进度：" + marker);
        for (int i = 0; i < 5 && message(lost).outcome().waiting(); i++) {
            dispatch.dispatch(lost, clock.instant().plus(Duration.ofHours(i + 1)));
        }
        CustomerMessage failed = message(lost);
        assertThat(failed.outcome()).isEqualTo(MessageOutcome.FAILED);
        assertThat(failed.detail()).contains("no channel worked", "sms");
        assertThat(jdbc.queryForObject(
                        "select count(*) from notification where kind = 'MESSAGE_FAILED' and dedup_key like ?",
                        Integer.class,
                        "message-failed:" + lost + ":%"))
                .isPositive();
        smsc = new Smsc("siteline", "s3cret");
    }

    @Test
    void aThrottledSmsIsTriedAgainAfterItsBackOffAndGoesOnce() throws Exception {
        at(LocalTime.of(11, 0));
        String marker = WorkspaceFixture.marker();
        CustomerDetails customer = customer(marker);
        smsc.throttleNext.set(1);
        long id = send(customer, "PORTAL_REPORT", "节后复工通知 " + marker);
        CustomerMessage throttled = settled(id);
        assertThat(throttled.outcome()).isEqualTo(MessageOutcome.PENDING);
        assertThat(throttled.attempts()).isEqualTo(1);
        assertThat(throttled.detail()).contains("ESME_RTHROTTLED");
        assertThat(throttled.nextAttemptAt()).isAfter(clock.instant().plusSeconds(20));
        // before its time nothing happens; after it, it goes
        assertThat(dispatch.dispatch(id, clock.instant())).isFalse();
        assertThat(dispatch.dispatch(id, throttled.nextAttemptAt())).isTrue();
        assertThat(message(id).outcome()).isEqualTo(MessageOutcome.SENT);
        assertThat(smsc.texts()).containsExactly("【锦程】节后复工通知 " + marker);
    }

    @Test
    void quietHoursHoldAnSmsUntilMorningButNotACodeAndTheDailyCapHoldsTheRest() throws Exception {
        Instant night = at(LocalTime.of(22, 30));
        String marker = WorkspaceFixture.marker();
        CustomerDetails customer = customer(marker);
        long report = send(customer, "PORTAL_REPORT", "夜间 " + marker);
        CustomerMessage held = settled(report);
        assertThat(held.outcome()).isEqualTo(MessageOutcome.HELD);
        assertThat(held.detail()).contains("quiet hours");
        Instant morning = night.atZone(SHANGHAI)
                .toLocalDate()
                .plusDays(1)
                .atTime(8, 0)
                .atZone(SHANGHAI)
                .toInstant();
        assertThat(held.nextAttemptAt()).isEqualTo(morning);
        long code = send(customer, "PORTAL_CODE", "验证码 4711");
        assertThat(settled(code).outcome()).isEqualTo(MessageOutcome.SENT);
        assertThat(dispatch.dispatch(report, morning)).isTrue();
        assertThat(message(report).outcome()).isEqualTo(MessageOutcome.SENT);

        // a cap of two a day: the report counted, the code did not; the next goes, the one after waits a day
        as.user("admin", () -> settings.saveRules(unit, LocalTime.of(21, 0), LocalTime.of(8, 0), 2));
        at(LocalTime.of(9, 0));
        long second = send(customer, "PORTAL_REPORT", "第二条 " + marker);
        assertThat(settled(second).outcome()).isEqualTo(MessageOutcome.SENT);
        long third = send(customer, "PORTAL_REPORT", "第三条 " + marker);
        CustomerMessage capped = settled(third);
        assertThat(capped.outcome()).isEqualTo(MessageOutcome.HELD);
        assertThat(capped.detail()).contains("daily cap of 2");
        assertThat(smsc.texts()).containsExactly("【锦程】验证码 4711", "【锦程】夜间 " + marker, "【锦程】第二条 " + marker);
    }

    @Test
    void aWithdrawnPurposeOrChannelIsObeyedButACodeStillGoes() throws Exception {
        at(LocalTime.of(10, 0));
        String marker = WorkspaceFixture.marker();
        CustomerDetails customer = customer(marker);
        as.user(
                "agent",
                () -> consents.record(
                        customer.id(), CustomerConsents.purposeSubject(MessagePurpose.MARKETING), false, "电话告知"));
        long greeting = send(customer, "GREETING", "新年快乐 " + marker);
        CustomerMessage kept = settled(greeting);
        assertThat(kept.outcome()).isEqualTo(MessageOutcome.KEPT);
        assertThat(kept.detail()).contains("consent for MARKETING withdrawn", "电话告知");
        as.user(
                "agent",
                () -> consents.record(customer.id(), CustomerConsents.channelSubject("sms"), false, "短信回复 TD"));
        long report = send(customer, "PORTAL_REPORT", "进度 " + marker);
        assertThat(settled(report).outcome()).isEqualTo(MessageOutcome.KEPT);
        assertThat(message(report).detail()).contains("sms: opted out");
        long code = send(customer, "PORTAL_CODE", "验证码 1234");
        assertThat(settled(code).outcome()).isEqualTo(MessageOutcome.SENT);
        assertThat(smsc.texts()).containsExactly("【锦程】验证码 1234");
        // every decision is kept with how and by whom; the newest is in force
        assertThat(as.user("agent", () -> consents.history(customer.id())))
                .extracting(CustomerConsents.Decision::how, CustomerConsents.Decision::recordedBy)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("短信回复 TD", "agent"),
                        org.assertj.core.groups.Tuple.tuple("电话告知", "agent"));
    }

    @Test
    void aCustomersSmsAnswerIsTheMessagesReplyAndAnEntryOfTheirLog() throws Exception {
        at(LocalTime.of(10, 0));
        String marker = WorkspaceFixture.marker();
        CustomerDetails customer = customer(marker);
        long id = send(customer, "SURVEY", "请回复 1 满意 " + marker);
        assertThat(settled(id).outcome()).isEqualTo(MessageOutcome.SENT);
        smsc.customerSends(customer.phone(), "10690001", "墙角还有一处渗水 " + marker);
        await(() -> message(id).outcome() == MessageOutcome.REPLIED);
        assertThat(message(id).replyText()).isEqualTo("墙角还有一处渗水 " + marker);
        await(() ->
                !as.user("admin", () -> communication.ofCustomer(customer.id())).isEmpty());
        var entry =
                as.user("admin", () -> communication.ofCustomer(customer.id())).getFirst();
        assertThat(entry.channel()).isEqualTo(Channel.SMS);
        assertThat(entry.content()).isEqualTo("墙角还有一处渗水 " + marker);
        assertThat(entry.place()).isEqualTo(customer.phone());
    }

    @Test
    void aDigitSentBackToASurveyIsItsRating() throws Exception {
        at(LocalTime.of(10, 0));
        String marker = WorkspaceFixture.marker();
        CustomerDetails customer = customer(marker);
        var closed = cases.close(customer, "窗户渗水 " + marker, true);
        var survey = as.user("admin", () -> surveys.ofIssue(closed.id())).orElseThrow();
        as.system(() -> sweep.run(survey.dueAt().plusSeconds(1)));
        long id = as.system(() -> outbox.ofCustomer(customer.id())).stream()
                .filter(m -> m.kind().equals("SURVEY"))
                .findFirst()
                .orElseThrow()
                .id();
        assertThat(settled(id).channel()).isEqualTo("sms");
        assertThat(smsc.texts().getLast()).contains("回复 1–5 分");
        smsc.customerSends(customer.phone(), "10690001", " 5 ");
        await(() -> Integer.valueOf(5)
                .equals(jdbc.queryForObject(
                        "select rating from survey_request where id = ?", Integer.class, survey.id())));
        assertThat(jdbc.queryForObject(
                        "select concat(state, '/', answer_channel) from survey_request where id = ?",
                        String.class,
                        survey.id()))
                .isEqualTo("ANSWERED/sms");
        // the answer is on the case's timeline too, with its channel
        await(() -> as.user("admin", () -> communication.ofIssue(closed.id())).stream()
                .anyMatch(e -> e.channel() == Channel.SMS && e.content().equals("5")));
        // a text that is no score is only a reply: no second answer, nothing changed
        smsc.customerSends(customer.phone(), "10690001", "谢谢");
        await(() -> message(id).replyText().equals("谢谢"));
        assertThat(jdbc.queryForObject("select rating from survey_request where id = ?", Integer.class, survey.id()))
                .isEqualTo(5);
    }

    @Test
    void twoDispatchersRacingOverTheQueueSendEachMessageOnce() throws Exception {
        at(LocalTime.of(10, 0));
        String marker = WorkspaceFixture.marker();
        List<Long> ids = new ArrayList<>();
        as.user("admin", () -> settings.saveRules(unit, LocalTime.of(21, 0), LocalTime.of(8, 0), 100));
        for (int i = 0; i < 30; i++) {
            CustomerDetails customer = customer(marker + i);
            long id = send(customer, "PORTAL_REPORT", "批量 " + marker + " " + i);
            ids.add(id);
        }
        await(() -> ids.stream().noneMatch(id -> message(id).outcome() == MessageOutcome.PENDING));
        // every message again as queued: two dispatchers at once must not send any twice
        for (long id : ids) {
            jdbc.update(
                    "update customer_message set outcome = 'PENDING', next_attempt_at = null, sent_at = null,"
                            + " channel = null, address = null where id = ?",
                    id);
        }
        ExecutorService two = Executors.newFixedThreadPool(2);
        Instant now = clock.instant();
        List<Callable<Integer>> runs =
                List.of(() -> dispatch.dispatchDue(now, 1000), () -> dispatch.dispatchDue(now, 1000));
        int handled = 0;
        for (var f : two.invokeAll(runs)) {
            handled += f.get();
        }
        two.shutdown();
        assertThat(ids).allSatisfy(id -> assertThat(message(id).outcome()).isEqualTo(MessageOutcome.SENT));
        assertThat(handled).isGreaterThanOrEqualTo(ids.size());
        // each text twice in all: once from the first sending, once from the race, never a third time
        List<String> texts = smsc.texts().stream()
                .filter(t -> t.contains("批量 " + marker + " "))
                .toList();
        assertThat(texts).hasSize(2 * ids.size());
        assertThat(texts.stream().distinct().count()).isEqualTo(ids.size());
    }
}
