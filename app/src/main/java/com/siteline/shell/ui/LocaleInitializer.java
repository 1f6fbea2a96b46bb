package com.siteline.shell.ui;

import com.siteline.base.AppLocales;
import com.siteline.base.ui.Formats;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.UserAccount;
import com.siteline.sla.UserZones;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Gives every new UI its language and its time zone. Language: the signed-in user's remembered choice,
 * else what was picked on the login page, else zh-CN (never the browser's guess: zh-CN is the product's
 * primary language). Zone: the user's zone ({@link UserZones}: their first business unit's calendar),
 * in which every screen shows times ({@code Formats}).
 */
@Component
class LocaleInitializer implements VaadinServiceInitListener {

    private final OrganizationService organization;
    private final UserZones zones;

    LocaleInitializer(OrganizationService organization, UserZones zones) {
        this.organization = organization;
        this.zones = zones;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            init.getUI().setLocale(resolve(init.getUI().getSession()));
            signedIn().ifPresent(username -> Formats.useZone(init.getUI().getSession(), zones.zoneOf(username)));
        });
    }

    private static java.util.Optional<String> signedIn() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken)
                ? java.util.Optional.of(auth.getName())
                : java.util.Optional.empty();
    }

    Locale resolve(VaadinSession session) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken)) {
            Locale remembered = organization
                    .findAccount(auth.getName())
                    .map(UserAccount::locale)
                    .orElse(null);
            if (remembered != null) {
                return remembered;
            }
        }
        Object chosen = session == null ? null : session.getAttribute(AppLocales.SESSION_ATTRIBUTE);
        return chosen instanceof Locale locale ? AppLocales.supported(locale) : AppLocales.DEFAULT;
    }
}
