package com.siteline.base.ui;

import com.siteline.base.BulkResult;
import com.siteline.base.InputField;
import com.siteline.base.InvalidInputException;
import com.siteline.base.Message;
import com.siteline.base.Problem;
import com.siteline.base.RefusedException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Tells the user, in their language, what they must fix; what they typed stays where it is. */
public final class Problems {

    private Problems() {}

    public static Notification show(Component context, InvalidInputException problems) {
        String text = problems.problems().stream().map(context::getTranslation).collect(Collectors.joining("; "));
        return error(text);
    }

    /** A form's component and the input field (of the service's input record) it shows. */
    public record Field(HasValidation component, InputField field) {}

    public static Field at(HasValidation component, InputField field) {
        return new Field(component, field);
    }

    /**
     * The one way a hand-wired form turns a service's refusal into what the user sees: each component whose field
     * the refusal names is marked with its problem in the user's words (the others are cleared), and all problems
     * are said at once. Nothing typed is touched. (A {@link FormDialog} does this for the fields it binds.)
     */
    public static Notification show(Component context, InvalidInputException problems, Field... fields) {
        mark(context, problems.named(), fields);
        return show(context, problems);
    }

    /** Marks each component whose field has a problem with its first one, in the user's words; clears the others. */
    public static void mark(Component context, List<Problem> problems, Field... fields) {
        for (Field f : fields) {
            Optional<String> named = problems.stream()
                    .filter(p -> f.field().equals(p.field()))
                    .map(Problem::key)
                    .findFirst();
            f.component().setInvalid(named.isPresent());
            named.ifPresent(problem -> f.component().setErrorMessage(context.getTranslation(problem)));
        }
    }

    /** A service's refusal in the user's words. */
    public static Notification show(Component context, RefusedException refusal) {
        if (refusal instanceof InvalidInputException problems) {
            return show(context, problems);
        }
        return error(text(context, refusal.message()));
    }

    /** A message in the user's language, its times in their zone. */
    public static String text(Component context, Message message) {
        return message.text(context::getTranslation, Formats::minute);
    }

    /** Says how many rows a bulk action changed and, per refused row (named by {@code rowName}), why. */
    public static Notification report(
            Component context, BulkResult result, java.util.function.LongFunction<String> rowName) {
        String done = context.getTranslation(
                "grid.bulk.done", result.changed(), result.refused().size());
        if (result.refused().isEmpty()) {
            return success(done);
        }
        return error(done + " "
                + result.refused().stream()
                        .map(r -> rowName.apply(r.rowId()) + ": " + text(context, r.message()))
                        .collect(Collectors.joining("; ")));
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
