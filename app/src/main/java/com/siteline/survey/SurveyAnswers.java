package com.siteline.survey;

import com.siteline.base.CustomerActor;
import com.siteline.base.Message;
import com.siteline.base.RefusedException;
import com.siteline.base.SitelineI18NProvider;
import com.siteline.issue.IssueService;
import com.siteline.notification.Notice;
import com.siteline.notification.NotificationService;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.Role;
import com.siteline.organization.RunAs;
import com.siteline.project.FieldError;
import com.siteline.project.FormRules;
import com.siteline.project.FormValidationException;
import com.siteline.sdk.Choice;
import com.siteline.sdk.FieldSpec;
import com.siteline.sdk.FieldType;
import com.siteline.sdk.SurveyTemplate;
import com.siteline.survey.internal.SurveyCodec;
import com.siteline.survey.internal.SurveyRequest;
import com.siteline.survey.internal.SurveyRequestRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Answers to surveys: from the customer's personal link (no login: the link is the key, single use and
 * expiring) or recorded by an agent. A rating at or below the threshold is followed up once: the case is
 * opened again, its handler told and the unit's managers with the customer's reasons.
 */
@Service
public class SurveyAnswers {

    private final SurveyRequestRepository requests;
    private final SurveyTemplates templates;
    private final SurveySettings settings;
    private final SurveyCodec codec;
    private final IssueService issues;
    private final NotificationService notifications;
    private final OrganizationService organization;
    private final RunAs as;
    private final Clock clock;
    private final SitelineI18NProvider i18n;

    SurveyAnswers(
            SurveyRequestRepository requests,
            SurveyTemplates templates,
            SurveySettings settings,
            SurveyCodec codec,
            @Lazy IssueService issues,
            NotificationService notifications,
            OrganizationService organization,
            RunAs as,
            Clock clock,
            SitelineI18NProvider i18n) {
        this.i18n = i18n;
        this.requests = requests;
        this.templates = templates;
        this.settings = settings;
        this.codec = codec;
        this.issues = issues;
        this.notifications = notifications;
        this.organization = organization;
        this.as = as;
        this.clock = clock;
    }

    /** The survey behind a link, while the link works: sent, not answered, not run out. */
    @Transactional(readOnly = true)
    public Optional<OpenSurvey> open(String token) {
        return live(token)
                .flatMap(r -> templates
                        .find(r.getVariantId(), r.getTemplateId(), r.getTemplateVersion())
                        .map(t -> new OpenSurvey(r.getCustomerName(), r.getSubject(), t, settings.poorAtOrBelow())));
    }

    /**
     * The customer answers through their link, which then no longer opens.
     *
     * @throws FormValidationException when an answer is missing or not allowed (nothing stored, the link still works)
     * @throws RefusedException        when the link does not work (answered, run out, never sent)
     */
    @Transactional
    public void answer(String token, Map<String, Object> values, String ip, String userAgent) {
        SurveyRequest request = live(token).orElseThrow(() -> new RefusedException("survey.refused.link"));
        store(request, values, "link", null, ip, userAgent);
    }

    /** A survey the customer may answer in the customer portal: its request and what the page shows. */
    public record PortalSurvey(long id, OpenSurvey survey) {}

    /**
     * The surveys a customer may answer now (sent, not answered, not run out), for the customer portal, which has
     * proved who the customer is: only that customer may ask.
     */
    @Transactional(readOnly = true)
    @org.springframework.security.access.prepost.PreAuthorize(CustomerActor.SELF)
    public java.util.List<PortalSurvey> openFor(long customerId) {
        Instant now = clock.instant();
        return requests.findByCustomerIdOrderByCreatedAtDesc(customerId).stream()
                .filter(r -> r.getState() == SurveyState.SENT
                        && r.getExpiresAt() != null
                        && r.getExpiresAt().isAfter(now))
                .flatMap(r -> templates.find(r.getVariantId(), r.getTemplateId(), r.getTemplateVersion()).stream()
                        .map(t -> new PortalSurvey(
                                r.getId(),
                                new OpenSurvey(r.getCustomerName(), r.getSubject(), t, settings.poorAtOrBelow()))))
                .toList();
    }

    /** Whether a survey (open, answered or run out) was sent to this customer: the portal asks it of a survey not open. */
    @Transactional(readOnly = true)
    @org.springframework.security.access.prepost.PreAuthorize(CustomerActor.SELF)
    public boolean sentTo(long customerId, long requestId) {
        return requests.findById(requestId)
                .map(r -> r.getCustomerId() == customerId)
                .orElse(false);
    }

    /**
     * The customer answers one of their open surveys in the portal (their personal link then no longer opens).
     *
     * @throws FormValidationException when an answer is missing or not allowed (nothing stored)
     * @throws RefusedException        when it is not theirs or no longer open
     */
    @Transactional
    @org.springframework.security.access.prepost.PreAuthorize(CustomerActor.SELF)
    public void answerInPortal(
            long customerId, long requestId, Map<String, Object> values, String ip, String userAgent) {
        Instant now = clock.instant();
        SurveyRequest request = requests.findById(requestId)
                .filter(r -> r.getCustomerId() == customerId)
                .filter(r -> r.getState() == SurveyState.SENT
                        && r.getExpiresAt() != null
                        && r.getExpiresAt().isAfter(now))
                .orElseThrow(() -> new RefusedException("survey.refused.link"));
        store(request, values, "portal", null, ip, userAgent);
    }

    /** The free-text answers, joined: what the customer wrote in words (searched). */
    static String comments(SurveyTemplate template, Map<String, Object> kept) {
        String text = template.questions().stream()
                .filter(q -> q.type() == FieldType.LONG_TEXT || q.type() == FieldType.SHORT_TEXT)
                .map(q -> kept.get(q.id()))
                .filter(v -> v instanceof String s && !s.isBlank())
                .map(v -> ((String) v).strip())
                .collect(java.util.stream.Collectors.joining(" / "));
        return text.isEmpty() ? null : text;
    }

    /** Checks, stores and follows up an answer on a request that is still open; used by both paths. */
    @Transactional
    void store(SurveyRequest request, Map<String, Object> values, String channel, String by, String ip, String agent) {
        if (!request.getState().answerable()) {
            throw new RefusedException("survey.refused.not-open", Message.key("survey.state.", request.getState()));
        }
        SurveyTemplate template = templates
                .find(request.getVariantId(), request.getTemplateId(), request.getTemplateVersion())
                .orElseThrow(() -> new RefusedException("survey.refused.template"));
        Map<String, Object> kept = check(template, values, settings.poorAtOrBelow());
        Integer rating = SurveyTemplates.ratingOf(template, kept);
        Instant now = clock.instant();
        request.answered(codec.write(kept), comments(template, kept), rating, channel, by, ip, agent, now);
        if (rating != null && settings.poor(rating) && request.getPoorFollowedAt() == null) {
            request.poorFollowed(now);
            followUp(request, template, kept, rating);
        }
        requests.saveAndFlush(request);
    }

    /**
     * The answers as stored: only the template's questions, blanks left out, the reasons only with a poor
     * rating. Refused with each field's problem when a required answer is missing or a value is not allowed.
     */
    static Map<String, Object> check(SurveyTemplate template, Map<String, Object> values, int poorAtOrBelow) {
        Map<String, Object> kept = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>();
        Integer rating = null;
        for (FieldSpec question : template.questions()) {
            Object value = values.get(question.id());
            if (value instanceof Collection<?> many) {
                value = List.copyOf(
                        new LinkedHashSet<>(many.stream().map(Object::toString).toList()));
            } else if (value instanceof String text) {
                value = text.strip();
            }
            if (SurveyTemplates.onlyWhenPoor(question) && (rating == null || rating > poorAtOrBelow)) {
                continue;
            }
            FormRules.check(question, value).ifPresent(errors::add);
            if (!FormRules.isEmpty(question, value)) {
                kept.put(question.id(), value);
                if (rating == null && SurveyTemplates.isScale(question) && errors.isEmpty()) {
                    rating = Integer.valueOf(value.toString());
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new FormValidationException(errors);
        }
        return kept;
    }

    /** Reopens the case (as the system) and, once committed, tells the handler and the unit's managers. */
    private void followUp(SurveyRequest request, SurveyTemplate template, Map<String, Object> answers, int rating) {
        String words = reasons(template, answers, Locale.SIMPLIFIED_CHINESE);
        Long about = request.getIssueId();
        if (request.getIssueId() != null) {
            as.system(() -> issues.reopenForCustomer(request.getIssueId(), "★" + rating + "/5 " + words));
        } else if (request.getTrigger() == SurveyTrigger.PROJECT_COMPLETED) {
            // a poor rating of a completed project is a complaint about it, raised for the customer
            String title = i18n.getTranslation(
                    "survey.complaint.title", Locale.SIMPLIFIED_CHINESE, request.getSubject(), String.valueOf(rating));
            about = as.system(() -> issues.raiseForCustomer(
                    request.getCustomerId(),
                    request.getProjectId(),
                    request.getVariantId(),
                    title,
                    "★" + rating + "/5 " + words));
        }
        Long issueId = about;
        Set<String> recipients = new LinkedHashSet<>();
        if (request.getHandler() != null) {
            recipients.add(request.getHandler());
        }
        recipients.addAll(organization.usersWithRole(request.getBusinessUnitId(), Role.MANAGER));
        Runnable tell = () -> recipients.forEach(user -> notifications.send(new Notice(
                user,
                issueId,
                "SURVEY_POOR",
                "survey-poor-" + request.getId() + "-" + user,
                List.of(
                        Message.value(request.getSubject()),
                        Message.value(rating),
                        Message.value(request.getCustomerName()),
                        Message.value(words)))));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    tell.run();
                }
            });
        } else {
            tell.run();
        }
    }

    /** The customer's reasons and comment in words, for the reopened case and the notices. */
    static String reasons(SurveyTemplate template, Map<String, Object> answers, Locale locale) {
        List<String> parts = new ArrayList<>();
        for (FieldSpec question : template.questions()) {
            Object value = answers.get(question.id());
            if (value == null || SurveyTemplates.isScale(question)) {
                continue;
            }
            if (value instanceof Collection<?> picked) {
                parts.add(String.join(
                        "、",
                        picked.stream()
                                .map(id -> label(question, id.toString(), locale))
                                .toList()));
            } else if (!question.choices().isEmpty()) {
                parts.add(label(question, value.toString(), locale));
            } else {
                parts.add("“" + value + "”");
            }
        }
        return String.join("；", parts);
    }

    private static String label(FieldSpec question, String id, Locale locale) {
        return question.choices().stream()
                .filter(c -> c.id().equals(id))
                .map(Choice::label)
                .map(l -> l.get(locale))
                .findFirst()
                .orElse(id);
    }

    private Optional<SurveyRequest> live(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return requests.findByTokenHash(SurveyCodec.hash(token))
                .filter(r -> r.getState() == SurveyState.SENT
                        && r.getExpiresAt() != null
                        && r.getExpiresAt().isAfter(now));
    }
}
