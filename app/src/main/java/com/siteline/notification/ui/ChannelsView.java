package com.siteline.notification.ui;

import com.siteline.base.InvalidInputException;
import com.siteline.base.RefusedException;
import com.siteline.base.ui.Formats;
import com.siteline.base.ui.Problems;
import com.siteline.base.ui.ViewFrame;
import com.siteline.notification.ChannelSettings;
import com.siteline.organization.BusinessUnitSummary;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The customer channels ({@code admin/channels}): per channel its mode (off, record only, live) and settings, a
 * secret shown only as "stored" and kept when left empty, "test connection" saying what is wrong in plain words, and
 * a live channel saved only once it connects; below, each unit's quiet hours and daily cap. What was typed stays when
 * a save is refused.
 */
@Route("admin/channels")
@RolesAllowed(Role.Names.ADMIN)
@Menu(title = "nav.admin.channels", order = 91.65, icon = "vaadin:mobile-retro")
public class ChannelsView extends ViewFrame {

    private final transient ChannelSettings settings;

    public ChannelsView(ChannelSettings settings, OrganizationService organization) {
        super("channels.title");
        this.settings = settings;
        setId("channels-view");
        add(new Paragraph(getTranslation("channels.intro")));
        for (ChannelSettings.ChannelView channel : settings.channels()) {
            add(card(channel));
        }
        add(rules(organization.businessUnits()));
    }

    private Div card(ChannelSettings.ChannelView channel) {
        Div card = new Div();
        card.setId("channel-" + channel.id());
        card.addClassName("siteline-card");
        String plugin = channel.plugin() == null ? getTranslation("channels.core") : channel.plugin();
        card.add(new H3(channel.name().get(getLocale()) + " · " + plugin));
        Select<ChannelSettings.Mode> mode = new Select<>();
        mode.setId("channel-" + channel.id() + "-mode");
        mode.setLabel(getTranslation("channels.mode"));
        mode.setItems(ChannelSettings.Mode.values());
        mode.setItemLabelGenerator(m -> getTranslation(m.messageKey()));
        mode.setValue(channel.mode());
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        form.add(mode);
        Map<String, TextFieldBase<?, String>> fields = new LinkedHashMap<>();
        for (ChannelSettings.Setting setting : channel.settings()) {
            TextFieldBase<?, String> field = setting.secret() ? new PasswordField() : new TextField();
            field.setId("channel-" + channel.id() + "-" + setting.key());
            field.setLabel(setting.label().get(getLocale()));
            field.setValue(setting.value() == null ? "" : setting.value());
            if (setting.secret() && setting.stored()) {
                field.setPlaceholder(getTranslation("channels.secret.stored"));
            }
            fields.put(setting.key(), field);
            form.add(field);
        }
        Paragraph status = new Paragraph();
        status.setId("channel-" + channel.id() + "-status");
        Paragraph updated = new Paragraph(
                channel.updatedAt() == null
                        ? ""
                        : getTranslation("channels.updated", channel.updatedBy(), Formats.minute(channel.updatedAt())));
        long[] version = {channel.version()};
        Button test = new Button(getTranslation("channels.test"), e -> {
            String problem = settings.test(channel.id(), values(fields));
            status.setText(
                    problem == null
                            ? getTranslation("channels.test.ok")
                            : getTranslation("channels.test.failed", problem));
            status.setClassName("siteline-error-text", problem != null);
        });
        test.setId("channel-" + channel.id() + "-test");
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                ChannelSettings.ChannelView saved =
                        settings.save(channel.id(), mode.getValue(), values(fields), version[0]);
                version[0] = saved.version();
                fields.forEach((key, field) -> {
                    if (field instanceof PasswordField) {
                        field.clear();
                        field.setPlaceholder(getTranslation("channels.secret.stored"));
                    }
                    field.setInvalid(false);
                });
                status.setText("");
                updated.setText(
                        getTranslation("channels.updated", saved.updatedBy(), Formats.minute(saved.updatedAt())));
                Problems.success(getTranslation("channels.saved"));
            } catch (InvalidInputException problems) {
                status.setText(String.join(
                        " ",
                        problems.problems().stream().map(this::getTranslation).toList()));
                status.addClassName("siteline-error-text");
            } catch (RefusedException refused) {
                status.setText(Problems.text(this, refused.message()));
                status.addClassName("siteline-error-text");
            } catch (OptimisticLockingFailureException conflict) {
                status.setText(getTranslation("conflict.saved-by-other"));
            }
        });
        save.setId("channel-" + channel.id() + "-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout buttons = new HorizontalLayout(test, save);
        card.add(form, buttons, status, updated);
        return card;
    }

    private static Map<String, String> values(Map<String, TextFieldBase<?, String>> fields) {
        Map<String, String> values = new LinkedHashMap<>();
        fields.forEach((key, field) -> values.put(key, field.getValue()));
        return values;
    }

    private Div rules(List<BusinessUnitSummary> units) {
        Div section = new Div();
        section.setId("channel-rules");
        section.add(new H3(getTranslation("channels.rules")), new Paragraph(getTranslation("channels.rules.intro")));
        Select<BusinessUnitSummary> unit = new Select<>();
        unit.setId("channel-rules-unit");
        unit.setLabel(getTranslation("channels.rules.unit"));
        unit.setItems(units);
        unit.setItemLabelGenerator(BusinessUnitSummary::name);
        TimePicker from = new TimePicker(getTranslation("channels.rules.from"));
        from.setId("channel-rules-from");
        TimePicker until = new TimePicker(getTranslation("channels.rules.until"));
        until.setId("channel-rules-until");
        IntegerField cap = new IntegerField(getTranslation("channels.rules.cap"));
        cap.setId("channel-rules-cap");
        cap.setMin(1);
        cap.setMax(100);
        Paragraph status = new Paragraph();
        status.setId("channel-rules-status");
        unit.addValueChangeListener(e -> {
            ChannelSettings.UnitRules rules = settings.rulesOf(e.getValue().id());
            from.setValue(rules.quietFrom());
            until.setValue(rules.quietUntil());
            cap.setValue(rules.dailyCap());
            status.setText("");
        });
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                settings.saveRules(unit.getValue().id(), from.getValue(), until.getValue(), cap.getValue());
                status.setText("");
                Problems.success(getTranslation("channels.rules.saved"));
            } catch (InvalidInputException problems) {
                Problems.mark(
                        this,
                        problems.named(),
                        Problems.at(from, ChannelSettings.Field.QUIET),
                        Problems.at(cap, ChannelSettings.Field.CAP));
                status.setText(String.join(
                        " ",
                        problems.problems().stream().map(this::getTranslation).toList()));
                status.addClassName("siteline-error-text");
            }
        });
        save.setId("channel-rules-save");
        HorizontalLayout row = new HorizontalLayout(unit, from, until, cap, save);
        row.setWrap(true);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        section.add(row, status);
        units.stream().findFirst().ifPresent(unit::setValue);
        return section;
    }
}
