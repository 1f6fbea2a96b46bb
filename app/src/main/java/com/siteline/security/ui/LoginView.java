package com.siteline.security.ui;

import com.siteline.base.AppLocales;
import com.siteline.base.ui.BrandMark;
import com.siteline.security.internal.LoginRoute;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Locale;

/** The sign-in page, zh-CN by default with a language choice that the rest of the visit keeps. */
@Route(value = LoginRoute.PATH, autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final Select<Locale> language = new Select<>();
    private final Span tagline = new Span();
    private final BrandMark brand = new BrandMark();
    /**
     * Stay signed in on this device (#31): off unless chosen, never on a shared computer; checked, the sign-in asks
     * for a persistent token ({@code remember-me} on the form's address, which Spring Security reads).
     */
    private final com.vaadin.flow.component.checkbox.Checkbox remember =
            new com.vaadin.flow.component.checkbox.Checkbox();

    public LoginView() {
        addClassName("siteline-login");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        remember.setId("remember-me");
        remember.addValueChangeListener(event -> form.setAction(
                Boolean.TRUE.equals(event.getValue())
                        ? "login?" + com.siteline.security.CurrentUser.REMEMBER_ME + "=true"
                        : "login"));

        language.setItems(AppLocales.SUPPORTED);
        language.setItemLabelGenerator(locale -> getTranslation("language." + locale.getLanguage()));
        language.setId("language");
        language.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                VaadinSession.getCurrent().setAttribute(AppLocales.SESSION_ATTRIBUTE, event.getValue());
                UI.getCurrent().setLocale(event.getValue());
            }
        });

        add(brand, tagline, form, remember, language);
        localize();
    }

    private boolean locked;

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        locked = parameters.containsKey("locked");
        localize();
        form.setError(locked || parameters.containsKey("error"));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        localize();
    }

    private void localize() {
        brand.setName(getTranslation("app.name"));
        tagline.setText(getTranslation("login.tagline"));
        language.setLabel(getTranslation("language.label"));
        language.setValue(AppLocales.supported(getLocale()));
        remember.setLabel(getTranslation("login.remember"));
        remember.setTooltipText(getTranslation("login.remember.help"));

        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(getTranslation("login.title"));
        texts.setUsername(getTranslation("login.username"));
        texts.setPassword(getTranslation("login.password"));
        texts.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        // too many failures: the same words whether or not the name exists
        error.setTitle(getTranslation(locked ? "login.locked.title" : "login.error.title"));
        error.setMessage(getTranslation(locked ? "login.locked.message" : "login.error.message"));
        error.setUsername(getTranslation("login.error.username"));
        error.setPassword(getTranslation("login.error.password"));
        form.setI18n(i18n);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.name");
    }
}
