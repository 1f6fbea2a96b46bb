package com.siteline.sla.ui;

import com.siteline.base.grid.GridLinks;
import com.siteline.base.ui.HistoryLink;
import com.siteline.base.ui.Problems;
import com.siteline.base.ui.ViewFrame;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.Role;
import com.siteline.plugin.VariantCatalog;
import com.siteline.plugin.VariantSnapshot;
import com.siteline.sdk.IssueCategory;
import com.siteline.sdk.IssueType;
import com.siteline.sdk.StageDefinition;
import com.siteline.sdk.Urgency;
import com.siteline.sla.CoreIssueCategories;
import com.siteline.sla.CustomerTier;
import com.siteline.sla.CustomerType;
import com.siteline.sla.ResponseRule;
import com.siteline.sla.ResponseRuleService;
import com.siteline.sla.RuleCheck;
import com.siteline.sla.UrgencyWords;
import com.siteline.sla.UserZones;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * Administration of response-time rules, per plugin: an ordered list (first match wins) edited in
 * place, checked as it changes (errors block saving, unreachable rules are flagged), saved or reset to
 * the plugin's defaults, with a rule tester that shows which rule an issue gets and its deadlines.
 */
@Route("admin/response-times")
@RolesAllowed(Role.Names.ADMIN)
@Menu(title = "nav.response-times", order = 94, icon = "vaadin:timer")
public class ResponseTimesView extends ViewFrame implements LocaleChangeObserver {

    private final transient ResponseRuleService service;
    private final transient VariantCatalog catalog;
    private final transient OrganizationService organization;
    private final Select<String> plugin = new Select<>();
    private final Span state = new Span();
    private final Grid<Integer> grid = new Grid<>();
    private final Div problems = new Div();
    private final Div warnings = new Div();
    private final Checkbox enabled = new Checkbox();
    private final Select<IssueType> type = new Select<>();
    private final ComboBox<String> category = new ComboBox<>();
    private final Select<Urgency> urgency = new Select<>();
    private final ComboBox<String> stage = new ComboBox<>();
    private final ComboBox<CustomerTier> tier = new ComboBox<>();
    private final ComboBox<CustomerType> customerType = new ComboBox<>();
    private final BigDecimalField firstResponse = new BigDecimalField();
    private final BigDecimalField nextUpdate = new BigDecimalField();
    private final BigDecimalField resolution = new BigDecimalField();
    private final BigDecimalField warnLead = new BigDecimalField();
    private final BigDecimalField escalateAfter = new BigDecimalField();
    private final RadioButtonGroup<Boolean> basis = new RadioButtonGroup<>();
    private final Button apply = new Button();
    private final Button add = new Button();
    private final Button up = new Button();
    private final Button down = new Button();
    private final Button remove = new Button();
    private final Button save = new Button();
    private final Button reset = new Button();
    private List<ResponseRule> draft = new ArrayList<>();
    private int selected = -1;

    private long listVersion;
    private final RuleTester tester;

    private final com.vaadin.flow.component.html.Anchor history = new com.vaadin.flow.component.html.Anchor();
    private final transient GridLinks links;

    public ResponseTimesView(
            ResponseRuleService service,
            VariantCatalog catalog,
            OrganizationService organization,
            UserZones zones,
            GridLinks links) {
        super("rules.title");
        this.tester = new RuleTester(service, zones, plugin::getValue, () -> draft);
        this.links = links;
        history.setId("rules-history");
        history.setText(getTranslation("audit.history"));
        this.service = service;
        this.catalog = catalog;
        this.organization = organization;
        plugin.setId("rules-plugin");
        plugin.addValueChangeListener(event -> load(event.getValue()));
        state.setId("rules-state");
        grid.setId("rules-grid");
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(event -> edit(event.getValue() == null ? -1 : event.getValue()));
        problems.setId("rules-problems");
        problems.addClassName("siteline-alert");
        warnings.setId("rules-warnings");
        warnings.addClassName("siteline-secondary");
        enabled.setId("rule-enabled");
        type.setId("rule-type");
        category.setId("rule-category");
        urgency.setId("rule-urgency");
        stage.setId("rule-stage");
        tier.setId("rule-tier");
        tier.setItems(CustomerTier.values());
        tier.setItemLabelGenerator(t -> getTranslation(t.messageKey()));
        tier.setClearButtonVisible(true);
        customerType.setId("rule-customer-type");
        customerType.setItems(CustomerType.values());
        customerType.setItemLabelGenerator(t -> getTranslation(t.messageKey()));
        customerType.setClearButtonVisible(true);
        firstResponse.setId("rule-first-response");
        nextUpdate.setId("rule-next-update");
        resolution.setId("rule-resolution");
        warnLead.setId("rule-warn-lead");
        escalateAfter.setId("rule-escalate-after");
        basis.setId("rule-basis");
        type.setEmptySelectionAllowed(true);
        type.setItems(IssueType.values());
        urgency.setEmptySelectionAllowed(true);
        urgency.setItems(Urgency.values());
        basis.setItems(Boolean.TRUE, Boolean.FALSE);
        apply.setId("apply-rule");
        apply.addClickListener(click -> applyEdit());
        add.setId("add-rule");
        add.addClickListener(click -> edit(-1));
        up.setId("move-up");
        up.addClickListener(click -> move(-1));
        down.setId("move-down");
        down.addClickListener(click -> move(1));
        remove.setId("remove-rule");
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        remove.addClickListener(click -> removeSelected());
        save.setId("save-rules");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> saveAll());
        reset.setId("reset-rules");
        reset.addClickListener(click -> {
            try {
                service.resetToDefaults(plugin.getValue(), listVersion);
                load(plugin.getValue());
                Notification.show(getTranslation("rules.reset.done"));
            } catch (ObjectOptimisticLockingFailureException e) {
                Problems.error(getTranslation("rules.conflict"));
            }
        });

        FormLayout editor = new FormLayout(
                enabled,
                basis,
                type,
                urgency,
                category,
                stage,
                tier,
                customerType,
                firstResponse,
                nextUpdate,
                resolution,
                warnLead,
                escalateAfter);
        add(
                new HorizontalLayout(plugin, state, history),
                grid,
                problems,
                warnings,
                editor,
                new HorizontalLayout(apply, add, up, down, remove),
                new HorizontalLayout(save, reset),
                tester);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        plugin.setLabel(getTranslation("rules.plugin"));
        plugin.setItemLabelGenerator(
                id -> catalog.snapshot(id).map(v -> v.name().get(getLocale())).orElse(id));
        List<String> plugins =
                catalog.startedVariants().stream().map(v -> v.id()).sorted().toList();
        plugin.setItems(plugins);
        type.setLabel(getTranslation("rules.field.type"));
        type.setEmptySelectionCaption(getTranslation("rules.any"));
        type.setItemLabelGenerator(
                t -> t == null ? getTranslation("rules.any") : getTranslation("issue.type." + t.name()));
        urgency.setLabel(getTranslation("rules.field.urgency"));
        urgency.setEmptySelectionCaption(getTranslation("rules.any"));
        // a complaint rule's urgency in the procedure's classes (紧急投诉, 一般投诉, 非紧急投诉)
        urgency.setItemLabelGenerator(
                u -> u == null ? getTranslation("rules.any") : getTranslation(UrgencyWords.key(type.getValue(), u)));
        type.addValueChangeListener(e -> urgency.getListDataView().refreshAll());
        category.setLabel(getTranslation("rules.field.category"));
        category.setPlaceholder(getTranslation("rules.any"));
        stage.setLabel(getTranslation("rules.field.stage"));
        stage.setPlaceholder(getTranslation("rules.any"));
        tier.setLabel(getTranslation("rules.field.tier"));
        tier.setPlaceholder(getTranslation("rules.any"));
        customerType.setLabel(getTranslation("rules.field.customer-type"));
        customerType.setPlaceholder(getTranslation("rules.any"));
        enabled.setLabel(getTranslation("rules.field.enabled"));
        firstResponse.setLabel(getTranslation("rules.field.first-response"));
        nextUpdate.setLabel(getTranslation("rules.field.next-update"));
        resolution.setLabel(getTranslation("rules.field.resolution"));
        warnLead.setLabel(getTranslation("rules.field.warn-lead"));
        warnLead.setHelperText(getTranslation("rules.field.warn-lead-help"));
        escalateAfter.setLabel(getTranslation("rules.field.escalate-after"));
        escalateAfter.setHelperText(getTranslation("rules.field.escalate-after-help"));
        for (BigDecimalField hours : List.of(firstResponse, nextUpdate, resolution, warnLead, escalateAfter)) {
            hours.setSuffixComponent(new Span(getTranslation("rules.hours")));
        }
        basis.setLabel(getTranslation("rules.field.basis"));
        basis.setItemLabelGenerator(b -> getTranslation(b ? "rules.basis.business" : "rules.basis.calendar"));
        apply.setText(getTranslation("rules.apply"));
        add.setText(getTranslation("rules.add"));
        up.setText(getTranslation("rules.up"));
        down.setText(getTranslation("rules.down"));
        remove.setText(getTranslation("rules.remove"));
        save.setText(getTranslation("action.save"));
        reset.setText(getTranslation("rules.reset"));
        tester.localize();
        if (plugin.getValue() == null && !plugins.isEmpty()) {
            plugin.setValue(plugins.getFirst());
        } else {
            load(plugin.getValue());
        }
    }

    private void load(String pluginId) {
        if (pluginId == null) {
            return;
        }
        listVersion = service.version(pluginId);
        history.setHref(HistoryLink.href(links, "rule", pluginId));
        draft = new ArrayList<>(service.rules(pluginId));
        state.setText(getTranslation(service.customised(pluginId) ? "rules.state.customised" : "rules.state.defaults"));
        VariantSnapshot variant = catalog.snapshot(pluginId).orElseThrow();
        List<String> categories = new ArrayList<>(CoreIssueCategories.IDS);
        variant.issueCategories().stream().map(IssueCategory::id).forEach(categories::add);
        category.setItems(categories);
        category.setItemLabelGenerator(id -> categoryName(variant, id));
        List<String> stages = variant.stages().stream().map(StageDefinition::id).toList();
        stage.setItems(stages);
        stage.setItemLabelGenerator(
                id -> variant.stage(id).map(s -> s.name().get(getLocale())).orElse(id));
        tester.offer(
                categories,
                id -> categoryName(variant, id),
                stages,
                id -> variant.stage(id).map(s -> s.name().get(getLocale())).orElse(id),
                organization.businessUnits().stream()
                        .filter(u -> u.pluginIds().contains(pluginId))
                        .toList());
        renderGrid(variant);
        edit(-1);
    }

    private void renderGrid(VariantSnapshot variant) {
        grid.removeAllColumns();
        grid.addColumn(i -> i + 1).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(i -> draft.get(i).enabled() ? "✓" : "—")
                .setHeader(getTranslation("rules.field.enabled"))
                .setAutoWidth(true);
        grid.addColumn(i -> label(draft.get(i).issueType(), "issue.type."))
                .setHeader(getTranslation("rules.field.type"))
                .setAutoWidth(true);
        grid.addColumn(i -> draft.get(i).urgency() == null
                        ? getTranslation("rules.any")
                        : getTranslation(UrgencyWords.key(
                                draft.get(i).issueType(), draft.get(i).urgency())))
                .setHeader(getTranslation("rules.field.urgency"))
                .setAutoWidth(true);
        grid.addColumn(i -> draft.get(i).categoryId() == null
                        ? getTranslation("rules.any")
                        : categoryName(variant, draft.get(i).categoryId()))
                .setHeader(getTranslation("rules.field.category"))
                .setAutoWidth(true);
        grid.addColumn(i -> draft.get(i).stageId() == null
                        ? getTranslation("rules.any")
                        : variant.stage(draft.get(i).stageId())
                                .map(s -> s.name().get(getLocale()))
                                .orElse(draft.get(i).stageId()))
                .setHeader(getTranslation("rules.field.stage"))
                .setAutoWidth(true);
        grid.addColumn(i -> label(draft.get(i).customerTier(), "customer.tier."))
                .setHeader(getTranslation("rules.field.tier"))
                .setAutoWidth(true);
        grid.addColumn(i -> label(draft.get(i).customerType(), "customer.type."))
                .setHeader(getTranslation("rules.field.customer-type"))
                .setAutoWidth(true);
        grid.addColumn(i -> duration(draft.get(i).firstResponseMinutes()))
                .setHeader(getTranslation("rules.field.first-response"))
                .setAutoWidth(true);
        grid.addColumn(i -> duration(draft.get(i).nextUpdateMinutes()))
                .setHeader(getTranslation("rules.field.next-update"))
                .setAutoWidth(true);
        grid.addColumn(i -> duration(draft.get(i).resolutionMinutes()))
                .setHeader(getTranslation("rules.field.resolution"))
                .setAutoWidth(true);
        grid.addColumn(i ->
                        getTranslation(draft.get(i).businessTime() ? "rules.basis.business" : "rules.basis.calendar"))
                .setHeader(getTranslation("rules.field.basis"))
                .setAutoWidth(true);
        grid.setItems(IntStream.range(0, draft.size()).boxed().toList());
        check();
    }

    private void edit(int index) {
        selected = index;
        ResponseRule rule = index >= 0 && index < draft.size()
                ? draft.get(index)
                : new ResponseRule(true, null, null, null, null, null, null, null, null, true);
        enabled.setValue(rule.enabled());
        type.setValue(rule.issueType());
        category.setValue(rule.categoryId());
        urgency.setValue(rule.urgency());
        stage.setValue(rule.stageId());
        tier.setValue(rule.customerTier());
        customerType.setValue(rule.customerType());
        firstResponse.setValue(hours(rule.firstResponseMinutes()));
        nextUpdate.setValue(hours(rule.nextUpdateMinutes()));
        resolution.setValue(hours(rule.resolutionMinutes()));
        warnLead.setValue(hours(rule.warnLeadMinutes()));
        escalateAfter.setValue(hours(rule.escalateAfterMinutes()));
        basis.setValue(rule.businessTime());
        up.setEnabled(index > 0);
        down.setEnabled(index >= 0 && index < draft.size() - 1);
        remove.setEnabled(index >= 0);
    }

    private void applyEdit() {
        ResponseRule rule = new ResponseRule(
                enabled.getValue(),
                type.getValue(),
                blank(category.getValue()),
                urgency.getValue(),
                blank(stage.getValue()),
                tier.getValue(),
                customerType.getValue(),
                minutes(firstResponse.getValue()),
                minutes(nextUpdate.getValue()),
                minutes(resolution.getValue()),
                Boolean.TRUE.equals(basis.getValue()),
                minutes(warnLead.getValue()),
                minutes(escalateAfter.getValue()));
        if (selected >= 0 && selected < draft.size()) {
            draft.set(selected, rule);
        } else {
            draft.add(rule);
            selected = draft.size() - 1;
        }
        refresh();
    }

    private void move(int by) {
        int target = selected + by;
        if (selected < 0 || target < 0 || target >= draft.size()) {
            return;
        }
        ResponseRule rule = draft.remove(selected);
        draft.add(target, rule);
        selected = target;
        refresh();
    }

    private void removeSelected() {
        if (selected >= 0 && selected < draft.size()) {
            draft.remove(selected);
            selected = -1;
            refresh();
        }
    }

    private void refresh() {
        int keep = selected;
        grid.setItems(IntStream.range(0, draft.size()).boxed().toList());
        if (keep >= 0 && keep < draft.size()) {
            grid.select(keep);
        }
        check();
    }

    private RuleCheck check() {
        RuleCheck check = RuleCheck.of(draft);
        problems.removeAll();
        problems.setVisible(!check.errors().isEmpty());
        UnorderedList errors = new UnorderedList();
        check.errors()
                .forEach(p -> errors.add(
                        new ListItem(getTranslation("rules.problem", p.rule(), getTranslation(p.messageKey())))));
        problems.add(errors);
        warnings.removeAll();
        UnorderedList unreachable = new UnorderedList();
        check.warnings()
                .forEach(p -> unreachable.add(new ListItem(getTranslation(p.messageKey(), p.rule(), p.other()))));
        warnings.add(unreachable);
        warnings.setVisible(!check.warnings().isEmpty());
        save.setEnabled(check.ok());
        return check;
    }

    private void saveAll() {
        if (!check().ok()) {
            return;
        }
        try {
            service.save(plugin.getValue(), listVersion, draft);
            Notification.show(getTranslation("rules.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            load(plugin.getValue());
        } catch (ResponseRuleService.InvalidRulesException e) {
            check();
        } catch (ObjectOptimisticLockingFailureException e) {
            // another admin saved meanwhile: say so and keep this admin's edits on screen
            Problems.error(getTranslation("rules.conflict"));
        }
    }

    private String categoryName(VariantSnapshot variant, String id) {
        if (CoreIssueCategories.IDS.contains(id)) {
            return getTranslation("issue.category." + id);
        }
        return variant.issueCategories().stream()
                .filter(c -> c.id().equals(id))
                .findFirst()
                .map(c -> c.name().get(getLocale()))
                .orElse(id);
    }

    private String label(Enum<?> value, String prefix) {
        return value == null ? getTranslation("rules.any") : getTranslation(prefix + value.name());
    }

    private String duration(Long minutes) {
        if (minutes == null) {
            return "—";
        }
        return minutes % 60 == 0
                ? getTranslation("rules.duration.hours", minutes / 60)
                : getTranslation("rules.duration.minutes", minutes);
    }

    private static BigDecimal hours(Long minutes) {
        return minutes == null
                ? null
                : BigDecimal.valueOf(minutes)
                        .divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP)
                        .stripTrailingZeros();
    }

    private static Long minutes(BigDecimal hours) {
        return hours == null
                ? null
                : hours.multiply(BigDecimal.valueOf(60))
                        .setScale(0, RoundingMode.HALF_UP)
                        .longValueExact();
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
