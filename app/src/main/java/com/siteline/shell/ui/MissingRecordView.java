package com.siteline.shell.ui;

import com.siteline.security.CurrentUser;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import java.util.NoSuchElementException;

/**
 * A record page whose record is not the user's or does not exist ({@code projects/5} of another unit, {@code
 * issues/0}): the services say "no such element" for both, and the user reads the {@link DeadEnd} inside the staff
 * layout, never Vaadin's exception page, and nothing is logged.
 */
@PermitAll
@ParentLayout(MainLayout.class)
public class MissingRecordView extends DeadEnd implements HasErrorParameter<NoSuchElementException> {

    public MissingRecordView(CurrentUser currentUser) {
        super(currentUser);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NoSuchElementException> parameter) {
        return show();
    }
}
