package com.siteline.issue.ui;

import com.siteline.base.ui.Badge;
import com.siteline.issue.Deadline;
import com.siteline.issue.IssueDetails;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.stream.Collectors;

/** Countdown chips of an issue's response-time deadlines: time left, coloured on track / nearing / breached / paused. */
final class SlaChips {

    private SlaChips() {}

    static Component chips(Component context, IssueDetails issue, boolean includeMet) {
        Span box = new Span();
        box.addClassName("siteline-sla-chips");
        for (Deadline deadline : visible(issue, includeMet)) {
            Badge chip = new Badge(look(context, deadline));
            chip.getElement().setAttribute("data-deadline", deadline.kind().name());
            box.add(chip);
        }
        return box;
    }

    /** The chips as badges a grid draws in the browser (the inbox's countdown column). */
    static List<Badge.Look> looks(Component context, IssueDetails issue) {
        return visible(issue, false).stream().map(d -> look(context, d)).toList();
    }

    private static Badge.Look look(Component context, Deadline deadline) {
        return new Badge.Look(
                text(context, deadline),
                tone(deadline.state()),
                "siteline-sla-" + deadline.state().name().toLowerCase(java.util.Locale.ROOT));
    }

    static String text(Component context, IssueDetails issue) {
        return visible(issue, false).stream().map(d -> text(context, d)).collect(Collectors.joining(" · "));
    }

    private static List<Deadline> visible(IssueDetails issue, boolean includeMet) {
        return issue.deadlines().stream()
                .filter(d -> includeMet || (issue.open() && d.state() != Deadline.State.MET))
                .toList();
    }

    static String text(Component context, Deadline deadline) {
        String kind = context.getTranslation(deadline.kind().messageKey());
        return switch (deadline.state()) {
            case MET -> context.getTranslation("sla.met", kind);
            case PAUSED -> context.getTranslation("sla.paused", kind, duration(context, deadline.minutesLeft()));
            case BREACHED -> context.getTranslation("sla.over", kind, duration(context, -deadline.minutesLeft()));
            default -> context.getTranslation("sla.left", kind, duration(context, deadline.minutesLeft()));
        };
    }

    static String duration(Component context, long minutes) {
        long m = Math.max(0, minutes);
        return m >= 60 ? context.getTranslation("sla.hm", m / 60, m % 60) : context.getTranslation("sla.m", m);
    }

    private static Badge.Tone tone(Deadline.State state) {
        return switch (state) {
            case MET -> Badge.Tone.SUCCESS;
            case NEARING -> Badge.Tone.WARNING;
            case BREACHED -> Badge.Tone.ERROR;
            case PAUSED -> Badge.Tone.INFO;
            case ON_TRACK -> Badge.Tone.NEUTRAL;
        };
    }
}
