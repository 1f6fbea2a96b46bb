package com.siteline.training.ui;

import com.siteline.base.ui.FormDialog;
import com.siteline.improvement.ImprovementRow;
import com.siteline.training.NewTraining;
import com.siteline.training.TrainingView;
import com.siteline.training.Trainings;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A training session planned: unit, topic, trainer, day, material, the staff asked, the improvement it serves. */
class TrainingDialog extends FormDialog<NewTraining, TrainingView> {

    final ComboBox<Long> businessUnitId = bind(NewTraining.Field.BUSINESS_UNIT_ID, new ComboBox<>());
    final TextField topic = bind(NewTraining.Field.TOPIC, new TextField());
    final TextField trainer = bind(NewTraining.Field.TRAINER, new TextField());
    final DatePicker heldOn = bind(NewTraining.Field.HELD_ON, new DatePicker());
    final TextArea material = bind(NewTraining.Field.MATERIAL, new TextArea());
    final MultiSelectComboBox<String> attendees = bind(NewTraining.Field.ATTENDEES, new MultiSelectComboBox<>());
    final ComboBox<Long> improvementId = bind(NewTraining.Field.IMPROVEMENT_ID, new ComboBox<>());

    TrainingDialog(Trainings trainings, Map<Long, String> units, Map<String, String> people, LocalDate today) {
        super(NewTraining.class, "training-dialog", "training.plan", trainings::plan);
        setHeaderTitle(getTranslation("training.plan"));
        setWidth("40rem");
        businessUnitId.setLabel(getTranslation("training.unit"));
        businessUnitId.setItems(List.copyOf(units.keySet()));
        businessUnitId.setItemLabelGenerator(id -> units.getOrDefault(id, String.valueOf(id)));
        businessUnitId.setId("training-unit");
        topic.setLabel(getTranslation("training.topic"));
        topic.setId("training-topic");
        trainer.setLabel(getTranslation("training.trainer"));
        trainer.setId("training-trainer");
        heldOn.setLabel(getTranslation("training.day"));
        heldOn.setId("training-day");
        material.setLabel(getTranslation("training.material"));
        material.setId("training-material");
        attendees.setLabel(getTranslation("training.attendees"));
        attendees.setItemLabelGenerator(u -> people.getOrDefault(u, u));
        attendees.setId("training-attendees");
        improvementId.setLabel(getTranslation("training.improvement"));
        improvementId.setClearButtonVisible(true);
        improvementId.setId("training-improvement");
        businessUnitId.addValueChangeListener(e -> {
            Long unit = e.getValue();
            attendees.setItems(unit == null ? List.of() : trainings.staffOf(unit));
            Map<Long, String> open = unit == null
                    ? Map.of()
                    : trainings.openImprovements(unit).stream()
                            .collect(Collectors.toMap(ImprovementRow::id, ImprovementRow::measure));
            improvementId.setItems(List.copyOf(open.keySet()));
            improvementId.setItemLabelGenerator(id -> open.getOrDefault(id, String.valueOf(id)));
        });
        form.add(businessUnitId, topic, trainer, heldOn, material, attendees, improvementId);
        if (!units.isEmpty()) {
            businessUnitId.setValue(units.keySet().iterator().next());
        }
        heldOn.setValue(today.plusDays(7));
    }
}
