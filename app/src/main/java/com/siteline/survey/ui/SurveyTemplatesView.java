package com.siteline.survey.ui;

import com.siteline.base.ui.Formats;
import com.siteline.base.ui.ViewFrame;
import com.siteline.organization.Role;
import com.siteline.survey.CustomSurveyTemplates;
import com.siteline.survey.CustomSurveyTemplates.TemplateSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The administrators' survey templates (admin/survey-templates): every version of each, who made it and when;
 * a new template, a new version of one (opened from its row), retiring one. Campaigns in every unit offer the
 * latest version of each template not retired, beside the unit's plugins' own.
 */
@Route("admin/survey-templates")
@RolesAllowed(Role.Names.ADMIN)
@Menu(title = "nav.admin.survey-templates", order = 90.8, icon = "vaadin:clipboard-text")
public class SurveyTemplatesView extends ViewFrame implements LocaleChangeObserver {

    private final transient CustomSurveyTemplates templates;
    final Grid<TemplateSummary> grid = new Grid<>();
    /** Each template's latest version: only that one is edited or retired from its row. */
    private final Map<String, Integer> latest = new HashMap<>();

    public SurveyTemplatesView(CustomSurveyTemplates templates) {
        super("survey-template.page");
        this.templates = templates;
        setId("survey-templates");
        grid.setId("template-grid");
        grid.setAllRowsVisible(true);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        removeAll();
        grid.removeAllColumns();
        Locale locale = getLocale();
        add(new Paragraph(getTranslation("survey-template.intro")));
        Button create = new Button(getTranslation("survey-template.new"), click -> open(null));
        create.setId("template-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.addColumn(t -> Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? t.titleEn() : t.titleZh())
                .setHeader(getTranslation("survey-template.title-column"))
                .setAutoWidth(true)
                .setFlexGrow(1);
        grid.addColumn(TemplateSummary::id)
                .setHeader(getTranslation("survey-template.id"))
                .setAutoWidth(true);
        grid.addColumn(TemplateSummary::version)
                .setHeader(getTranslation("survey-template.version"))
                .setAutoWidth(true);
        grid.addColumn(TemplateSummary::questions)
                .setHeader(getTranslation("survey-template.questions"))
                .setAutoWidth(true);
        grid.addColumn(t -> getTranslation(t.active() ? "survey-template.active" : "survey-template.retired"))
                .setHeader(getTranslation("survey-template.state"))
                .setAutoWidth(true);
        grid.addColumn(TemplateSummary::createdBy)
                .setHeader(getTranslation("survey-template.created-by"))
                .setAutoWidth(true);
        grid.addColumn(t -> Formats.minute(t.createdAt()))
                .setHeader(getTranslation("survey-template.created-at"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions)
                .setHeader(getTranslation("survey-template.actions"))
                .setAutoWidth(true);
        add(create, grid);
        refresh();
    }

    private HorizontalLayout actions(TemplateSummary t) {
        HorizontalLayout actions = new HorizontalLayout();
        if (!t.active()) {
            actions.add(new Span("–"));
            return actions;
        }
        if (latest.getOrDefault(t.id(), 0) == t.version()) {
            Button edit = new Button(getTranslation("survey-template.new-version"), click -> open(t));
            edit.setId("template-edit-" + t.id());
            Button retire = new Button(getTranslation("survey-template.retire"), click -> {
                templates.retire(t.id());
                refresh();
            });
            retire.setId("template-retire-" + t.id());
            retire.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            actions.add(edit, retire);
        }
        return actions;
    }

    void open(TemplateSummary template) {
        new SurveyTemplateDialog(
                        templates,
                        template == null ? null : template.id(),
                        template == null ? null : template.draft(),
                        this::refresh)
                .open();
    }

    private void refresh() {
        List<TemplateSummary> all = templates.all();
        latest.clear();
        all.forEach(t -> latest.merge(t.id(), t.version(), Math::max));
        grid.setItems(all);
    }
}
