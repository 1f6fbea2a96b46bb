package com.siteline.shell.ui;

import com.siteline.security.CurrentUser;
import com.siteline.shell.internal.Landing;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** The empty path: sends each user to their role's landing view. */
@Route(value = "", autoLayout = false)
@PermitAll
public class RootView extends Div implements BeforeEnterObserver {

    private final transient CurrentUser currentUser;

    public RootView(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.forwardTo(Landing.routeFor(currentUser.roles()));
    }
}
