package com.siteline.base.ui;

import com.siteline.base.InvalidInputException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.stream.Collectors;

/** Tells the user, in their language, what they must fix; what they typed stays where it is. */
public final class Problems {

    private Problems() {
    }

    public static Notification show(Component context, InvalidInputException problems) {
        String text = problems.problems().stream().map(context::getTranslation).collect(Collectors.joining("; "));
        return error(text);
    }

    public static Notification error(String text) {
        Notification notification = new Notification(text, 6000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.setId("problem-notification");
        notification.open();
        return notification;
    }

    public static Notification success(String text) {
        Notification notification = new Notification(text, 3000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        notification.open();
        return notification;
    }
}
