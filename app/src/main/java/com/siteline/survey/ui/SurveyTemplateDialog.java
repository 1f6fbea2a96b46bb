package com.siteline.survey.ui;

import com.siteline.base.InputProblems;
import com.siteline.base.InvalidInputException;
import com.siteline.base.RefusedException;
import com.siteline.base.ui.Problems;
import com.siteline.survey.CustomSurveyTemplates;
import com.siteline.survey.CustomSurveyTemplates.QuestionDraft;
import com.siteline.survey.CustomSurveyTemplates.QuestionKind;
import com.siteline.survey.CustomSurveyTemplates.TemplateDraft;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;

/**
 * An administrator's survey template: titles, who is asked, the rates, and its questions (a five-point rating
 * with reasons offered after a low score, single or multiple choice, free text) in zh-CN and English. Saving an
 * existing one stores a new version. A problem is marked at its field; nothing typed is lost.
 */
class SurveyTemplateDialog extends Dialog {

    final TextField titleZh = text("template-title-zh", "survey-template.title-zh");
    final TextField titleEn = text("template-title-en", "survey-template.title-en");
    final TextField groupZh = text("template-group-zh", "survey-template.group-zh");
    final TextField groupEn = text("template-group-en", "survey-template.group-en");
    final IntegerField sample = new IntegerField();
    final IntegerField minimum = new IntegerField();
    final List<QuestionRow> rows = new ArrayList<>();
    private final Div questions = new Div();
    /** Rows made so far: each row's fields are numbered by it ("template-q3-choices"). */
    private int made;

    /** @param id the template a new version is made of, or null; {@code draft} what it holds now, or null */
    SurveyTemplateDialog(CustomSurveyTemplates templates, String id, TemplateDraft draft, Runnable saved) {
        setId("template-dialog");
        setWidth("min(760px, 100vw)");
        setHeaderTitle(getTranslation(id == null ? "survey-template.new" : "survey-template.new-version"));
        sample.setId("template-sample");
        sample.setLabel(getTranslation("survey-template.sample"));
        sample.setMin(1);
        sample.setMax(100);
        sample.setSuffixComponent(new Div("%"));
        minimum.setId("template-minimum");
        minimum.setLabel(getTranslation("survey-template.minimum"));
        minimum.setMin(0);
        minimum.setMax(100);
        minimum.setSuffixComponent(new Div("%"));
        questions.setId("template-questions");
        questions.setWidthFull();
        if (draft == null) {
            sample.setValue(100);
            minimum.setValue(30);
            addRow(new QuestionDraft(QuestionKind.RATING, "", "", true, "", ""));
        } else {
            titleZh.setValue(orEmpty(draft.titleZh()));
            titleEn.setValue(orEmpty(draft.titleEn()));
            groupZh.setValue(orEmpty(draft.groupZh()));
            groupEn.setValue(orEmpty(draft.groupEn()));
            sample.setValue(draft.samplePercent());
            minimum.setValue(draft.minimumPercent());
            draft.questions().forEach(this::addRow);
        }
        Button add = new Button(
                getTranslation("survey-template.add-question"),
                click -> addRow(new QuestionDraft(QuestionKind.SINGLE, "", "", false, "", "")));
        add.setId("template-add-question");
        add(
                new FormLayout(titleZh, titleEn, groupZh, groupEn, sample, minimum),
                new H3(getTranslation("survey-template.questions")),
                questions,
                add);
        Button save = new Button(getTranslation("action.save"), click -> save(templates, id, saved));
        save.setId("template-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        getFooter().add(cancel, save);
    }

    private void save(CustomSurveyTemplates templates, String id, Runnable saved) {
        TemplateDraft draft = draft();
        Problems.mark(
                this,
                CustomSurveyTemplates.problemsOf(draft).all(),
                Problems.at(titleZh, TemplateDraft.Field.TITLE_ZH),
                Problems.at(titleEn, TemplateDraft.Field.TITLE_EN),
                Problems.at(groupZh, TemplateDraft.Field.GROUP_ZH),
                Problems.at(groupEn, TemplateDraft.Field.GROUP_EN),
                Problems.at(sample, TemplateDraft.Field.SAMPLE_PERCENT),
                Problems.at(minimum, TemplateDraft.Field.MINIMUM_PERCENT));
        boolean firstRating = true;
        for (QuestionRow row : rows) {
            row.show(CustomSurveyTemplates.problemsOf(row.draft(), firstRating));
            firstRating &= row.kind.getValue() != QuestionKind.RATING;
        }
        try {
            templates.save(id, draft);
            saved.run();
            close();
        } catch (InvalidInputException e) {
            Problems.show(this, e);
        } catch (RefusedException e) {
            Problems.show(this, e);
        }
    }

    TemplateDraft draft() {
        return new TemplateDraft(
                titleZh.getValue(),
                titleEn.getValue(),
                groupZh.getValue(),
                groupEn.getValue(),
                sample.getValue(),
                minimum.getValue(),
                rows.stream().map(QuestionRow::draft).toList());
    }

    QuestionRow addRow(QuestionDraft draft) {
        QuestionRow row = new QuestionRow(draft, ++made);
        rows.add(row);
        questions.add(row);
        return row;
    }

    private TextField text(String id, String labelKey) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setId(id);
        field.setMaxLength(CustomSurveyTemplates.MAX_TEXT + 50);
        return field;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    /** One question's fields; the choices show for choice questions, the reasons for a rating. */
    final class QuestionRow extends Div {
        final Select<QuestionKind> kind = new Select<>();
        final TextField labelZh = new TextField();
        final TextField labelEn = new TextField();
        final Checkbox required = new Checkbox();
        final TextArea choices = new TextArea();
        final TextArea reasons = new TextArea();

        QuestionRow(QuestionDraft draft, int number) {
            addClassName("siteline-template-question");
            setId("template-question-" + number);
            String prefix = "template-q" + number + "-";
            kind.setId(prefix + "kind");
            labelZh.setId(prefix + "label-zh");
            labelEn.setId(prefix + "label-en");
            required.setId(prefix + "required");
            choices.setId(prefix + "choices");
            reasons.setId(prefix + "reasons");
            kind.setLabel(getTranslation("survey-template.kind"));
            kind.setItems(QuestionKind.values());
            kind.setItemLabelGenerator(k -> getTranslation(k.messageKey()));
            labelZh.setLabel(getTranslation("survey-template.label-zh"));
            labelEn.setLabel(getTranslation("survey-template.label-en"));
            required.setLabel(getTranslation("survey-template.required"));
            choices.setLabel(getTranslation("survey-template.choices"));
            choices.setHelperText(getTranslation("survey-template.lines-help"));
            choices.setWidthFull();
            reasons.setLabel(getTranslation("survey-template.reasons"));
            reasons.setHelperText(getTranslation("survey-template.lines-help"));
            reasons.setWidthFull();
            kind.setValue(draft.kind());
            labelZh.setValue(orEmpty(draft.labelZh()));
            labelEn.setValue(orEmpty(draft.labelEn()));
            required.setValue(draft.required());
            choices.setValue(orEmpty(draft.choices()));
            reasons.setValue(orEmpty(draft.reasons()));
            kind.addValueChangeListener(e -> showParts());
            Button remove = new Button(getTranslation("survey-template.remove"), click -> {
                rows.remove(this);
                questions.remove(this);
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            FormLayout form = new FormLayout(kind, required, labelZh, labelEn, choices, reasons);
            form.setColspan(choices, 2);
            form.setColspan(reasons, 2);
            add(form, remove);
            showParts();
        }

        private void showParts() {
            QuestionKind k = kind.getValue();
            choices.setVisible(k == QuestionKind.SINGLE || k == QuestionKind.MULTIPLE);
            reasons.setVisible(k == QuestionKind.RATING);
        }

        QuestionDraft draft() {
            return new QuestionDraft(
                    kind.getValue(),
                    labelZh.getValue(),
                    labelEn.getValue(),
                    required.getValue(),
                    choices.getValue(),
                    reasons.getValue());
        }

        void show(InputProblems problems) {
            Problems.mark(
                    this,
                    problems.all(),
                    Problems.at(kind, QuestionDraft.Field.KIND),
                    Problems.at(labelZh, QuestionDraft.Field.LABEL_ZH),
                    Problems.at(labelEn, QuestionDraft.Field.LABEL_EN),
                    Problems.at(choices, QuestionDraft.Field.CHOICES),
                    Problems.at(reasons, QuestionDraft.Field.REASONS));
        }
    }
}
