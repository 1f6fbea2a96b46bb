package com.siteline.plan.ui;

import com.siteline.base.ui.FormDialog;
import com.siteline.customer.Channel;
import com.siteline.plan.CommunicationPlan;
import com.siteline.plan.CommunicationPlans;
import com.siteline.plan.PlanLineDraft;
import com.siteline.sdk.PlanLine;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The project manager writes a plan line ({@link PlanLineDraft}): goal, content, audience, the record that shows it
 * held (a log entry of a channel or the weekly report), its rhythm (every n weeks during stages, on entering a stage,
 * on completion), its owner and whether the customer confirms receipt. Only the rhythm's own fields are shown.
 */
class PlanLineDialog extends FormDialog<PlanLineDraft, CommunicationPlan> {

    final TextField goal = bind(PlanLineDraft.Field.GOAL, new TextField());
    final TextArea content = bind(PlanLineDraft.Field.CONTENT, new TextArea());
    final CheckboxGroup<String> audience = bind(PlanLineDraft.Field.AUDIENCE, new CheckboxGroup<>());
    final RadioButtonGroup<PlanLine.HeldBy> heldBy = bind(PlanLineDraft.Field.HELD_BY, new RadioButtonGroup<>());
    final ComboBox<Channel> channel = bind(PlanLineDraft.Field.CHANNEL, new ComboBox<>());
    final RadioButtonGroup<PlanLine.Trigger> trigger = bind(PlanLineDraft.Field.TRIGGER, new RadioButtonGroup<>());
    final IntegerField everyWeeks = bind(PlanLineDraft.Field.EVERY_WEEKS, new IntegerField());
    final MultiSelectComboBox<String> stages = bind(PlanLineDraft.Field.STAGES, new MultiSelectComboBox<>());
    final ComboBox<String> stage = bind(PlanLineDraft.Field.STAGE, new ComboBox<>());
    final IntegerField withinDays = bind(PlanLineDraft.Field.WITHIN_DAYS, new IntegerField());
    final ComboBox<String> owner = bind(PlanLineDraft.Field.OWNER, new ComboBox<>());
    final Checkbox confirmReceipt = bind(PlanLineDraft.Field.CONFIRM_RECEIPT, new Checkbox());

    /**
     * @param key    the line changed, or null for a new one
     * @param stageNames the variant's stages, id to name, in order
     * @param people the unit's users, username to name
     */
    PlanLineDialog(
            CommunicationPlans plans,
            CommunicationPlan plan,
            String key,
            PlanLineDraft initial,
            Map<String, String> stageNames,
            Map<String, String> people) {
        super(
                PlanLineDraft.class,
                "plan-line-dialog",
                "plan.line.save",
                line -> plans.saveLine(plan.id(), plan.version(), key, line));
        setHeaderTitle(getTranslation(key == null ? "plan.line.new" : "plan.line.edit"));
        setWidth("44rem");
        goal.setLabel(getTranslation("plan.line.goal"));
        goal.setMaxLength(CommunicationPlans.GOAL_MAX + 1);
        goal.setId("plan-line-goal");
        content.setLabel(getTranslation("plan.line.content"));
        content.setMaxLength(CommunicationPlans.CONTENT_MAX + 1);
        content.setId("plan-line-content");
        List<String> who = new ArrayList<>(List.of(PlanLine.CUSTOMER));
        who.addAll(CommunicationPlans.TEAM_ROLES);
        audience.setLabel(getTranslation("plan.line.audience"));
        audience.setItems(who);
        audience.setItemLabelGenerator(a -> getTranslation("plan.who." + a));
        audience.setId("plan-line-audience");
        heldBy.setLabel(getTranslation("plan.line.held-by"));
        heldBy.setItems(PlanLine.HeldBy.values());
        heldBy.setItemLabelGenerator(h -> getTranslation("plan.held-by." + h.name()));
        heldBy.setId("plan-line-held-by");
        channel.setLabel(getTranslation("plan.line.channel"));
        channel.setItems(CommunicationPlans.LINE_CHANNELS);
        channel.setItemLabelGenerator(c -> getTranslation(c.messageKey()));
        channel.setId("plan-line-channel");
        trigger.setLabel(getTranslation("plan.line.trigger"));
        trigger.setItems(PlanLine.Trigger.values());
        trigger.setItemLabelGenerator(t -> getTranslation("plan.trigger." + t.name()));
        trigger.setId("plan-line-trigger");
        everyWeeks.setLabel(getTranslation("plan.line.every-weeks"));
        everyWeeks.setMin(1);
        everyWeeks.setMax(12);
        everyWeeks.setStepButtonsVisible(true);
        everyWeeks.setId("plan-line-every-weeks");
        stages.setLabel(getTranslation("plan.line.stages"));
        stages.setItems(List.copyOf(stageNames.keySet()));
        stages.setItemLabelGenerator(s -> stageNames.getOrDefault(s, s));
        stages.setHelperText(getTranslation("plan.line.stages.help"));
        stages.setId("plan-line-stages");
        stage.setLabel(getTranslation("plan.line.stage"));
        stage.setItems(List.copyOf(stageNames.keySet()));
        stage.setItemLabelGenerator(s -> stageNames.getOrDefault(s, s));
        stage.setId("plan-line-stage");
        withinDays.setLabel(getTranslation("plan.line.within-days"));
        withinDays.setMin(0);
        withinDays.setMax(90);
        withinDays.setId("plan-line-within-days");
        List<String> owners = new ArrayList<>(CommunicationPlans.TEAM_ROLES);
        owners.addAll(people.keySet());
        owner.setLabel(getTranslation("plan.line.owner"));
        owner.setItems(owners);
        owner.setItemLabelGenerator(o -> CommunicationPlans.TEAM_ROLES.contains(o)
                ? getTranslation("plan.who." + o)
                : people.getOrDefault(o, o));
        owner.setId("plan-line-owner");
        confirmReceipt.setLabel(getTranslation("plan.line.confirm"));
        confirmReceipt.setId("plan-line-confirm");
        heldBy.addValueChangeListener(e -> channel.setVisible(e.getValue() == PlanLine.HeldBy.LOG_ENTRY));
        trigger.addValueChangeListener(e -> shows(e.getValue()));
        form.add(
                goal,
                content,
                audience,
                heldBy,
                channel,
                trigger,
                everyWeeks,
                stages,
                stage,
                withinDays,
                owner,
                confirmReceipt);
        goal.setValue(initial.goal() == null ? "" : initial.goal());
        content.setValue(initial.content() == null ? "" : initial.content());
        audience.setValue(initial.audience());
        heldBy.setValue(initial.heldBy());
        channel.setValue(initial.channel());
        trigger.setValue(initial.trigger());
        everyWeeks.setValue(initial.everyWeeks());
        stages.setValue(initial.stages());
        stage.setValue(initial.stage());
        withinDays.setValue(initial.withinDays());
        owner.setValue(initial.owner());
        confirmReceipt.setValue(initial.confirmReceipt());
        channel.setVisible(initial.heldBy() == PlanLine.HeldBy.LOG_ENTRY);
        shows(initial.trigger());
    }

    private void shows(PlanLine.Trigger rhythm) {
        boolean weeks = rhythm == PlanLine.Trigger.EVERY_WEEKS;
        everyWeeks.setVisible(weeks);
        stages.setVisible(weeks);
        stage.setVisible(rhythm == PlanLine.Trigger.STAGE_ENTERED || rhythm == PlanLine.Trigger.STAGE_SIGNED);
        withinDays.setVisible(rhythm != null && !weeks);
    }

    /** A new line's starting values: a weekly phone call to the customer by the project manager. */
    static PlanLineDraft blank() {
        return new PlanLineDraft(
                "",
                "",
                java.util.Set.of(PlanLine.CUSTOMER),
                PlanLine.HeldBy.LOG_ENTRY,
                Channel.PHONE,
                PlanLine.Trigger.EVERY_WEEKS,
                1,
                java.util.Set.of(),
                null,
                null,
                "PROJECT_MANAGER",
                false);
    }
}
