package com.siteline.issue.ui;

import com.siteline.audit.AuditTrail;
import com.siteline.audit.ui.AuditHistory;
import com.siteline.base.ui.EmptyState;
import com.siteline.base.ui.RecordSection;
import com.siteline.base.ui.ViewFrame;
import com.siteline.organization.Role;
import com.siteline.security.CurrentUser;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The full page of one issue: all its facts, editable texts, lifecycle steps and timeline. */
@Route("issues/:id")
@RolesAllowed({Role.Names.AGENT, Role.Names.MANAGER, Role.Names.ADMIN, Role.Names.PROJECT_MANAGER})
public class IssueView extends ViewFrame implements BeforeEnterObserver {

    private final transient IssueWorkbench bench;
    private final String username;
    private IssuePanel panel;

    private final transient AuditTrail audit;

    private final transient java.util.List<RecordSection> sections;

    public IssueView(
            IssueWorkbench bench, CurrentUser currentUser, AuditTrail audit, java.util.List<RecordSection> sections) {
        super("issue.page.title");
        this.sections = RecordSection.of(sections, RecordSection.Page.ISSUE);
        this.audit = audit;
        setId("issue-view");
        this.bench = bench;
        this.username = currentUser.username().orElseThrow();
        Shortcuts.addShortcutListener(
                this,
                () -> {
                    if (panel != null) {
                        panel.logContact();
                    }
                },
                Key.KEY_L,
                KeyModifier.ALT);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Anchor back = new Anchor("inbox", "← " + getTranslation("nav.inbox"));
        back.setId("issue-back");
        add(back);
        long id = com.siteline.base.ui.RouteIds.of(event.getRouteParameters(), "id");
        if (id < 0 || !bench.queries().visible(id)) {
            add(new EmptyState(
                    VaadinIcon.WARNING,
                    getTranslation("issue.not-found.title"),
                    getTranslation("issue.not-found.text")));
            return;
        }
        panel = new IssuePanel(bench, username, bench.queries().get(id), true, updated -> {});
        add(panel);
        sections.forEach(section -> section.render(id).ifPresent(this::add));
        add(new AuditHistory(() -> audit.history("issue", Long.toString(id), AuditHistory.LIMIT)));
    }
}
