package com.siteline.plan.ui;

import com.siteline.base.InvalidInputException;
import com.siteline.base.RefusedException;
import com.siteline.base.ui.Formats;
import com.siteline.base.ui.Problems;
import com.siteline.plan.HeldRecord;
import com.siteline.plan.PlanTaskRow;
import com.siteline.plan.PlanTasks;
import com.siteline.plan.TaskState;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * What may be done with an open communication task: hold it by one of its candidate records (a log entry or a weekly
 * report the automatic match could not place), or close it as missed with a reason. Both in a dialog that keeps what
 * was chosen and typed when refused.
 */
final class TaskActions {

    private TaskActions() {}

    /** The task's buttons (none unless it is open); {@code changed} gets the task after a step. */
    static Component buttons(Component context, PlanTasks tasks, PlanTaskRow task, Consumer<PlanTaskRow> changed) {
        HorizontalLayout buttons = new HorizontalLayout();
        if (task.state() != TaskState.OPEN) {
            return buttons;
        }
        Button hold = new Button(context.getTranslation("plan.task.hold"), e -> hold(context, tasks, task, changed));
        hold.setId("plan-task-hold-" + task.id());
        Button miss = new Button(context.getTranslation("plan.task.miss"), e -> miss(context, tasks, task, changed));
        miss.setId("plan-task-miss-" + task.id());
        miss.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        buttons.add(hold, miss);
        return buttons;
    }

    private static void hold(Component context, PlanTasks tasks, PlanTaskRow task, Consumer<PlanTaskRow> changed) {
        Dialog dialog = new Dialog(context.getTranslation("plan.hold.title", task.goal()));
        dialog.setId("plan-hold-dialog");
        dialog.setWidth("36rem");
        List<HeldRecord> candidates = tasks.candidates(task.id());
        RadioButtonGroup<HeldRecord> records = new RadioButtonGroup<>(context.getTranslation("plan.hold.records"));
        records.setId("plan-hold-records");
        records.setItems(candidates);
        records.setItemLabelGenerator(r -> Formats.minute(r.at()) + " · " + r.label());
        Paragraph status = status("plan-hold-status");
        if (candidates.isEmpty()) {
            status.setText(context.getTranslation("plan.hold.none"));
        }
        Button save = new Button(context.getTranslation("plan.hold.save"), e -> {
            if (records.getValue() == null) {
                records.setInvalid(true);
                status.setText(context.getTranslation("plan.error.record"));
                return;
            }
            step(
                    dialog,
                    status,
                    context,
                    () -> tasks.hold(
                            task.id(), task.version(), records.getValue().id()),
                    changed);
        });
        save.setId("plan-hold-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setEnabled(!candidates.isEmpty());
        dialog.add(new VerticalLayout(records, status));
        dialog.getFooter().add(new Button(context.getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private static void miss(Component context, PlanTasks tasks, PlanTaskRow task, Consumer<PlanTaskRow> changed) {
        Dialog dialog = new Dialog(context.getTranslation("plan.miss.title", task.goal()));
        dialog.setId("plan-miss-dialog");
        dialog.setWidth("32rem");
        TextArea note = new TextArea(context.getTranslation("plan.miss.note"));
        note.setId("plan-miss-note");
        note.setWidthFull();
        Paragraph status = status("plan-miss-status");
        Button save = new Button(
                context.getTranslation("plan.miss.save"),
                e -> step(
                        dialog,
                        status,
                        context,
                        () -> tasks.miss(task.id(), task.version(), note.getValue()),
                        changed));
        save.setId("plan-miss-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(note, status));
        dialog.getFooter().add(new Button(context.getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private static Paragraph status(String id) {
        Paragraph status = new Paragraph();
        status.setId(id);
        status.addClassName("siteline-error-text");
        return status;
    }

    private static void step(
            Dialog dialog,
            Paragraph status,
            Component context,
            java.util.function.Supplier<PlanTaskRow> step,
            Consumer<PlanTaskRow> changed) {
        try {
            PlanTaskRow done = step.get();
            dialog.close();
            Problems.success(context.getTranslation("plan.task.saved"));
            changed.accept(done);
        } catch (InvalidInputException problems) {
            status.setText(String.join(
                    " ",
                    problems.problems().stream().map(context::getTranslation).toList()));
        } catch (OptimisticLockingFailureException conflict) {
            status.setText(context.getTranslation("conflict.saved-by-other"));
        } catch (RefusedException refused) {
            status.setText(Problems.text(context, refused.message()));
        }
    }
}
