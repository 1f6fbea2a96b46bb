package com.siteline.issue.ui;

import com.siteline.base.ui.EmptyState;
import com.siteline.base.ui.ViewFrame;
import com.siteline.organization.Role;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The agents' work queue (工作台). The issue grid arrives with the agent-workspace issue. */
@Route("inbox")
@RolesAllowed({Role.Names.AGENT, Role.Names.MANAGER, Role.Names.ADMIN})
@Menu(title = "nav.inbox", order = 10, icon = "vaadin:inbox")
public class InboxView extends ViewFrame implements LocaleChangeObserver {

    public InboxView() {
        super("inbox.title");
        setId("inbox");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        removeAll();
        add(new EmptyState(VaadinIcon.INBOX, getTranslation("inbox.empty.title"), getTranslation("inbox.empty.text")));
    }
}
