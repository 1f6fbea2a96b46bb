package com.siteline.access.ui;

import com.siteline.access.AccessRequestSummary;
import com.siteline.base.ui.Badge;
import com.vaadin.flow.component.Component;

/** How a request reads on screen. */
final class AccessTexts {

    private AccessTexts() {}

    static String record(Component ui, AccessRequestSummary r) {
        return ui.getTranslation(r.kind().messageKey()) + " #" + r.recordId()
                + (r.recordLabel() == null ? "" : " " + r.recordLabel());
    }

    static String period(AccessRequestSummary r) {
        return r.firstDay() + " – " + r.lastDay();
    }

    static String status(Component ui, AccessRequestSummary r) {
        return ui.getTranslation("access.status." + r.status().name())
                + (r.running() ? " · " + ui.getTranslation("access.running") : "");
    }

    static Badge badge(Component ui, AccessRequestSummary r) {
        Badge.Tone tone = switch (r.status()) {
            case PENDING -> Badge.Tone.WARNING;
            case APPROVED -> r.running() ? Badge.Tone.SUCCESS : Badge.Tone.NEUTRAL;
            case REJECTED, REVOKED -> Badge.Tone.ERROR;
            case WITHDRAWN -> Badge.Tone.NEUTRAL;
        };
        return new Badge(status(ui, r), tone);
    }
}
