package com.siteline.shell.ui;

import com.siteline.base.ui.EmptyState;
import com.siteline.security.CurrentUser;
import com.siteline.shell.internal.Landing;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.HttpStatusCode;

/**
 * The dead end (这里没有可以打开的页面): what every address that leads nowhere for the user shows, whatever the
 * reason — a route that does not exist, one their role may not open, a record of another unit or none at all, an id
 * that is not a number. The same words for each, so nothing tells whether a page or record exists; in the user's
 * language, with the way back to their own start page. Nothing is logged: a mistyped address is no error.
 */
abstract class DeadEnd extends VerticalLayout {

    private final transient CurrentUser currentUser;

    DeadEnd(CurrentUser currentUser) {
        this.currentUser = currentUser;
        setId("dead-end");
        addClassName("siteline-dead-end");
        setAlignItems(Alignment.CENTER);
    }

    /** Draws the dead end; the HTTP status to answer (404). */
    int show() {
        removeAll();
        boolean signedIn = currentUser.username().isPresent();
        add(new EmptyState(
                VaadinIcon.QUESTION_CIRCLE_O, getTranslation("dead-end.title"), getTranslation("dead-end.text")));
        Anchor back = new Anchor(
                signedIn ? Landing.routeFor(currentUser.roles()) : "login",
                getTranslation(signedIn ? "dead-end.back" : "dead-end.login"));
        back.setId("dead-end-back");
        add(back);
        return HttpStatusCode.NOT_FOUND.getCode();
    }
}
