package com.siteline.survey;

import com.siteline.base.Keyed;
import com.siteline.organization.Role;
import com.siteline.plugin.VariantCatalog;
import com.siteline.plugin.VariantSnapshot;
import com.siteline.sdk.FieldSpec;
import com.siteline.sdk.SurveyTemplate;
import com.siteline.survey.internal.CampaignResult;
import com.siteline.survey.internal.CampaignSummary;
import com.siteline.survey.internal.SurveyCodec;
import com.siteline.survey.internal.SurveyRequest;
import com.siteline.survey.internal.SurveyRequestRepository;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Several campaigns side by side (seed 004's "results by unit, plugin and segment"): who was asked and answered,
 * the mean rating and the poor ones per group, and each question's answers per group. Questions are matched by
 * their id across the campaigns' templates (the variants' satisfaction question is {@code satisfaction} in
 * several), in the order they first appear; a campaign without a question adds nothing to it. The reader sees
 * only campaigns of their own units ({@link Campaigns#get}).
 */
@Service
@Transactional(readOnly = true)
public class CampaignComparisons {

    /** What the answers are grouped by. */
    public enum By implements Keyed {
        SEGMENT,
        CAMPAIGN,
        UNIT,
        PLUGIN;

        @Override
        public String messageKey() {
            return "campaign.compare.by." + name();
        }
    }

    /**
     * One group: how many campaigns it takes from, members asked, answers in, the mean of the ratings given (NaN
     * when none) and how many of them were poor.
     */
    public record Group(
            String key, String label, int campaigns, int members, int answered, double meanRating, int poor) {

        public double responseRate() {
            return members == 0 ? 0 : (double) answered / members;
        }
    }

    /** The groups in order of first appearance and each question's answers per group key. */
    public record Comparison(By by, List<Group> groups, List<CampaignResult> results) {}

    private final Campaigns campaigns;
    private final SurveyRequestRepository requests;
    private final SurveyCodec codec;
    private final SurveySettings settings;
    private final VariantCatalog catalog;

    CampaignComparisons(
            Campaigns campaigns,
            SurveyRequestRepository requests,
            SurveyCodec codec,
            SurveySettings settings,
            VariantCatalog catalog) {
        this.campaigns = campaigns;
        this.requests = requests;
        this.codec = codec;
        this.settings = settings;
        this.catalog = catalog;
    }

    /**
     * The campaigns compared by {@code by}, labels in {@code locale} (a segment's label is its code, for the
     * reader's words).
     */
    @PreAuthorize(Role.Can.REPORT)
    public Comparison compare(Collection<Long> campaignIds, By by, Locale locale) {
        Map<String, Group> groups = new LinkedHashMap<>();
        Map<String, java.util.Set<Long>> campaignsOf = new LinkedHashMap<>();
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, FieldSpec> questions = new LinkedHashMap<>();
        List<CampaignTally.Answered> answered = new ArrayList<>();
        for (long id : new LinkedHashSet<>(campaignIds)) {
            CampaignSummary campaign = campaigns.get(id);
            SurveyTemplate template = campaigns.template(campaign);
            template.questions().forEach(q -> questions.putIfAbsent(q.id(), q));
            for (SurveyRequest r : requests.findByCampaignIdOrderByCustomerNameAsc(id)) {
                String key = key(by, campaign, r);
                groups.computeIfAbsent(key, k -> new Group(k, label(by, campaign, template, locale), 0, 0, 0, 0, 0));
                campaignsOf.computeIfAbsent(key, k -> new java.util.HashSet<>()).add(id);
                int[] c = counts.computeIfAbsent(key, k -> new int[5]); // members, answered, rated, sum, poor
                c[0]++;
                if (r.getState() == SurveyState.ANSWERED) {
                    c[1]++;
                    answered.add(new CampaignTally.Answered(key, codec.read(r.getAnswers())));
                    if (r.getRating() != null) {
                        c[2]++;
                        c[3] += r.getRating();
                        c[4] += settings.poor(r.getRating()) ? 1 : 0;
                    }
                }
            }
        }
        List<Group> figures = groups.values().stream()
                .map(g -> {
                    int[] c = counts.get(g.key());
                    return new Group(
                            g.key(),
                            g.label(),
                            campaignsOf.get(g.key()).size(),
                            c[0],
                            c[1],
                            c[2] == 0 ? Double.NaN : (double) c[3] / c[2],
                            c[4]);
                })
                .toList();
        return new Comparison(by, figures, CampaignTally.results(questions.values(), answered, locale));
    }

    private static String key(By by, CampaignSummary campaign, SurveyRequest r) {
        return switch (by) {
            case SEGMENT -> r.getSegment();
            case CAMPAIGN -> Long.toString(campaign.id());
            case UNIT -> Long.toString(campaign.businessUnitId());
            case PLUGIN -> campaign.variantId();
        };
    }

    private String label(By by, CampaignSummary campaign, SurveyTemplate template, Locale locale) {
        return switch (by) {
            case SEGMENT -> null;
            case CAMPAIGN -> template.title().get(locale) + " · " + campaign.unitName() + " · " + campaign.endsOn();
            case UNIT -> campaign.unitName();
            case PLUGIN ->
                catalog.snapshot(campaign.variantId())
                        .map(VariantSnapshot::name)
                        .map(n -> n.get(locale))
                        .orElse(campaign.variantId());
        };
    }
}
