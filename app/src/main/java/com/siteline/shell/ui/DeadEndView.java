package com.siteline.shell.ui;

import com.siteline.security.CurrentUser;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * A route that does not exist, or one the user's role may not open (Vaadin reroutes a denied navigation here, so
 * both read the same): the {@link DeadEnd}. Without the staff layout, as anyone may reach it (the portal's customers
 * and the signed-out too).
 */
@AnonymousAllowed
public class DeadEndView extends DeadEnd implements HasErrorParameter<NotFoundException> {

    public DeadEndView(CurrentUser currentUser) {
        super(currentUser);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return show();
    }
}
