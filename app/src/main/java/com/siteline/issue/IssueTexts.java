package com.siteline.issue;

import com.siteline.base.InvalidInputException;
import java.util.ArrayList;
import java.util.List;

/** The texts of an issue and their limits: what the forms enforce while typing, checked again on the server. */
public final class IssueTexts {

    public static final int TITLE_MAX = 200;
    public static final int DESCRIPTION_MAX = 4000;
    public static final int ROOT_CAUSE_MAX = 2000;
    public static final int RESOLUTION_MAX = 2000;

    private IssueTexts() {}

    /** Refuses a blank title and any text over its limit, naming each field. */
    static void check(String title, String description, String rootCause, String resolution) {
        List<String> problems = new ArrayList<>();
        if (title == null || title.isBlank()) {
            problems.add("issue.error.title");
        } else if (title.strip().length() > TITLE_MAX) {
            problems.add("issue.error.title-length");
        }
        if (description != null && description.strip().length() > DESCRIPTION_MAX) {
            problems.add("issue.error.description-length");
        }
        if (rootCause != null && rootCause.strip().length() > ROOT_CAUSE_MAX) {
            problems.add("issue.error.root-cause-length");
        }
        if (resolution != null && resolution.strip().length() > RESOLUTION_MAX) {
            problems.add("issue.error.resolution-length");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
