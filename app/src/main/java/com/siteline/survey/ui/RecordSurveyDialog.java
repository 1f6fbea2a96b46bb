package com.siteline.survey.ui;

import com.siteline.base.RefusedException;
import com.siteline.base.ui.Problems;
import com.siteline.project.FieldError;
import com.siteline.project.FormValidationException;
import com.siteline.survey.SurveyService;
import com.siteline.survey.SurveySummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.function.Consumer;
import org.springframework.dao.OptimisticLockingFailureException;

/** An agent records the customer's answers from a phone call; a problem is marked at its question, nothing typed is lost. */
class RecordSurveyDialog extends Dialog {

    private final transient SurveyService surveys;
    private final SurveySummary survey;
    private final SurveyQuestions questions;
    private final Paragraph status = new Paragraph();

    RecordSurveyDialog(SurveyService surveys, SurveySummary survey, Consumer<SurveySummary> onSaved) {
        this.surveys = surveys;
        this.survey = survey;
        setId("survey-dialog");
        setHeaderTitle(getTranslation("survey.dialog.title", survey.customerName()));
        questions = new SurveyQuestions(surveys.template(survey), surveys.poorAtOrBelow(), getLocale());
        status.setId("survey-dialog-status");
        add(questions, status);
        Button save = new Button(getTranslation("survey.dialog.save"), e -> save(onSaved));
        save.setId("survey-dialog-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("survey.dialog.cancel"), e -> close());
        getFooter().add(cancel, save);
    }

    SurveyQuestions questions() {
        return questions;
    }

    private void save(Consumer<SurveySummary> onSaved) {
        try {
            SurveySummary saved = surveys.record(survey.id(), survey.version(), questions.values());
            Problems.success(getTranslation("survey.recorded"));
            close();
            onSaved.accept(saved);
        } catch (FormValidationException e) {
            questions.show(e.errors(), this::message);
            status.setText(getTranslation("survey.page.fix"));
        } catch (OptimisticLockingFailureException e) {
            status.setText(getTranslation("conflict.saved-by-other"));
        } catch (RefusedException e) {
            status.setText(Problems.text(this, e.message()));
        }
    }

    private String message(FieldError error) {
        return error.pluginText() != null
                ? error.pluginText().get(getLocale())
                : getTranslation(error.messageKey(), error.params().toArray());
    }
}
