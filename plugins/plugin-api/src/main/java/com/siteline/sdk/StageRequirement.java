package com.siteline.sdk;

import java.util.Objects;

/** Something a stage needs before it can be left: a form, a checklist or the customer's sign-off. */
public record StageRequirement(Kind kind, String refId, boolean optional) {

    public enum Kind {
        FORM,
        CHECKLIST,
        SIGN_OFF
    }

    /** The ref id of the sign-off requirement (a stage has at most one). */
    public static final String SIGN_OFF_ID = "customer-sign-off";

    public StageRequirement {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(refId, "refId");
    }
}
