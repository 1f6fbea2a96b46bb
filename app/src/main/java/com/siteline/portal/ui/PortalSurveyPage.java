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
import java.util.Optional;

/** A survey answered in the portal ({@code portal/surveys/<id>}): the same questions as the personal link's page. */
@Route(value = "portal/surveys/:id", autoLayout = false)
@AnonymousAllowed
public class PortalSurveyPage extends PortalScreen {

    private long surveyId;
    private SurveyQuestions questions;
    private Map<String, Object> typed = Map.of();

    public PortalSurveyPage(CustomerPortal portal, PortalAccess access) {
        super(portal, access);
        setId("portal-survey");
    }

    @Override
    protected void enter(BeforeEnterEvent event) {
        surveyId = PortalIds.of(event.getRouteParameters(), "id");
        render();
    }

    @Override
    protected void render() {
        if (questions != null) {
            typed = questions.values();
        }
        removeAll();
        add(bar(), home());
        Optional<SurveyAnswers.PortalSurvey> open =
                portal.surveys(session).stream().filter(s -> s.id() == surveyId).findFirst();
        if (open.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("portal.survey.none"));
            none.setId("portal-not-found");
            add(none);
            questions = null;
            return;
        }
        add(new H2(open.get().survey().template().title().get(getLocale())));
        add(new Paragraph(getTranslation(
                "survey.page.greeting",
                open.get().survey().customerName(),
                open.get().survey().subject())));
        questions = new SurveyQuestions(
                open.get().survey().template(), open.get().survey().poorAtOrBelow(), getLocale());
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
