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

    public Badge(String text, Tone tone) {
        super(text);
        getElement().getThemeList().add("badge");
        switch (tone) {
            case SUCCESS -> getElement().getThemeList().add("success");
            case ERROR -> getElement().getThemeList().add("error");
            case WARNING -> getElement().getThemeList().add("warning");
            case INFO -> getElement().getThemeList().add("contrast");
            default -> {}
        }
        addClassName("siteline-badge");
    }
}
