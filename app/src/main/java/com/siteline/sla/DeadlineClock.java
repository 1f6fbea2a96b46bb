package com.siteline.sla;

import com.siteline.sdk.ResponseTimeDefault;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Turns response-time rules into deadlines: which rule an issue falls under, and when a target
 * measured from a start is due in business or calendar time, with the clock stopped during pauses.
 */
@Service
public class DeadlineClock {

    /** The rule an issue got: its plugin (null for the core fallback), its number in the list, the rule. */
    public record AppliedRule(String pluginId, int number, ResponseRule rule) {}

    private final ResponseRuleService rules;
    private final CalendarService calendars;

    DeadlineClock(ResponseRuleService rules, CalendarService calendars) {
        this.rules = rules;
        this.calendars = calendars;
    }

    /**
     * The first enabled, valid rule of the plugin that matches the issue; for an issue of no plugin,
     * the core's standard complaint rules (urgent 2 h, important 24 h, normal 72 h).
     */
    public Optional<AppliedRule> ruleFor(String pluginId, ResponseRule.IssueFacts facts) {
        List<ResponseRule> list = pluginId == null
                ? ResponseTimeDefault.standardComplaintRules().stream()
                        .map(ResponseRule::from)
                        .toList()
                : rules.rules(pluginId);
        for (int i = 0; i < list.size(); i++) {
            ResponseRule rule = list.get(i);
            if (rule.enabled() && rule.matches(facts) && rule.errors().isEmpty()) {
                return Optional.of(new AppliedRule(pluginId, i + 1, rule));
            }
        }
        return Optional.empty();
    }

    /** When {@code minutes} of target time after {@code start} are used up, not counting the pauses. */
    public Instant due(
            long businessUnitId, boolean businessTime, Instant start, long minutes, Collection<Pause> pauses) {
        if (businessTime) {
            return calendars.calendarFor(businessUnitId).deadline(start, minutes, pauses);
        }
        return calendarDeadline(start, minutes, pauses);
    }

    /**
     * Minutes of target time from {@code start} to {@code end}: business minutes of the unit's calendar (or
     * calendar minutes), the pauses not counted. The measure the reports use for medians and percentiles.
     */
    public long elapsed(
            long businessUnitId, boolean businessTime, Instant start, Instant end, Collection<Pause> pauses) {
        if (!end.isAfter(start)) {
            return 0;
        }
        BusinessCalendar calendar = businessTime ? calendars.calendarFor(businessUnitId) : null;
        long seconds = between(calendar, start, end);
        for (Pause pause : pauses) {
            Instant from = pause.from().isAfter(start) ? pause.from() : start;
            Instant to = pause.to().isBefore(end) ? pause.to() : end;
            if (to.isAfter(from)) {
                seconds -= between(calendar, from, to);
            }
        }
        return Math.max(0, seconds / 60);
    }

    private static long between(BusinessCalendar calendar, Instant from, Instant to) {
        return calendar == null
                ? to.getEpochSecond() - from.getEpochSecond()
                : calendar.businessSecondsBetween(from, to);
    }

    /** Business (or calendar) minutes from now until the deadline; negative once it has passed. */
    public long minutesLeft(long businessUnitId, boolean businessTime, Instant now, Instant due) {
        if (!businessTime) {
            return Math.floorDiv(due.getEpochSecond() - now.getEpochSecond(), 60);
        }
        BusinessCalendar calendar = calendars.calendarFor(businessUnitId);
        return due.isBefore(now)
                ? -calendar.businessMinutesBetween(due, now)
                : calendar.businessMinutesBetween(now, due);
    }

    static Instant calendarDeadline(Instant start, long minutes, Collection<Pause> pauses) {
        List<Pause> sorted = new ArrayList<>(pauses);
        sorted.sort(Comparator.comparing(Pause::from));
        java.time.Duration remaining = java.time.Duration.ofMinutes(minutes);
        Instant cursor = start;
        for (Pause pause : sorted) {
            if (!pause.to().isAfter(cursor)) {
                continue;
            }
            Instant from = pause.from().isAfter(cursor) ? pause.from() : cursor;
            java.time.Duration gap = java.time.Duration.between(cursor, from);
            if (remaining.compareTo(gap) <= 0) {
                break;
            }
            remaining = remaining.minus(gap);
            cursor = pause.to();
        }
        return cursor.plus(remaining);
    }
}
