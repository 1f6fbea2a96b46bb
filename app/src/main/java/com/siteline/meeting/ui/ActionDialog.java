package com.siteline.meeting.ui;

import com.siteline.base.ui.FormDialog;
import com.siteline.meeting.ActionDraft;
import com.siteline.meeting.MeetingView;
import com.siteline.meeting.Meetings;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** An action item added to a meeting: what, who, by when. */
class ActionDialog extends FormDialog<ActionDraft, MeetingView> {

    final TextField text = bind(ActionDraft.Field.TEXT, new TextField());
    final ComboBox<String> owner = bind(ActionDraft.Field.OWNER, new ComboBox<>());
    final DatePicker dueOn = bind(ActionDraft.Field.DUE_ON, new DatePicker());

    ActionDialog(Meetings meetings, long meetingId, Map<String, String> people, LocalDate today) {
        super(
                ActionDraft.class,
                "meeting-action-dialog",
                "meeting.action.save",
                draft -> meetings.addAction(meetingId, draft));
        setHeaderTitle(getTranslation("meeting.action.new"));
        text.setLabel(getTranslation("meeting.action.text"));
        text.setMaxLength(501);
        text.setWidthFull();
        text.setId("meeting-action-text");
        owner.setLabel(getTranslation("meeting.action.owner"));
        owner.setItems(List.copyOf(people.keySet()));
        owner.setItemLabelGenerator(u -> people.getOrDefault(u, u));
        owner.setId("meeting-action-owner");
        dueOn.setLabel(getTranslation("meeting.action.due"));
        dueOn.setMin(today);
        dueOn.setId("meeting-action-due");
        form.add(text, owner, dueOn);
    }
}
