package com.siteline.complaint.ui;

import com.siteline.base.InvalidInputException;
import com.siteline.base.ui.Problems;
import com.siteline.base.ui.ViewFrame;
import com.siteline.complaint.CompensationLimits;
import com.siteline.organization.BusinessUnitSummary;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Administrators set up to which amount each level of a unit approves compensation ({@code admin/compensation-limits}).
 * A refusal marks its field and keeps what was typed.
 */
@Route("admin/compensation-limits")
@RolesAllowed(Role.Names.ADMIN)
@Menu(title = "nav.admin.compensation-limits", order = 90.85, icon = "vaadin:money")
public class CompensationLimitsView extends ViewFrame {

    private final transient CompensationLimits limits;
    private final Select<BusinessUnitSummary> unit = new Select<>();
    private final BigDecimalField teamLead = new BigDecimalField();
    private final BigDecimalField manager = new BigDecimalField();
    private final BigDecimalField company = new BigDecimalField();
    private final Paragraph status = new Paragraph();
    private long version = -1;

    public CompensationLimitsView(CompensationLimits limits, OrganizationService organization) {
        super("compensation.limits.title");
        this.limits = limits;
        setId("compensation-limits");
        unit.setLabel(getTranslation("compensation.unit"));
        unit.setItems(organization.businessUnits());
        unit.setItemLabelGenerator(BusinessUnitSummary::name);
        unit.setId("compensation-limits-unit");
        unit.addValueChangeListener(e -> load());
        teamLead.setLabel(getTranslation("compensation.level.TEAM_LEAD"));
        teamLead.setId("compensation-limits-team-lead");
        manager.setLabel(getTranslation("compensation.level.UNIT_MANAGER"));
        manager.setId("compensation-limits-manager");
        company.setLabel(getTranslation("compensation.level.COMPANY"));
        company.setId("compensation-limits-company");
        for (BigDecimalField field : List.of(teamLead, manager, company)) {
            field.setPrefixComponent(new Span("¥"));
        }
        Button save = new Button(getTranslation("action.save"), e -> save());
        save.setId("compensation-limits-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        status.setId("compensation-limits-status");
        status.addClassName("siteline-error-text");
        HorizontalLayout fields = new HorizontalLayout(teamLead, manager, company, save);
        fields.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        fields.setWrap(true);
        add(new Paragraph(getTranslation("compensation.limits.intro")), unit, fields, status);
        organization.businessUnits().stream().findFirst().ifPresent(unit::setValue);
    }

    private void load() {
        CompensationLimits.Limits current = limits.of(unit.getValue().id());
        version = current.version();
        teamLead.setValue(current.teamLead());
        manager.setValue(current.manager());
        company.setValue(current.company());
        List.of(teamLead, manager, company).forEach(f -> f.setInvalid(false));
        status.setText("");
    }

    private void save() {
        try {
            CompensationLimits.Limits saved = limits.save(
                    unit.getValue().id(), version, teamLead.getValue(), manager.getValue(), company.getValue());
            version = saved.version();
            status.setText("");
            List.of(teamLead, manager, company).forEach(f -> f.setInvalid(false));
            Problems.success(getTranslation("compensation.limits.saved"));
        } catch (InvalidInputException problems) {
            Problems.mark(
                    this,
                    problems.named(),
                    Problems.at(teamLead, CompensationLimits.Field.TEAM_LEAD),
                    Problems.at(manager, CompensationLimits.Field.MANAGER),
                    Problems.at(company, CompensationLimits.Field.COMPANY));
            status.setText(String.join(
                    " ", problems.problems().stream().map(this::getTranslation).toList()));
        } catch (OptimisticLockingFailureException conflict) {
            status.setText(getTranslation("conflict.saved-by-other"));
        }
    }
}
