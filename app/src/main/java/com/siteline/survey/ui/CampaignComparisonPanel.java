package com.siteline.survey.ui;

import com.siteline.base.ui.Downloads;
import com.siteline.survey.CampaignComparisons;
import com.siteline.survey.internal.CampaignResult;
import com.siteline.survey.internal.CampaignSummary;
import com.siteline.survey.internal.CampaignWorkbook;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Campaigns side by side on the campaigns page: the manager picks campaigns (all of them at first) and what to
 * group by (unit, plugin, campaign or segment) and reads per group who answered, the mean rating and the poor
 * ones, then each question's answers per group; the same as Excel.
 */
class CampaignComparisonPanel extends Div {

    final MultiSelectComboBox<CampaignSummary> chosen = new MultiSelectComboBox<>();
    final Select<CampaignComparisons.By> by = new Select<>();
    final Grid<CampaignComparisons.Group> groups = new Grid<>();
    private final Div results = new Div();
    private final Paragraph empty = new Paragraph();
    private final transient CampaignComparisons comparisons;

    CampaignComparisonPanel(
            CampaignComparisons comparisons, List<CampaignSummary> all, Function<CampaignSummary, String> title) {
        this.comparisons = comparisons;
        setId("campaign-compare");
        chosen.setId("compare-campaigns");
        chosen.setItems(all);
        chosen.setItemLabelGenerator(c -> title.apply(c) + " · " + c.unitName() + " · " + c.endsOn());
        chosen.setWidth("36em");
        chosen.setValue(new java.util.LinkedHashSet<>(all));
        by.setId("compare-by");
        by.setItems(CampaignComparisons.By.values());
        by.setItemLabelGenerator(b -> getTranslation("campaign.compare.by." + b));
        by.setValue(CampaignComparisons.By.UNIT);
        groups.setId("compare-groups");
        groups.setAllRowsVisible(true);
        results.setId("compare-results");
        empty.setId("compare-empty");
        chosen.setLabel(getTranslation("campaign.compare.campaigns"));
        by.setLabel(getTranslation("campaign.compare.by"));
        groups.addColumn(this::label)
                .setHeader(getTranslation("campaign.compare.group"))
                .setAutoWidth(true);
        groups.addColumn(CampaignComparisons.Group::campaigns)
                .setHeader(getTranslation("campaign.compare.campaigns"))
                .setAutoWidth(true);
        groups.addColumn(CampaignComparisons.Group::members)
                .setHeader(getTranslation("campaign.members"))
                .setAutoWidth(true);
        groups.addColumn(CampaignComparisons.Group::answered)
                .setHeader(getTranslation("campaign.answered"))
                .setAutoWidth(true);
        groups.addColumn(g -> String.format(Locale.ROOT, "%.1f%%", 100 * g.responseRate()))
                .setHeader(getTranslation("campaign.response-rate"))
                .setAutoWidth(true);
        groups.addColumn(g -> Double.isNaN(g.meanRating())
                        ? getTranslation("campaign.compare.no-rating")
                        : String.format(Locale.ROOT, "%.2f", g.meanRating()))
                .setHeader(getTranslation("campaign.compare.mean-rating"))
                .setAutoWidth(true);
        groups.addColumn(CampaignComparisons.Group::poor)
                .setHeader(getTranslation("campaign.compare.poor"))
                .setAutoWidth(true);
        Anchor excel = new Anchor(
                Downloads.of(event -> {
                    byte[] bytes = CampaignWorkbook.comparison(
                            comparison(), this::label, (key, args) -> getTranslation(key, args));
                    return new DownloadResponse(
                            new java.io.ByteArrayInputStream(bytes),
                            "campaigns-compared.xlsx",
                            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                            bytes.length);
                }),
                getTranslation("report.export-xlsx"));
        excel.setId("compare-export");
        HorizontalLayout form = new HorizontalLayout(chosen, by, excel);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.getStyle().set("flex-wrap", "wrap");
        add(new H3(getTranslation("campaign.compare")), form, empty, groups, results);
        chosen.addValueChangeListener(e -> show());
        by.addValueChangeListener(e -> show());
        show();
    }

    private CampaignComparisons.Comparison comparison() {
        return comparisons.compare(
                chosen.getValue().stream().map(CampaignSummary::id).toList(), by.getValue(), getLocale());
    }

    private String label(CampaignComparisons.Group g) {
        return g.label() != null ? g.label() : getTranslation("campaign.segment." + g.key());
    }

    /** Groups and answers for what is chosen; with nothing chosen, a line saying so. */
    void show() {
        boolean none = chosen.getValue().isEmpty();
        empty.setText(none ? getTranslation("campaign.compare.none") : "");
        empty.setVisible(none);
        groups.setVisible(!none);
        results.removeAll();
        if (none) {
            return;
        }
        CampaignComparisons.Comparison comparison = comparison();
        groups.setItems(comparison.groups());
        for (CampaignResult result : comparison.results()) {
            results.add(new Paragraph(result.question()
                    + (Double.isNaN(result.mean())
                            ? ""
                            : " · "
                                    + getTranslation("campaign.mean") + " "
                                    + String.format(Locale.ROOT, "%.2f", result.mean()) + " ("
                                    + comparison.groups().stream()
                                            .filter(g -> result.meanByGroup().containsKey(g.key()))
                                            .map(g -> label(g) + " "
                                                    + String.format(
                                                            Locale.ROOT,
                                                            "%.2f",
                                                            result.meanByGroup().get(g.key())))
                                            .collect(Collectors.joining("，"))
                                    + ")")));
            UnorderedList rows = new UnorderedList();
            for (CampaignResult.Row row : result.rows()) {
                rows.add(new ListItem(("answered".equals(row.choiceId())
                                ? getTranslation("campaign.answered")
                                : row.label())
                        + ": " + row.total()
                        + (row.byGroup().isEmpty()
                                ? ""
                                : " ("
                                        + comparison.groups().stream()
                                                .filter(g -> row.byGroup().containsKey(g.key()))
                                                .map(g -> label(g) + " "
                                                        + row.byGroup().get(g.key()))
                                                .collect(Collectors.joining("，"))
                                        + ")")));
            }
            results.add(rows);
        }
    }
}
