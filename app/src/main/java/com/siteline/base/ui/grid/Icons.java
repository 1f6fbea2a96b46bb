package com.siteline.base.ui.grid;

import com.vaadin.flow.component.button.Button;

/** An icon-only button says what it does: as a tooltip to the mouse and as its label to a screen reader. */
final class Icons {

    private Icons() {}

    static void label(Button button, String what) {
        button.setTooltipText(what);
        button.setAriaLabel(what);
    }
}
