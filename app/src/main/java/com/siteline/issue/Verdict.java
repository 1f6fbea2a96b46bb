package com.siteline.issue;

/** The customer's verdict on how their issue was handled. */
public enum Verdict {
    SATISFIED,
    ACCEPTABLE,
    DISSATISFIED
}
