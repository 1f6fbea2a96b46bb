package com.siteline.obligation;

/** What fulfilled an obligation. */
public enum Fulfilment {
    /** a published periodic document (its id is the reference) */
    DOCUMENT,
    /** an event or meeting, recorded with its day, attendance and evaluation */
    EVENT,
    /** a manager's note that it was done */
    NOTE,
    /** a meeting whose minutes were published (its id is the reference) */
    MEETING,
    /** a survey campaign started for it (its id is the reference) */
    SURVEY;

    public String messageKey() {
        return "obligation.fulfilled." + name();
    }
}
