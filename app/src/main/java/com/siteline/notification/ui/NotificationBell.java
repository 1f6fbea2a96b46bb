package com.siteline.notification.ui;

import com.siteline.base.ui.Formats;
import com.siteline.base.ui.Problems;
import com.siteline.notification.NotificationItem;
import com.siteline.notification.NotificationService;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;

/** The bell in the header: unread count, the latest notifications, mark read one by one or all. */
@org.springframework.modulith.NamedInterface("ui")
public class NotificationBell extends Composite<Div> {

    private final transient NotificationService notifications;
    private final String username;
    private final Button bell = new Button(VaadinIcon.BELL.create());
    private final Span count = new Span();

    public NotificationBell(NotificationService notifications, String username) {
        this.notifications = notifications;
        this.username = username;
        getContent().addClassName("siteline-bell");
        bell.setId("notification-bell");
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        bell.addClickListener(click -> open());
        count.setId("notification-count");
        count.getElement().getThemeList().add("badge error pill small");
        count.addClassName("siteline-bell-count");
        getContent().add(bell, count);
        refresh();
    }

    /** Re-reads the unread count. */
    public void refresh() {
        long unread = notifications.unread();
        count.setText(unread > 99 ? "99+" : String.valueOf(unread));
        count.setVisible(unread > 0);
        bell.setAriaLabel(getTranslation("notification.bell", unread));
        bell.setTooltipText(getTranslation("notification.bell", unread));
    }

    public long unread() {
        return notifications.unread();
    }

    private void open() {
        Dialog dialog = new Dialog(getTranslation("notification.title"));
        dialog.setId("notification-dialog");
        dialog.setWidth("520px");
        VerticalLayout list = new VerticalLayout();
        list.setId("notification-list");
        list.setPadding(false);
        render(list);
        Button all = new Button(getTranslation("notification.read-all"), click -> {
            notifications.markAllRead();
            render(list);
            refresh();
        });
        all.setId("notification-read-all");
        dialog.add(list);
        dialog.getFooter().add(all, new Button(getTranslation("action.close"), click -> dialog.close()));
        dialog.open();
    }

    private void render(VerticalLayout list) {
        list.removeAll();
        List<NotificationItem> items = notifications.latest();
        if (items.isEmpty()) {
            list.add(new Paragraph(getTranslation("notification.none")));
        }
        for (NotificationItem item : items) {
            Div row = new Div();
            row.addClassName(item.unread() ? "siteline-notification-unread" : "siteline-notification");
            row.add(new Span(Formats.minute(item.createdAt()) + " · "));
            String text = Problems.text(this, item.message());
            if (item.issueId() != null) {
                row.add(new Anchor("issues/" + item.issueId(), text));
            } else {
                row.add(new Span(text));
            }
            if (item.unread()) {
                Button read = new Button(getTranslation("notification.read"), click -> {
                    notifications.markRead(item.id());
                    render(list);
                    refresh();
                });
                read.setId("notification-read-" + item.id());
                read.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
                row.add(read);
            }
            list.add(row);
        }
    }
}
