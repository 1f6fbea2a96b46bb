package com.siteline.shell.ui;

import com.siteline.security.CurrentUser;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;

/**
 * A record address whose id is no number, or too long a one ({@code issues/abc}, {@code customers/99999999999999999999}):
 * the {@link DeadEnd} inside the staff layout, not {@code NumberFormatException}.
 */
@PermitAll
@ParentLayout(MainLayout.class)
public class BadAddressView extends DeadEnd implements HasErrorParameter<NumberFormatException> {

    public BadAddressView(CurrentUser currentUser) {
        super(currentUser);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NumberFormatException> parameter) {
        return show();
    }
}
