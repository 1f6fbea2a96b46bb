package com.siteline.followup.ui;

import com.siteline.followup.VisitSummary;
import com.vaadin.flow.component.Component;
import java.time.Period;

/** How a visit's place in its schedule reads: its number and its offset after the event. */
final class VisitTexts {

    private VisitTexts() {}

    static String offset(Component context, VisitSummary v) {
        Period period = Period.parse(v.offset());
        String text = period.toTotalMonths() > 0
                ? context.getTranslation("visit.offset.months", period.toTotalMonths())
                : context.getTranslation("visit.offset.days", period.getDays());
        return context.getTranslation("visit.offset.nth", v.sequence(), text);
    }
}
