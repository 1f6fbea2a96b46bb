package com.siteline.survey;

import com.siteline.base.Actors;
import com.siteline.base.InvalidInputException;
import com.siteline.base.RefusedException;
import com.siteline.customer.CustomerService;
import com.siteline.issue.IssueQueries;
import com.siteline.organization.BusinessUnitSummary;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.Role;
import com.siteline.plugin.VariantCatalog;
import com.siteline.sdk.BusinessVariant;
import com.siteline.sdk.SurveyTemplate;
import com.siteline.sla.CalendarService;
import com.siteline.survey.internal.CampaignMember;
import com.siteline.survey.internal.CampaignResult;
import com.siteline.survey.internal.CampaignSummary;
import com.siteline.survey.internal.SurveyCampaign;
import com.siteline.survey.internal.SurveyCampaignRepository;
import com.siteline.survey.internal.SurveyCodec;
import com.siteline.survey.internal.SurveyRequest;
import com.siteline.survey.internal.SurveyRequestRepository;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Survey campaigns (seed 004): a manager starts a unit's mid-year sampled or year-end full survey from one of its
 * plugins' templates, with the template's numbers or their own; the sample ({@link CampaignSample}) is drawn with
 * a stored seed and each member kept with why they are in it; the sweep sends their links, reminder waves go to
 * those who have not answered; the response rate is read against the target, the answers per question and segment.
 */
@Service
@Transactional(readOnly = true)
public class Campaigns {

    private static final SecureRandom SEEDS = new SecureRandom();
    static final List<String> SEGMENTS = List.of(CampaignSample.FOCUS, CampaignSample.SAMPLED, CampaignSample.ALL);

    private final SurveyCampaignRepository campaigns;
    private final SurveyRequestRepository requests;
    private final SurveyTemplates templates;
    private final SurveySettings settings;
    private final SurveySweep sweep;
    private final SurveyCodec codec;
    private final CustomerService customers;
    private final IssueQueries issues;
    private final OrganizationService organization;
    private final VariantCatalog catalog;
    private final CalendarService calendars;
    private final Clock clock;
    private final CustomSurveyTemplates custom;
    private final com.siteline.notification.NotificationService notifications;
    private final CampaignDrafts drafts;

    Campaigns(
            SurveyCampaignRepository campaigns,
            SurveyRequestRepository requests,
            SurveyTemplates templates,
            SurveySettings settings,
            SurveySweep sweep,
            SurveyCodec codec,
            CustomerService customers,
            IssueQueries issues,
            OrganizationService organization,
            VariantCatalog catalog,
            CalendarService calendars,
            Clock clock,
            CustomSurveyTemplates custom,
            com.siteline.notification.NotificationService notifications,
            CampaignDrafts drafts) {
        this.drafts = drafts;
        this.custom = custom;
        this.notifications = notifications;
        this.campaigns = campaigns;
        this.requests = requests;
        this.templates = templates;
        this.settings = settings;
        this.sweep = sweep;
        this.codec = codec;
        this.customers = customers;
        this.issues = issues;
        this.organization = organization;
        this.catalog = catalog;
        this.calendars = calendars;
        this.clock = clock;
    }

    /** A unit's templates a campaign can use: the surveys its plugins declare, then the administrators' own. */
    public List<SurveyTemplate> templatesOf(long unitId) {
        java.util.Optional<BusinessUnitSummary> unit = organization.businessUnits().stream()
                .filter(u -> u.id() == unitId)
                .findFirst();
        if (unit.isEmpty()) {
            return List.of();
        }
        List<SurveyTemplate> offered = new java.util.ArrayList<>(unit.get().pluginIds().stream()
                .flatMap(id -> catalog.startedVariant(id).stream())
                .flatMap(v -> v.surveys().stream())
                .toList());
        offered.addAll(custom.active());
        return offered;
    }

    /** The focus share a template implies: 20 % (seed 004) for a sampled survey, none for a full one. */
    public static double focusShareOf(SurveyTemplate template) {
        return template.sampleRate() < 1 ? 0.2 : 0;
    }

    /**
     * Starts a campaign: draws its sample from the unit's customers and schedules a survey for each member
     * (the sweep sends them); everything or nothing is stored.
     *
     * @throws InvalidInputException with what to fix
     */
    @Transactional
    @PreAuthorize(Role.Can.REPORT)
    public CampaignSummary start(
            long unitId, String templateId, double focusShare, double sampleRate, double targetRate, LocalDate endsOn) {
        String username = Actors.current();
        Map<Long, String> units = organization.unitNamesOf(username);
        List<String> problems = new ArrayList<>();
        SurveyTemplate template = units.containsKey(unitId)
                ? templatesOf(unitId).stream()
                        .filter(t -> t.id().equals(templateId))
                        .findFirst()
                        .orElse(null)
                : null;
        if (template == null) {
            problems.add("campaign.error.template");
        }
        if (!(focusShare >= 0 && focusShare <= 1)
                || !(sampleRate > 0 && sampleRate <= 1)
                || !(targetRate > 0 && targetRate <= 1)) {
            problems.add("campaign.error.rates");
        }
        ZoneId zone = calendars.calendarFor(unitId).zone();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        if (endsOn == null || !endsOn.isAfter(today) || endsOn.isAfter(today.plusDays(180))) {
            problems.add("campaign.error.ends");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        // an administrator's template belongs to no plugin
        String variantId = catalog.startedVariants().stream()
                .filter(v -> v.surveys().contains(template))
                .findFirst()
                .map(BusinessVariant::id)
                .orElse("");
        List<CampaignSample.Candidate> candidates = candidates(unitId, today, zone);
        long seed = SEEDS.nextLong();
        Instant now = clock.instant();
        SurveyCampaign campaign = campaigns.saveAndFlush(new SurveyCampaign(
                unitId,
                variantId,
                template.id(),
                template.version(),
                focusShare,
                sampleRate,
                targetRate,
                seed,
                candidates.size(),
                endsOn,
                username,
                now));
        Instant expires = endsOn.plusDays(1).atStartOfDay(zone).toInstant();
        String subject = template.title().zhCn();
        List<SurveyRequest> members = new ArrayList<>();
        for (CampaignSample.Member m : CampaignSample.select(candidates, focusShare, sampleRate, seed)) {
            members.add(SurveyRequest.member(
                    campaign.getId(),
                    m.candidate().customerId(),
                    m.candidate().name(),
                    unitId,
                    variantId,
                    subject,
                    template.id(),
                    template.version(),
                    m.segment(),
                    m.rank() + "/" + m.candidate().complaints() + "/"
                            + m.candidate().poorRatings(),
                    expires,
                    now));
        }
        requests.saveAll(members);
        // the campaign drafted for the unit's dated obligation of this template is started by it, and fulfils it
        drafts.started(unitId, template.id(), campaign.getId(), username, now);
        return summary(campaign, units);
    }

    /** The unit's customers with last (calendar) year's complaints and poor survey ratings. */
    List<CampaignSample.Candidate> candidates(long unitId, LocalDate today, ZoneId zone) {
        Instant from =
                LocalDate.of(today.getYear() - 1, 1, 1).atStartOfDay(zone).toInstant();
        Instant to = LocalDate.of(today.getYear(), 1, 1).atStartOfDay(zone).toInstant();
        Map<Long, Integer> complaints = issues.complaintsByCustomer(unitId, from, to);
        Map<Long, Integer> poor = new HashMap<>();
        for (Object[] row : requests.poorByCustomer(unitId, settings.poorAtOrBelow(), from, to)) {
            poor.put((Long) row[0], ((Long) row[1]).intValue());
        }
        List<CampaignSample.Candidate> candidates = new ArrayList<>();
        customers
                .namesOfUnit(unitId)
                .forEach((id, name) -> candidates.add(new CampaignSample.Candidate(
                        id, name, complaints.getOrDefault(id, 0), poor.getOrDefault(id, 0))));
        return candidates;
    }

    /** Sends a reminder wave: a new link to every member who has not answered. Returns how many went. */
    @Transactional
    @PreAuthorize(Role.Can.REPORT)
    public int remind(long campaignId) {
        Map<Long, String> units = organization.unitNamesOf(Actors.current());
        SurveyCampaign campaign = load(campaignId, units);
        int sent = sweep.remindCampaign(campaign.getId(), clock.instant());
        campaign.reminded();
        campaigns.saveAndFlush(campaign);
        return sent;
    }

    /** Days before its end from which a campaign below its target is said to its unit's managers. */
    public static final int WARN_DAYS_BEFORE_END = 7;

    /**
     * The timer's run: a running campaign a week or less before its end whose response rate is below its target
     * tells the unit's managers (seed 004: the response rate the survey must reach), once per campaign and manager.
     * Returns the notices this run sent.
     */
    @Transactional
    public int warnBelowTarget(LocalDate today) {
        int told = 0;
        for (SurveyCampaign c : campaigns.findByEndsOnBetween(today, today.plusDays(WARN_DAYS_BEFORE_END))) {
            CampaignSummary s = summary(c, organization.unitNameOf(c.getBusinessUnitId()));
            if (s.members() == 0 || s.responseRate() >= c.getTargetRate()) {
                continue;
            }
            for (String manager : organization.usersWithRole(c.getBusinessUnitId(), Role.MANAGER)) {
                told += notifications.send(new com.siteline.notification.Notice(
                                manager,
                                null,
                                "CAMPAIGN_BELOW_TARGET",
                                "campaign-below-target-" + c.getId() + "-" + manager,
                                List.of(
                                        com.siteline.base.Message.value(String.valueOf(s.unitName())),
                                        com.siteline.base.Message.value(Math.round(s.responseRate() * 100) + "%"),
                                        com.siteline.base.Message.value(Math.round(c.getTargetRate() * 100) + "%"),
                                        com.siteline.base.Message.value(
                                                c.getEndsOn().toString()))))
                        ? 1
                        : 0;
            }
        }
        return told;
    }

    @PreAuthorize(Role.Can.REPORT)
    public List<CampaignSummary> list() {
        Map<Long, String> units = organization.unitNamesOf(Actors.current());
        return units.isEmpty()
                ? List.of()
                : campaigns.findByBusinessUnitIdInOrderByCreatedAtDesc(units.keySet()).stream()
                        .map(c -> summary(c, units))
                        .toList();
    }

    @PreAuthorize(Role.Can.REPORT)
    public CampaignSummary get(long id) {
        Map<Long, String> units = organization.unitNamesOf(Actors.current());
        return summary(load(id, units), units);
    }

    @PreAuthorize(Role.Can.REPORT)
    public List<CampaignMember> members(long campaignId) {
        load(campaignId, organization.unitNamesOf(Actors.current()));
        return requests.findByCampaignIdOrderByCustomerNameAsc(campaignId).stream()
                .map(Campaigns::member)
                .toList();
    }

    /** The template a campaign asks. */
    public SurveyTemplate template(CampaignSummary campaign) {
        return templates
                .find(campaign.variantId(), campaign.templateId(), campaign.templateVersion())
                .orElseThrow(() -> new RefusedException("survey.refused.template"));
    }

    /** The answers per question, overall and per segment, in a language. */
    @PreAuthorize(Role.Can.REPORT)
    public List<CampaignResult> results(long campaignId, Locale locale) {
        CampaignSummary campaign = get(campaignId);
        SurveyTemplate template = template(campaign);
        List<CampaignTally.Answered> answered = requests.findByCampaignIdOrderByCustomerNameAsc(campaignId).stream()
                .filter(r -> r.getState() == SurveyState.ANSWERED)
                .map(r -> new CampaignTally.Answered(r.getSegment(), codec.read(r.getAnswers())))
                .toList();
        return CampaignTally.results(template.questions(), answered, locale);
    }

    private static CampaignMember member(SurveyRequest r) {
        String[] reason = r.getReason() == null
                ? new String[] {"0", "0", "0"}
                : r.getReason().split("/");
        return new CampaignMember(
                r.getId(),
                r.getCustomerId(),
                r.getCustomerName(),
                r.getSegment(),
                Integer.parseInt(reason[0]),
                Integer.parseInt(reason[1]),
                Integer.parseInt(reason[2]),
                r.getState(),
                r.getAnsweredAt(),
                r.getRating());
    }

    private CampaignSummary summary(SurveyCampaign c, Map<Long, String> units) {
        Map<String, int[]> segments = new LinkedHashMap<>();
        int members = 0, answered = 0;
        for (Object[] row : requests.campaignCounts(c.getId())) {
            int[] counts = segments.computeIfAbsent((String) row[0], k -> new int[2]);
            int n = ((Long) row[2]).intValue();
            counts[0] += n;
            members += n;
            if (row[1] == SurveyState.ANSWERED) {
                counts[1] += n;
                answered += n;
            }
        }
        return new CampaignSummary(
                c.getId(),
                c.getVersion(),
                c.getBusinessUnitId(),
                units.get(c.getBusinessUnitId()),
                c.getVariantId(),
                c.getTemplateId(),
                c.getTemplateVersion(),
                c.getFocusShare(),
                c.getSampleRate(),
                c.getTargetRate(),
                c.getSeed(),
                c.getCandidates(),
                c.getEndsOn(),
                c.getReminderWaves(),
                c.getCreatedBy(),
                c.getCreatedAt(),
                members,
                answered,
                segments);
    }

    private SurveyCampaign load(long id, Map<Long, String> units) {
        return campaigns
                .findById(id)
                .filter(c -> units.containsKey(c.getBusinessUnitId()))
                .orElseThrow(() -> new NoSuchElementException("no campaign " + id));
    }
}
