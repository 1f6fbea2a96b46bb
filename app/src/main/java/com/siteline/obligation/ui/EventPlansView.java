package com.siteline.obligation.ui;

import com.siteline.base.InvalidInputException;
import com.siteline.base.RefusedException;
import com.siteline.base.ui.Formats;
import com.siteline.base.ui.Problems;
import com.siteline.base.ui.ViewFrame;
import com.siteline.obligation.EventPlanView;
import com.siteline.obligation.EventPlans;
import com.siteline.organization.BusinessUnitSummary;
import com.siteline.organization.Role;
import com.siteline.security.CurrentUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The yearly community event plan of a unit ({@code event-plans}, seed 004: 全年社区文化活动计划): its events by day,
 * an event added (a day outside the year or no title said at its field, what was typed kept), and the manager's
 * approval, which sets each quarter's community-event task to its first event.
 */
@Route("event-plans")
@RolesAllowed({Role.Names.AGENT, Role.Names.MANAGER, Role.Names.ADMIN})
@Menu(title = "nav.event-plans", order = 6.45, icon = "vaadin:calendar")
public class EventPlansView extends ViewFrame {

    private final transient EventPlans plans;
    private final Select<BusinessUnitSummary> unit = new Select<>();
    private final Select<Integer> year = new Select<>();
    private final Grid<EventPlanView.Event> events = new Grid<>();
    private final DatePicker day = new DatePicker();
    private final TextField title = new TextField();
    private final Paragraph state = new Paragraph();
    private final Paragraph status = new Paragraph();
    private final Button approve = new Button();
    private EventPlanView shown;

    public EventPlansView(EventPlans plans, CurrentUser user) {
        super("event-plan.title");
        this.plans = plans;
        setId("event-plans");
        int thisYear = Formats.today().getYear();
        unit.setLabel(getTranslation("event-plan.unit"));
        unit.setItems(plans.units());
        unit.setItemLabelGenerator(BusinessUnitSummary::name);
        unit.setId("event-plan-unit");
        year.setLabel(getTranslation("event-plan.year"));
        year.setItems(thisYear, thisYear + 1);
        year.setValue(thisYear);
        year.setId("event-plan-year");
        unit.addValueChangeListener(e -> load());
        year.addValueChangeListener(e -> load());
        events.setId("event-plan-events");
        events.setAllRowsVisible(true);
        events.addColumn(e -> e.day().toString())
                .setHeader(getTranslation("event-plan.day"))
                .setAutoWidth(true);
        events.addColumn(e -> "Q" + ((e.day().getMonthValue() - 1) / 3 + 1))
                .setHeader(getTranslation("event-plan.quarter"))
                .setAutoWidth(true);
        events.addColumn(EventPlanView.Event::title)
                .setHeader(getTranslation("event-plan.event"))
                .setFlexGrow(1);
        day.setLabel(getTranslation("event-plan.day"));
        day.setId("event-plan-day");
        title.setLabel(getTranslation("event-plan.event"));
        title.setId("event-plan-title");
        Button add = new Button(getTranslation("event-plan.add"), e -> add());
        add.setId("event-plan-add");
        approve.setText(getTranslation("event-plan.approve"));
        approve.setId("event-plan-approve");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        approve.addClickListener(e -> approve());
        approve.setVisible(user.hasRole(Role.MANAGER));
        state.setId("event-plan-state");
        status.setId("event-plan-status");
        status.addClassName("siteline-error-text");
        HorizontalLayout choose = new HorizontalLayout(unit, year);
        HorizontalLayout form = new HorizontalLayout(day, title, add);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        add(new Paragraph(getTranslation("event-plan.intro")), choose, state, events, form, status, approve);
        List<BusinessUnitSummary> units = plans.units();
        if (!units.isEmpty()) {
            unit.setValue(units.getFirst());
        }
    }

    private void load() {
        if (unit.getValue() == null || year.getValue() == null) {
            return;
        }
        shown = plans.of(unit.getValue().id(), year.getValue());
        events.setItems(shown.events());
        state.setText(getTranslation(shown.approved() ? "event-plan.state.approved" : "event-plan.state.draft"));
        status.setText("");
    }

    private void add() {
        try {
            plans.add(unit.getValue().id(), year.getValue(), shown.version(), day.getValue(), title.getValue());
            title.clear();
            day.setInvalid(false);
            title.setInvalid(false);
            load();
        } catch (InvalidInputException problems) {
            Problems.mark(
                    this,
                    problems.named(),
                    Problems.at(day, EventPlans.Field.DAY),
                    Problems.at(title, EventPlans.Field.TITLE));
            status.setText(String.join(
                    " ", problems.problems().stream().map(this::getTranslation).toList()));
        } catch (OptimisticLockingFailureException conflict) {
            status.setText(getTranslation("conflict.saved-by-other"));
        } catch (RefusedException refused) {
            status.setText(Problems.text(this, refused.message()));
        }
    }

    private void approve() {
        if (shown.id() < 0) {
            status.setText(getTranslation("event-plan.refused.quarters", "Q1、Q2、Q3、Q4"));
            return;
        }
        try {
            plans.approve(shown.id(), shown.version());
            Problems.success(getTranslation("event-plan.approved"));
            load();
        } catch (OptimisticLockingFailureException conflict) {
            status.setText(getTranslation("conflict.saved-by-other"));
        } catch (RefusedException refused) {
            status.setText(Problems.text(this, refused.message()));
        }
    }
}
