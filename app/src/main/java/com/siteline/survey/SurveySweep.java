package com.siteline.survey;

import com.siteline.base.SitelineI18NProvider;
import com.siteline.communication.CommunicationService;
import com.siteline.customer.CustomerDetails;
import com.siteline.customer.CustomerService;
import com.siteline.issue.IssueQueries;
import com.siteline.issue.IssueStatus;
import com.siteline.notification.CustomerMessages;
import com.siteline.survey.internal.SurveyCodec;
import com.siteline.survey.internal.SurveyRequest;
import com.siteline.survey.internal.SurveyRequestRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The survey timer's work (db-scheduler, one node at a time): sends the surveys whose delay has passed, if
 * their case is still closed, the customer was spoken with and was not asked within the throttle period;
 * sends the one reminder (a new link: the first no longer opens); lets unanswered links run out. Each request
 * is handled in its own transaction and claimed by its version, so no request is sent twice.
 */
@Service
public class SurveySweep {

    static final int BATCH = 500;

    /** What one sweep did. */
    public record Result(int sent, int reminded, int expired, int withheld) {}

    private final SurveyRequestRepository requests;
    private final SurveySettings settings;
    private final SurveyTemplates templates;
    private final IssueQueries issues;
    private final CommunicationService communications;
    private final CustomerService customers;
    private final CustomerMessages messages;
    private final SitelineI18NProvider i18n;
    private final Clock clock;
    private final TransactionTemplate transaction;

    SurveySweep(
            SurveyRequestRepository requests,
            SurveySettings settings,
            SurveyTemplates templates,
            IssueQueries issues,
            CommunicationService communications,
            CustomerService customers,
            CustomerMessages messages,
            SitelineI18NProvider i18n,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.requests = requests;
        this.settings = settings;
        this.templates = templates;
        this.issues = issues;
        this.communications = communications;
        this.customers = customers;
        this.messages = messages;
        this.i18n = i18n;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** One sweep (as the system): what is due now. */
    public Result run(Instant now) {
        int[] counts = new int[4];
        for (long id : requests.due(now, PageRequest.of(0, BATCH))) {
            each(
                    id,
                    r -> r.getState() == SurveyState.SCHEDULED
                            && r.getDueAt() != null
                            && !r.getDueAt().isAfter(now),
                    r -> counts[send(r, now) ? 0 : 3]++);
        }
        for (long id : requests.toRemind(now.minus(settings.reminderAfter()), now, PageRequest.of(0, BATCH))) {
            each(id, r -> r.getState() == SurveyState.SENT && r.getRemindedAt() == null, r -> {
                String token = SurveyCodec.newToken();
                r.reminded(SurveyCodec.hash(token), now);
                message(r, token, "SURVEY_REMINDER", "survey.message.reminder", now);
                counts[1]++;
            });
        }
        for (long id : requests.expired(now, PageRequest.of(0, BATCH))) {
            each(id, r -> r.getState() == SurveyState.SENT && !r.getExpiresAt().isAfter(now), r -> {
                r.end(SurveyState.EXPIRED, null);
                counts[2]++;
            });
        }
        return new Result(counts[0], counts[1], counts[2], counts[3]);
    }

    /**
     * Runs one request's step in its own transaction if it is still due as read now (another node may have
     * taken it since the ids were listed); one another node changes in between is left to that node.
     */
    private void each(long id, java.util.function.Predicate<SurveyRequest> stillDue, Consumer<SurveyRequest> step) {
        try {
            transaction.executeWithoutResult(
                    tx -> requests.findById(id).filter(stillDue).ifPresent(r -> {
                        step.accept(r);
                        requests.saveAndFlush(r);
                    }));
        } catch (ObjectOptimisticLockingFailureException taken) {
            // another node's sweep had it
        }
    }

    /** Sends a due survey, or withholds it: returns whether it went out. */
    private boolean send(SurveyRequest r, Instant now) {
        if (r.getIssueId() != null) {
            IssueStatus status = issues.statusOf(r.getIssueId()).orElse(null);
            if (status == null || status.isOpen()) {
                // reopened: waits until the case is closed again (IssueClosed sets a new due time)
                r.dueAt(null);
                return false;
            }
            if (!communications.hasContact(r.getIssueId())) {
                r.end(SurveyState.NO_CONTACT, null);
                return false;
            }
        }
        Instant since = now.atZone(ZoneOffset.UTC).minus(settings.throttle()).toInstant();
        // a campaign's sample is chosen on purpose: not throttled by the case surveys
        if (r.getCampaignId() == null && requests.askedSince(r.getCustomerId(), r.getId(), since)) {
            r.end(SurveyState.THROTTLED, null);
            return false;
        }
        String token = SurveyCodec.newToken();
        Instant expires = r.getExpiresAt() != null ? r.getExpiresAt() : now.plus(settings.linkValid());
        r.sent(SurveyCodec.hash(token), now, expires);
        message(
                r,
                token,
                "SURVEY",
                r.getCampaignId() == null ? "survey.message.invitation" : "survey.message.campaign",
                now);
        return true;
    }

    /** A reminder wave of a campaign: a new link to each member who has not answered. */
    public int remindCampaign(long campaignId, Instant now) {
        int[] sent = new int[1];
        for (long id : requests.unanswered(campaignId)) {
            each(id, r -> r.getState() == SurveyState.SENT && r.getExpiresAt().isAfter(now), r -> {
                String token = SurveyCodec.newToken();
                r.reminded(SurveyCodec.hash(token), now);
                message(r, token, "SURVEY_REMINDER", "survey.message.reminder", now);
                sent[0]++;
            });
        }
        return sent[0];
    }

    /** The link to the customer in zh-CN, then English; kept in the outbox, sent once the step commits. */
    private void message(SurveyRequest r, String token, String kind, String key, Instant now) {
        CustomerDetails customer = customers.contactOf(r.getCustomerId());
        // the days the link still works (a campaign's run to its end)
        long days =
                Math.max(1, java.time.Duration.between(now, r.getExpiresAt()).toDays());
        String link = settings.link(token);
        String zh = i18n.getTranslation(
                key, Locale.SIMPLIFIED_CHINESE, r.getCustomerName(), subject(r, Locale.SIMPLIFIED_CHINESE), link, days);
        String en =
                i18n.getTranslation(key, Locale.ENGLISH, r.getCustomerName(), subject(r, Locale.ENGLISH), link, days);
        String subject = i18n.bilingualSubject("survey.message.subject");
        messages.send(new CustomerMessages.Outgoing(
                        r.getCustomerId(),
                        r.getCustomerName(),
                        r.getBusinessUnitId(),
                        kind,
                        customer == null ? null : customer.email(),
                        customer == null ? null : customer.phone(),
                        subject,
                        zh + "\n\n" + en)
                .about(r.getIssueId(), r.getProjectId()));
    }

    /** What the survey is about in a language: the case's title, or the campaign's survey by its template's name. */
    private String subject(SurveyRequest r, Locale locale) {
        return r.getCampaignId() == null
                ? r.getSubject()
                : templates
                        .find(r.getVariantId(), r.getTemplateId(), r.getTemplateVersion())
                        .map(t -> t.title().get(locale))
                        .orElse(r.getSubject());
    }

    /** For tests and the benchmark: how many requests a sweep would look at now. */
    List<Long> dueNow(Instant now) {
        return requests.due(now, PageRequest.of(0, BATCH));
    }
}
