package com.siteline.report;

import com.siteline.issue.IssueTallies;
import com.siteline.issue.SlaFact;
import com.siteline.organization.TeamSummary;
import com.siteline.organization.Teams;
import java.util.List;
import java.util.function.Function;

/** The group an issue falls in, for the reports: its stored value, empty for "none". */
final class Groupings {

    private Groupings() {}

    /** A group's key from an issue's unit and the value a database tally grouped it by. */
    interface TallyKey {
        String of(long unitId, String value);
    }

    /** Team: the first team of the issue's unit that has its handler as member or lead. */
    static Function<SlaFact, String> keyOf(SlaGrouping grouping, Teams teams) {
        TallyKey key = tallyKey(grouping, teams);
        return fact -> key.of(
                fact.businessUnitId(),
                switch (grouping) {
                    case UNIT -> "";
                    case AGENT, TEAM -> orEmpty(fact.assignee());
                    case PLUGIN -> orEmpty(fact.variantId());
                    case CATEGORY -> orEmpty(fact.categoryId());
                    case URGENCY -> fact.urgency().name();
                    case TYPE -> fact.type().name();
                    case CUSTOMER_TYPE -> fact.customerType().name();
                });
    }

    /** The column the database groups by for a grouping (a team's issues are grouped by handler first). */
    static IssueTallies.By by(SlaGrouping grouping) {
        return switch (grouping) {
            case UNIT -> IssueTallies.By.UNIT;
            case AGENT, TEAM -> IssueTallies.By.ASSIGNEE;
            case PLUGIN -> IssueTallies.By.VARIANT;
            case CATEGORY -> IssueTallies.By.CATEGORY;
            case URGENCY -> IssueTallies.By.URGENCY;
            case TYPE -> IssueTallies.By.TYPE;
            case CUSTOMER_TYPE -> IssueTallies.By.CUSTOMER_TYPE;
        };
    }

    /** The group of a tally's unit and value: the unit's id, the handler's team or the value itself. */
    static TallyKey tallyKey(SlaGrouping grouping, Teams teams) {
        return switch (grouping) {
            case UNIT -> (unit, value) -> String.valueOf(unit);
            case TEAM -> {
                List<TeamSummary> all = teams.all();
                yield (unit, assignee) -> assignee.isEmpty()
                        ? ""
                        : all.stream()
                                .filter(t -> t.businessUnitId() == unit)
                                .filter(t -> t.members().contains(assignee) || assignee.equals(t.lead()))
                                .map(TeamSummary::name)
                                .findFirst()
                                .orElse("");
            }
            default -> (unit, value) -> value;
        };
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
