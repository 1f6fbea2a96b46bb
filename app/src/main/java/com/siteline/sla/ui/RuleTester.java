package com.siteline.sla.ui;

import com.siteline.organization.BusinessUnitSummary;
import com.siteline.sdk.IssueType;
import com.siteline.sdk.Urgency;
import com.siteline.sla.CustomerTier;
import com.siteline.sla.CustomerType;
import com.siteline.sla.ResponseRule;
import com.siteline.sla.ResponseRuleService;
import com.siteline.sla.RuleMatch;
import com.siteline.sla.UserZones;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The rule tester: which rule of the list being edited applies to such an issue raised at such a time in
 * a unit, and its deadlines. It speaks the unit's own time: "raised at 10:00" is 10:00 where the unit
 * works, and the deadlines are shown in that zone, whatever the administrator's own zone.
 */
class RuleTester extends Div {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final transient ResponseRuleService service;
    private final transient UserZones zones;
    private final transient Supplier<String> plugin;
    private final transient Supplier<List<ResponseRule>> draft;
    private final H2 title = new H2();
    private final Select<IssueType> type = new Select<>();
    private final ComboBox<String> category = new ComboBox<>();
    private final Select<Urgency> urgency = new Select<>();
    private final ComboBox<String> stage = new ComboBox<>();
    private final ComboBox<CustomerTier> tier = new ComboBox<>();
    private final ComboBox<CustomerType> customerType = new ComboBox<>();
    private final ComboBox<BusinessUnitSummary> unit = new ComboBox<>();
    private final DateTimePicker raised = new DateTimePicker();
    private final Button run = new Button();
    private final Div result = new Div();

    /**
     * @param plugin the plugin whose rules are edited
     * @param draft  the rules as edited (not yet saved)
     */
    RuleTester(
            ResponseRuleService service, UserZones zones, Supplier<String> plugin, Supplier<List<ResponseRule>> draft) {
        this.service = service;
        this.zones = zones;
        this.plugin = plugin;
        this.draft = draft;
        type.setId("test-type");
        type.setItems(IssueType.values());
        urgency.setId("test-urgency");
        urgency.setItems(Urgency.values());
        category.setId("test-category");
        stage.setId("test-stage");
        tier.setId("test-tier");
        tier.setItems(CustomerTier.values());
        customerType.setId("test-customer-type");
        customerType.setItems(CustomerType.values());
        unit.setId("test-unit");
        unit.setItemLabelGenerator(BusinessUnitSummary::name);
        raised.setId("test-raised");
        run.setId("run-tester");
        run.addClickListener(click -> run());
        result.setId("tester-result");
        add(title, new FormLayout(type, urgency, category, stage, tier, customerType, unit, raised), run, result);
    }

    /** Labels in the user's language (called when the language changes). */
    void localize() {
        title.setText(getTranslation("rules.tester"));
        type.setLabel(getTranslation("rules.field.type"));
        type.setItemLabelGenerator(t -> getTranslation("issue.type." + t.name()));
        urgency.setLabel(getTranslation("rules.field.urgency"));
        urgency.setItemLabelGenerator(u -> getTranslation("issue.urgency." + u.name()));
        category.setLabel(getTranslation("rules.field.category"));
        stage.setLabel(getTranslation("rules.field.stage"));
        tier.setLabel(getTranslation("rules.field.tier"));
        tier.setItemLabelGenerator(t -> getTranslation(t.messageKey()));
        customerType.setLabel(getTranslation("rules.field.customer-type"));
        customerType.setItemLabelGenerator(t -> getTranslation(t.messageKey()));
        unit.setLabel(getTranslation("project.field.unit"));
        raised.setLabel(getTranslation("rules.tester.raised"));
        run.setText(getTranslation("rules.tester.run"));
    }

    /** What the plugin offers to test with: its categories and stages, and the units that run it. */
    void offer(
            List<String> categories,
            Function<String, String> categoryName,
            List<String> stages,
            Function<String, String> stageName,
            List<BusinessUnitSummary> units) {
        category.setItems(categories);
        category.setItemLabelGenerator(categoryName::apply);
        stage.setItems(stages);
        stage.setItemLabelGenerator(stageName::apply);
        unit.setItems(units);
    }

    private void run() {
        result.removeAll();
        if (type.getValue() == null
                || urgency.getValue() == null
                || unit.getValue() == null
                || raised.getValue() == null) {
            result.add(new Span(getTranslation("rules.tester.incomplete")));
            return;
        }
        ZoneId zone = zones.zoneOfUnit(unit.getValue().id());
        Instant at = raised.getValue().atZone(zone).toInstant();
        Optional<RuleMatch> match = service.test(
                plugin.get(),
                draft.get(),
                new ResponseRule.IssueFacts(
                        type.getValue(),
                        blank(category.getValue()),
                        urgency.getValue(),
                        blank(stage.getValue()),
                        tier.getValue(),
                        customerType.getValue()),
                at,
                unit.getValue().id());
        if (match.isEmpty()) {
            result.add(new Span(getTranslation("rules.tester.none")));
            return;
        }
        RuleMatch m = match.get();
        result.add(new Span(getTranslation(
                "rules.tester.match",
                m.ruleNumber(),
                when(m.firstResponse(), zone),
                when(m.nextUpdate(), zone),
                when(m.resolution(), zone))));
    }

    private static String when(Instant instant, ZoneId zone) {
        return instant == null ? "—" : WHEN.format(instant.atZone(zone));
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
