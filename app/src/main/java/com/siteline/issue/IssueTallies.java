package com.siteline.issue;

import com.siteline.base.Actors;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.Role;
import com.siteline.sdk.Urgency;
import com.siteline.sla.UserZones;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts over the issues of the signed-in user's units, made by the database rather than by reading each
 * issue: the response-time report's groups, the minutes behind its percentiles, the overview's weekly bars
 * and its open-issue tiles. Each reads one covering index ({@code ix_issue_report} by unit and time raised,
 * {@code ix_issue_open_counts} by unit and open; V35), so a year of a million issues is counted without
 * touching a row. The conditions are those of {@link SlaFact} (counted, met, overdue next update) and of
 * the inbox's filters, written once here in SQL; the tests compare both with the per-issue definitions.
 * The report counts are for managers and admins (as the reports), the open-issue counts for every staff
 * member's overview.
 */
@Service
@Transactional(readOnly = true)
public class IssueTallies {

    /** The column a tally groups by, besides the unit. */
    public enum By {
        UNIT("''"),
        ASSIGNEE("coalesce(assignee, '')"),
        VARIANT("coalesce(variant_id, '')"),
        CATEGORY("coalesce(category_id, '')"),
        URGENCY("urgency"),
        TYPE("issue_type"),
        CUSTOMER_TYPE("customer_type");

        private final String sql;

        By(String sql) {
            this.sql = sql;
        }
    }

    /** A group's deadlines: issues raised, counted and met of each kind, issues that missed any. */
    public record SlaTally(
            long unitId,
            String key,
            int issues,
            int firstResponseCounted,
            int firstResponseMet,
            int nextUpdateCounted,
            int nextUpdateMet,
            int resolutionCounted,
            int resolutionMet,
            int breached) {}

    /** How many issues of a group took exactly {@code minutes} (of target time). */
    public record MinutesCount(long unitId, String key, long minutes, int count) {}

    /** An issue of a group that missed a deadline. */
    public record Breach(long unitId, String key, long id) {}

    private static final String FR_COUNTS =
            "(first_response_due is not null and (first_responded_at is not null" + " or first_response_due <= :now))";
    private static final String FR_MET = "(first_response_due is not null and first_responded_at is not null"
            + " and first_responded_at <= first_response_due)";
    private static final String NU_OVERDUE = "(open_issue = true and resolved_at is null and paused_since is null"
            + " and next_update_due is not null and next_update_due <= :now)";
    private static final String RES_COUNTS =
            "(resolution_due is not null and (resolved_at is not null" + " or resolution_due <= :now))";
    private static final String RES_MET =
            "(resolution_due is not null and resolved_at is not null" + " and resolved_at <= resolution_due)";
    private static final String MISSED = "((" + FR_COUNTS + " and not " + FR_MET + ") or next_update_met"
            + " < next_update_counted + case when " + NU_OVERDUE + " then 1 else 0 end or (" + RES_COUNTS
            + " and not " + RES_MET + "))";
    /** The deadline flags of an issue (frc, frm, nuc, num, rc, rm, missed) as {@link SlaFact} defines them. */
    static final String SLA_FLAGS = "case when " + FR_COUNTS + " then 1 else 0 end frc, case when " + FR_MET
            + " then 1 else 0 end frm, next_update_counted + case when " + NU_OVERDUE + " then 1 else 0 end nuc,"
            + " next_update_met num, case when " + RES_COUNTS + " then 1 else 0 end rc, case when " + RES_MET
            + " then 1 else 0 end rm, case when " + MISSED + " then 1 else 0 end missed";
    /** The KPI's flags of an issue: feedback given (resolved or reopened) and reopened. */
    static final String KPI_FLAGS = "case when resolved_at is not null or reopened_count > 0 then 1 else 0 end fb,"
            + " case when reopened_count > 0 then 1 else 0 end ro";
    /** An issue repeats one of the same customer and category raised this many days before it or fewer. */
    public static final int REPEAT_DAYS = 30;
    /** Whether issue {@code i} repeats an earlier one of the same unit, customer and category. */
    static final String REPEAT = "case when i.category_id is not null and exists (select 1 from customer_issue o"
            + " where o.customer_id = i.customer_id and o.category_id = i.category_id"
            + " and o.business_unit_id = i.business_unit_id and o.created_at >= i.created_at - interval '" + REPEAT_DAYS
            + "' day and (o.created_at < i.created_at or (o.created_at = i.created_at and o.id < i.id))) then 1 else 0 end";

    private static final String RAISED =
            " from customer_issue where business_unit_id in (:units)" + " and created_at >= :from and created_at < :to";

    private final EntityManager em;
    private final OrganizationService organization;
    private final UserZones zones;
    private final RolledCounts counter;

    IssueTallies(EntityManager em, OrganizationService organization, UserZones zones, RolledCounts counter) {
        this.em = em;
        this.counter = counter;
        this.zones = zones;
        this.organization = organization;
    }

    /** The deadlines of the issues raised in [from, to), per unit and {@code by}, as they stand at {@code now}. */
    @PreAuthorize(Role.Can.REPORT)
    public List<SlaTally> sla(Instant from, Instant to, By by, Instant now) {
        return slaTallies(counter.counted(units(), by.sql, from, to, now, Map.of(), by, null, false));
    }

    /**
     * The deadlines of the issues raised in [bounds[0], bounds[n]) per unit and period: key "i" holds those
     * raised in [bounds[i], bounds[i + 1]).
     */
    @PreAuthorize(Role.Can.REPORT)
    public List<SlaTally> slaByPeriod(List<Instant> bounds, Instant now) {
        StringBuilder key = new StringBuilder("case");
        Map<String, Object> extra = new java.util.HashMap<>();
        for (int i = 1; i < bounds.size() - 1; i++) {
            key.append(" when created_at < :b")
                    .append(i)
                    .append(" then '")
                    .append(i - 1)
                    .append('\'');
            extra.put("b" + i, bounds.get(i));
        }
        key.append(" else '").append(bounds.size() - 2).append("' end");
        java.util.function.Function<Instant, String> period = at -> {
            int i = 0;
            while (i < bounds.size() - 2 && !at.isBefore(bounds.get(i + 1))) {
                i++;
            }
            return Integer.toString(i);
        };
        return slaTallies(counter.counted(
                units(), key.toString(), bounds.getFirst(), bounds.getLast(), now, extra, By.UNIT, period, false));
    }

    /** The counts of {@link RolledCounts} as the response-time report's tallies. */
    private static List<SlaTally> slaTallies(Map<RolledCounts.Group, int[]> sums) {
        List<SlaTally> tallies = new ArrayList<>();
        sums.forEach((g, c) ->
                tallies.add(new SlaTally(g.unitId(), g.key(), c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7])));
        return tallies;
    }

    /** How many issues raised in [from, to) took how many minutes to their first response (those made). */
    @PreAuthorize(Role.Can.REPORT)
    public List<MinutesCount> firstResponseMinutes(Instant from, Instant to, By by) {
        return minutes("first_response_taken", "first_response_taken is not null", from, to, by);
    }

    /** How many issues raised in [from, to) took how many minutes to their resolution (those resolved). */
    @PreAuthorize(Role.Can.REPORT)
    public List<MinutesCount> resolutionMinutes(Instant from, Instant to, By by) {
        return minutes("resolution_taken", "resolution_taken is not null and resolved_at is not null", from, to, by);
    }

    private List<MinutesCount> minutes(String column, String condition, Instant from, Instant to, By by) {
        Collection<Long> units = units();
        if (units.isEmpty()) {
            return List.of();
        }
        Query query = em.createNativeQuery("select t.u, t.k, t.m, count(*) from (select business_unit_id u, " + by.sql
                + " k, " + column + " m" + RAISED + " and " + condition + ") t group by t.u, t.k, t.m");
        bind(query, units, from, to);
        List<MinutesCount> counts = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            counts.add(new MinutesCount(((Number) r[0]).longValue(), text(r[1]), ((Number) r[2]).longValue(), i(r[3])));
        }
        return counts;
    }

    /** The issues raised in [from, to) that missed a deadline as they stand at {@code now}, by unit and group. */
    @PreAuthorize(Role.Can.REPORT)
    public List<Breach> breaches(Instant from, Instant to, By by, Instant now) {
        Collection<Long> units = units();
        if (units.isEmpty()) {
            return List.of();
        }
        Query query = em.createNativeQuery("select business_unit_id, " + by.sql + ", id" + RAISED + " and " + MISSED);
        bind(query, units, from, to).setParameter("now", now);
        List<Breach> breaches = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            breaches.add(new Breach(((Number) r[0]).longValue(), text(r[1]), ((Number) r[2]).longValue()));
        }
        return breaches;
    }

    /**
     * The open issues of the user's units per status and urgency (only {@code assignee}'s when given): how
     * many, how many with a deadline passed, nearing (warned or escalated, not passed), without a handler,
     * with a promised reply passed, and how many were raised before the start of each of the days
     * {@code raisedBefore} (in the user's zone, as the inbox's date filters); the inbox's filters of the same
     * names count the same issues.
     */
    @PreAuthorize(Role.Can.WORK)
    public List<OpenTally> open(String assignee, Instant now, List<java.time.LocalDate> raisedBefore) {
        return open(assignee, now, raisedBefore, null);
    }

    /**
     * {@link #open(String, Instant, List)} of those of the user's units that are {@code among} (all when null), so
     * that shares of the units can be counted side by side.
     */
    @PreAuthorize(Role.Can.WORK)
    public List<OpenTally> open(
            String assignee, Instant now, List<java.time.LocalDate> raisedBefore, Collection<Long> among) {
        java.time.ZoneId zone = zones.zoneOf(Actors.current());
        Collection<Long> units = among == null
                ? units()
                : units().stream().filter(among::contains).toList();
        if (units.isEmpty()) {
            return List.of();
        }
        // one bucket per row (the first of the days, in order, it was raised before), summed up here: cheaper
        // for the database than one sum per day
        List<java.time.LocalDate> days =
                raisedBefore.stream().distinct().sorted().toList();
        StringBuilder bucket = new StringBuilder(days.isEmpty() ? "0" : "case");
        for (int j = 0; j < days.size(); j++) {
            bucket.append(" when created_at < :c").append(j).append(" then ").append(j);
        }
        bucket.append(days.isEmpty() ? "" : " else " + days.size() + " end");
        Query query = em.createNativeQuery("select status, urgency, " + bucket + " b, count(*),"
                + " sum(case when next_due_at <= :now then 1 else 0 end),"
                + " sum(case when next_due_at > :now and (escalation_step >= 1 or next_alert_at <= :now) then 1 else 0 end),"
                + " sum(case when assignee is null then 1 else 0 end),"
                + " sum(case when promised_reply_at < :now then 1 else 0 end)"
                + " from customer_issue where business_unit_id in (:units) and open_issue = true"
                + (assignee == null ? "" : " and assignee = :assignee") + " group by status, urgency, b");
        query.setParameter("units", units).setParameter("now", now);
        if (assignee != null) {
            query.setParameter("assignee", assignee);
        }
        for (int j = 0; j < days.size(); j++) {
            query.setParameter("c" + j, days.get(j).atStartOfDay(zone).toInstant());
        }
        // per status and urgency: the five counts, then the issues of each bucket
        Map<java.util.Map.Entry<IssueStatus, Urgency>, int[]> sums = new java.util.LinkedHashMap<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            int[] sum = sums.computeIfAbsent(
                    Map.entry(IssueStatus.valueOf(text(r[0])), Urgency.valueOf(text(r[1]))),
                    k -> new int[5 + days.size() + 1]);
            for (int j = 0; j < 5; j++) {
                sum[j] += i(r[3 + j]);
            }
            sum[5 + i(r[2])] += i(r[3]);
        }
        List<OpenTally> tallies = new ArrayList<>();
        sums.forEach((key, sum) -> {
            List<Integer> before = new ArrayList<>();
            for (java.time.LocalDate day : raisedBefore) {
                int upTo = days.indexOf(day);
                int n = 0;
                for (int b = 0; b <= upTo; b++) {
                    n += sum[5 + b];
                }
                before.add(n);
            }
            tallies.add(new OpenTally(
                    key.getKey(), key.getValue(), sum[0], sum[1], sum[2], sum[3], sum[4], List.copyOf(before)));
        });
        return tallies;
    }

    /** The open issues of one status and urgency; {@code raisedBefore} in the order asked for. */
    public record OpenTally(
            IssueStatus status,
            Urgency urgency,
            int issues,
            int breached,
            int nearing,
            int unassigned,
            int promisesOverdue,
            List<Integer> raisedBefore) {}

    /**
     * A KPI group's counts of the issues raised in a period: resolutions counted and met, feedback given
     * (resolved or reopened), reopened, and (when asked) repeats: raised within {@link #REPEAT_DAYS} days after
     * another of the same unit, customer and category.
     */
    public record KpiTally(
            long unitId,
            String key,
            int issues,
            int resolutionCounted,
            int resolutionMet,
            int feedback,
            int reopened,
            int repeats) {}

    /** How many issues of a group had a first response that counts, with this target and minutes (null: not made). */
    public record ResponseCount(long unitId, String key, long target, Long taken, int count) {}

    /** An issue of a group, by id. */
    public record Member(long id, long unitId, String key) {}

    /** The KPI counts of the issues raised in [from, to) per unit and {@code by}, as they stand at {@code now}. */
    @PreAuthorize(Role.Can.REPORT)
    public List<KpiTally> kpi(Instant from, Instant to, By by, Instant now, boolean repeats) {
        Map<RolledCounts.Group, int[]> sums =
                counter.counted(units(), by.sql, from, to, now, Map.of(), by, null, repeats);
        List<KpiTally> tallies = new ArrayList<>();
        sums.forEach((g, c) -> tallies.add(new KpiTally(g.unitId(), g.key(), c[0], c[5], c[6], c[8], c[9], c[10])));
        return tallies;
    }

    /** The first responses that count at {@code now} of the issues raised in [from, to) that have a target. */
    @PreAuthorize(Role.Can.REPORT)
    public List<ResponseCount> responses(Instant from, Instant to, By by, Instant now) {
        Collection<Long> units = units();
        if (units.isEmpty()) {
            return List.of();
        }
        Query query = em.createNativeQuery("select t.u, t.k, t.g, t.m, count(*) from (select business_unit_id u, "
                + by.sql + " k, first_response_minutes g, case when first_responded_at is not null"
                + " then first_response_taken end m" + RAISED + " and first_response_minutes is not null and "
                + FR_COUNTS + ") t group by t.u, t.k, t.g, t.m");
        bind(query, units, from, to).setParameter("now", now);
        List<ResponseCount> counts = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            counts.add(new ResponseCount(
                    ((Number) r[0]).longValue(),
                    text(r[1]),
                    ((Number) r[2]).longValue(),
                    r[3] == null ? null : ((Number) r[3]).longValue(),
                    i(r[4])));
        }
        return counts;
    }

    /** The lowest and highest id of the issues raised in [from, to), or none. */
    @PreAuthorize(Role.Can.REPORT)
    public java.util.Optional<long[]> idRange(Instant from, Instant to) {
        Collection<Long> units = units();
        if (units.isEmpty()) {
            return java.util.Optional.empty();
        }
        Object[] r = (Object[]) bind(em.createNativeQuery("select min(id), max(id)" + RAISED), units, from, to)
                .getSingleResult();
        return r[0] == null
                ? java.util.Optional.empty()
                : java.util.Optional.of(new long[] {((Number) r[0]).longValue(), ((Number) r[1]).longValue()});
    }

    /** Which of {@code ids} were raised in [from, to) in the user's units, with their group. */
    @PreAuthorize(Role.Can.REPORT)
    public List<Member> members(Collection<Long> ids, Instant from, Instant to, By by) {
        Collection<Long> units = units();
        List<Member> members = new ArrayList<>();
        List<Long> all = List.copyOf(ids);
        for (int at = 0; !units.isEmpty() && at < all.size(); at += 1000) {
            Query query = em.createNativeQuery("select id, business_unit_id, " + by.sql + RAISED + " and id in (:ids)");
            bind(query, units, from, to).setParameter("ids", all.subList(at, Math.min(all.size(), at + 1000)));
            for (Object row : query.getResultList()) {
                Object[] r = (Object[]) row;
                members.add(new Member(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), text(r[2])));
            }
        }
        return members;
    }

    private static Query bind(Query query, Collection<Long> units, Instant from, Instant to) {
        return query.setParameter("units", units).setParameter("from", from).setParameter("to", to);
    }

    private Collection<Long> units() {
        return organization.unitNamesOf(Actors.current()).keySet();
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString().strip();
    }

    private static int i(Object value) {
        return value == null ? 0 : ((Number) value).intValue();
    }
}
