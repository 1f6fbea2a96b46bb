package com.siteline.followup.ui;

import com.siteline.base.InvalidInputException;
import com.siteline.base.ui.Problems;
import com.siteline.followup.Greetings;
import com.siteline.followup.internal.GreetingOccasions;
import com.siteline.organization.BusinessUnitSummary;
import com.siteline.sla.CalendarDay;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Prepares a greeting list: a unit, then a holiday of the schedule in the next 90 days (which fills in the
 * occasion and its day) or an occasion and day typed in. Problems are said at their fields; what was typed stays.
 */
class PrepareGreetingsDialog extends Dialog {

    final Select<BusinessUnitSummary> unit = new Select<>();
    final Select<GreetingOccasions.Occasion> holiday = new Select<>();
    final TextField occasion = new TextField();
    final DatePicker day = new DatePicker();
    private final Paragraph none = new Paragraph();

    PrepareGreetingsDialog(Greetings greetings, List<BusinessUnitSummary> units, IntConsumer added) {
        setId("greeting-prepare-dialog");
        setHeaderTitle(getTranslation("greeting.prepare"));
        unit.setId("greeting-unit");
        unit.setLabel(getTranslation("greeting.unit"));
        unit.setItems(units);
        unit.setItemLabelGenerator(BusinessUnitSummary::name);
        holiday.setId("greeting-holiday");
        holiday.setLabel(getTranslation("greeting.holiday"));
        holiday.setItemLabelGenerator(o -> CalendarDay.localized(o.name(), getLocale()) + " · " + o.date());
        occasion.setId("greeting-occasion");
        occasion.setLabel(getTranslation("greeting.occasion"));
        occasion.setMaxLength(Greetings.OCCASION_MAX + 20);
        day.setId("greeting-day");
        day.setLabel(getTranslation("greeting.date"));
        none.setId("greeting-no-holiday");
        unit.addValueChangeListener(e -> {
            List<GreetingOccasions.Occasion> upcoming = e.getValue() == null
                    ? List.of()
                    : greetings.upcoming(e.getValue().id());
            holiday.setItems(upcoming);
            holiday.setEnabled(!upcoming.isEmpty());
            none.setText(upcoming.isEmpty() ? getTranslation("greeting.no-holiday") : "");
        });
        holiday.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                occasion.setValue(CalendarDay.localized(e.getValue().name(), getLocale()));
                day.setValue(e.getValue().date());
            }
        });
        if (!units.isEmpty()) {
            unit.setValue(units.getFirst());
        }
        FormLayout form = new FormLayout(unit, holiday, occasion, day);
        add(none, form);
        Button save = new Button(getTranslation("greeting.prepare.save"), e -> {
            try {
                int made = greetings.prepare(
                        unit.getValue() == null ? -1 : unit.getValue().id(), occasion.getValue(), day.getValue());
                Problems.success(getTranslation("greeting.prepared", made));
                added.accept(made);
                close();
            } catch (InvalidInputException problems) {
                Problems.mark(
                        this,
                        problems.named(),
                        Problems.at(unit, Greetings.PrepareField.UNIT),
                        Problems.at(occasion, Greetings.PrepareField.OCCASION),
                        Problems.at(day, Greetings.PrepareField.DAY));
            }
        });
        save.setId("greeting-prepare-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, save);
    }
}
