package com.siteline.survey.internal;

import com.siteline.customer.Channel;
import com.siteline.customer.CustomerDraft;
import com.siteline.customer.CustomerService;
import com.siteline.issue.IssueService;
import com.siteline.issue.PastIssue;
import com.siteline.notification.CustomerMessages;
import com.siteline.obligation.Obligations;
import com.siteline.organization.BusinessUnitSummary;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.RunAs;
import com.siteline.sdk.IssueType;
import com.siteline.sdk.Urgency;
import com.siteline.sla.CustomerTier;
import com.siteline.survey.CampaignDrafts;
import com.siteline.survey.Campaigns;
import com.siteline.survey.SurveyAnswers;
import com.siteline.survey.SurveyService;
import com.siteline.survey.SurveySweep;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A running demo campaign: 滨江花园's mid-year sampled survey over its owners (forty more are added so the sample
 * has a shape), sent, one reminder wave out, a little under half answered: below its 50 % target so far. Before it,
 * three finished ones to compare it with: 滨江花园's year-end full survey a year ago and the completion surveys of
 * the decoration (five months ago) and painting (three months ago) units, answered by phone.
 */
@Component
@Profile("demo")
@Order(6)
class DemoCampaignData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCampaignData.class);
    private static final Pattern LINK = Pattern.compile("/survey/([A-Za-z0-9_-]+)");
    private static final String SURNAMES = "王李张刘陈杨黄赵周吴徐孙胡朱高林何郭马罗";
    private static final String[] MEN = {"伟", "强", "磊", "军", "洋", "勇", "杰", "涛", "明", "建国", "志强"};
    private static final String[] WOMEN = {"芳", "娜", "敏", "静", "丽", "艳", "秀英", "桂兰", "玉梅", "婷"};
    private static final String[] REASONS = {"repair", "security", "cleaning", "greening"};

    private final SurveyCampaignRepository rows;
    private final Campaigns campaigns;
    private final SurveySweep sweep;
    private final SurveyAnswers answers;
    private final CustomerMessages messages;
    private final CustomerService customers;
    private final OrganizationService organization;
    private final RunAs as;
    private final Clock clock;
    private final SurveyService surveys;
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;
    private final IssueService issues;
    private final CampaignDrafts drafts;

    DemoCampaignData(
            SurveyCampaignRepository rows,
            Campaigns campaigns,
            SurveySweep sweep,
            SurveyAnswers answers,
            CustomerMessages messages,
            CustomerService customers,
            OrganizationService organization,
            RunAs as,
            Clock clock,
            SurveyService surveys,
            org.springframework.jdbc.core.JdbcTemplate jdbc,
            IssueService issues,
            CampaignDrafts drafts) {
        this.drafts = drafts;
        this.issues = issues;
        this.surveys = surveys;
        this.jdbc = jdbc;
        this.rows = rows;
        this.campaigns = campaigns;
        this.sweep = sweep;
        this.answers = answers;
        this.messages = messages;
        this.customers = customers;
        this.organization = organization;
        this.as = as;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (rows.count() > 0) {
            return;
        }
        BusinessUnitSummary unit = organization.businessUnits().stream()
                .filter(u -> u.code().equals("BJ-PROPERTY"))
                .findFirst()
                .orElse(null);
        if (unit == null) {
            return;
        }
        Random random = new Random(2026);
        List<CustomerDraft> owners = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            // a gentleman's given name for 先生, a lady's for 女士
            String[] given = i % 2 == 0 ? MEN : WOMEN;
            String name = SURNAMES.charAt(random.nextInt(SURNAMES.length()))
                    + given[random.nextInt(given.length)]
                    + (i % 2 == 0 ? "先生" : "女士");
            int building = 1 + i % 12;
            owners.add(new CustomerDraft(
                    unit.id(),
                    name,
                    "1370000" + String.format("%04d", 1000 + i),
                    null,
                    null,
                    null,
                    "滨江花园 " + building + " 栋 " + (1 + i % 3) + " 单元 " + (101 + i * 7 % 1800),
                    CustomerTier.STANDARD,
                    Set.of("业主"),
                    Channel.WECHAT,
                    null,
                    null));
        }
        as.user("manager", () -> customers.createAll(owners));
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        // residents for three years; last year a few of them complained, some twice: the mid-year sample's focus
        // group (seed 004: last year's complaints) is chosen from them
        jdbc.update(
                "update customer set created_at = ? where business_unit_id = ? and phone like '1370000%'",
                java.sql.Timestamp.from(today.minusYears(3).atStartOfDay(zone).toInstant()), unit.id());
        String[] complaints = {"楼上装修噪音持续到深夜", "地下车库漏水滴到车上", "电梯困人半小时无人应答", "物业费账单与合同不符", "小区大门道闸频繁故障", "绿化带蚊虫多未消杀"};
        List<Long> residents = jdbc.queryForList(
                "select id from customer where business_unit_id = ?" + " and phone like '1370000%' order by phone",
                Long.class, unit.id());
        for (int i = 0; i < Math.min(8, residents.size()); i++) {
            long resident = residents.get(i * 3 % residents.size());
            for (int n = 0; n <= i % 2; n++) {
                java.time.Instant raised = LocalDate.of(today.getYear() - 1, 3 + i, 5 + 7 * n)
                        .atTime(10, 15)
                        .atZone(zone)
                        .toInstant();
                String title = complaints[(i + n) % complaints.length];
                as.user(
                        "manager",
                        () -> issues.recordPast(new PastIssue(
                                resident,
                                title,
                                null,
                                IssueType.COMPLAINT,
                                "other",
                                Urgency.NORMAL,
                                raised,
                                raised.plus(java.time.Duration.ofDays(3)),
                                "已上门处理并向业主说明")));
            }
        }
        CampaignSummary campaign = as.user(
                "manager", () -> campaigns.start(unit.id(), "mid-year-sampled", 0.2, 0.5, 0.5, today.plusDays(20)));
        as.system(() -> sweep.run(clock.instant()));
        List<CampaignMember> members = as.user("manager", () -> campaigns.members(campaign.id()));
        int answered = 0;
        for (int i = 0; i < members.size(); i++) {
            CampaignMember member = members.get(i);
            if (i % 9 > 3) {
                continue;
            }
            String token = token(member.customerId());
            if (token == null) {
                continue;
            }
            int rating = i % 9 == 0 ? 3 : i % 9 == 1 ? 4 : 5;
            answers.answer(
                    token,
                    Map.of(
                            "satisfaction",
                            String.valueOf(rating),
                            "services",
                            rating < 5 ? List.of(REASONS[i % REASONS.length]) : List.of("none"),
                            "suggestions",
                            rating < 5 ? "希望维修响应再快一些" : "物业服务很周到"),
                    null,
                    null);
            answered++;
        }
        as.user("manager", () -> campaigns.remind(campaign.id()));
        log.info(
                "Demo campaign: {} of {} candidates asked, {} answered",
                members.size(),
                campaign.candidates(),
                answered);
        past(
                "BJ-PROPERTY",
                "year-end-full",
                12,
                5,
                today,
                i -> Map.of(
                        "satisfaction",
                        String.valueOf(3 + i % 3),
                        "services",
                        i % 3 == 2 ? List.of("none") : List.of(REASONS[i % REASONS.length]),
                        "suggestions",
                        i % 3 == 2 ? "整体满意" : "绿化养护可以再加强"));
        past(
                "SH-HOME",
                "completion-survey",
                5,
                7,
                today,
                i -> Map.of(
                        "satisfaction",
                        String.valueOf(i % 4 == 0 ? 3 : 4 + i % 2),
                        "suggestions",
                        i % 4 == 0 ? "工期比约定晚了几天" : "施工干净，沟通及时"));
        past(
                "EAST-PAINT",
                "completion-survey",
                3,
                6,
                today,
                i -> Map.of(
                        "overall",
                        String.valueOf(i % 3 == 0 ? 3 : 4 + i % 2),
                        "communication",
                        i % 3 == 0 ? "ok" : "good"));
        // after the past campaigns, so none of them starts it
        draftNext(unit, today);
    }

    /**
     * The unit's next survey obligation on or after today (this year's year-end survey in December) drafted for the
     * manager to start, as the timer drafts it within its lead days.
     */
    private void draftNext(BusinessUnitSummary unit, LocalDate today) {
        BusinessUnitSummary current = organization.businessUnits().stream()
                .filter(u -> u.id() == unit.id())
                .findFirst()
                .orElse(unit);
        CampaignDrafts.Obligation next = null;
        LocalDate nextDue = null;
        for (CampaignDrafts.Obligation o : drafts.surveyObligations(current)) {
            LocalDate due = Obligations.dueInPeriodOf(o.obligation(), today);
            if (due.isBefore(today)) {
                due = Obligations.dueInPeriodOf(o.obligation(), today.plusYears(1));
            }
            if (nextDue == null || due.isBefore(nextDue)) {
                next = o;
                nextDue = due;
            }
        }
        if (next != null) {
            drafts.draft(current, next.variant(), next.obligation(), nextDue);
        }
    }

    /**
     * A campaign of a unit {@code monthsAgo} months back, for the comparison to have several: started then, the
     * answers of {@code perTen} in ten members taken by phone in its first weeks, the others' links expired.
     */
    private void past(
            String unitCode,
            String templateId,
            int monthsAgo,
            int perTen,
            LocalDate today,
            java.util.function.IntFunction<Map<String, Object>> answersOf) {
        BusinessUnitSummary unit = organization.businessUnits().stream()
                .filter(u -> u.code().equals(unitCode))
                .findFirst()
                .orElse(null);
        if (unit == null
                || as.user("manager", () -> campaigns.templatesOf(unit.id())).stream()
                        .noneMatch(t -> t.id().equals(templateId))) {
            return;
        }
        CampaignSummary campaign =
                as.user("manager", () -> campaigns.start(unit.id(), templateId, 0, 1, 0.3, today.plusDays(30)));
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        java.time.Instant started =
                today.minusMonths(monthsAgo).atTime(9, 30).atZone(zone).toInstant();
        // started back then, it asked only those who were customers then
        java.sql.Timestamp then = java.sql.Timestamp.from(started);
        int later = jdbc.update(
                "delete from survey_request where campaign_id = ? and customer_id in"
                        + " (select id from customer where created_at > ?)",
                campaign.id(),
                then);
        jdbc.update("update survey_campaign set candidates = candidates - ? where id = ?", later, campaign.id());
        List<CampaignMember> members = as.user("manager", () -> campaigns.members(campaign.id()));
        for (int i = 0; i < members.size(); i++) {
            if (i % 10 < perTen) {
                long id = members.get(i).requestId();
                Map<String, Object> given = answersOf.apply(i);
                as.user("manager", () -> surveys.record(id, surveys.get(id).version(), given));
            }
        }
        LocalDate ends = today.minusMonths(monthsAgo).plusDays(30);
        jdbc.update(
                "update survey_campaign set created_at = ?, ends_on = ? where id = ?",
                java.sql.Timestamp.from(started),
                ends,
                campaign.id());
        for (int i = 0; i < members.size(); i++) {
            boolean answered = i % 10 < perTen;
            jdbc.update(
                    "update survey_request set created_at = ?, due_at = null, sent_at = null, reminded_at = null,"
                            + " expires_at = ?, answered_at = ?, state = ? where id = ?",
                    java.sql.Timestamp.from(started),
                    java.sql.Timestamp.from(ends.plusDays(1).atStartOfDay(zone).toInstant()),
                    answered ? java.sql.Timestamp.from(started.plus(java.time.Duration.ofHours(2 + 20L * i))) : null,
                    answered ? "ANSWERED" : "EXPIRED",
                    members.get(i).requestId());
        }
        log.info("Demo campaign {} of {}, {} months ago: {} asked", templateId, unitCode, monthsAgo, members.size());
    }

    private String token(long customerId) {
        return as.system(() -> messages.ofCustomer(customerId)).stream()
                .map(m -> LINK.matcher(m.body()))
                .filter(Matcher::find)
                .map(m -> m.group(1))
                .findFirst()
                .orElse(null);
    }
}
