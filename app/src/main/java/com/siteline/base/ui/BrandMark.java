package com.siteline.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** The Siteline mark and product name, as the drawer and the login page show it. */
public class BrandMark extends Div {

    private final Span name = new Span();

    public BrandMark() {
        addClassName("siteline-brand");
        Span mark = new Span("S");
        mark.addClassName("siteline-brand-mark");
        add(mark, name);
    }

    public void setName(String text) {
        name.setText(text);
    }
}
