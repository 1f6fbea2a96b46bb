package com.siteline.shell;

import com.siteline.base.AppLocales;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.UserAccount;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Gives every new UI its language: the signed-in user's remembered choice, else what was picked on
 * the login page, else zh-CN (never the browser's guess: zh-CN is the product's primary language).
 */
@Component
class LocaleInitializer implements VaadinServiceInitListener {

    private final OrganizationService organization;

    LocaleInitializer(OrganizationService organization) {
        this.organization = organization;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().setLocale(resolve(init.getUI().getSession())));
    }

    Locale resolve(VaadinSession session) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken)) {
            Locale remembered = organization.findAccount(auth.getName()).map(UserAccount::locale).orElse(null);
            if (remembered != null) {
                return remembered;
            }
        }
        Object chosen = session == null ? null : session.getAttribute(AppLocales.SESSION_ATTRIBUTE);
        return chosen instanceof Locale locale ? AppLocales.supported(locale) : AppLocales.DEFAULT;
    }
}
