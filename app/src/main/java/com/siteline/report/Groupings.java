package com.siteline.report;

import com.siteline.issue.SlaFact;
import com.siteline.organization.TeamSummary;
import com.siteline.organization.Teams;
import java.util.List;
import java.util.function.Function;

/** The group an issue falls in, for the reports: its stored value, empty for "none". */
final class Groupings {

    private Groupings() {
    }

    /** Team: the first team of the issue's unit that has its handler as member or lead. */
    static Function<SlaFact, String> keyOf(SlaGrouping grouping, Teams teams) {
        return switch (grouping) {
            case UNIT -> fact -> String.valueOf(fact.businessUnitId());
            case AGENT -> fact -> orEmpty(fact.assignee());
            case PLUGIN -> fact -> orEmpty(fact.variantId());
            case CATEGORY -> fact -> orEmpty(fact.categoryId());
            case URGENCY -> fact -> fact.urgency().name();
            case TYPE -> fact -> fact.type().name();
            case TEAM -> {
                List<TeamSummary> all = teams.all();
                yield fact -> fact.assignee() == null ? "" : all.stream()
                        .filter(t -> t.businessUnitId() == fact.businessUnitId())
                        .filter(t -> t.members().contains(fact.assignee()) || fact.assignee().equals(t.lead()))
                        .map(TeamSummary::name).findFirst().orElse("");
            }
        };
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
