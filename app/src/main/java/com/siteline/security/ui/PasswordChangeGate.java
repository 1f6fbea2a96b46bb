package com.siteline.security.ui;

import com.siteline.organization.OrganizationService;
import com.siteline.organization.UserAccount;
import com.siteline.security.CurrentUser;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * A user whose password an administrator set is taken to {@link ChangePasswordView} wherever they try to
 * go, until they have changed it.
 */
@Component
class PasswordChangeGate implements VaadinServiceInitListener {

    private final CurrentUser currentUser;
    private final OrganizationService organization;

    PasswordChangeGate(CurrentUser currentUser, OrganizationService organization) {
        this.currentUser = currentUser;
        this.organization = organization;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource()
                .addUIInitListener(init -> init.getUI().addBeforeEnterListener(enter -> {
                    Class<?> target = enter.getNavigationTarget();
                    if (target == ChangePasswordView.class || target == LoginView.class) {
                        return;
                    }
                    boolean mustChange = currentUser
                            .username()
                            .flatMap(organization::findAccount)
                            .map(UserAccount::mustChangePassword)
                            .orElse(false);
                    if (mustChange) {
                        enter.rerouteTo(ChangePasswordView.class);
                    }
                }));
    }
}
