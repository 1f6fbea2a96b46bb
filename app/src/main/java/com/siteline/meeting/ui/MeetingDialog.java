package com.siteline.meeting.ui;

import com.siteline.base.grid.GridQuery;
import com.siteline.base.ui.FormDialog;
import com.siteline.customer.CustomerDetails;
import com.siteline.customer.CustomerService;
import com.siteline.meeting.MeetingKind;
import com.siteline.meeting.MeetingView;
import com.siteline.meeting.Meetings;
import com.siteline.meeting.NewMeeting;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A meeting held, recorded as a {@link NewMeeting}: its unit (fixed for a project's meeting), kind, title, when and
 * where, staff and customers present and absent (a project's meeting: its customer; a unit's: any customer of the
 * unit, found by name or phone), the chair of an owners' committee, agenda, minutes and decisions.
 */
class MeetingDialog extends FormDialog<NewMeeting, MeetingView> {

    final ComboBox<Long> businessUnitId = bind(NewMeeting.Field.BUSINESS_UNIT_ID, new ComboBox<>());
    final ComboBox<MeetingKind> kind = bind(NewMeeting.Field.KIND, new ComboBox<>());
    final TextField title = bind(NewMeeting.Field.TITLE, new TextField());
    final DateTimePicker heldAt = bind(NewMeeting.Field.HELD_AT, new DateTimePicker());
    final TextField place = bind(NewMeeting.Field.PLACE, new TextField());
    final MultiSelectComboBox<String> staffPresent = bind(NewMeeting.Field.STAFF_PRESENT, new MultiSelectComboBox<>());
    final MultiSelectComboBox<String> staffAbsent = bind(NewMeeting.Field.STAFF_ABSENT, new MultiSelectComboBox<>());
    final MultiSelectComboBox<Long> customersPresent =
            bind(NewMeeting.Field.CUSTOMERS_PRESENT, new MultiSelectComboBox<>());
    final MultiSelectComboBox<Long> customersAbsent =
            bind(NewMeeting.Field.CUSTOMERS_ABSENT, new MultiSelectComboBox<>());
    final ComboBox<Long> chair = bind(NewMeeting.Field.CHAIR, new ComboBox<>());
    final TextArea agenda = bind(NewMeeting.Field.AGENDA, new TextArea());
    final TextArea minutes = bind(NewMeeting.Field.MINUTES, new TextArea());
    final TextArea decisions = bind(NewMeeting.Field.DECISIONS, new TextArea());

    private final Map<Long, String> customerNames = new HashMap<>();

    /**
     * @param plannedId the planned meeting this records, or null
     * @param projectId the project, or null for a unit's meeting
     * @param projectCustomer the project's customer, or null
     * @param units the user's units, id to name (one, the project's, for a project's meeting)
     * @param people username to name, of the units
     */
    MeetingDialog(
            Meetings meetings,
            CustomerService customers,
            Long plannedId,
            Long projectId,
            CustomerDetails projectCustomer,
            Map<Long, String> units,
            Map<String, String> people,
            MeetingKind initialKind,
            String initialTitle,
            LocalDateTime now) {
        super(
                NewMeeting.class,
                "meeting-dialog",
                "meeting.dialog.save",
                input -> meetings.record(plannedId, projectId, input));
        setHeaderTitle(getTranslation("meeting.dialog.title"));
        setWidth("48rem");
        businessUnitId.setLabel(getTranslation("meeting.unit"));
        businessUnitId.setItems(List.copyOf(units.keySet()));
        businessUnitId.setItemLabelGenerator(id -> units.getOrDefault(id, String.valueOf(id)));
        businessUnitId.setId("meeting-unit");
        businessUnitId.setVisible(units.size() > 1);
        kind.setLabel(getTranslation("meeting.kind"));
        kind.setItems(MeetingKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.messageKey()));
        kind.setId("meeting-kind");
        title.setLabel(getTranslation("meeting.title"));
        title.setMaxLength(Meetings.TITLE_MAX + 1);
        title.setId("meeting-title");
        heldAt.setLabel(getTranslation("meeting.held-at"));
        heldAt.setId("meeting-held-at");
        place.setLabel(getTranslation("meeting.place"));
        place.setId("meeting-place");
        List<String> staff = List.copyOf(people.keySet());
        for (MultiSelectComboBox<String> box : List.of(staffPresent, staffAbsent)) {
            box.setItems(staff);
            box.setItemLabelGenerator(u -> people.getOrDefault(u, u));
        }
        staffPresent.setLabel(getTranslation("meeting.staff-present"));
        staffPresent.setId("meeting-staff-present");
        staffAbsent.setLabel(getTranslation("meeting.staff-absent"));
        staffAbsent.setId("meeting-staff-absent");
        for (MultiSelectComboBox<Long> box : List.of(customersPresent, customersAbsent)) {
            if (projectCustomer != null) {
                customerNames.put(projectCustomer.id(), projectCustomer.name());
                box.setItems(List.of(projectCustomer.id()));
            } else {
                box.setItems((com.vaadin.flow.data.provider.CallbackDataProvider.FetchCallback<Long, String>) query ->
                        customers
                                .page(
                                        GridQuery.empty()
                                                .withSearch(query.getFilter().orElse("")),
                                        query.getOffset(),
                                        query.getLimit())
                                .stream()
                                .map(c -> {
                                    customerNames.put(
                                            c.id(), c.name() + " · " + com.siteline.base.Masks.phone(c.phone()));
                                    return c.id();
                                }));
            }
            box.setItemLabelGenerator(id -> customerNames.getOrDefault(id, String.valueOf(id)));
        }
        customersPresent.setLabel(getTranslation("meeting.customers-present"));
        customersPresent.setId("meeting-customers-present");
        customersAbsent.setLabel(getTranslation("meeting.customers-absent"));
        customersAbsent.setId("meeting-customers-absent");
        chair.setLabel(getTranslation("meeting.chair"));
        chair.setItemLabelGenerator(id -> customerNames.getOrDefault(id, String.valueOf(id)));
        chair.setId("meeting-chair");
        customersPresent.addValueChangeListener(e -> {
            Long chosen = chair.getValue();
            chair.setItems(List.copyOf(e.getValue()));
            chair.setValue(e.getValue().contains(chosen) ? chosen : null);
        });
        kind.addValueChangeListener(e -> chair.setVisible(e.getValue() == MeetingKind.OWNERS_COMMITTEE));
        agenda.setLabel(getTranslation("meeting.agenda"));
        agenda.setId("meeting-agenda");
        minutes.setLabel(getTranslation("meeting.minutes"));
        minutes.setMinHeight("10rem");
        minutes.setId("meeting-minutes");
        decisions.setLabel(getTranslation("meeting.decisions"));
        decisions.setId("meeting-decisions");
        form.add(
                businessUnitId,
                kind,
                title,
                heldAt,
                place,
                staffPresent,
                staffAbsent,
                customersPresent,
                customersAbsent,
                chair,
                agenda,
                minutes,
                decisions);
        businessUnitId.setValue(units.keySet().iterator().next());
        kind.setValue(initialKind);
        chair.setVisible(initialKind == MeetingKind.OWNERS_COMMITTEE);
        title.setValue(initialTitle == null ? "" : initialTitle);
        heldAt.setValue(now);
        if (projectCustomer != null) {
            customersPresent.setValue(Set.of(projectCustomer.id()));
        }
    }
}
