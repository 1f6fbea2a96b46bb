package com.siteline.survey.ui;

import com.siteline.base.InvalidInputException;
import com.siteline.base.RefusedException;
import com.siteline.base.ui.Downloads;
import com.siteline.base.ui.Formats;
import com.siteline.base.ui.Problems;
import com.siteline.base.ui.ViewFrame;
import com.siteline.organization.BusinessUnitSummary;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.Role;
import com.siteline.sdk.SurveyTemplate;
import com.siteline.security.CurrentUser;
import com.siteline.survey.CampaignComparisons;
import com.siteline.survey.CampaignDrafts;
import com.siteline.survey.Campaigns;
import com.siteline.survey.internal.CampaignMember;
import com.siteline.survey.internal.CampaignResult;
import com.siteline.survey.internal.CampaignSummary;
import com.siteline.survey.internal.CampaignWorkbook;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Survey campaigns ({@code surveys/campaigns}, seed 004): a manager starts a mid-year sampled or year-end full
 * survey of a unit with the template's numbers (or their own), follows the response rate against the target,
 * sends reminder waves, reads the answers per question and segment, sees why each customer is in the sample and
 * takes it all to Excel; with more than one campaign, compares them by unit, plugin, campaign or segment
 * ({@link CampaignComparisonPanel}).
 */
@Route("surveys/campaigns")
@RolesAllowed({Role.Names.MANAGER, Role.Names.ADMIN})
@com.vaadin.flow.router.Menu(title = "nav.campaigns", order = 16.1, icon = "vaadin:megaphone")
public class CampaignsView extends ViewFrame implements com.vaadin.flow.i18n.LocaleChangeObserver {

    private final transient Campaigns campaigns;
    private final transient CampaignComparisons comparisons;
    final Select<BusinessUnitSummary> unit = new Select<>();
    final Select<SurveyTemplate> template = new Select<>();
    final IntegerField focus = percent("campaign-focus");
    final IntegerField sample = percent("campaign-sample");
    final IntegerField target = percent("campaign-target");
    final DatePicker ends = new DatePicker();
    private final Paragraph status = new Paragraph();
    private final Grid<CampaignSummary> list = new Grid<>();
    private final Div detail = new Div();
    private final Div compare = new Div();
    private final Div drafts = new Div();
    private final transient CampaignDrafts campaignDrafts;
    private final Button start = new Button();
    private Long shown;

    public CampaignsView(
            Campaigns campaigns,
            CampaignComparisons comparisons,
            CampaignDrafts campaignDrafts,
            OrganizationService organization,
            CurrentUser currentUser) {
        super("campaign.title");
        this.campaignDrafts = campaignDrafts;
        drafts.setId("campaign-drafts");
        this.campaigns = campaigns;
        this.comparisons = comparisons;
        setId("campaigns-view");
        List<BusinessUnitSummary> units =
                currentUser.username().map(organization::businessUnitsOf).orElse(List.of()).stream()
                        .filter(u -> !campaigns.templatesOf(u.id()).isEmpty())
                        .toList();
        unit.setItems(units);
        unit.setItemLabelGenerator(BusinessUnitSummary::name);
        unit.setId("campaign-unit");
        template.setItemLabelGenerator(t -> t.title().get(getLocale()));
        template.setId("campaign-template");
        unit.addValueChangeListener(e -> {
            List<SurveyTemplate> offered = e.getValue() == null
                    ? List.of()
                    : campaigns.templatesOf(e.getValue().id());
            template.setItems(offered);
            // the first sampled one if there is one (the mid-year survey), its numbers filled in
            offered.stream()
                    .filter(t -> t.sampleRate() < 1)
                    .findFirst()
                    .or(() -> offered.stream().findFirst())
                    .ifPresent(template::setValue);
        });
        template.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                focus.setValue((int) Math.round(100 * Campaigns.focusShareOf(e.getValue())));
                sample.setValue((int) Math.round(100 * e.getValue().sampleRate()));
                target.setValue((int) Math.round(100 * e.getValue().minimumResponseRate()));
            }
        });
        ends.setValue(LocalDate.now(Formats.zone()).plusDays(30));
        ends.setId("campaign-ends");
        start.addClickListener(e -> start());
        start.setId("campaign-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        status.setId("campaign-status");
        if (!units.isEmpty()) {
            unit.setValue(units.getFirst());
        }
        list.setId("campaigns-grid");
        list.setAllRowsVisible(true);
        list.addItemClickListener(e -> show(e.getItem().id()));
        detail.setId("campaign-detail");
    }

    /** Everything in the reader's language, built again when it changes (what was typed stays in the fields). */
    @Override
    public void localeChange(com.vaadin.flow.i18n.LocaleChangeEvent event) {
        removeAll();
        unit.setLabel(getTranslation("campaign.unit"));
        template.setLabel(getTranslation("campaign.template"));
        focus.setLabel(getTranslation("campaign.focus"));
        sample.setLabel(getTranslation("campaign.sample"));
        target.setLabel(getTranslation("campaign.target"));
        ends.setLabel(getTranslation("campaign.ends"));
        start.setText(getTranslation("campaign.start"));
        HorizontalLayout form = new HorizontalLayout(unit, template, focus, sample, target, ends, start);
        form.setAlignItems(Alignment.BASELINE);
        form.getStyle().set("flex-wrap", "wrap");
        list.removeAllColumns();
        list.addColumn(c -> Formats.minute(c.createdAt()))
                .setHeader(getTranslation("campaign.created"))
                .setAutoWidth(true);
        list.addColumn(CampaignSummary::unitName)
                .setHeader(getTranslation("campaign.unit"))
                .setAutoWidth(true);
        list.addColumn(c -> title(c))
                .setHeader(getTranslation("campaign.template"))
                .setAutoWidth(true);
        list.addColumn(CampaignSummary::members)
                .setHeader(getTranslation("campaign.members"))
                .setAutoWidth(true);
        list.addColumn(CampaignSummary::answered)
                .setHeader(getTranslation("campaign.answered"))
                .setAutoWidth(true);
        list.addColumn(c -> rate(c))
                .setHeader(getTranslation("campaign.response-rate"))
                .setAutoWidth(true);
        list.addColumn(CampaignSummary::endsOn)
                .setHeader(getTranslation("campaign.ends"))
                .setAutoWidth(true);
        add(new Paragraph(getTranslation("campaign.intro")), drafts, form, status, list, detail, compare);
        showDrafts();
        List<CampaignSummary> all = campaigns.list();
        list.setItems(all);
        compare(all);
        if (shown != null) {
            show(shown);
        } else if (!all.isEmpty()) {
            show(all.getFirst().id());
        }
    }

    private static IntegerField percent(String id) {
        IntegerField field = new IntegerField();
        field.setId(id);
        field.setSuffixComponent(new com.vaadin.flow.component.html.Span("%"));
        field.setWidth("8em");
        return field;
    }

    private void refresh() {
        List<CampaignSummary> all = campaigns.list();
        list.setItems(all);
        compare(all);
    }

    /** The comparison of all campaigns, once there are two. */
    private void compare(List<CampaignSummary> all) {
        compare.removeAll();
        if (all.size() > 1) {
            compare.add(new CampaignComparisonPanel(comparisons, all, this::title));
        }
    }

    private String title(CampaignSummary c) {
        try {
            return campaigns.template(c).title().get(getLocale());
        } catch (RefusedException e) {
            return c.templateId();
        }
    }

    private String rate(CampaignSummary c) {
        return getTranslation(
                c.targetMet() ? "campaign.rate.met" : "campaign.rate.below",
                String.format(Locale.ROOT, "%.1f", 100 * c.responseRate()),
                String.format(Locale.ROOT, "%.0f", 100 * c.targetRate()));
    }

    /** The campaigns drafted for their dated obligations, each filling the form to start it. */
    private void showDrafts() {
        drafts.removeAll();
        LocalDate today = LocalDate.now(Formats.zone());
        for (CampaignDrafts.Draft draft : campaignDrafts.waiting()) {
            Button use = new Button(getTranslation("campaign.draft.use"), e -> {
                unit.getListDataView()
                        .getItems()
                        .filter(u -> u.id() == draft.businessUnitId())
                        .findFirst()
                        .ifPresent(unit::setValue);
                template.getListDataView()
                        .getItems()
                        .filter(t -> t.id().equals(draft.template().id()))
                        .findFirst()
                        .ifPresent(template::setValue);
                ends.setValue(draft.dueOn().isAfter(today) ? draft.dueOn() : today.plusDays(14));
            });
            use.setId("campaign-draft-use-" + draft.id());
            Paragraph line = new Paragraph(getTranslation(
                    draft.dueOn().isBefore(today) ? "campaign.draft.overdue" : "campaign.draft.line",
                    draft.template().title().get(getLocale()),
                    String.valueOf(draft.unitName()),
                    draft.dueOn().toString()));
            line.setId("campaign-draft-" + draft.id());
            HorizontalLayout row = new HorizontalLayout(line, use);
            row.setAlignItems(Alignment.BASELINE);
            drafts.add(row);
        }
    }

    private void start() {
        double share = focus.getValue() == null ? -1 : focus.getValue() / 100.0;
        double rate = sample.getValue() == null ? -1 : sample.getValue() / 100.0;
        double goal = target.getValue() == null ? -1 : target.getValue() / 100.0;
        try {
            CampaignSummary started = campaigns.start(
                    unit.getValue() == null ? -1 : unit.getValue().id(),
                    template.getValue() == null ? null : template.getValue().id(),
                    share,
                    rate,
                    goal,
                    ends.getValue());
            status.setText(getTranslation("campaign.started", started.members(), started.candidates()));
            refresh();
            showDrafts();
            show(started.id());
        } catch (InvalidInputException e) {
            status.setText(e.problems().stream().map(this::getTranslation).collect(Collectors.joining(" ")));
        }
    }

    void show(long id) {
        shown = id;
        CampaignSummary c = campaigns.get(id);
        detail.removeAll();
        detail.add(new H2(title(c) + " · " + c.unitName()));
        Paragraph rate = new Paragraph(rate(c) + " · "
                + getTranslation(
                        "campaign.numbers",
                        Math.round(100 * c.focusShare()),
                        Math.round(100 * c.sampleRate()),
                        c.candidates(),
                        String.valueOf(c.seed()),
                        c.reminderWaves()));
        rate.setId("campaign-rate");
        detail.add(rate, progress(c));
        UnorderedList segments = new UnorderedList();
        segments.setId("campaign-segments");
        c.segments()
                .forEach((segment, counts) -> segments.add(new ListItem(getTranslation("campaign.segment." + segment)
                        + ": " + getTranslation("campaign.segment.counts", counts[0], counts[1]))));
        detail.add(segments);
        Button remind = new Button(getTranslation("campaign.remind"), e -> {
            int sent = campaigns.remind(id);
            Problems.success(getTranslation("campaign.reminded", sent));
            show(id);
        });
        remind.setId("campaign-remind");
        Anchor excel = new Anchor(
                Downloads.of(event -> {
                    byte[] bytes = CampaignWorkbook.of(
                            c,
                            campaigns.results(id, getLocale()),
                            campaigns.members(id),
                            (key, args) -> getTranslation(key, args));
                    return new DownloadResponse(
                            new java.io.ByteArrayInputStream(bytes),
                            "campaign-" + id + ".xlsx",
                            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                            bytes.length);
                }),
                getTranslation("report.export-xlsx"));
        excel.setId("campaign-export");
        detail.add(new HorizontalLayout(remind, excel));
        detail.add(new H3(getTranslation("campaign.results")));
        Div results = new Div();
        results.setId("campaign-results");
        for (CampaignResult result : campaigns.results(id, getLocale())) {
            results.add(new Paragraph(result.question()
                    + (Double.isNaN(result.mean())
                            ? ""
                            : " · " + getTranslation("campaign.mean") + " "
                                    + String.format(Locale.ROOT, "%.2f", result.mean()))));
            UnorderedList rows = new UnorderedList();
            for (CampaignResult.Row row : result.rows()) {
                rows.add(new ListItem(("answered".equals(row.choiceId())
                                ? getTranslation("campaign.answered")
                                : row.label())
                        + ": " + row.total() + " ("
                        + row.byGroup().entrySet().stream()
                                .map(e -> getTranslation("campaign.segment." + e.getKey()) + " " + e.getValue())
                                .collect(Collectors.joining("，"))
                        + ")"));
            }
            results.add(rows);
        }
        detail.add(results);
        detail.add(new H3(getTranslation("campaign.sample-list")));
        Grid<CampaignMember> members = new Grid<>();
        members.setId("campaign-members");
        members.addColumn(CampaignMember::customerName)
                .setHeader(getTranslation("campaign.member"))
                .setAutoWidth(true);
        members.addColumn(m -> getTranslation("campaign.segment." + m.segment()))
                .setHeader(getTranslation("campaign.segment"))
                .setAutoWidth(true);
        members.addColumn(m -> CampaignWorkbook.why(m, (key, args) -> getTranslation(key, args)))
                .setHeader(getTranslation("campaign.why"))
                .setAutoWidth(true);
        members.addColumn(m -> getTranslation(m.state().messageKey()))
                .setHeader(getTranslation("survey.state"))
                .setAutoWidth(true);
        members.addColumn(m -> m.rating() == null ? "" : "★".repeat(m.rating()))
                .setHeader(getTranslation("survey.rating"))
                .setAutoWidth(true);
        members.setItems(campaigns.members(id));
        members.setHeight("24em");
        detail.add(members);
    }

    /** The response rate as a bar, the target as a line across it; the figures are in the text above. */
    private Html progress(CampaignSummary c) {
        int width = 480;
        int done = (int) Math.round(width * Math.min(1, c.responseRate()));
        int goal = (int) Math.round(width * c.targetRate());
        return new Html("<svg xmlns='http://www.w3.org/2000/svg' role='img' id='campaign-progress' viewBox='0 0 "
                + (width + 2) + " 28' width='100%' style='max-width:" + (width + 2) + "px'><title>"
                + escape(rate(c)) + "</title><rect x='1' y='6' width='" + width + "' height='16' rx='3'"
                + " fill='var(--lumo-contrast-10pct, #eee)'/><rect x='1' y='6' width='" + done + "' height='16' rx='3'"
                + " fill='"
                + (c.targetMet() ? "var(--lumo-success-color, #2e7d32)" : "var(--lumo-primary-color, #1a73e8)")
                + "'/><line x1='" + (goal + 1) + "' x2='" + (goal + 1) + "' y1='2' y2='26' stroke='currentColor'"
                + " stroke-width='2'/></svg>");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("'", "&#39;");
    }
}
