package com.siteline.audit.ui;

import com.siteline.audit.ExportLimits;
import com.siteline.base.InvalidInputException;
import com.siteline.base.RefusedException;
import com.siteline.base.ui.Formats;
import com.siteline.base.ui.Problems;
import com.siteline.base.ui.ViewFrame;
import com.siteline.organization.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The most rows each role may export at once ({@code admin/export-limits}), for administrators. */
@Route("admin/export-limits")
@RolesAllowed(Role.Names.ADMIN)
@Menu(title = "nav.admin.export-limits", order = 91.75, icon = "vaadin:download")
public class ExportLimitsView extends ViewFrame implements BeforeEnterObserver {

    private final transient ExportLimits limits;
    private final Grid<ExportLimits.Limit> grid = new Grid<>();
    private final IntegerField rows = new IntegerField();
    private final Button save = new Button();

    public ExportLimitsView(ExportLimits limits) {
        super("export-limits.title");
        this.limits = limits;
        add(new Paragraph(getTranslation("export-limits.help")));
        grid.setId("export-limits-grid");
        grid.setAllRowsVisible(true);
        grid.addColumn(l -> getTranslation(l.role().messageKey())).setHeader(getTranslation("export-limits.role"));
        grid.addColumn(l -> l.maxRows() == null
                        ? getTranslation("export-limits.none")
                        : getTranslation("export-limits.rows-value", String.valueOf(l.maxRows())))
                .setHeader(getTranslation("export-limits.rows"));
        grid.addColumn(l -> l.updatedBy() + " · " + Formats.minute(l.updatedAt()))
                .setHeader(getTranslation("export-limits.updated"));
        rows.setId("export-limits-rows");
        rows.setLabel(getTranslation("export-limits.rows"));
        rows.setHelperText(getTranslation("export-limits.rows-help"));
        rows.setEnabled(false);
        save.setId("export-limits-save");
        save.setText(getTranslation("export-limits.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setEnabled(false);
        grid.asSingleSelect().addValueChangeListener(change -> {
            rows.setEnabled(change.getValue() != null);
            save.setEnabled(change.getValue() != null);
            rows.setInvalid(false);
            if (change.getValue() != null) {
                rows.setValue(change.getValue().maxRows());
            }
        });
        save.addClickListener(click -> {
            ExportLimits.Limit chosen = grid.asSingleSelect().getValue();
            try {
                limits.set(chosen.role(), rows.getValue(), chosen.version());
                rows.setInvalid(false);
                Problems.success(getTranslation("export-limits.saved"));
                grid.setItems(limits.all());
            } catch (InvalidInputException problems) {
                rows.setInvalid(true);
                rows.setErrorMessage(getTranslation(problems.problems().getFirst()));
                Problems.show(this, problems);
            } catch (RefusedException refused) {
                Problems.show(this, refused);
            }
        });
        HorizontalLayout edit = new HorizontalLayout(rows, save);
        edit.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(grid, edit);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        grid.setItems(limits.all());
    }
}
