package com.siteline.survey.internal;

import com.siteline.communication.CommunicationService;
import com.siteline.communication.NewLogEntry;
import com.siteline.customer.Channel;
import com.siteline.notification.CustomerMessages;
import com.siteline.organization.RunAs;
import com.siteline.survey.SurveyAnswers;
import com.siteline.survey.SurveySweep;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Demo surveys: half a year of closed cases with their surveys sent a day after closing, most answered (some by
 * phone), a few poor ratings followed up, some run out, some not sent (no contact, asked recently); and, today,
 * two surveys sent by the timer: 钱女士 answered hers with 2 stars through her link, which reopened her case and
 * told the manager; the other waits for its answer. Runs before the periodic documents freeze their figures.
 */
@Component
@Profile("demo")
@Order(4)
class DemoSurveyData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoSurveyData.class);
    private static final Pattern LINK = Pattern.compile("/survey/([A-Za-z0-9_-]+)");
    private static final String[] COMMENTS = {"师傅很专业，沟通及时", "处理得很快，谢谢", "整体满意，希望以后提前通知上门时间", "客服态度很好", null, null, null
    };

    private final SurveyRequestRepository requests;
    private final SurveySweep sweep;
    private final SurveyAnswers answers;
    private final CustomerMessages messages;
    private final CommunicationService communications;
    private final RunAs as;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    DemoSurveyData(
            SurveyRequestRepository requests,
            SurveySweep sweep,
            SurveyAnswers answers,
            CustomerMessages messages,
            CommunicationService communications,
            RunAs as,
            JdbcTemplate jdbc,
            Clock clock) {
        this.requests = requests;
        this.sweep = sweep;
        this.answers = answers;
        this.messages = messages;
        this.communications = communications;
        this.as = as;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (requests.count() == 0 || requests.findAll().stream().anyMatch(r -> r.getSentAt() != null)) {
            return;
        }
        Instant now = clock.instant();
        Map<Long, Instant> closedAt = new HashMap<>();
        jdbc.query("select s.id, i.closed_at from survey_request s join customer_issue i on i.id = s.issue_id", rs -> {
            Timestamp at = rs.getTimestamp(2);
            if (at != null) {
                closedAt.put(rs.getLong(1), at.toInstant());
            }
        });
        int live = live(now, closedAt);
        int history = history(now, closedAt);
        log.info("Demo surveys: {} sent today, {} in the history", live, history);
    }

    /** Today's: the cases closed today get a contact and their survey; 钱女士 answers hers with 2 stars. */
    private int live(Instant now, Map<Long, Instant> closedAt) {
        List<SurveyRequest> today = requests.findAll().stream()
                .filter(r -> r.getIssueId() != null)
                .filter(r -> closedAt.getOrDefault(r.getId(), Instant.EPOCH).isAfter(now.minus(Duration.ofHours(12))))
                .toList();
        for (SurveyRequest request : today) {
            as.user(
                    "manager",
                    () -> communications.record(new NewLogEntry(
                            request.getCustomerId(),
                            null,
                            request.getIssueId(),
                            now.minus(Duration.ofMinutes(40)),
                            null,
                            Channel.PHONE,
                            "客服；" + request.getCustomerName(),
                            "电话告知处理结果，客户确认问题已解决",
                            "客户认可处理结果",
                            null,
                            false,
                            List.of())));
            jdbc.update(
                    "update survey_request set due_at = ? where id = ?",
                    Timestamp.from(now.minusSeconds(60)),
                    request.getId());
        }
        as.system(() -> sweep.run(now));
        for (SurveyRequest request : today) {
            if (request.getCustomerName().startsWith("钱")) {
                token(request.getCustomerId())
                        .ifPresent(token -> answers.answer(
                                token,
                                Map.of(
                                        "rating",
                                        "2",
                                        "reasons",
                                        List.of("slow", "chased"),
                                        "comment",
                                        "缴费问题问了三次才有人回复，希望改进"),
                                "203.0.113.7",
                                "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X)"));
            }
        }
        return today.size();
    }

    private java.util.Optional<String> token(long customerId) {
        return as.system(() -> messages.ofCustomer(customerId)).stream()
                .map(m -> LINK.matcher(m.body()))
                .filter(Matcher::find)
                .map(m -> m.group(1))
                .findFirst();
    }

    /** Half a year: sent a day after closing; answered, run out, or not sent as the rules would have had it. */
    private int history(Instant now, Map<Long, Instant> closedAt) {
        Random random = new Random(20261201);
        Map<Long, Instant> lastSent = new HashMap<>();
        List<SurveyRequest> past = requests.findAll().stream()
                .filter(r -> r.getSentAt() == null)
                .filter(r -> closedAt.getOrDefault(r.getId(), now).isBefore(now.minus(Duration.ofDays(3))))
                .sorted(java.util.Comparator.comparing(r -> closedAt.get(r.getId())))
                .toList();
        for (SurveyRequest r : past) {
            Instant sent = closedAt.get(r.getId()).plus(Duration.ofDays(1));
            Instant before = lastSent.get(r.getCustomerId());
            if (random.nextInt(10) == 0) {
                jdbc.update("update survey_request set state = 'NO_CONTACT', due_at = null where id = ?", r.getId());
                continue;
            }
            if (before != null && before.isAfter(sent.minus(Duration.ofDays(30)))) {
                jdbc.update("update survey_request set state = 'THROTTLED', due_at = null where id = ?", r.getId());
                continue;
            }
            lastSent.put(r.getCustomerId(), sent);
            if (random.nextInt(6) == 0) {
                jdbc.update(
                        """
                        update survey_request set state = 'EXPIRED', due_at = null, sent_at = ?, reminded_at = ?,
                            expires_at = ? where id = ?""",
                        ts(sent),
                        ts(sent.plus(Duration.ofDays(3))),
                        ts(sent.plus(Duration.ofDays(14))),
                        r.getId());
                continue;
            }
            int roll = random.nextInt(20);
            int rating = roll < 8 ? 5 : roll < 14 ? 4 : roll < 17 ? 3 : roll < 19 ? 2 : 1;
            String pick = COMMENTS[random.nextInt(COMMENTS.length)];
            String comment = rating <= 2 ? "修补后又出现同样问题" : pick;
            String json = rating <= 2
                    ? "{\"rating\":\"" + rating + "\",\"reasons\":[\"unsolved\"],\"comment\":\"" + comment + "\"}"
                    : "{\"rating\":\"" + rating + "\"" + (comment == null ? "" : ",\"comment\":\"" + comment + "\"")
                            + "}";
            Instant answered = sent.plus(Duration.ofHours(1 + random.nextInt(40)));
            boolean phone = random.nextInt(4) == 0;
            jdbc.update(
                    """
                    update survey_request set state = 'ANSWERED', due_at = null, sent_at = ?, expires_at = ?,
                        answered_at = ?, answer_channel = ?, answered_by = ?, rating = ?, answers = ?,
                        comment_text = ?, poor_followed_at = ? where id = ?""",
                    ts(sent),
                    ts(sent.plus(Duration.ofDays(14))),
                    ts(answered),
                    phone ? "phone" : "link",
                    phone ? "agent" : null,
                    rating,
                    json,
                    comment,
                    rating <= 2 ? ts(answered) : null,
                    r.getId());
            if (rating <= 2 && r.getIssueId() != null) {
                // the poor rating reopened the case, which was then handled and closed again: the timeline says so
                // handled again within two days (or by now, for a recent one)
                long span = Math.min(
                        Duration.ofDays(2).toMinutes(),
                        Duration.between(answered, now).toMinutes() * 9 / 10);
                Instant reclosed = answered.plus(Duration.ofMinutes(span));
                jdbc.update(
                        "update customer_issue set reopened_count = reopened_count + 1, closed_at = ?, updated_at = ? where id = ?",
                        ts(reclosed),
                        ts(reclosed),
                        r.getIssueId());
                String[][] steps = {
                    {"CLOSED", "IN_PROGRESS", "满意度回访评分低，重新处理"},
                    {"IN_PROGRESS", "FEEDBACK_GIVEN", "二次整改后反馈客户"},
                    {"FEEDBACK_GIVEN", "CLOSED", "核实整改结果"}
                };
                for (int s = 0; s < steps.length; s++) {
                    jdbc.update(
                            "insert into issue_event (issue_id, occurred_at, actor, kind, from_status, to_status,"
                                    + " detail) values (?, ?, ?, 'STATUS', ?, ?, ?)",
                            r.getIssueId(),
                            ts(answered.plus(Duration.ofMinutes(span * (s + 1) / 3))),
                            s == 2 ? "manager" : "agent",
                            steps[s][0],
                            steps[s][1],
                            steps[s][2]);
                }
            }
        }
        return past.size();
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }
}
