package com.siteline.report.ui;

import com.siteline.base.InvalidInputException;
import com.siteline.base.RefusedException;
import com.siteline.base.ui.Formats;
import com.siteline.base.ui.Problems;
import com.siteline.base.ui.ViewFrame;
import com.siteline.organization.BusinessUnitSummary;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.Role;
import com.siteline.report.internal.KpiSettings;
import com.siteline.report.internal.KpiWeights;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Admins set each unit's KPI weights; input that does not add up is said and stays as typed. */
@Route("admin/kpi")
@RolesAllowed(Role.Names.ADMIN)
@Menu(title = "nav.admin.kpi", order = 90.7, icon = "vaadin:scale")
public class KpiSettingsView extends ViewFrame implements LocaleChangeObserver {

    private final transient KpiSettings settings;
    private final transient java.util.Map<String, String> people;
    private final Select<BusinessUnitSummary> unit = new Select<>();
    private final IntegerField response = field("kpi-response");
    private final IntegerField resolution = field("kpi-resolution");
    private final IntegerField satisfaction = field("kpi-satisfaction");
    private final IntegerField zero = field("kpi-zero");
    private final Button save = new Button("", e -> save());
    private final Paragraph state = new Paragraph();
    private final Paragraph definition = new Paragraph();
    private long version = -1;

    public KpiSettingsView(KpiSettings settings, OrganizationService organization) {
        super("kpi.settings.title");
        setId("kpi-settings");
        this.settings = settings;
        this.people = organization.displayNames();
        unit.setId("kpi-unit");
        unit.setItems(organization.businessUnits());
        unit.setItemLabelGenerator(BusinessUnitSummary::name);
        unit.addValueChangeListener(e -> load());
        save.setId("kpi-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        state.setId("kpi-state");
        HorizontalLayout fields = new HorizontalLayout(response, resolution, satisfaction, zero, save);
        fields.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        fields.setWrap(true);
        add(unit, state, fields, definition);
        organization.businessUnits().stream().findFirst().ifPresent(unit::setValue);
    }

    private static IntegerField field(String id) {
        IntegerField field = new IntegerField();
        field.setId(id);
        field.setStepButtonsVisible(true);
        return field;
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        unit.setLabel(getTranslation("kpi.settings.unit"));
        response.setLabel(getTranslation("kpi.settings.response"));
        resolution.setLabel(getTranslation("kpi.settings.resolution"));
        satisfaction.setLabel(getTranslation("kpi.settings.satisfaction"));
        zero.setLabel(getTranslation("kpi.settings.zero"));
        save.setText(getTranslation("kpi.settings.save"));
        definition.setText(getTranslation("kpi.definition"));
        showState();
    }

    private void load() {
        if (unit.getValue() == null) {
            return;
        }
        KpiSettings.UnitSettings current = settings.of(unit.getValue().id());
        version = current.version();
        response.setValue(current.weights().response());
        resolution.setValue(current.weights().resolution());
        satisfaction.setValue(current.weights().satisfaction());
        zero.setValue(current.weights().responseZeroPercent());
        showState();
    }

    private void showState() {
        if (unit.getValue() == null) {
            return;
        }
        KpiSettings.UnitSettings current = settings.of(unit.getValue().id());
        state.setText(
                current.saved()
                        ? getTranslation(
                                "kpi.settings.custom",
                                people.getOrDefault(current.updatedBy(), current.updatedBy()),
                                Formats.minute(current.updatedAt()))
                        : getTranslation("kpi.settings.defaults"));
    }

    void save() {
        try {
            KpiWeights weights = new KpiWeights(value(response), value(resolution), value(satisfaction), value(zero));
            KpiSettings.UnitSettings saved = settings.save(unit.getValue().id(), version, weights);
            version = saved.version();
            showState();
            Problems.success(
                    getTranslation("kpi.settings.saved", unit.getValue().name()));
        } catch (InvalidInputException problems) {
            Problems.show(this, problems);
        } catch (RefusedException refused) {
            Problems.show(this, refused);
        }
    }

    private static int value(IntegerField field) {
        return field.getValue() == null ? -1 : field.getValue();
    }
}
