package com.siteline.lead.ui;

import com.siteline.base.InvalidInputException;
import com.siteline.base.RefusedException;
import com.siteline.base.ui.Formats;
import com.siteline.base.ui.Problems;
import com.siteline.base.ui.ViewFrame;
import com.siteline.lead.LeadStage;
import com.siteline.lead.LeadView;
import com.siteline.lead.Leads;
import com.siteline.organization.BusinessUnitSummary;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.Role;
import com.siteline.security.CurrentUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Leads (潜在顾客) of the user's units ({@code leads}): each with its source, stage and owner; its panel shows its
 * history and moves it on, loses it with a reason, or converts it into a customer (a link to the customer then).
 */
@Route("leads")
@RolesAllowed({Role.Names.AGENT, Role.Names.MANAGER, Role.Names.ADMIN, Role.Names.PROJECT_MANAGER})
@Menu(title = "nav.leads", order = 11.5, icon = "vaadin:funnel")
public class LeadsView extends ViewFrame {

    private final transient Leads leads;
    private final Map<String, String> people;
    private final Map<Long, String> units = new LinkedHashMap<>();
    private final Grid<LeadView> grid = new Grid<>();
    private final Div panel = new Div();

    public LeadsView(Leads leads, OrganizationService organization, CurrentUser user) {
        super("lead.title");
        this.leads = leads;
        this.people = organization.displayNames();
        setId("leads");
        for (BusinessUnitSummary unit :
                organization.businessUnitsOf(user.username().orElseThrow())) {
            units.put(unit.id(), unit.name());
        }
        Button add = new Button(getTranslation("lead.new"), e -> {
            LeadDialog dialog = new LeadDialog(leads, units);
            dialog.addSavedListener(saved -> {
                Problems.success(getTranslation("lead.saved"));
                refresh();
            });
            dialog.open();
        });
        add.setId("lead-new");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.setId("leads-grid");
        grid.setAllRowsVisible(true);
        grid.addColumn(LeadView::name).setHeader(getTranslation("lead.name")).setAutoWidth(true);
        grid.addColumn(LeadView::unitName)
                .setHeader(getTranslation("lead.unit"))
                .setAutoWidth(true);
        grid.addColumn(l -> getTranslation(l.source().messageKey()))
                .setHeader(getTranslation("lead.source"))
                .setAutoWidth(true);
        grid.addColumn(l -> getTranslation(l.stage().messageKey()))
                .setHeader(getTranslation("lead.stage"))
                .setAutoWidth(true);
        grid.addColumn(l -> people.getOrDefault(l.owner(), l.owner()))
                .setHeader(getTranslation("lead.owner"))
                .setAutoWidth(true);
        grid.addColumn(l -> Formats.minute(l.createdAt()))
                .setHeader(getTranslation("lead.created"))
                .setAutoWidth(true);
        grid.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));
        panel.setId("lead-panel");
        add(new Paragraph(getTranslation("lead.intro")), add, grid, panel);
        refresh();
    }

    private void refresh() {
        grid.setItems(leads.list());
    }

    private void show(LeadView lead) {
        panel.removeAll();
        if (lead == null) {
            return;
        }
        // the phone and address masked until asked for (号码脱敏), the reveal kept in the audit log
        H3 title = new H3(lead.name() + " · " + com.siteline.base.Masks.phone(lead.phone()));
        title.setId("lead-title");
        panel.add(title);
        Paragraph address = new Paragraph(
                lead.address() == null
                        ? ""
                        : getTranslation("lead.address") + ": " + com.siteline.base.Masks.address(lead.address()));
        address.setId("lead-address-shown");
        panel.add(address);
        Button reveal = new Button(getTranslation("customer.reveal"), click -> {
            LeadView full = leads.reveal(lead.id());
            title.setText(full.name() + " · " + full.phone());
            address.setText(full.address() == null ? "" : getTranslation("lead.address") + ": " + full.address());
            click.getSource().setVisible(false);
        });
        reveal.setId("lead-reveal");
        reveal.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        reveal.setTooltipText(getTranslation("customer.reveal.help"));
        panel.add(reveal);
        if (lead.need() != null) {
            panel.add(new Paragraph(lead.need()));
        }
        panel.add(history(this, lead, people));
        if (lead.customerId() != null) {
            Anchor customer = new Anchor("customers/" + lead.customerId(), getTranslation("lead.open-customer"));
            customer.setId("lead-customer");
            panel.add(new Paragraph(customer));
        }
        if (!lead.open()) {
            return;
        }
        TextField note = new TextField(getTranslation("lead.note"));
        note.setId("lead-note");
        Paragraph status = new Paragraph();
        status.setId("lead-status");
        status.addClassName("siteline-error-text");
        HorizontalLayout steps = new HorizontalLayout();
        steps.setWrap(true);
        for (LeadStage stage : LeadStage.values()) {
            if (stage.ordinal() > lead.stage().ordinal() && stage != LeadStage.WON && stage != LeadStage.LOST) {
                Button move = new Button(
                        getTranslation("lead.move", getTranslation(stage.messageKey())),
                        e -> act(() -> leads.move(lead.id(), lead.version(), stage, note.getValue()), status));
                move.setId("lead-move-" + stage.name().toLowerCase(java.util.Locale.ROOT));
                steps.add(move);
            }
        }
        Button lost = new Button(
                getTranslation("lead.lose"),
                e -> act(() -> leads.move(lead.id(), lead.version(), LeadStage.LOST, note.getValue()), status));
        lost.setId("lead-lose");
        Button convert = new Button(
                getTranslation("lead.convert"), e -> act(() -> leads.convert(lead.id(), lead.version()), status));
        convert.setId("lead-convert");
        convert.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        steps.add(lost, convert);
        panel.add(note, steps, status);
    }

    private void act(java.util.function.Supplier<LeadView> step, Paragraph status) {
        try {
            LeadView done = step.get();
            Problems.success(getTranslation("lead.saved"));
            refresh();
            show(done);
        } catch (InvalidInputException problems) {
            status.setText(String.join(
                    " ", problems.problems().stream().map(this::getTranslation).toList()));
        } catch (OptimisticLockingFailureException conflict) {
            status.setText(getTranslation("conflict.saved-by-other"));
        } catch (RefusedException refused) {
            status.setText(Problems.text(this, refused.message()));
        }
    }

    /** A lead's history, a line per step. */
    static Component history(Component context, LeadView lead, Map<String, String> people) {
        UnorderedList steps = new UnorderedList();
        steps.setId("lead-history-" + lead.id());
        for (LeadView.Step step : lead.history()) {
            steps.add(new ListItem(Formats.minute(step.at()) + " · "
                    + people.getOrDefault(step.by(), step.by()) + " · "
                    + context.getTranslation(step.stage().messageKey())
                    + (step.note() == null ? "" : " · " + step.note())));
        }
        return steps;
    }
}
