package com.siteline.meeting;

import com.siteline.base.InputField;
import java.time.LocalDate;

/** An action item as it is added to a meeting: what, who (a user of the meeting's unit), by when. */
public record ActionDraft(String text, String owner, LocalDate dueOn) {

    public enum Field implements InputField {
        TEXT,
        OWNER,
        DUE_ON
    }
}
