package com.siteline.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;

/** What a view shows when it has nothing to list yet: an icon, a title and one sentence. */
public class EmptyState extends Div {

    public EmptyState(VaadinIcon icon, String title, String text) {
        addClassName("siteline-empty-state");
        add(icon.create(), new H3(title), new Paragraph(text));
    }
}
