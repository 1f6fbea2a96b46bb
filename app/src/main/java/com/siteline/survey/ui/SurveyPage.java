package com.siteline.survey.ui;

import com.siteline.base.AppLocales;
import com.siteline.base.RefusedException;
import com.siteline.base.ui.BrandMark;
import com.siteline.project.FieldError;
import com.siteline.project.FormValidationException;
import com.siteline.survey.OpenSurvey;
import com.siteline.survey.SurveyAnswers;
import com.siteline.survey.SurveyTemplates;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Locale;
import java.util.Map;

/**
 * The survey a customer opens from their personal link ({@code survey/<token>}), without signing in: the link
 * is the key, works once and runs out. Made for a phone; zh-CN first, English a tap away. Bad input is marked
 * at its question and nothing typed is lost; a link that no longer works says so and shows nothing else.
 */
@Route(value = "survey", autoLayout = false)
@AnonymousAllowed
public class SurveyPage extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final transient SurveyAnswers answers;
    private final Select<Locale> language = new Select<>();
    private String token;
    private SurveyQuestions questions;
    private Map<String, Object> typed = Map.of();

    public SurveyPage(SurveyAnswers answers) {
        this.answers = answers;
        setId("survey-page");
        addClassName("siteline-survey-page");
        setPadding(false);
        language.setItems(AppLocales.SUPPORTED);
        language.setItemLabelGenerator(locale -> getTranslation("language." + locale.getLanguage()));
        language.setId("survey-language");
        language.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                VaadinSession.getCurrent().setAttribute(AppLocales.SESSION_ATTRIBUTE, event.getValue());
                typed = questions == null ? Map.of() : questions.values();
                UI.getCurrent().setLocale(event.getValue());
                render();
            }
        });
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        this.token = parameter;
        render();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("survey.page.title");
    }

    private void render() {
        removeAll();
        language.setValue(getLocale().getLanguage().equals("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE);
        add(new BrandMark(), language);
        OpenSurvey survey = answers.open(token).orElse(null);
        if (survey == null) {
            gone();
            return;
        }
        Locale locale = getLocale();
        add(new H2(survey.template().title().get(locale)));
        add(new Paragraph(getTranslation("survey.page.greeting", survey.customerName(), survey.subject())));
        questions = new SurveyQuestions(survey.template(), survey.poorAtOrBelow(), locale);
        typed.forEach((id, value) -> fill(id, value));
        Paragraph status = new Paragraph();
        status.setId("survey-status");
        Button send = new Button(getTranslation("survey.page.submit"), e -> send(survey, status));
        send.setId("survey-send");
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

    private void send(OpenSurvey survey, Paragraph status) {
        Map<String, Object> values = questions.values();
        VaadinRequest request = VaadinRequest.getCurrent();
        String ip = request == null ? null : request.getRemoteAddr();
        String agent = request == null ? null : request.getHeader("User-Agent");
        try {
            answers.answer(token, values, ip, agent);
        } catch (FormValidationException e) {
            questions.show(e.errors(), this::message);
            status.setText(getTranslation("survey.page.fix"));
            return;
        } catch (RefusedException | org.springframework.dao.OptimisticLockingFailureException e) {
            gone();
            return;
        }
        Integer rating = SurveyTemplates.ratingOf(survey.template(), values);
        removeAll();
        add(new BrandMark(), language);
        Paragraph thanks = new Paragraph(getTranslation(
                rating != null && rating <= survey.poorAtOrBelow() ? "survey.page.thanks.poor" : "survey.page.thanks"));
        thanks.setId("survey-thanks");
        add(new H2(getTranslation("survey.page.title")), thanks);
    }

    private void gone() {
        removeAll();
        add(new BrandMark(), language);
        Paragraph gone = new Paragraph(getTranslation("survey.page.gone"));
        gone.setId("survey-gone");
        add(new H2(getTranslation("survey.page.title")), gone);
    }

    private String message(FieldError error) {
        return error.pluginText() != null
                ? error.pluginText().get(getLocale())
                : getTranslation(error.messageKey(), error.params().toArray());
    }
}
