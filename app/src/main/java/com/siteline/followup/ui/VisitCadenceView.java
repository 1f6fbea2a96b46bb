package com.siteline.followup.ui;

import com.siteline.base.InvalidInputException;
import com.siteline.base.RefusedException;
import com.siteline.base.ui.Problems;
import com.siteline.base.ui.ViewFrame;
import com.siteline.followup.VisitCadences;
import com.siteline.organization.BusinessUnitSummary;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Administrators set how often each unit visits its VIP and key customers ({@code admin/visit-cadence}); the visits
 * are made in the return visits. Input out of range is said at its field and stays as typed.
 */
@Route("admin/visit-cadence")
@RolesAllowed(Role.Names.ADMIN)
@Menu(title = "nav.admin.visit-cadence", order = 90.8, icon = "vaadin:calendar-user")
public class VisitCadenceView extends ViewFrame {

    private final transient VisitCadences cadences;
    private final Select<BusinessUnitSummary> unit = new Select<>();
    private final IntegerField vip = new IntegerField();
    private final IntegerField key = new IntegerField();
    private final Paragraph status = new Paragraph();
    private long version = -1;

    public VisitCadenceView(VisitCadences cadences, OrganizationService organization) {
        super("visit.cadence.title");
        this.cadences = cadences;
        setId("visit-cadence");
        unit.setLabel(getTranslation("visit.cadence.unit"));
        unit.setItems(organization.businessUnits());
        unit.setItemLabelGenerator(BusinessUnitSummary::name);
        unit.setId("visit-cadence-unit");
        unit.addValueChangeListener(e -> load());
        vip.setLabel(getTranslation("visit.cadence.vip"));
        vip.setId("visit-cadence-vip");
        key.setLabel(getTranslation("visit.cadence.key"));
        key.setId("visit-cadence-key");
        for (IntegerField field : java.util.List.of(vip, key)) {
            field.setSuffixComponent(new com.vaadin.flow.component.html.Span(getTranslation("visit.cadence.months")));
            field.setHelperText(getTranslation("visit.cadence.help"));
        }
        Button save = new Button(getTranslation("action.save"), e -> save());
        save.setId("visit-cadence-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        status.setId("visit-cadence-status");
        status.addClassName("siteline-error-text");
        HorizontalLayout fields = new HorizontalLayout(vip, key, save);
        fields.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        fields.setWrap(true);
        add(new Paragraph(getTranslation("visit.cadence.intro")), unit, fields, status);
        organization.businessUnits().stream().findFirst().ifPresent(unit::setValue);
    }

    private void load() {
        VisitCadences.Cadence cadence = cadences.of(unit.getValue().id());
        version = cadence.version();
        vip.setValue(cadence.vipMonths());
        key.setValue(cadence.keyMonths());
        vip.setInvalid(false);
        key.setInvalid(false);
        status.setText("");
    }

    private void save() {
        try {
            VisitCadences.Cadence saved = cadences.save(unit.getValue().id(), version, vip.getValue(), key.getValue());
            version = saved.version();
            status.setText("");
            vip.setInvalid(false);
            key.setInvalid(false);
            Problems.success(getTranslation("visit.cadence.saved"));
        } catch (InvalidInputException problems) {
            Problems.mark(
                    this,
                    problems.named(),
                    Problems.at(vip, VisitCadences.Field.VIP_MONTHS),
                    Problems.at(key, VisitCadences.Field.KEY_MONTHS));
            status.setText(String.join(
                    " ", problems.problems().stream().map(this::getTranslation).toList()));
        } catch (OptimisticLockingFailureException conflict) {
            status.setText(getTranslation("conflict.saved-by-other"));
        } catch (RefusedException refused) {
            status.setText(Problems.text(this, refused.message()));
        }
    }
}
