package com.siteline.survey;

import com.siteline.notification.CustomerReplied;
import com.siteline.project.FormValidationException;
import com.siteline.sdk.FieldSpec;
import com.siteline.sdk.SurveyTemplate;
import com.siteline.survey.internal.SurveyRequest;
import com.siteline.survey.internal.SurveyRequestRepository;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A digit from 1 to 5 sent back to a survey message (the message says the customer may answer so) is the rating of
 * the customer's newest open survey: stored as their answer by that channel, with the follow-up of a poor one. A
 * survey with other required questions cannot be answered by a digit: the answer stays in the customer's log and the
 * link still works.
 */
@Component
class SurveyReplies {

    private static final Logger log = LoggerFactory.getLogger(SurveyReplies.class);
    private static final Pattern DIGIT = Pattern.compile("^\\s*([1-5])\\s*[。.！!]?\\s*$");

    private final SurveyRequestRepository requests;
    private final SurveyTemplates templates;
    private final SurveyAnswers answers;

    SurveyReplies(SurveyRequestRepository requests, SurveyTemplates templates, SurveyAnswers answers) {
        this.requests = requests;
        this.templates = templates;
        this.answers = answers;
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(CustomerReplied reply) {
        if (!reply.kind().startsWith("SURVEY")) {
            return;
        }
        Matcher digit = DIGIT.matcher(reply.text());
        if (!digit.matches()) {
            return;
        }
        Optional<SurveyRequest> open = requests.findByCustomerIdOrderByCreatedAtDesc(reply.customerId()).stream()
                .filter(r -> r.getState().answerable())
                .findFirst();
        if (open.isEmpty()) {
            return;
        }
        SurveyRequest request = open.get();
        Optional<SurveyTemplate> template =
                templates.find(request.getVariantId(), request.getTemplateId(), request.getTemplateVersion());
        Optional<FieldSpec> scale = template.flatMap(
                t -> t.questions().stream().filter(SurveyTemplates::isScale).findFirst());
        if (scale.isEmpty()) {
            return;
        }
        try {
            answers.store(request, Map.of(scale.get().id(), digit.group(1)), reply.channel(), "customer", null, null);
        } catch (FormValidationException e) {
            log.info(
                    "Survey {} asks more than a rating: the answer {} stays in the log", request.getId(), reply.text());
        }
    }
}
