package com.siteline.shell.ui;

import com.siteline.base.ui.EmptyState;
import com.siteline.security.CurrentUser;
import com.siteline.shell.internal.Landing;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * What a user sees at an address that leads nowhere for them: a route that does not exist, or one their
 * role may not open (Vaadin reroutes a denied navigation here, so both read the same and nothing tells
 * whether the page or record exists). In their language, with the way back to their own start page.
 */
@AnonymousAllowed
public class DeadEndView extends VerticalLayout implements HasErrorParameter<NotFoundException> {

    private final transient CurrentUser currentUser;

    public DeadEndView(CurrentUser currentUser) {
        this.currentUser = currentUser;
        setId("dead-end");
        addClassName("siteline-dead-end");
        setAlignItems(Alignment.CENTER);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
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
