package com.siteline.issue;

import com.siteline.base.InputField;
import com.siteline.base.InputProblems;

/** The texts of an issue and their limits: what the forms enforce while typing, checked again on the server. */
public final class IssueTexts {

    public static final int TITLE_MAX = 200;
    public static final int DESCRIPTION_MAX = 4000;
    public static final int ROOT_CAUSE_MAX = 2000;
    public static final int RESOLUTION_MAX = 2000;

    /** An issue's texts, as every issue form shows them and a refusal names them. */
    public enum Field implements InputField {
        TITLE,
        DESCRIPTION,
        ROOT_CAUSE,
        RESOLUTION
    }

    private IssueTexts() {}

    /** A blank title and any text over its limit, each on its field. */
    static InputProblems problems(String title, String description, String rootCause, String resolution) {
        InputProblems problems = new InputProblems();
        if (title == null || title.isBlank()) {
            problems.add(Field.TITLE, "issue.error.title");
        }
        return problems.maxLength(Field.TITLE, title, TITLE_MAX, "issue.error.title-length")
                .maxLength(Field.DESCRIPTION, description, DESCRIPTION_MAX, "issue.error.description-length")
                .maxLength(Field.ROOT_CAUSE, rootCause, ROOT_CAUSE_MAX, "issue.error.root-cause-length")
                .maxLength(Field.RESOLUTION, resolution, RESOLUTION_MAX, "issue.error.resolution-length");
    }

    /** Refuses a blank title and any text over its limit, naming each field. */
    static void check(String title, String description, String rootCause, String resolution) {
        problems(title, description, rootCause, resolution).refuseIfAny();
    }
}
