package com.siteline.shell.ui;

import com.siteline.base.AppLocales;
import com.siteline.base.ui.BrandMark;
import com.siteline.base.ui.Formats;
import com.siteline.base.ui.ViewFrame;
import com.siteline.notification.NotificationService;
import com.siteline.notification.ui.NotificationBell;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.UserAccount;
import com.siteline.search.SearchService;
import com.siteline.search.ui.SearchBox;
import com.siteline.security.CurrentUser;
import com.siteline.sla.UserZones;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;

/**
 * The application shell: drawer with the navigation the user may use (built from the views'
 * {@code @Menu}, so views never import it), header with the page title, language and sign-out.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver, LocaleChangeObserver {

    private final transient CurrentUser currentUser;
    private final transient OrganizationService organization;
    private final H1 title = new H1();
    private final BrandMark brand = new BrandMark();
    private final SideNav nav = new SideNav();
    private final Select<Locale> language = new Select<>();
    /** The language on a phone, at the foot of the menu (the header has no room for it there). */
    private final Select<Locale> drawerLanguage = new Select<>();

    private final Button logout = new Button(VaadinIcon.SIGN_OUT.create());
    private final Span userName = new Span();

    {
        userName.setId("header-user");
    }

    private final NotificationBell bell;

    private final SearchBox search;

    public MainLayout(
            CurrentUser currentUser,
            OrganizationService organization,
            NotificationService notifications,
            UserZones zones,
            SearchService searchService) {
        this.currentUser = currentUser;
        // the zone every screen shows times in: the user's (their first unit's calendar zone)
        currentUser
                .username()
                .ifPresent(username -> java.util.Optional.ofNullable(VaadinSession.getCurrent())
                        .ifPresent(session -> Formats.useZone(session, zones.zoneOf(username))));
        this.organization = organization;
        this.bell = new NotificationBell(notifications, currentUser.username().orElse(""));
        setPrimarySection(Section.DRAWER);

        title.addClassName("siteline-title");
        for (Select<Locale> select : java.util.List.of(language, drawerLanguage)) {
            select.setItems(AppLocales.SUPPORTED);
            select.addValueChangeListener(event -> {
                if (event.isFromClient() && event.getValue() != null) {
                    changeLanguage(event.getValue());
                }
            });
        }
        language.setId("user-language");
        drawerLanguage.setId("drawer-language");
        drawerLanguage.addClassName("siteline-phone-only");
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.addClickListener(click -> currentUser.logout());
        account = currentUser.username().flatMap(organization::findAccount).orElse(null);

        this.search = new SearchBox(searchService);
        Div header = new Div(new DrawerToggle(), title, search, bell, userName, language, logout);
        header.addClassName("siteline-header");
        addToNavbar(header);
        addToDrawer(brand, new Scroller(nav), drawerLanguage);
        localize();
    }

    private transient UserAccount account;

    private void changeLanguage(Locale locale) {
        currentUser.username().ifPresent(username -> organization.changeLocale(locale));
        VaadinSession.getCurrent().setAttribute(AppLocales.SESSION_ATTRIBUTE, locale);
        UI.getCurrent().setLocale(locale);
        // the whole page follows at once: it is drawn again in the new language (what a view built from the old
        // one, its fields' own words, dialogs, charts), with what was typed in the address kept
        UI.getCurrent().getPage().reload();
    }

    /**
     * The administration pages grouped (#30): people and organisation, business rules, data, system — not a flat list;
     * a page under {@code admin/} that no group names goes to "system".
     */
    static final java.util.Map<String, String> ADMIN_GROUPS = java.util.Map.ofEntries(
            java.util.Map.entry("admin/users", "people"),
            java.util.Map.entry("admin/teams", "people"),
            java.util.Map.entry("admin/business-units", "people"),
            java.util.Map.entry("admin/response-times", "rules"),
            java.util.Map.entry("admin/calendars", "rules"),
            java.util.Map.entry("admin/kpi", "rules"),
            java.util.Map.entry("admin/survey-templates", "rules"),
            java.util.Map.entry("admin/visit-cadence", "rules"),
            java.util.Map.entry("admin/compensation-limits", "rules"),
            java.util.Map.entry("admin/import", "data"),
            java.util.Map.entry("admin/audit", "data"),
            java.util.Map.entry("admin/outbox", "data"),
            java.util.Map.entry("admin/search", "data"),
            java.util.Map.entry("admin/backups", "data"),
            java.util.Map.entry("admin/export-limits", "data"));

    private static final java.util.List<String> GROUP_ORDER = java.util.List.of("people", "rules", "data", "system");

    private void buildNav() {
        nav.removeAll();
        java.util.Map<String, SideNavItem> groups = new java.util.LinkedHashMap<>();
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            String path = entry.path().startsWith("/") ? entry.path().substring(1) : entry.path();
            if (!path.startsWith("admin/")) {
                nav.addItem(item);
                continue;
            }
            groups.computeIfAbsent(ADMIN_GROUPS.getOrDefault(path, "system"), key -> {
                        SideNavItem group = new SideNavItem(getTranslation("nav.group." + key));
                        group.setId("nav-group-" + key);
                        return group;
                    })
                    .addItem(item);
        }
        GROUP_ORDER.stream().filter(groups::containsKey).map(groups::get).forEach(nav::addItem);
    }

    /** The language the words and the menu were last drawn in: a page's first locale event draws nothing again. */
    private Locale localizedFor;

    private void localize() {
        if (getLocale().equals(localizedFor)) {
            return;
        }
        localizedFor = getLocale();
        brand.setName(getTranslation("app.name"));
        if (account != null) {
            // the name as written, the role's title in the reader's language
            userName.setText(account.displayName() + " · "
                    + account.roles().stream()
                            .sorted()
                            .map(role -> getTranslation(role.messageKey()))
                            .collect(java.util.stream.Collectors.joining("、")));
        }
        for (Select<Locale> select : java.util.List.of(language, drawerLanguage)) {
            select.setAriaLabel(getTranslation("language.label"));
            select.setItemLabelGenerator(locale -> getTranslation("language." + locale.getLanguage()));
            select.setValue(AppLocales.supported(getLocale()));
        }
        language.setLabel(null);
        drawerLanguage.setLabel(getTranslation("language.label"));
        logout.setTooltipText(getTranslation("action.logout"));
        logout.setAriaLabel(getTranslation("action.logout"));
        buildNav();
        updateTitle();
    }

    private void updateTitle() {
        Component content = getContent();
        title.setText(content instanceof ViewFrame view ? view.getViewTitle() : "");
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        updateTitle();
        bell.refresh();
    }

    @Override
    protected void onAttach(com.vaadin.flow.component.AttachEvent attachEvent) {
        // the bell's count follows new notifications within a minute without a page change
        attachEvent.getUI().setPollInterval(60_000);
        attachEvent.getUI().addPollListener(poll -> bell.refresh());
        // back after their node went away (#31): said once, in the session the persistent sign-in made
        VaadinSession session = attachEvent.getSession();
        if (session.getSession().getAttribute(com.siteline.security.ResumedSignIn.ATTRIBUTE) != null) {
            session.getSession().removeAttribute(com.siteline.security.ResumedSignIn.ATTRIBUTE);
            com.vaadin.flow.component.notification.Notification notice =
                    com.vaadin.flow.component.notification.Notification.show(
                            getTranslation("shell.resumed"),
                            8_000,
                            com.vaadin.flow.component.notification.Notification.Position.TOP_CENTER);
            notice.setId("resumed-notice");
        }
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        localize();
    }
}
