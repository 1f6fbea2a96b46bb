package com.siteline.issue.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The reply with a handling plan (解决问题的方案) seed 003 asks for every complaint within 24 hours: what will be
 * done, who answers for it, and by when. A complaint's first response is the plan (or the feedback with its
 * resolution, which is more than a plan); a contact without one does not count. The customer reads it in the portal.
 *
 * @param measures   what will be done
 * @param owner      who answers for it (a name the customer can ask for)
 * @param expectedBy when it is expected done
 * @param givenAt    when the plan was given (null: not yet)
 * @param givenBy    who gave it
 */
public record HandlingPlan(String measures, String owner, Instant expectedBy, Instant givenAt, String givenBy) {

    public static final int MEASURES_MAX = 1000;
    public static final int OWNER_MAX = 60;

    /** What is wrong with a plan about to be given at {@code now}, by bundle key; empty when it can be given. */
    public static List<String> problems(String measures, String owner, Instant expectedBy, Instant now) {
        List<String> problems = new ArrayList<>();
        if (measures == null || measures.isBlank() || measures.strip().length() > MEASURES_MAX) {
            problems.add("issue.error.plan-measures");
        }
        if (owner == null || owner.isBlank() || owner.strip().length() > OWNER_MAX) {
            problems.add("issue.error.plan-owner");
        }
        if (expectedBy == null || !expectedBy.isAfter(now)) {
            problems.add("issue.error.plan-expected");
        }
        return problems;
    }
}
