package com.siteline.base.ui;

import com.vaadin.flow.component.html.Span;

/** A small coloured label (Lumo badge): status, urgency, tier. */
public class Badge extends Span {

    public enum Tone {
        NEUTRAL,
        SUCCESS,
        WARNING,
        ERROR,
        INFO
    }

    /**
     * A badge as data: what a grid cell shows without a component on the server (a grid's badge columns are drawn in
     * the browser from these, {@code ColumnSpec.badges}); {@code css} adds classes (may be empty).
     */
    public record Look(String text, Tone tone, String css) {
        public Look(String text, Tone tone) {
            this(text, tone, "");
        }

        /** The words of Lumo's badge theme for the tone. */
        public String theme() {
            return "badge" + variant(tone);
        }
    }

    public Badge(String text, Tone tone) {
        super(text);
        getElement().setAttribute("theme", new Look(text, tone).theme());
        addClassName("siteline-badge");
    }

    public Badge(Look look) {
        this(look.text(), look.tone());
        if (!look.css().isBlank()) {
            addClassNames(look.css().split(" "));
        }
    }

    private static String variant(Tone tone) {
        return switch (tone) {
            case SUCCESS -> " success";
            case ERROR -> " error";
            case WARNING -> " warning";
            case INFO -> " contrast";
            default -> "";
        };
    }
}
