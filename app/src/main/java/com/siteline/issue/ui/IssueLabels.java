package com.siteline.issue.ui;

import com.siteline.base.ui.Badge;
import com.siteline.issue.IssueCategoryNames;
import com.siteline.issue.IssueQueries;
import com.siteline.issue.IssueStatus;
import com.siteline.plugin.VariantCatalog;
import com.siteline.sdk.IssueType;
import com.siteline.sdk.Urgency;
import com.siteline.sla.UrgencyWords;
import com.vaadin.flow.component.Component;
import java.util.Locale;

/** How issue values read and look, in the user's language. */
final class IssueLabels {

    private IssueLabels() {}

    static String category(Component context, VariantCatalog catalog, String id) {
        if (id == null) {
            return "";
        }
        Locale locale = com.vaadin.flow.component.UI.getCurrent() == null
                ? Locale.SIMPLIFIED_CHINESE
                : com.vaadin.flow.component.UI.getCurrent().getLocale();
        return IssueCategoryNames.name(catalog, id, locale, context::getTranslation);
    }

    static Badge status(Component context, IssueStatus status) {
        return new Badge(statusLook(context, status));
    }

    static Badge.Look statusLook(Component context, IssueStatus status) {
        Badge.Tone tone = switch (status) {
            case IDENTIFIED, CLASSIFIED -> Badge.Tone.INFO;
            case WAITING_CUSTOMER -> Badge.Tone.WARNING;
            case CLOSED, REVISITED -> Badge.Tone.SUCCESS;
            default -> Badge.Tone.NEUTRAL;
        };
        return new Badge.Look(context.getTranslation(status.messageKey()), tone);
    }

    /** An issue's urgency in the words of its type (a complaint's classes are seed 003's: 紧急投诉, 一般投诉, 非紧急投诉). */
    static Badge urgency(Component context, IssueType type, Urgency urgency) {
        return new Badge(urgencyLook(context, type, urgency));
    }

    static Badge.Look urgencyLook(Component context, IssueType type, Urgency urgency) {
        Badge.Tone tone = switch (urgency) {
            case URGENT -> Badge.Tone.ERROR;
            case IMPORTANT -> Badge.Tone.WARNING;
            case NORMAL -> Badge.Tone.NEUTRAL;
        };
        return new Badge.Look(context.getTranslation(UrgencyWords.key(type, urgency)), tone);
    }

    /** The label of a pause reason: the core's, or the plugin's as it declared it. */
    static String pauseReason(Component context, VariantCatalog catalog, String variantId, String id) {
        if (IssueQueries.CORE_PAUSE_REASON.equals(id)) {
            return context.getTranslation("issue.pause.customer");
        }
        Locale locale = com.vaadin.flow.component.UI.getCurrent() == null
                ? Locale.SIMPLIFIED_CHINESE
                : com.vaadin.flow.component.UI.getCurrent().getLocale();
        return catalog.snapshot(variantId)
                .flatMap(v ->
                        v.pauseReasons().stream().filter(r -> r.id().equals(id)).findFirst())
                .map(r -> r.name().get(locale))
                .orElse(id);
    }
}
