package com.siteline.customer.ui;

import com.siteline.base.InvalidInputException;
import com.siteline.base.ui.Problems;
import com.siteline.customer.Channel;
import com.siteline.customer.CustomerDetails;
import com.siteline.customer.CustomerDraft;
import com.siteline.customer.CustomerService;
import com.siteline.sla.CustomerTier;
import com.siteline.sla.CustomerType;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * Creates or edits a customer record. A phone number another record has already is warned about
 * (not refused: a household may share one); a conflicting edit is refused and the input kept.
 */
@org.springframework.modulith.NamedInterface("ui")
public class CustomerDialog extends Dialog {

    private final transient CustomerService customers;
    private final String username;
    private final CustomerDetails existing;
    private final ComboBox<Long> unit = new ComboBox<>();
    private final TextField name = new TextField();
    private final TextField phone = new TextField();
    private final Span duplicate = new Span();
    private final TextField phone2 = new TextField();
    private final TextField wechat = new TextField();
    private final TextField email = new TextField();
    private final TextField address = new TextField();
    private final ComboBox<CustomerType> type = new ComboBox<>();
    private final ComboBox<CustomerTier> tier = new ComboBox<>();
    private final MultiSelectComboBox<String> tags = new MultiSelectComboBox<>();
    private final ComboBox<Channel> channel = new ComboBox<>();
    private final TextArea special = new TextArea();
    private final TextArea notes = new TextArea();

    public CustomerDialog(
            CustomerService customers,
            String username,
            Map<Long, String> units,
            CustomerDetails existing,
            Consumer<CustomerDetails> saved) {
        this.customers = customers;
        this.username = username;
        this.existing = existing;
        setId("customer-dialog");
        setHeaderTitle(getTranslation(existing == null ? "customer.new" : "customer.edit"));
        setWidth("720px");
        unit.setLabel(getTranslation("customer.field.unit"));
        unit.setId("customer-unit");
        unit.setItems(units.keySet());
        unit.setItemLabelGenerator(units::get);
        unit.setRequired(true);
        unit.setReadOnly(existing != null);
        name.setLabel(getTranslation("customer.field.name"));
        name.setId("customer-name");
        name.setRequired(true);
        name.setMaxLength(120);
        phone.setLabel(getTranslation("customer.field.phone"));
        phone.setId("customer-phone");
        phone.setRequired(true);
        phone.setMaxLength(40);
        phone.addValueChangeListener(e -> warnDuplicates());
        duplicate.setId("customer-duplicate");
        duplicate.addClassName("siteline-warning");
        duplicate.setVisible(false);
        phone2.setLabel(getTranslation("customer.field.phone2"));
        phone2.setId("customer-phone2");
        wechat.setLabel(getTranslation("customer.field.wechat"));
        wechat.setId("customer-wechat");
        email.setLabel(getTranslation("customer.field.email"));
        email.setId("customer-email");
        address.setLabel(getTranslation("customer.field.address"));
        address.setId("customer-address");
        type.setLabel(getTranslation("customer.field.type"));
        type.setId("customer-type");
        type.setItems(CustomerType.values());
        type.setItemLabelGenerator(t -> getTranslation(t.messageKey()));
        tier.setLabel(getTranslation("customer.field.tier"));
        tier.setId("customer-tier");
        tier.setItems(CustomerTier.values());
        tier.setItemLabelGenerator(t -> getTranslation(t.messageKey()));
        tags.setLabel(getTranslation("customer.field.tags"));
        tags.setId("customer-tags");
        tags.setAllowCustomValue(true);
        tags.setItems(suggestedTags());
        tags.addCustomValueSetListener(e -> {
            Set<String> values = new LinkedHashSet<>(tags.getValue());
            values.add(e.getDetail().strip());
            tags.setItems(union(suggestedTags(), values));
            tags.setValue(values);
        });
        channel.setLabel(getTranslation("customer.field.channel"));
        channel.setId("customer-channel");
        channel.setItems(Channel.values());
        channel.setItemLabelGenerator(c -> getTranslation(c.messageKey()));
        special.setLabel(getTranslation("customer.field.special"));
        special.setId("customer-special");
        notes.setLabel(getTranslation("customer.field.notes"));
        notes.setId("customer-notes");
        FormLayout form = new FormLayout(
                unit, name, phone, duplicate, phone2, wechat, email, address, type, tier, channel, tags, special,
                notes);
        form.setColspan(duplicate, 2);
        form.setColspan(address, 2);
        form.setColspan(tags, 2);
        form.setColspan(special, 2);
        form.setColspan(notes, 2);
        add(form);
        if (existing != null) {
            unit.setValue(existing.businessUnitId());
            name.setValue(existing.name());
            phone.setValue(existing.phone());
            phone2.setValue(nz(existing.phone2()));
            wechat.setValue(nz(existing.wechatId()));
            email.setValue(nz(existing.email()));
            address.setValue(nz(existing.address()));
            type.setValue(existing.type());
            tier.setValue(existing.tier());
            tags.setItems(union(suggestedTags(), existing.tags()));
            tags.setValue(existing.tags());
            channel.setValue(existing.preferredChannel());
            special.setValue(nz(existing.specialRequirements()));
            notes.setValue(nz(existing.notes()));
        } else {
            if (units.size() == 1) {
                unit.setValue(units.keySet().iterator().next());
            }
            type.setValue(CustomerType.INDIVIDUAL);
            tier.setValue(CustomerTier.STANDARD);
            channel.setValue(Channel.PHONE);
        }
        Button save = new Button(getTranslation("action.save"), click -> save(saved));
        save.setId("customer-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }

    private List<String> suggestedTags() {
        return Arrays.stream(getTranslation("customer.tag.suggestions").split(","))
                .map(String::strip)
                .toList();
    }

    private static List<String> union(List<String> a, Set<String> b) {
        Set<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    private void warnDuplicates() {
        List<CustomerDetails> same = customers.samePhone(phone.getValue(), existing == null ? null : existing.id());
        duplicate.setVisible(!same.isEmpty());
        duplicate.setText(
                same.isEmpty()
                        ? ""
                        : getTranslation(
                                "customer.duplicate-phone",
                                same.stream().map(CustomerDetails::name).collect(Collectors.joining("、"))));
    }

    private void save(Consumer<CustomerDetails> saved) {
        CustomerDraft draft = new CustomerDraft(
                unit.getValue() == null ? -1 : unit.getValue(),
                name.getValue(),
                phone.getValue(),
                phone2.getValue(),
                wechat.getValue(),
                email.getValue(),
                address.getValue(),
                tier.getValue(),
                type.getValue(),
                tags.getValue(),
                channel.getValue(),
                special.getValue(),
                notes.getValue());
        try {
            CustomerDetails result = existing == null
                    ? customers.create(draft)
                    : customers.update(existing.id(), existing.version(), draft);
            close();
            saved.accept(result);
        } catch (InvalidInputException e) {
            Problems.show(
                    this,
                    e,
                    Problems.at(unit, CustomerDraft.Field.BUSINESS_UNIT_ID),
                    Problems.at(name, CustomerDraft.Field.NAME),
                    Problems.at(phone, CustomerDraft.Field.PHONE),
                    Problems.at(phone2, CustomerDraft.Field.PHONE2),
                    Problems.at(wechat, CustomerDraft.Field.WECHAT_ID),
                    Problems.at(email, CustomerDraft.Field.EMAIL),
                    Problems.at(address, CustomerDraft.Field.ADDRESS),
                    Problems.at(type, CustomerDraft.Field.TYPE),
                    Problems.at(tier, CustomerDraft.Field.TIER),
                    Problems.at(tags, CustomerDraft.Field.TAGS),
                    Problems.at(channel, CustomerDraft.Field.PREFERRED_CHANNEL),
                    Problems.at(special, CustomerDraft.Field.SPECIAL_REQUIREMENTS),
                    Problems.at(notes, CustomerDraft.Field.NOTES));
        } catch (ObjectOptimisticLockingFailureException e) {
            Problems.error(getTranslation("conflict.saved-by-other"));
        }
    }

    private static String nz(String text) {
        return text == null ? "" : text;
    }
}
