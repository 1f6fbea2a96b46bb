package com.siteline.training.ui;

import com.siteline.base.RefusedException;
import com.siteline.base.ui.Badge;
import com.siteline.base.ui.Formats;
import com.siteline.base.ui.Problems;
import com.siteline.base.ui.ViewFrame;
import com.siteline.organization.BusinessUnitSummary;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.Role;
import com.siteline.security.CurrentUser;
import com.siteline.training.TrainingState;
import com.siteline.training.TrainingView;
import com.siteline.training.Trainings;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Training sessions of the manager's units ({@code trainings}): planned ones and held ones with their attendance; a
 * session's panel records who attended and who passed once it is held.
 */
@Route("trainings")
@RolesAllowed({Role.Names.MANAGER, Role.Names.ADMIN})
@Menu(title = "nav.trainings", order = 14.95, icon = "vaadin:academy-cap")
public class TrainingsView extends ViewFrame {

    private final transient Trainings trainings;
    private final Map<String, String> people;
    private final Map<Long, String> units = new LinkedHashMap<>();
    private final Grid<TrainingView> grid = new Grid<>();
    private final Div panel = new Div();

    public TrainingsView(Trainings trainings, OrganizationService organization, CurrentUser user) {
        super("training.title");
        this.trainings = trainings;
        this.people = organization.displayNames();
        setId("trainings");
        for (BusinessUnitSummary unit :
                organization.businessUnitsOf(user.username().orElseThrow())) {
            units.put(unit.id(), unit.name());
        }
        Button plan = new Button(getTranslation("training.plan"), e -> {
            TrainingDialog dialog = new TrainingDialog(trainings, units, people, Formats.today());
            dialog.addSavedListener(saved -> {
                Problems.success(getTranslation("training.saved"));
                refresh();
            });
            dialog.open();
        });
        plan.setId("training-new");
        plan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.setId("trainings-grid");
        grid.setAllRowsVisible(true);
        grid.addColumn(t -> t.heldOn().toString())
                .setHeader(getTranslation("training.day"))
                .setAutoWidth(true);
        grid.addColumn(TrainingView::topic)
                .setHeader(getTranslation("training.topic"))
                .setFlexGrow(2);
        grid.addColumn(TrainingView::unitName)
                .setHeader(getTranslation("training.unit"))
                .setAutoWidth(true);
        grid.addColumn(TrainingView::trainer)
                .setHeader(getTranslation("training.trainer"))
                .setAutoWidth(true);
        grid.addComponentColumn(t -> new Badge(
                        getTranslation(t.state().messageKey()),
                        t.state() == TrainingState.HELD ? Badge.Tone.SUCCESS : Badge.Tone.INFO))
                .setHeader(getTranslation("training.state"))
                .setAutoWidth(true);
        grid.addColumn(t -> t.attendedCount() + "/" + t.attendees().size())
                .setHeader(getTranslation("training.attended"))
                .setAutoWidth(true);
        grid.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));
        panel.setId("training-panel");
        add(new Paragraph(getTranslation("training.intro")), plan, grid, panel);
        refresh();
    }

    private void refresh() {
        grid.setItems(trainings.list());
    }

    private void show(TrainingView t) {
        panel.removeAll();
        if (t == null) {
            return;
        }
        panel.add(new H3(t.topic()));
        if (t.material() != null) {
            panel.add(new Paragraph(t.material()));
        }
        Map<String, Checkbox> came = new HashMap<>();
        Map<String, Checkbox> passed = new HashMap<>();
        for (TrainingView.Attendee a : t.attendees()) {
            Checkbox attended = new Checkbox(getTranslation("training.attended.one"), a.attended());
            attended.setId("training-attended-" + a.username());
            Checkbox pass = new Checkbox(getTranslation("training.passed"), Boolean.TRUE.equals(a.passed()));
            pass.setId("training-passed-" + a.username());
            boolean open = t.state() == TrainingState.PLANNED;
            attended.setReadOnly(!open);
            pass.setReadOnly(!open);
            came.put(a.username(), attended);
            passed.put(a.username(), pass);
            HorizontalLayout line = new HorizontalLayout(
                    new Paragraph(people.getOrDefault(a.username(), a.username())), attended, pass);
            line.setAlignItems(Alignment.BASELINE);
            panel.add(line);
        }
        Paragraph status = new Paragraph();
        status.setId("training-status");
        status.addClassName("siteline-error-text");
        if (t.state() == TrainingState.PLANNED) {
            Button held = new Button(getTranslation("training.record"), e -> {
                try {
                    Map<String, Boolean> attended = new HashMap<>();
                    Map<String, Boolean> ok = new HashMap<>();
                    came.forEach((u, box) -> attended.put(u, box.getValue()));
                    passed.forEach((u, box) -> ok.put(u, box.getValue()));
                    TrainingView done = trainings.recordHeld(t.id(), t.version(), attended, ok);
                    Problems.success(getTranslation("training.saved"));
                    refresh();
                    show(done);
                } catch (OptimisticLockingFailureException conflict) {
                    status.setText(getTranslation("conflict.saved-by-other"));
                } catch (RefusedException refused) {
                    status.setText(Problems.text(this, refused.message()));
                }
            });
            held.setId("training-record");
            held.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            panel.add(held);
        }
        panel.add(status);
    }
}
