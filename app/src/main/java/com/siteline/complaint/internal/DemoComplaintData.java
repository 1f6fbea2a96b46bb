package com.siteline.complaint.internal;

import com.siteline.complaint.CauseCategory;
import com.siteline.complaint.CompensationRow;
import com.siteline.complaint.Compensations;
import com.siteline.complaint.ComplaintHandling;
import com.siteline.complaint.ComplaintView;
import com.siteline.complaint.HandlingInput;
import com.siteline.complaint.Impact;
import com.siteline.complaint.NewCompensation;
import com.siteline.organization.RunAs;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Demo complaint handling: 华东外墙's latest closed complaint with its responsible and supporting teams and their
 * notes; 上海家装's latest open complaint with a compensation of 3,000 yuan waiting for a unit manager, and its latest
 * closed one with a compensation approved and given, and one rejected; 滨江花园's latest complaint handled by its repair team, with
 * a compensation its manager proposed that the company approved.
 */
@Component
@Profile("demo")
@Order(11)
class DemoComplaintData extends com.siteline.base.DemoData {

    private final CompensationRepository rows;
    private final ComplaintHandling handling;
    private final Compensations compensations;
    private final RunAs as;
    private final JdbcTemplate jdbc;

    DemoComplaintData(
            CompensationRepository rows,
            ComplaintHandling handling,
            Compensations compensations,
            RunAs as,
            JdbcTemplate jdbc) {
        super("complaint compensations");
        this.rows = rows;
        this.handling = handling;
        this.compensations = compensations;
        this.as = as;
        this.jdbc = jdbc;
    }

    @Override
    protected long count() {
        return rows.count();
    }

    @Override
    protected void make() {
        painting();
        homeDecorationOpen();
        homeDecoration();
        property();
    }

    /** The unit's latest complaint, open or closed, not handled by the given user; null when there is none. */
    private Map<String, Object> complaint(String unit, boolean open, String notHandledBy) {
        List<Map<String, Object>> found = jdbc.queryForList(
                "select i.id, i.assignee, i.created_at, i.closed_at from customer_issue i join business_unit u on"
                        + " u.id = i.business_unit_id where u.code = ? and i.issue_type = 'COMPLAINT' and i.open_issue = ?"
                        + " and (i.assignee is null or i.assignee <> ?) order by i.created_at desc limit 1",
                unit,
                open,
                notHandledBy);
        return found.isEmpty() ? null : found.getFirst();
    }

    private long team(long issueId, String name) {
        return handling.teamsOf(unitOf(issueId)).stream()
                .filter(t -> t.name().equals(name))
                .map(ComplaintView.Team::id)
                .findFirst()
                .orElseThrow();
    }

    private long unitOf(long issueId) {
        return jdbc.queryForObject("select business_unit_id from customer_issue where id = ?", Long.class, issueId);
    }

    private void painting() {
        Map<String, Object> issue = complaint("EAST-PAINT", false, "manager");
        if (issue == null) {
            return;
        }
        long id = ((Number) issue.get("id")).longValue();
        Instant created = ((Timestamp) issue.get("created_at")).toInstant();
        Instant closed = ((Timestamp) issue.get("closed_at")).toInstant();
        handled("manager", id, "外墙客服组", "施工一队", CauseCategory.TECHNICAL, Set.of(Impact.DELAY, Impact.REPUTATION));
        as.user("manager", () -> handling.addNote(id, "施工一队已到现场查看，色差为两批涂料批号不同所致，已安排同批号重涂。"));
        as.user("agent", () -> handling.addNote(id, "已电话告知客户重涂时间，客户同意。"));
        dated(id, created, closed, 1);
    }

    private void homeDecorationOpen() {
        Map<String, Object> issue = complaint("SH-HOME", true, "manager");
        if (issue == null) {
            return;
        }
        long id = ((Number) issue.get("id")).longValue();
        handled("manager", id, "工程部", "家装客服一组", CauseCategory.TECHNICAL, Set.of(Impact.COST, Impact.REPUTATION));
        as.user("pm", () -> handling.addNote(id, "工程部已到现场查看，防水层收口处有渗点，周六安排返工。"));
        as.user("agent", () -> handling.addNote(id, "已电话告知业主及楼下邻居返工时间，业主希望减免部分尾款。"));
        as.user(
                "agent",
                () -> compensations.propose(
                        new NewCompensation(id, new BigDecimal("3000.00"), "返工期间卫生间停用两周，并承担楼下邻居天花修补，减免部分尾款")));
    }

    private void homeDecoration() {
        Map<String, Object> issue = complaint("SH-HOME", false, "manager");
        if (issue == null) {
            return;
        }
        long id = ((Number) issue.get("id")).longValue();
        Instant created = ((Timestamp) issue.get("created_at")).toInstant();
        Instant closed = ((Timestamp) issue.get("closed_at")).toInstant();
        handled("pm", id, "工程部", "家装客服一组", CauseCategory.COMMUNICATION, Set.of(Impact.DELAY));
        as.user("pm", () -> handling.addNote(id, "材料到货晚了三天，未及时告知业主，已向业主当面致歉。"));
        CompensationRow given = as.user(
                "pm",
                () -> compensations.propose(new NewCompensation(id, new BigDecimal("400.00"), "延期三天，赠送厨房吊柜拉手升级")));
        CompensationRow approved =
                as.user("manager", () -> compensations.decide(given.id(), given.version(), true, "同意"));
        as.user("pm", () -> compensations.given(approved.id(), approved.version()));
        CompensationRow asked = as.user(
                "agent",
                () -> compensations.propose(new NewCompensation(id, new BigDecimal("1200.00"), "业主要求减免一周租房费用")));
        as.user("manager", () -> compensations.decide(asked.id(), asked.version(), false, "延期三天已另行补偿，不重复补偿租房费用"));
        backdate(given.id(), created, closed);
        backdate(asked.id(), created, closed);
        dated(id, created, closed, 2);
    }

    private void property() {
        Map<String, Object> issue = complaint("BJ-PROPERTY", true, "manager");
        if (issue == null) {
            issue = complaint("BJ-PROPERTY", false, "manager");
        }
        if (issue == null) {
            return;
        }
        long id = ((Number) issue.get("id")).longValue();
        handled("manager", id, "工程维修组", "客服中心", CauseCategory.MANAGEMENT, Set.of(Impact.REPUTATION));
        as.user("manager", () -> handling.addNote(id, "工程维修组已排查，客服中心负责回访业主。"));
        CompensationRow proposed = as.user(
                "manager", () -> compensations.propose(new NewCompensation(id, new BigDecimal("300.00"), "减免当月停车费")));
        as.user("admin", () -> compensations.decide(proposed.id(), proposed.version(), true, "同意，下月起执行"));
    }

    /** Names an issue's responsible and supporting team (of its unit, by name), its cause and impacts, as a user. */
    private void handled(
            String user, long id, String responsible, String supporting, CauseCategory cause, Set<Impact> impacts) {
        as.user(
                user,
                () -> handling.save(
                        id,
                        -1,
                        new HandlingInput(team(id, responsible), Set.of(team(id, supporting)), cause, impacts)));
    }

    /**
     * Puts a closed complaint's handling {@code quarters} quarters into its life, and its notes a quarter after (the
     * handling saved, then the teams' notes, before it closed).
     */
    private void dated(long id, Instant created, Instant closed, int quarters) {
        jdbc.update(
                "update complaint_handling set changed_at = ? where issue_id = ?",
                Timestamp.from(between(created, closed, quarters)),
                id);
        jdbc.update(
                "update complaint_note set written_at = ? where issue_id = ?",
                Timestamp.from(between(created, closed, quarters + 1)),
                id);
    }

    /** Puts a compensation's steps inside its complaint's life: proposed, decided, given before it closed. */
    private void backdate(long compensationId, Instant created, Instant closed) {
        jdbc.update(
                "update compensation set proposed_at = ?, decided_at = case when decided_at is null then null else ? end,"
                        + " given_at = case when given_at is null then null else ? end where id = ?",
                Timestamp.from(between(created, closed, 2)),
                Timestamp.from(between(created, closed, 3)),
                Timestamp.from(closed.minus(Duration.ofMinutes(1))),
                compensationId);
    }

    /** A moment n quarters of the way from one instant to another. */
    private static Instant between(Instant from, Instant to, int quarters) {
        return from.plus(Duration.between(from, to).multipliedBy(quarters).dividedBy(4));
    }
}
