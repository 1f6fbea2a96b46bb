package com.siteline.survey;

import com.siteline.base.Actors;
import com.siteline.base.Message;
import com.siteline.notification.Notice;
import com.siteline.notification.NotificationService;
import com.siteline.obligation.Fulfilment;
import com.siteline.obligation.ObligationFulfilled;
import com.siteline.obligation.Obligations;
import com.siteline.organization.BusinessUnitSummary;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.Role;
import com.siteline.plugin.VariantCatalog;
import com.siteline.sdk.RecurringObligation;
import com.siteline.sdk.SurveyTemplate;
import com.siteline.sla.CalendarService;
import com.siteline.survey.internal.CampaignDraft;
import com.siteline.survey.internal.CampaignDraftRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Survey campaigns on their dates (seed 004: the mid-year sampled and the year-end full survey): a variant's obligation
 * fulfilled by a survey ({@link RecurringObligation#surveyTemplate()}) gets its campaign drafted {@code lead} days
 * before it is due (30 by default), once per unit and due day across nodes, and the unit's managers told; the
 * campaign a manager starts of that template fulfils the obligation ({@link Fulfilment#SURVEY}).
 */
@Service
@Transactional(readOnly = true)
public class CampaignDrafts {

    /** A drafted campaign waiting to be started: its unit, obligation, template and due day. */
    public record Draft(
            long id,
            long businessUnitId,
            String unitName,
            String obligationId,
            SurveyTemplate template,
            LocalDate dueOn) {}

    private final CampaignDraftRepository drafts;
    private final OrganizationService organization;
    private final VariantCatalog catalog;
    private final CalendarService calendars;
    private final NotificationService notifications;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate newTransaction;
    private final int lead;

    CampaignDrafts(
            CampaignDraftRepository drafts,
            OrganizationService organization,
            VariantCatalog catalog,
            CalendarService calendars,
            NotificationService notifications,
            ApplicationEventPublisher events,
            Clock clock,
            PlatformTransactionManager transactions,
            @Value("${siteline.surveys.draft-days-before:30}") int lead) {
        this.drafts = drafts;
        this.organization = organization;
        this.catalog = catalog;
        this.calendars = calendars;
        this.notifications = notifications;
        this.events = events;
        this.clock = clock;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
        this.lead = lead;
    }

    /**
     * The timer's run: drafts every survey obligation due within the lead days from each unit's today that has no draft
     * yet. Returns how many this call drafted (another node's are not counted).
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public int draftDue() {
        return draftDue(
                unit -> LocalDate.now(clock.withZone(calendars.calendarFor(unit).zone())));
    }

    /** {@link #draftDue()} as on a given day in every unit. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public int draftDue(LocalDate day) {
        return draftDue(unit -> day);
    }

    private int draftDue(java.util.function.LongFunction<LocalDate> todayOf) {
        int drafted = 0;
        for (BusinessUnitSummary unit : organization.businessUnits()) {
            LocalDate today = todayOf.apply(unit.id());
            for (Obligation o : surveyObligations(unit)) {
                LocalDate due = Obligations.dueInPeriodOf(o.obligation(), today);
                if (!today.isAfter(due) && !today.isBefore(due.minusDays(lead))) {
                    drafted += draft(unit, o.variant(), o.obligation(), due) ? 1 : 0;
                }
            }
        }
        return drafted;
    }

    /** A unit's obligation that a survey fulfils, with the variant declaring it. */
    public record Obligation(String variant, RecurringObligation obligation) {}

    /** The survey obligations of a unit (those its premises have). */
    public List<Obligation> surveyObligations(BusinessUnitSummary unit) {
        return unit.pluginIds().stream()
                .map(catalog::startedVariant)
                .flatMap(Optional::stream)
                .flatMap(v -> v.recurringObligations().stream()
                        .filter(o -> o.surveyTemplate() != null && o.appliesTo(unit.premises()))
                        .map(o -> new Obligation(v.id(), o)))
                .toList();
    }

    /** Drafts one obligation's campaign of a unit due on a day unless it exists; true when this call drafted it. */
    public boolean draft(BusinessUnitSummary unit, String variantId, RecurringObligation obligation, LocalDate dueOn) {
        if (drafts.existsByBusinessUnitIdAndObligationIdAndDueOn(unit.id(), obligation.id(), dueOn)) {
            return false;
        }
        try {
            newTransaction.executeWithoutResult(tx -> {
                CampaignDraft draft = drafts.saveAndFlush(new CampaignDraft(
                        unit.id(), variantId, obligation.id(), obligation.surveyTemplate(), dueOn, clock.instant()));
                for (String manager : organization.usersWithRole(unit.id(), Role.MANAGER)) {
                    notifications.send(new Notice(
                            manager,
                            null,
                            "CAMPAIGN_DRAFTED",
                            "campaign-drafted-" + draft.getId() + "-" + manager,
                            List.of(
                                    Message.value(obligation.name().zhCn()),
                                    Message.value(unit.name()),
                                    Message.value(dueOn.toString()))));
                }
            });
            return true;
        } catch (DataIntegrityViolationException draftedElsewhere) {
            return false;
        }
    }

    /** The drafts of the user's units not started yet, the earliest due first. */
    public List<Draft> waiting() {
        Map<Long, String> units = organization.unitNamesOf(Actors.current());
        return drafts.findByCampaignIdIsNullOrderByDueOnAsc().stream()
                .filter(d -> units.containsKey(d.getBusinessUnitId()))
                .flatMap(d -> template(d)
                        .map(t -> new Draft(
                                d.getId(),
                                d.getBusinessUnitId(),
                                units.get(d.getBusinessUnitId()),
                                d.getObligationId(),
                                t,
                                d.getDueOn()))
                        .stream())
                .toList();
    }

    private Optional<SurveyTemplate> template(CampaignDraft draft) {
        return catalog.startedVariant(draft.getVariantId()).stream()
                .flatMap(v -> v.surveys().stream())
                .filter(t -> t.id().equals(draft.getTemplateId()))
                .findFirst();
    }

    /**
     * A campaign of a unit's template was started: the earliest open draft of that template is started by it, and its
     * obligation fulfilled (in the starting transaction).
     */
    @Transactional
    void started(long unitId, String templateId, long campaignId, String by, Instant at) {
        drafts.findByBusinessUnitIdAndTemplateIdAndCampaignIdIsNullOrderByDueOnAsc(unitId, templateId).stream()
                .findFirst()
                .ifPresent(draft -> {
                    draft.started(campaignId, at);
                    drafts.saveAndFlush(draft);
                    events.publishEvent(new ObligationFulfilled(
                            unitId, draft.getObligationId(), draft.getDueOn(), Fulfilment.SURVEY, campaignId, by));
                });
    }
}
