package com.siteline.portal.ui;

import com.siteline.base.RefusedException;
import com.siteline.portal.CustomerPortal;
import com.siteline.portal.PortalAccess;
import com.siteline.project.FieldError;
import com.siteline.project.FormValidationException;
import com.siteline.survey.SurveyAnswers;
import com.siteline.survey.ui.SurveyQuestions;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;

/** A survey answered in the portal ({@code portal/surveys/<id>}): the same questions as the personal link's page. */
@Route(value = "portal/surveys/:id", autoLayout = false)
@AnonymousAllowed
public class PortalSurveyPage extends PortalScreen {

    private long surveyId;
    /** The survey shown (null: none open for the customer). */
    private SurveyAnswers.PortalSurvey open;

    private SurveyQuestions questions;
    private Map<String, Object> typed = Map.of();

    public PortalSurveyPage(CustomerPortal portal, PortalAccess access) {
        super(portal, access);
        setId("portal-survey");
    }

    @Override
    protected void enter(BeforeEnterEvent event) {
        surveyId = com.siteline.base.ui.RouteIds.of(event.getRouteParameters(), "id");
        // read once on entering: a foreign survey's attempt is recorded once, not again when the page redraws
        open = portal.survey(session, surveyId, client()).orElse(null);
        render();
    }

    @Override
    protected void render() {
        if (questions != null) {
            typed = questions.values();
        }
        removeAll();
        add(bar(), home());
        if (open == null) {
            Paragraph none = new Paragraph(getTranslation("portal.survey.none"));
            none.setId("portal-not-found");
            add(none);
            questions = null;
            return;
        }
        add(new H2(open.survey().template().title().get(getLocale())));
        add(new Paragraph(getTranslation(
                "survey.page.greeting",
                open.survey().customerName(),
                open.survey().subject())));
        questions = new SurveyQuestions(open.survey().template(), open.survey().poorAtOrBelow(), getLocale());
        typed.forEach(this::fill);
        Paragraph status = new Paragraph();
        status.setId("portal-survey-status");
        Button send = new Button(getTranslation("survey.page.submit"), e -> {
            try {
                portal.answerSurvey(session, surveyId, questions.values(), client());
                removeAll();
                add(bar(), home());
                Paragraph thanks = new Paragraph(getTranslation("survey.page.thanks"));
                thanks.setId("portal-survey-thanks");
                add(thanks);
                questions = null;
                typed = Map.of();
                open = null;
            } catch (FormValidationException invalid) {
                questions.show(invalid.errors(), this::message);
                status.setText(getTranslation("survey.page.fix"));
            } catch (RefusedException refused) {
                refused(refused, status);
            }
        });
        send.setId("portal-survey-send");
        send.addClassName("siteline-portal-wide");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(questions, status, send);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void fill(String id, Object value) {
        var field = questions.field(id);
        if (field != null) {
            ((com.vaadin.flow.component.HasValue) field)
                    .setValue(value instanceof java.util.List<?> list ? new java.util.LinkedHashSet<>(list) : value);
        }
    }

    private String message(FieldError error) {
        return error.pluginText() != null
                ? error.pluginText().get(getLocale())
                : getTranslation(error.messageKey(), error.params().toArray());
    }
}
