package com.siteline.base.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * Base of the app's views: padded content and a page title from the bundle key the view names,
 * so a title follows the user's language.
 */
public abstract class ViewFrame extends VerticalLayout implements HasDynamicTitle {

    private final String titleKey;

    protected ViewFrame(String titleKey) {
        this.titleKey = titleKey;
        addClassName("siteline-view");
        setPadding(false);
    }

    /** The view's title in the user's language, as the header shows it. */
    public String getViewTitle() {
        return getTranslation(titleKey);
    }

    @Override
    public String getPageTitle() {
        return getViewTitle() + " · " + getTranslation("app.name");
    }
}
