package com.siteline.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.siteline.audit.AuditLog;
import com.siteline.base.InvalidInputException;
import com.siteline.base.RefusedException;
import com.siteline.communication.CommunicationService;
import com.siteline.communication.LogEntry;
import com.siteline.communication.NewLogEntry;
import com.siteline.customer.Channel;
import com.siteline.customer.CustomerDetails;
import com.siteline.organization.RunAs;
import com.siteline.search.SearchService;
import com.siteline.testsupport.SitelineSpringTest;
import com.siteline.testsupport.WorkspaceFixture;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Retention (#32): a log entry past its period is archived (out of the search, read-only, still counted), one on
 * hold is kept, one within a month is listed for a manager to hold; a portal event past its period is deleted; two
 * sweeps at once archive each row once; the audit chain still verifies.
 */
@SitelineSpringTest
class RetentionIT {

    @Autowired
    Retention retention;

    @Autowired
    WorkspaceFixture fixture;

    @Autowired
    CommunicationService communications;

    @Autowired
    SearchService search;

    @Autowired
    AuditLog log;

    @Autowired
    RunAs as;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Test
    void pastItsPeriodARecordIsArchivedOnceUnlessHeldAndWhatGoesSoonIsListed() throws Exception {
        String marker = WorkspaceFixture.marker();
        CustomerDetails held = fixture.customer("SH-HOME", "保全客户" + marker);
        CustomerDetails other = fixture.customer("SH-HOME", "到期客户" + marker);
        Instant now = clock.instant();
        long heldOld = entry(held, "保全记录 " + marker, monthsAgo(now, 37, 0));
        long old = entry(other, "过期记录 " + marker, monthsAgo(now, 37, 0));
        long soon = entry(other, "将到期记录 " + marker, monthsAgo(now, 35, 10));
        long fresh = entry(other, "新的记录 " + marker, null);
        jdbc.update(
                "insert into portal_event (customer_id, business_unit_id, kind, subject, ip, user_agent, at)"
                        + " values (?, ?, 'LOGIN', ?, '203.0.113.9', 'test', ?)",
                other.id(),
                other.businessUnitId(),
                "retention " + marker,
                Timestamp.from(monthsAgo(now, 13, 0)));

        jdbc.update(
                "insert into survey_request (customer_id, customer_name, business_unit_id, subject, trigger_kind,"
                        + " template_id, template_version, state, answered_at, answer_ip, answer_agent, rating,"
                        + " comment_text, created_at) values (?, ?, ?, ?, 'CAMPAIGN', 'service', 1, 'ANSWERED', ?,"
                        + " '203.0.113.9', 'test', 2, ?, ?)",
                other.id(),
                other.name(),
                other.businessUnitId(),
                "retention " + marker,
                Timestamp.from(monthsAgo(now, 37, 0)),
                "师傅态度不好 " + marker,
                Timestamp.from(monthsAgo(now, 38, 0)));

        // an administrator sets the period; bad input refused, the audit history takes none
        Retention.Rule rule = rule(RetentionType.LOG_ENTRY);
        assertThatThrownBy(() -> as.user("admin", () -> {
                    retention.setRule(RetentionType.LOG_ENTRY, 0, rule.version());
                    return null;
                }))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> as.user("admin", () -> {
                    retention.setRule(
                            RetentionType.AUDIT, 12, rule(RetentionType.AUDIT).version());
                    return null;
                }))
                .isInstanceOf(RefusedException.class);
        as.user("admin", () -> {
            retention.setRule(RetentionType.LOG_ENTRY, 36, rule.version());
            return null;
        });
        assertThat(rule(RetentionType.LOG_ENTRY).months()).isEqualTo(36);

        // a manager holds one customer (a reason is required)
        assertThatThrownBy(() -> as.user("manager", () -> retention.holdCustomer(held.id(), " ")))
                .isInstanceOf(InvalidInputException.class);
        as.user("manager", () -> retention.holdCustomer(held.id(), "投诉纠纷未结，法务要求保全"));
        List<Long> listed = as.user("manager", () -> retention.dueSoon(RetentionType.LOG_ENTRY, 10_000)).stream()
                .map(Retention.Due::id)
                .toList();
        assertThat(listed).contains(old, soon).doesNotContain(heldOld, fresh);

        // two sweeps at once
        Instant started = Instant.now().minusSeconds(1);
        var first = CompletableFuture.supplyAsync(() -> as.system(() -> retention.sweep()));
        var second = CompletableFuture.supplyAsync(() -> as.system(() -> retention.sweep()));
        int counted = first.get().stream()
                        .filter(s -> s.type() == RetentionType.LOG_ENTRY)
                        .mapToInt(Retention.Swept::rows)
                        .sum()
                + second.get().stream()
                        .filter(s -> s.type() == RetentionType.LOG_ENTRY)
                        .mapToInt(Retention.Swept::rows)
                        .sum();
        assertThat(counted)
                .as("each row archived once")
                .isEqualTo(jdbc.queryForObject(
                        "select count(*) from communication where archived_at >= ?",
                        Integer.class,
                        Timestamp.from(started)));
        assertThat(archived(old)).isTrue();
        assertThat(archived(heldOld)).as("held").isFalse();
        assertThat(archived(soon)).as("not yet").isFalse();
        assertThat(archived(fresh)).isFalse();
        assertThat(jdbc.queryForObject(
                        "select count(*) from portal_event where subject = ?", Long.class, "retention " + marker))
                .isZero();

        // a survey's words cleared, its rating kept for the figures
        assertThat(jdbc.queryForMap(
                        "select comment_text, answer_ip, rating from survey_request where subject = ?",
                        "retention " + marker))
                .containsEntry("comment_text", null)
                .containsEntry("answer_ip", null)
                .containsEntry("rating", 2);

        // out of the search, read-only, still there for the figures
        assertThat(as.user("manager", () -> search.search("过期记录 " + marker, 5)).total())
                .isZero();
        assertThat(as.user("manager", () -> search.search("新的记录 " + marker, 5)).total())
                .isPositive();
        assertThatThrownBy(() -> as.user("agent", () -> communications.markReplied(old)))
                .hasMessageContaining("retention.refused.archived");
        assertThat(jdbc.queryForObject("select count(*) from communication where id = ?", Long.class, old))
                .isEqualTo(1L);
        assertThat(as.user("admin", () -> log.verify(n -> {})).intact()).isTrue();
    }

    private long entry(CustomerDetails customer, String content, Instant backdated) {
        LogEntry entry = as.user(
                "agent",
                () -> communications.record(new NewLogEntry(
                        customer.id(),
                        null,
                        null,
                        clock.instant().minusSeconds(60),
                        null,
                        Channel.PHONE,
                        "客服",
                        content,
                        null,
                        clock.instant().plusSeconds(86_400),
                        false,
                        List.of())));
        if (backdated != null) {
            jdbc.update("update communication set occurred_at = ? where id = ?", Timestamp.from(backdated), entry.id());
        }
        return entry.id();
    }

    private Retention.Rule rule(RetentionType type) {
        return as.user("admin", () -> retention.rules()).stream()
                .filter(r -> r.type() == type)
                .findFirst()
                .orElseThrow();
    }

    private boolean archived(long id) {
        return jdbc.queryForObject("select archived_at from communication where id = ?", Timestamp.class, id) != null;
    }

    private static Instant monthsAgo(Instant now, int months, int moreDays) {
        return now.atOffset(ZoneOffset.UTC)
                .minusMonths(months)
                .minusDays(moreDays)
                .toInstant();
    }
}
