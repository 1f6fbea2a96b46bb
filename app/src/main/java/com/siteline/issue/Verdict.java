package com.siteline.issue;

import com.siteline.base.Keyed;

/** The customer's verdict on how their issue was handled. */
public enum Verdict implements Keyed {
    SATISFIED,
    ACCEPTABLE,
    DISSATISFIED;

    @Override
    public String messageKey() {
        return "issue.verdict." + name();
    }
}
