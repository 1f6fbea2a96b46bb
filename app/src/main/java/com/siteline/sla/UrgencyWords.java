package com.siteline.sla;

import com.siteline.sdk.IssueType;
import com.siteline.sdk.Urgency;

/**
 * The words of an issue's urgency, which depend on its type: a complaint's classes are seed 003's (紧急投诉 within 2
 * hours, 一般投诉 within 24, 非紧急投诉 within 72 by the shipped rules), other issues' are 紧急, 重要, 一般. Every screen
 * that shows one issue's or one rule's urgency names it through here.
 */
public final class UrgencyWords {

    private UrgencyWords() {}

    /** The bundle key of the urgency in the words of the type ({@code null}: the general words). */
    public static String key(IssueType type, Urgency urgency) {
        return (type == IssueType.COMPLAINT ? "issue.urgency.complaint." : "issue.urgency.") + urgency.name();
    }
}
