package com.siteline.shell.ui;

import com.siteline.security.CurrentUser;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import org.springframework.security.access.AccessDeniedException;

/**
 * A page whose service refuses the user's role (a manager's record opened by an agent through its address): the
 * {@link DeadEnd} inside the staff layout, the same as a record that does not exist.
 */
@PermitAll
@ParentLayout(MainLayout.class)
public class DeniedRecordView extends DeadEnd implements HasErrorParameter<AccessDeniedException> {

    public DeniedRecordView(CurrentUser currentUser) {
        super(currentUser);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return show();
    }
}
