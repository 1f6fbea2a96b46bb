package com.siteline.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.siteline.base.InvalidInputException;
import com.siteline.customer.Channel;
import com.siteline.customer.CustomerDraft;
import com.siteline.customer.CustomerService;
import com.siteline.issue.IssueDetails;
import com.siteline.issue.IssueService;
import com.siteline.issue.NewIssue;
import com.siteline.notification.CustomerMessages;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.Role;
import com.siteline.organization.RunAs;
import com.siteline.sdk.IssueType;
import com.siteline.sdk.Urgency;
import com.siteline.sla.CustomerTier;
import com.siteline.survey.internal.CampaignMember;
import com.siteline.survey.internal.CampaignResult;
import com.siteline.survey.internal.CampaignSummary;
import com.siteline.survey.internal.CampaignWorkbook;
import com.siteline.testsupport.SitelineSpringTest;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A mid-year sampled campaign on MariaDB over a unit of its own with 30 owners, five of whom complained last year:
 * they are all in the focus group, the stored seed draws the same sample again, the links go out, answers move
 * the response rate, a reminder wave reaches only those who have not answered, results count the answers.
 */
@SitelineSpringTest
class CampaignIT {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Autowired
    com.siteline.testsupport.ClosedCases closedCases;

    @Autowired
    Campaigns campaigns;

    @Autowired
    SurveySweep sweep;

    @Autowired
    SurveyAnswers answers;

    @Autowired
    CustomerMessages messages;

    @Autowired
    CustomerService customers;

    @Autowired
    IssueService issues;

    @Autowired
    OrganizationService organization;

    @Autowired
    RunAs as;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    /** The survey links sent to a customer (the survey tests' one reading of the outbox). */
    private List<String> links(long customerId) {
        return closedCases.links(customerId);
    }

    @Test
    void theFocusGroupIsAskedTheSeedRedrawsTheSampleAndTheResponseRateFollowsTheAnswers() {
        OwnUnit own = ownUnit("CMP", "调查测试物业", "经理 调查", 30);
        String code = own.code();
        String manager = own.manager();
        long unit = own.unit();
        List<Long> ids = own.owners();
        // five owners complained last year (two of them twice)
        LocalDate today = LocalDate.now(clock.withZone(ZONE));
        Timestamp lastYear = Timestamp.from(
                LocalDate.of(today.getYear() - 1, 6, 15).atStartOfDay(ZONE).toInstant());
        for (int i = 0; i < 7; i++) {
            long customer = ids.get(i % 5);
            IssueDetails issue = as.user(
                    manager,
                    () -> issues.create(
                            new NewIssue(customer, null, "噪音投诉", null, IssueType.COMPLAINT, "other", Urgency.NORMAL)));
            jdbc.update("update customer_issue set created_at = ? where id = ?", lastYear, issue.id());
        }

        assertThatThrownBy(() -> as.user(
                        manager, () -> campaigns.start(unit, "mid-year-sampled", 1.5, 0.5, 0.5, today.minusDays(1))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsExactly("campaign.error.rates", "campaign.error.ends"));
        assertThatThrownBy(() -> as.user(
                        manager, () -> campaigns.start(unit, "completion-survey", 0.2, 0.5, 0.5, today.plusDays(10))))
                .isInstanceOf(InvalidInputException.class);

        CampaignSummary started =
                as.user(manager, () -> campaigns.start(unit, "mid-year-sampled", 0.2, 0.5, 0.5, today.plusDays(20)));
        assertThat(started.candidates()).isEqualTo(30);
        assertThat(started.members()).isEqualTo(6 + 12);
        List<CampaignMember> members = as.user(manager, () -> campaigns.members(started.id()));
        Set<Long> focus = members.stream()
                .filter(m -> m.segment().equals(CampaignSample.FOCUS))
                .map(CampaignMember::customerId)
                .collect(Collectors.toSet());
        assertThat(focus).hasSize(6).containsAll(ids.subList(0, 5));
        assertThat(members)
                .filteredOn(m -> m.customerId() == ids.get(0))
                .singleElement()
                .satisfies(m -> assertThat(m.complaints()).isEqualTo(2));
        // the stored seed draws exactly the stored sample again
        List<CampaignSample.Member> redrawn = as.user(
                manager,
                () -> CampaignSample.select(
                        campaigns.candidates(unit, today, ZONE),
                        started.focusShare(),
                        started.sampleRate(),
                        started.seed()));
        assertThat(redrawn.stream()
                        .map(m -> m.candidate().customerId() + m.segment())
                        .collect(Collectors.toSet()))
                .isEqualTo(
                        members.stream().map(m -> m.customerId() + m.segment()).collect(Collectors.toSet()));

        as.system(() -> sweep.run(clock.instant().plusSeconds(1)));
        assertThat(members).allSatisfy(m -> assertThat(links(m.customerId())).hasSize(1));
        // the invitation names the survey in each language and the days left until the campaign ends
        String invitation = as.system(
                        () -> messages.ofCustomer(members.getFirst().customerId()))
                .getFirst()
                .body();
        assertThat(invitation)
                .contains("年中抽样调查开始了", "our Mid-year sampled survey has begun")
                .containsPattern("for (19|20|21) days");
        List<CampaignMember> answering = members.subList(0, 10);
        for (CampaignMember m : answering) {
            answers.answer(
                    links(m.customerId()).getFirst(),
                    Map.of("satisfaction", m.customerId() % 2 == 0 ? "5" : "4", "services", List.of("repair")),
                    null,
                    null);
        }
        CampaignSummary progress = as.user(manager, () -> campaigns.get(started.id()));
        assertThat(progress.answered()).isEqualTo(10);
        assertThat(progress.responseRate()).isEqualTo(10 / 18.0);
        assertThat(progress.targetMet()).isTrue();

        int reminded = as.user(manager, () -> campaigns.remind(started.id()));
        assertThat(reminded).isEqualTo(8);
        assertThat(answering).allSatisfy(m -> assertThat(links(m.customerId())).hasSize(1));
        assertThat(members.subList(10, 18))
                .allSatisfy(m -> assertThat(links(m.customerId())).hasSize(2));
        assertThat(as.user(manager, () -> campaigns.get(started.id())).reminderWaves())
                .isEqualTo(1);

        List<CampaignResult> results =
                as.user(manager, () -> campaigns.results(started.id(), java.util.Locale.SIMPLIFIED_CHINESE));
        CampaignResult satisfaction = results.stream()
                .filter(r -> r.questionId().equals("satisfaction"))
                .findFirst()
                .orElseThrow();
        assertThat(satisfaction.rows().stream()
                        .mapToInt(CampaignResult.Row::total)
                        .sum())
                .isEqualTo(10);
        assertThat(satisfaction.mean()).isBetween(4.0, 5.0);
        CampaignResult services = results.stream()
                .filter(r -> r.questionId().equals("services"))
                .findFirst()
                .orElseThrow();
        assertThat(services.rows())
                .filteredOn(r -> r.choiceId().equals("repair"))
                .singleElement()
                .satisfies(r -> assertThat(r.total()).isEqualTo(10));
    }

    @Autowired
    CampaignComparisons comparisons;

    @Autowired
    SurveyService surveys;

    /**
     * Two units of two plugins, a full survey in each, answers taken by phone with known ratings: by unit, by
     * plugin and by segment the groups hold exactly those members, answers, mean ratings and poor ones, and the
     * shared satisfaction question is counted per group; an agent may not compare, nor anyone campaigns of a unit
     * they do not belong to.
     */
    @Test
    void campaignsOfTwoUnitsAndPluginsAreComparedWithTheFiguresOfTheirAnswers() {
        String code = "CMQ-" + (System.nanoTime() % 100000);
        as.system(() -> organization.createBusinessUnit(code + "P", "对比物业 " + code, List.of("property-management")));
        as.system(() -> organization.createBusinessUnit(code + "H", "对比装修 " + code, List.of("home-decoration")));
        String manager = "cmq-" + code.toLowerCase();
        as.system(() -> organization.createUser(
                manager, "经理 对比", "manager-pass-2026", Set.of(Role.MANAGER), List.of(code + "P", code + "H")));
        as.system(() -> organization.createUser(
                manager + "-agent", "客服 对比", "agent-pass-2026", Set.of(Role.AGENT), List.of(code + "P")));
        long property = organization.businessUnits().stream()
                .filter(u -> u.code().equals(code + "P"))
                .findFirst()
                .orElseThrow()
                .id();
        long home = organization.businessUnits().stream()
                .filter(u -> u.code().equals(code + "H"))
                .findFirst()
                .orElseThrow()
                .id();
        List<CustomerDraft> drafts = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            drafts.add(new CustomerDraft(
                    i < 6 ? property : home,
                    "顾客" + i + " " + code,
                    phone(),
                    null,
                    null,
                    null,
                    "地址 " + i,
                    CustomerTier.STANDARD,
                    Set.of(),
                    Channel.PHONE,
                    null,
                    null));
        }
        as.user(manager, () -> customers.createAll(drafts));
        LocalDate today = LocalDate.now(clock.withZone(ZONE));
        CampaignSummary p =
                as.user(manager, () -> campaigns.start(property, "year-end-full", 0, 1, 0.3, today.plusDays(20)));
        CampaignSummary h =
                as.user(manager, () -> campaigns.start(home, "completion-survey", 0, 1, 0.5, today.plusDays(20)));
        assertThat(p.members()).isEqualTo(6);
        assertThat(h.members()).isEqualTo(4);
        answer(manager, p.id(), List.of(5, 4, 2), Map.of("services", List.of("repair")));
        answer(manager, h.id(), List.of(3, 5), Map.of("suggestions", "油漆味道有点大"));

        CampaignComparisons.Comparison byUnit = as.user(
                manager,
                () -> comparisons.compare(
                        List.of(p.id(), h.id()), CampaignComparisons.By.UNIT, java.util.Locale.SIMPLIFIED_CHINESE));
        assertThat(byUnit.groups())
                .extracting(
                        CampaignComparisons.Group::label,
                        CampaignComparisons.Group::campaigns,
                        CampaignComparisons.Group::members,
                        CampaignComparisons.Group::answered,
                        CampaignComparisons.Group::poor)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("对比物业 " + code, 1, 6, 3, 1),
                        org.assertj.core.groups.Tuple.tuple("对比装修 " + code, 1, 4, 2, 0));
        assertThat(byUnit.groups().get(0).meanRating()).isEqualTo(11 / 3.0);
        assertThat(byUnit.groups().get(1).meanRating()).isEqualTo(4.0);
        assertThat(byUnit.groups().get(1).responseRate()).isEqualTo(0.5);
        assertThat(byUnit.results())
                .extracting(CampaignResult::questionId)
                .containsExactly("satisfaction", "services", "suggestions");
        CampaignResult satisfaction = byUnit.results().getFirst();
        assertThat(satisfaction.mean()).isEqualTo(19 / 5.0);
        assertThat(satisfaction.meanByGroup())
                .containsEntry(Long.toString(property), 11 / 3.0)
                .containsEntry(Long.toString(home), 4.0);
        assertThat(satisfaction.rows())
                .filteredOn(r -> r.choiceId().equals("5"))
                .singleElement()
                .satisfies(r -> assertThat(r.byGroup())
                        .containsEntry(Long.toString(property), 1)
                        .containsEntry(Long.toString(home), 1));
        assertThat(byUnit.results().get(2).rows())
                .singleElement()
                .satisfies(r -> assertThat(r.byGroup()).isEqualTo(Map.of(Long.toString(home), 2)));

        CampaignComparisons.Comparison byPlugin = as.user(
                manager,
                () -> comparisons.compare(
                        List.of(p.id(), h.id()), CampaignComparisons.By.PLUGIN, java.util.Locale.ENGLISH));
        assertThat(byPlugin.groups())
                .extracting(CampaignComparisons.Group::key, CampaignComparisons.Group::answered)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("property-management", 3),
                        org.assertj.core.groups.Tuple.tuple("home-decoration", 2));
        assertThat(byPlugin.groups())
                .allSatisfy(g -> assertThat(g.label()).isNotBlank().isNotEqualTo(g.key()));
        CampaignComparisons.Comparison bySegment = as.user(
                manager,
                () -> comparisons.compare(
                        List.of(p.id(), h.id()), CampaignComparisons.By.SEGMENT, java.util.Locale.ENGLISH));
        assertThat(bySegment.groups()).singleElement().satisfies(g -> {
            assertThat(g.key()).isEqualTo(CampaignSample.ALL);
            assertThat(g.members()).isEqualTo(10);
            assertThat(g.meanRating()).isEqualTo(19 / 5.0);
        });
        byte[] workbook = CampaignWorkbook.comparison(byUnit, CampaignComparisons.Group::label, (key, args) -> key);
        assertThat(workbook).isNotEmpty();

        assertThatThrownBy(() -> as.user(
                        manager + "-agent",
                        () -> comparisons.compare(
                                List.of(p.id()), CampaignComparisons.By.UNIT, java.util.Locale.ENGLISH)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        as.system(() -> organization.createUser(
                manager + "-h", "经理 装修", "manager-pass-2026", Set.of(Role.MANAGER), List.of(code + "H")));
        assertThatThrownBy(() -> as.user(
                        manager + "-h",
                        () -> comparisons.compare(
                                List.of(p.id()), CampaignComparisons.By.UNIT, java.util.Locale.ENGLISH)))
                .isInstanceOf(java.util.NoSuchElementException.class);
    }

    /** Takes the campaign's first members' answers by phone, one per rating given. */
    private void answer(String manager, long campaignId, List<Integer> ratings, Map<String, Object> more) {
        List<CampaignMember> members = as.user(manager, () -> campaigns.members(campaignId));
        for (int i = 0; i < ratings.size(); i++) {
            long id = members.get(i).requestId();
            Map<String, Object> given = new java.util.HashMap<>(more);
            given.put("satisfaction", String.valueOf(ratings.get(i)));
            as.user(manager, () -> surveys.record(id, surveys.get(id).version(), given));
        }
    }

    private static final java.util.concurrent.atomic.AtomicInteger PHONES =
            new java.util.concurrent.atomic.AtomicInteger();

    /** A property unit of the test's own with its manager and owners; returns the unit's id and the owners' ids. */
    private record OwnUnit(String code, String manager, long unit, List<Long> owners) {}

    private OwnUnit ownUnit(String prefix, String unitName, String managerName, int owners) {
        String code = prefix + "-" + (System.nanoTime() % 100000);
        as.system(() -> organization.createBusinessUnit(code, unitName + " " + code, List.of("property-management")));
        String manager = prefix.toLowerCase() + "-" + code.toLowerCase();
        as.system(() -> organization.createUser(
                manager, managerName, "manager-pass-2026", Set.of(Role.MANAGER), List.of(code)));
        long unit = organization.businessUnits().stream()
                .filter(u -> u.code().equals(code))
                .findFirst()
                .orElseThrow()
                .id();
        List<CustomerDraft> drafts = new ArrayList<>();
        for (int i = 0; i < owners; i++) {
            drafts.add(new CustomerDraft(
                    unit,
                    "业主" + i + " " + code,
                    phone(),
                    null,
                    null,
                    null,
                    "花园 " + i,
                    CustomerTier.STANDARD,
                    Set.of(),
                    Channel.PHONE,
                    null,
                    null));
        }
        return new OwnUnit(code, manager, unit, as.user(manager, () -> customers.createAll(drafts)));
    }

    private static String phone() {
        return "1366" + String.format("%07d", (int) (System.nanoTime() % 9_000_000) + PHONES.incrementAndGet());
    }

    @Test
    void aCampaignBelowItsTargetInItsLastWeekTellsTheUnitsManagersOnce() {
        OwnUnit own = ownUnit("CMW", "调查提醒物业", "经理 提醒", 4);
        String manager = own.manager();
        long unit = own.unit();
        LocalDate today = LocalDate.now(clock.withZone(ZONE));
        CampaignSummary ending =
                as.user(manager, () -> campaigns.start(unit, "year-end-full", 0, 1, 0.3, today.plusDays(5)));
        CampaignSummary later =
                as.user(manager, () -> campaigns.start(unit, "year-end-full", 0, 1, 0.3, today.plusDays(20)));
        assertThat(ending.members()).isEqualTo(4);
        as.system(() -> campaigns.warnBelowTarget(today));
        as.system(() -> campaigns.warnBelowTarget(today));
        assertThat(jdbc.queryForList(
                        "select recipient from notification where dedup_key like ?",
                        String.class,
                        "campaign-below-target-" + ending.id() + "-%"))
                .containsExactly(manager);
        assertThat(jdbc.queryForObject(
                        "select count(*) from notification where dedup_key like ?",
                        Integer.class,
                        "campaign-below-target-" + later.id() + "-%"))
                .as("a campaign with more than a week to go")
                .isZero();
    }
}
