package com.siteline.retention.ui;

import com.siteline.base.InvalidInputException;
import com.siteline.base.RefusedException;
import com.siteline.base.ui.Formats;
import com.siteline.base.ui.Problems;
import com.siteline.base.ui.ViewFrame;
import com.siteline.organization.Role;
import com.siteline.retention.Retention;
import com.siteline.retention.RetentionType;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * Retention ({@code retention}): the period of each record type (administrators change it), what goes within a
 * month in the user's units with a hold (保全) on its customer one click away, and the holds in force.
 */
@Route("retention")
@RolesAllowed({Role.Names.MANAGER, Role.Names.ADMIN})
@Menu(title = "nav.retention", order = 60.7, icon = "vaadin:archives")
public class RetentionView extends ViewFrame implements BeforeEnterObserver {

    private final transient Retention retention;
    private final boolean admin;
    private final Grid<Retention.Rule> rules = new Grid<>();
    private final IntegerField months = new IntegerField();
    private final Button save = new Button();
    private final Select<RetentionType> type = new Select<>();
    private final TextField reason = new TextField();
    private final Grid<Retention.Due> due = new Grid<>();
    private final Grid<Retention.Hold> holds = new Grid<>();

    public RetentionView(Retention retention, com.siteline.security.CurrentUser currentUser) {
        super("retention.title");
        this.retention = retention;
        this.admin = currentUser.hasRole(Role.ADMIN);
        add(new Paragraph(getTranslation("retention.help")));
        rules.setId("retention-rules");
        rules.setAllRowsVisible(true);
        rules.addColumn(r -> getTranslation(r.type().messageKey())).setHeader(getTranslation("retention.type"));
        rules.addColumn(r -> r.months() == null
                        ? getTranslation("retention.kept")
                        : getTranslation("retention.months-value", String.valueOf(r.months())))
                .setHeader(getTranslation("retention.period"));
        rules.addColumn(r -> getTranslation(
                        !r.type().takesPeriod()
                                ? "retention.action.keep"
                                : r.type().archives()
                                        ? "retention.action.archive"
                                        : r.type().clears() != null
                                                ? "retention.action.clear"
                                                : "retention.action.delete"))
                .setHeader(getTranslation("retention.action"));
        rules.addColumn(r -> String.valueOf(r.dueSoon())).setHeader(getTranslation("retention.due-soon"));
        rules.addColumn(r -> r.updatedBy() + " · " + Formats.minute(r.updatedAt()))
                .setHeader(getTranslation("retention.updated"));
        add(rules);
        if (admin) {
            months.setId("retention-months");
            months.setLabel(getTranslation("retention.months"));
            months.setHelperText(getTranslation("retention.months-help"));
            months.setEnabled(false);
            save.setId("retention-save");
            save.setText(getTranslation("retention.save"));
            save.setEnabled(false);
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.addClickListener(click -> saveRule());
            rules.asSingleSelect().addValueChangeListener(change -> {
                Retention.Rule rule = change.getValue();
                boolean editable = rule != null && rule.type().takesPeriod();
                months.setEnabled(editable);
                save.setEnabled(editable);
                months.setInvalid(false);
                if (rule != null) {
                    months.setValue(rule.months());
                }
            });
            HorizontalLayout edit = new HorizontalLayout(months, save);
            edit.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            add(edit);
        }
        add(new H3(getTranslation("retention.due-title")));
        type.setId("retention-type");
        type.setLabel(getTranslation("retention.type"));
        type.setItems(java.util.Arrays.stream(RetentionType.values())
                .filter(RetentionType::takesPeriod)
                .toList());
        type.setItemLabelGenerator(t -> getTranslation(t.messageKey()));
        type.setValue(RetentionType.LOG_ENTRY);
        type.addValueChangeListener(change -> showDue());
        reason.setId("retention-reason");
        reason.setLabel(getTranslation("retention.reason"));
        reason.setMaxLength(500);
        reason.setWidth("24em");
        HorizontalLayout bar = new HorizontalLayout(type, reason);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        due.setId("retention-due");
        due.setAllRowsVisible(true);
        due.addColumn(d -> "#" + d.id()).setHeader(getTranslation("retention.record"));
        due.addComponentColumn(d -> d.customerId() == null
                        ? new Paragraph()
                        : new Anchor("customers/" + d.customerId(), d.customerName()))
                .setHeader(getTranslation("retention.customer"));
        due.addColumn(d -> Formats.minute(d.goesOn())).setHeader(getTranslation("retention.goes-on"));
        due.addComponentColumn(this::holdButton).setHeader(getTranslation("retention.hold"));
        add(bar, due);
        add(new H3(getTranslation("retention.holds")));
        holds.setId("retention-holds");
        holds.setAllRowsVisible(true);
        holds.addColumn(h -> h.customerId() != null
                        ? h.customerName()
                        : getTranslation("retention.project", String.valueOf(h.projectId())))
                .setHeader(getTranslation("retention.customer"));
        holds.addColumn(Retention.Hold::reason).setHeader(getTranslation("retention.reason"));
        holds.addColumn(h -> h.heldBy() + " · " + Formats.minute(h.heldAt()))
                .setHeader(getTranslation("retention.held"));
        holds.addComponentColumn(h -> {
            Button release = new Button(getTranslation("retention.release"), click -> {
                try {
                    retention.release(h.id(), h.version());
                    refresh();
                } catch (RefusedException refused) {
                    Problems.show(this, refused);
                }
            });
            release.setId("retention-release-" + h.id());
            release.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            return release;
        });
        add(holds);
    }

    private Button holdButton(Retention.Due row) {
        Button hold = new Button(getTranslation("retention.hold-customer"), click -> {
            try {
                retention.holdCustomer(row.customerId(), reason.getValue());
                reason.clear();
                reason.setInvalid(false);
                Problems.success(getTranslation("retention.held-done", row.customerName()));
                refresh();
            } catch (InvalidInputException problems) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation(problems.problems().getFirst()));
                Problems.show(this, problems);
            } catch (RefusedException refused) {
                Problems.show(this, refused);
            }
        });
        hold.setId("retention-hold-" + row.type().name().toLowerCase(java.util.Locale.ROOT) + "-" + row.id());
        hold.setEnabled(row.customerId() != null);
        hold.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return hold;
    }

    private void saveRule() {
        Retention.Rule rule = rules.asSingleSelect().getValue();
        if (rule == null) {
            return;
        }
        if (months.isInvalid() && months.getValue() == null && !months.isEmpty()) {
            months.setErrorMessage(getTranslation("retention.error.months"));
            return;
        }
        try {
            retention.setRule(rule.type(), months.getValue(), rule.version());
            months.setInvalid(false);
            Problems.success(getTranslation("retention.saved"));
            refresh();
        } catch (InvalidInputException problems) {
            months.setInvalid(true);
            months.setErrorMessage(getTranslation(problems.problems().getFirst()));
            Problems.show(this, problems);
        } catch (RefusedException refused) {
            Problems.show(this, refused);
        }
    }

    private void showDue() {
        due.setItems(type.getValue() == null ? java.util.List.of() : retention.dueSoon(type.getValue(), 200));
    }

    void refresh() {
        rules.setItems(retention.rules());
        showDue();
        holds.setItems(retention.holds());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        refresh();
    }
}
