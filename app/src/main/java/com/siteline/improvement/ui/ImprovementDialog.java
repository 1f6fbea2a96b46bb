package com.siteline.improvement.ui;

import com.siteline.base.ui.FormDialog;
import com.siteline.improvement.ImprovementRow;
import com.siteline.improvement.ImprovementSource;
import com.siteline.improvement.Improvements;
import com.siteline.improvement.NewImprovement;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * An improvement action raised ({@link NewImprovement}): from a record (its source and id fixed, its words prefilled)
 * or from the list (the source chosen, its words typed); the cause found, the measure, the owner and the due day.
 */
class ImprovementDialog extends FormDialog<NewImprovement, ImprovementRow> {

    final ComboBox<Long> businessUnitId = bind(NewImprovement.Field.BUSINESS_UNIT_ID, new ComboBox<>());
    final ComboBox<ImprovementSource> source = bind(NewImprovement.Field.SOURCE, new ComboBox<>());
    final ComboBox<Long> sourceId = bind(NewImprovement.Field.SOURCE_ID, new ComboBox<>());
    final TextField sourceLabel = bind(NewImprovement.Field.SOURCE_LABEL, new TextField());
    final TextArea cause = bind(NewImprovement.Field.CAUSE, new TextArea());
    final TextArea measure = bind(NewImprovement.Field.MEASURE, new TextArea());
    final ComboBox<String> owner = bind(NewImprovement.Field.OWNER, new ComboBox<>());
    final DatePicker dueOn = bind(NewImprovement.Field.DUE_ON, new DatePicker());

    /**
     * @param sources the sources to choose from (one, fixed, when raised from a record)
     * @param recordId the record it is raised from, or null
     * @param units the user's units, id to name (one when raised from a record)
     * @param people the units' users, username to name
     */
    ImprovementDialog(
            Improvements improvements,
            List<ImprovementSource> sources,
            Long recordId,
            String label,
            Map<Long, String> units,
            Map<String, String> people,
            LocalDate today) {
        super(NewImprovement.class, "improvement-dialog", "improvement.dialog.save", improvements::raise);
        setHeaderTitle(getTranslation("improvement.dialog.title"));
        setWidth("40rem");
        businessUnitId.setLabel(getTranslation("improvement.unit"));
        businessUnitId.setItems(List.copyOf(units.keySet()));
        businessUnitId.setItemLabelGenerator(id -> units.getOrDefault(id, String.valueOf(id)));
        businessUnitId.setVisible(units.size() > 1);
        businessUnitId.setId("improvement-unit");
        source.setLabel(getTranslation("improvement.source"));
        source.setItems(sources);
        source.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        source.setReadOnly(sources.size() == 1);
        source.setId("improvement-source");
        sourceId.setItems(recordId == null ? List.of() : List.of(recordId));
        sourceId.setVisible(false);
        sourceLabel.setLabel(getTranslation("improvement.source-label"));
        sourceLabel.setMaxLength(Improvements.LABEL_MAX + 1);
        sourceLabel.setId("improvement-source-label");
        cause.setLabel(getTranslation("improvement.cause"));
        cause.setId("improvement-cause");
        measure.setLabel(getTranslation("improvement.measure"));
        measure.setId("improvement-measure");
        owner.setLabel(getTranslation("improvement.owner"));
        owner.setItems(List.copyOf(people.keySet()));
        owner.setItemLabelGenerator(u -> people.getOrDefault(u, u));
        owner.setId("improvement-owner");
        dueOn.setLabel(getTranslation("improvement.due"));
        dueOn.setMin(today);
        dueOn.setId("improvement-due");
        form.add(businessUnitId, source, sourceId, sourceLabel, cause, measure, owner, dueOn);
        businessUnitId.setValue(units.keySet().iterator().next());
        source.setValue(sources.getFirst());
        sourceId.setValue(recordId);
        sourceLabel.setValue(label == null ? "" : label);
        dueOn.setValue(today.plusDays(14));
    }
}
