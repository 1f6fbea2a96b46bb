package com.siteline.survey;

import static org.assertj.core.api.Assertions.assertThat;

import com.siteline.customer.Channel;
import com.siteline.customer.CustomerDraft;
import com.siteline.customer.CustomerService;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.Role;
import com.siteline.organization.RunAs;
import com.siteline.sdk.PremisesKind;
import com.siteline.sla.CustomerTier;
import com.siteline.survey.internal.CampaignSummary;
import com.siteline.testsupport.SitelineSpringTest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Survey campaigns on their dates (seed 004), on MariaDB in a residential property unit of the test's own: on the 1st
 * of December the year-end full survey is drafted once across two nodes (the mid-year one is not: it is due in June)
 * and the unit's manager told once; a campaign of another template leaves the draft alone; the year-end campaign the
 * manager starts takes the draft and fulfils the year's obligation with its id.
 */
@SitelineSpringTest
class CampaignDraftsIT {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Autowired
    CampaignDrafts drafts;

    @Autowired
    Campaigns campaigns;

    @Autowired
    com.siteline.obligation.Obligations obligations;

    @Autowired
    OrganizationService organization;

    @Autowired
    CustomerService customers;

    @Autowired
    RunAs as;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Test
    void theYearEndSurveyIsDraftedOnceAndTheCampaignStartedFromItFulfilsItsObligation() throws Exception {
        String code = "CDR-" + (System.nanoTime() % 1_000_000);
        var made =
                as.system(() -> organization.createBusinessUnit(code, "调查拟稿 " + code, List.of("property-management")));
        as.system(() -> organization.changeUnit(made.id(), made.version(), made.pluginIds(), PremisesKind.RESIDENTIAL));
        long unit = made.id();
        String manager = "cdr-" + code.toLowerCase();
        as.system(() -> organization.createUser(
                manager, "经理 " + code, "manager-pass-2026", Set.of(Role.MANAGER), List.of(code)));
        as.user(
                manager,
                () -> customers.create(new CustomerDraft(
                        unit,
                        "业主 " + code,
                        "1355" + String.format("%07d", System.nanoTime() % 10_000_000),
                        null,
                        null,
                        null,
                        "花园 1 栋",
                        CustomerTier.STANDARD,
                        Set.of(),
                        Channel.PHONE,
                        null,
                        null)));
        as.system(obligations::generate);
        LocalDate today = LocalDate.now(clock.withZone(ZONE));
        LocalDate december = LocalDate.of(today.getYear(), 12, 1);

        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runs = List.of(
                    nodes.submit(() -> as.system(() -> drafts.draftDue(december))),
                    nodes.submit(() -> as.system(() -> drafts.draftDue(december))));
            runs.get(0).get();
            runs.get(1).get();
        } finally {
            nodes.shutdown();
        }
        as.system(() -> drafts.draftDue(december));
        List<Map<String, Object>> drafted = jdbc.queryForList(
                "select id, obligation_id, template_id, due_on, campaign_id from campaign_draft where business_unit_id = ?",
                unit);
        assertThat(drafted).singleElement().satisfies(d -> {
            assertThat(d.get("obligation_id")).isEqualTo("year-end-survey");
            assertThat(d.get("template_id")).isEqualTo("year-end-full");
            assertThat(d.get("due_on").toString())
                    .isEqualTo(LocalDate.of(today.getYear(), 12, 20).toString());
            assertThat(d.get("campaign_id")).isNull();
        });
        long draftId = ((Number) drafted.getFirst().get("id")).longValue();
        assertThat(jdbc.queryForList(
                        "select recipient from notification where dedup_key like ?",
                        String.class,
                        "campaign-drafted-" + draftId + "-%"))
                .containsExactly(manager);
        assertThat(as.user(manager, drafts::waiting))
                .extracting(CampaignDrafts.Draft::id)
                .containsExactly(draftId);
        assertThat(as.user("agent", drafts::waiting))
                .extracting(CampaignDrafts.Draft::id)
                .doesNotContain(draftId);

        as.user(manager, () -> campaigns.start(unit, "mid-year-sampled", 0, 1, 0.5, today.plusDays(10)));
        assertThat(jdbc.queryForObject("select campaign_id from campaign_draft where id = ?", Long.class, draftId))
                .isNull();
        assertThat(state(unit, "year-end-survey")).isEqualTo("OPEN");

        CampaignSummary started =
                as.user(manager, () -> campaigns.start(unit, "year-end-full", 0, 1, 0.3, today.plusDays(10)));
        assertThat(jdbc.queryForObject("select campaign_id from campaign_draft where id = ?", Long.class, draftId))
                .isEqualTo(started.id());
        assertThat(state(unit, "year-end-survey")).isEqualTo("DONE");
        assertThat(jdbc.queryForMap(
                        "select fulfilled_by, fulfilment_ref, done_by from obligation_task where business_unit_id = ?"
                                + " and obligation_id = 'year-end-survey'",
                        unit))
                .containsEntry("fulfilled_by", "SURVEY")
                .containsEntry("done_by", manager)
                .satisfies(m -> assertThat(((Number) m.get("fulfilment_ref")).longValue())
                        .isEqualTo(started.id()));
        assertThat(as.user(manager, drafts::waiting)).isEmpty();
    }

    private String state(long unit, String obligationId) {
        return jdbc.queryForObject(
                "select state from obligation_task where business_unit_id = ? and obligation_id = ?",
                String.class,
                unit,
                obligationId);
    }
}
