package com.siteline.issue;

import com.siteline.base.Actors;
import com.siteline.sla.UserZones;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The response-time and KPI counts of {@link IssueTallies}, made of the counts kept ahead ({@link IssueRollups}) and
 * the rest read live, in the caller's transaction.
 */
@Component
class RolledCounts {

    /** A unit and a value of the grouping: what the counts are summed by. */
    record Group(long unitId, String key) {}

    private final EntityManager em;
    private final UserZones zones;
    private final IssueRollups rollups;

    RolledCounts(EntityManager em, UserZones zones, IssueRollups rollups) {
        this.em = em;
        this.zones = zones;
        this.rollups = rollups;
    }

    /**
     * Counts per unit and key (issues, the deadline counts of {@link IssueTallies#SLA_FLAGS}, those of
     * {@link IssueTallies#KPI_FLAGS}, repeats) of the issues of {@code units} raised in [from, to): the counts kept
     * ahead ({@link IssueRollups}) of the days unchanged since the last roll, plus the rest read live (the
     * settled issues only are kept). {@code period}, when given, keys the kept days by the time their day starts
     * instead of by their group.
     */
    Map<Group, int[]> counted(
            Collection<Long> units,
            String key,
            Instant from,
            Instant to,
            Instant now,
            Map<String, Object> extra,
            IssueTallies.By by,
            java.util.function.Function<Instant, String> period,
            boolean repeats) {
        Map<Group, int[]> sums = new java.util.HashMap<>();
        if (units.isEmpty()) {
            return sums;
        }
        java.time.ZoneId zone = zones.zoneOf(Actors.current());
        IssueRollups.Plan plan = rollups.plan(units, zone, from, to, repeats);
        String columns = "select t.u, t.k, count(*), sum(t.frc), sum(t.frm), sum(t.nuc), sum(t.num), sum(t.rc),"
                + " sum(t.rm), sum(t.missed), sum(t.fb), sum(t.ro), sum(t.rp) from (select i.business_unit_id u, " + key
                + " k, " + IssueTallies.SLA_FLAGS + ", " + IssueTallies.KPI_FLAGS + ", "
                + (repeats ? IssueTallies.REPEAT : "0") + " rp from customer_issue i where ";
        if (plan.allLive()) {
            add(
                    sums,
                    bind(
                            em.createNativeQuery(columns + "business_unit_id in (:units) and created_at >= :from"
                                    + " and created_at < :to) t group by t.u, t.k"),
                            units,
                            from,
                            to),
                    now,
                    extra);
            return sums;
        }
        Map<String, Object> ranges = new java.util.HashMap<>();
        String live = ranges(plan.live(), ranges);
        if (!plan.live().isEmpty()) {
            Query query = em.createNativeQuery(columns + "(" + live + ")) t group by t.u, t.k");
            ranges.forEach(query::setParameter);
            add(sums, query, now, extra);
        }
        // the rolled units' issues still running, outside the days read live
        Query running = em.createNativeQuery(columns + "business_unit_id in (:units) and settled = false"
                + " and created_at >= :from and created_at < :to"
                + (plan.live().isEmpty() ? "" : " and not (" + live + ")")
                + ") t group by t.u, t.k");
        ranges.forEach(running::setParameter);
        add(sums, bind(running, plan.rolled(), from, to), now, extra);
        // the kept counts of the rest
        StringBuilder skip = new StringBuilder();
        Map<String, Object> skipped = new java.util.HashMap<>();
        plan.liveDays().forEach((unit, days) -> {
            for (java.time.LocalDate[] d : days) {
                int n = skipped.size();
                skip.append(" and not (business_unit_id = :su")
                        .append(n)
                        .append(" and tally_day >= :sf")
                        .append(n)
                        .append(" and tally_day <= :sl")
                        .append(n)
                        .append(')');
                skipped.put("su" + n, unit);
                skipped.put("sf" + n, d[0].toEpochDay());
                skipped.put("sl" + n, d[1].toEpochDay());
            }
        });
        String dayColumn = period == null ? "grouping_key" : "tally_day";
        Query kept = em.createNativeQuery("select business_unit_id, " + dayColumn + ", sum(issues), sum(frc), sum(frm),"
                + " sum(nuc), sum(num), sum(rc), sum(rm), sum(missed), sum(feedback), sum(reopened), sum(repeats)"
                + " from issue_day_tally where dim = :dim and business_unit_id in (:units) and tally_day >= :firstDay"
                + " and tally_day < :endDay" + skip + " group by business_unit_id, " + dayColumn);
        Map.of(
                        "dim",
                        by.name(),
                        "units",
                        plan.rolled(),
                        "firstDay",
                        plan.firstDay().toEpochDay(),
                        "endDay",
                        plan.endDay().toEpochDay())
                .forEach(kept::setParameter);
        skipped.forEach(kept::setParameter);
        for (Object row : kept.getResultList()) {
            Object[] r = (Object[]) row;
            if (period != null) {
                r[1] = period.apply(java.time.LocalDate.ofEpochDay(((Number) r[1]).longValue())
                        .atStartOfDay(zone)
                        .toInstant());
            }
            merge(sums, r);
        }
        return sums;
    }

    /** The live ranges as one condition, their parameters put in {@code parameters}. */
    private static String ranges(List<IssueRollups.Live> live, Map<String, Object> parameters) {
        StringBuilder sql = new StringBuilder();
        for (IssueRollups.Live l : live) {
            int n = parameters.size() / 3;
            sql.append(sql.isEmpty() ? "" : " or ")
                    .append("(business_unit_id = :lu")
                    .append(n)
                    .append(" and created_at >= :lf")
                    .append(n)
                    .append(" and created_at < :lt")
                    .append(n)
                    .append(')');
            parameters.put("lu" + n, l.unitId());
            parameters.put("lf" + n, l.from());
            parameters.put("lt" + n, l.to());
        }
        return sql.toString();
    }

    private static void add(Map<Group, int[]> sums, Query query, Instant now, Map<String, Object> extra) {
        query.setParameter("now", now);
        extra.forEach(query::setParameter);
        for (Object row : query.getResultList()) {
            merge(sums, (Object[]) row);
        }
    }

    /** Adds a row (unit, key, eleven counts) to the sums. */
    private static void merge(Map<Group, int[]> sums, Object[] r) {
        int[] sum = sums.computeIfAbsent(new Group(((Number) r[0]).longValue(), text(r[1])), k -> new int[11]);
        for (int j = 0; j < sum.length; j++) {
            sum[j] += i(r[2 + j]);
        }
    }

    private static Query bind(Query query, Collection<Long> units, Instant from, Instant to) {
        return query.setParameter("units", units).setParameter("from", from).setParameter("to", to);
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString().strip();
    }

    private static int i(Object value) {
        return value == null ? 0 : ((Number) value).intValue();
    }
}
