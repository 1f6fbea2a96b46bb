package com.siteline.issue.internal;

import com.siteline.base.InputField;
import com.siteline.base.InputProblems;
import java.time.Instant;

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

    /** What the plan form shows and a refusal names. */
    public enum Field implements InputField {
        MEASURES,
        OWNER,
        EXPECTED_BY
    }

    /** What is wrong with a plan about to be given at {@code now}, each on its field; none when it can be given. */
    public static InputProblems problems(String measures, String owner, Instant expectedBy, Instant now) {
        InputProblems problems = new InputProblems();
        if (measures == null || measures.isBlank() || measures.strip().length() > MEASURES_MAX) {
            problems.add(Field.MEASURES, "issue.error.plan-measures");
        } else if (com.siteline.knowledge.StandardReplies.unfilled(measures)) {
            // a standard reply's placeholder the issue had no value for: the customer would read "{stage}"
            problems.add(Field.MEASURES, "log.error.unfilled");
        }
        if (owner == null || owner.isBlank() || owner.strip().length() > OWNER_MAX) {
            problems.add(Field.OWNER, "issue.error.plan-owner");
        }
        if (expectedBy == null || !expectedBy.isAfter(now)) {
            problems.add(Field.EXPECTED_BY, "issue.error.plan-expected");
        }
        return problems;
    }
}
