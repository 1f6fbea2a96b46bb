package com.siteline.lead.ui;

import com.siteline.base.ui.FormDialog;
import com.siteline.lead.LeadSource;
import com.siteline.lead.LeadView;
import com.siteline.lead.Leads;
import com.siteline.lead.NewLead;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;

/** A lead kept: its unit, name, phone, address, source and what they asked for. */
class LeadDialog extends FormDialog<NewLead, LeadView> {

    final ComboBox<Long> businessUnitId = bind(NewLead.Field.BUSINESS_UNIT_ID, new ComboBox<>());
    final TextField name = bind(NewLead.Field.NAME, new TextField());
    final TextField phone = bind(NewLead.Field.PHONE, new TextField());
    final TextField address = bind(NewLead.Field.ADDRESS, new TextField());
    final ComboBox<LeadSource> source = bind(NewLead.Field.SOURCE, new ComboBox<>());
    final TextArea need = bind(NewLead.Field.NEED, new TextArea());

    LeadDialog(Leads leads, Map<Long, String> units) {
        super(NewLead.class, "lead-dialog", "action.save", leads::create);
        setHeaderTitle(getTranslation("lead.new"));
        setWidth("36rem");
        businessUnitId.setLabel(getTranslation("lead.unit"));
        businessUnitId.setItems(List.copyOf(units.keySet()));
        businessUnitId.setItemLabelGenerator(id -> units.getOrDefault(id, String.valueOf(id)));
        businessUnitId.setId("lead-unit");
        name.setLabel(getTranslation("lead.name"));
        name.setId("lead-name");
        phone.setLabel(getTranslation("lead.phone"));
        phone.setId("lead-phone");
        address.setLabel(getTranslation("lead.address"));
        address.setId("lead-address");
        source.setLabel(getTranslation("lead.source"));
        source.setItems(LeadSource.values());
        source.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        source.setId("lead-source");
        need.setLabel(getTranslation("lead.need"));
        need.setId("lead-need");
        form.add(businessUnitId, name, phone, address, source, need);
        if (!units.isEmpty()) {
            businessUnitId.setValue(units.keySet().iterator().next());
        }
    }
}
