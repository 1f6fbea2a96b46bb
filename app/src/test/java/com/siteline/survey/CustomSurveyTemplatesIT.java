package com.siteline.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.siteline.base.InvalidInputException;
import com.siteline.base.RefusedException;
import com.siteline.customer.Channel;
import com.siteline.customer.CustomerDraft;
import com.siteline.customer.CustomerService;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.Role;
import com.siteline.organization.RunAs;
import com.siteline.sdk.SurveyTemplate;
import com.siteline.sla.CustomerTier;
import com.siteline.survey.CustomSurveyTemplates.QuestionDraft;
import com.siteline.survey.CustomSurveyTemplates.QuestionKind;
import com.siteline.survey.CustomSurveyTemplates.TemplateDraft;
import com.siteline.survey.internal.CampaignResult;
import com.siteline.survey.internal.CampaignSummary;
import com.siteline.testsupport.SitelineSpringTest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * An administrator's survey template on MariaDB: offered to every unit's campaigns, asked and answered against the
 * version it was given (a new version does not change what a running campaign asks), the reasons shown after a low
 * rating; bad input stores nothing; only administrators make them; a retired one is no longer offered.
 */
@SitelineSpringTest
class CustomSurveyTemplatesIT {

    @Autowired
    CustomSurveyTemplates templates;

    @Autowired
    SurveyTemplates all;

    @Autowired
    Campaigns campaigns;

    @Autowired
    SurveySweep sweep;

    @Autowired
    SurveyAnswers answers;

    @Autowired
    com.siteline.testsupport.ClosedCases closedCases;

    @Autowired
    CustomerService customers;

    @Autowired
    OrganizationService organization;

    @Autowired
    RunAs as;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    private static TemplateDraft draft(String title, List<QuestionDraft> questions) {
        return new TemplateDraft(title, title + " (en)", "全体业主", "All owners", 100, 40, questions);
    }

    private static final QuestionDraft RATING =
            new QuestionDraft(QuestionKind.RATING, "总体满意度", "Overall", true, "", "太慢 | Too slow\n没解决 | Not solved");
    private static final QuestionDraft SINGLE =
            new QuestionDraft(QuestionKind.SINGLE, "联系方式", "Channel", false, "电话 | Phone\n微信", "");
    private static final QuestionDraft MULTIPLE = new QuestionDraft(
            QuestionKind.MULTIPLE, "改进", "Improve", false, "速度 | Speed\n态度 | Attitude\n价格 | Price", "");
    private static final QuestionDraft TEXT = new QuestionDraft(QuestionKind.TEXT, "建议", "Suggestions", false, "", "");

    @Test
    void aCampaignAsksTheVersionItWasStartedWithAndTheReasonsFollowALowRating() {
        String code = "TPL-" + (System.nanoTime() % 100000);
        as.system(() -> organization.createBusinessUnit(code, "模板测试部 " + code, List.of("home-decoration")));
        String manager = "tpl-" + code.toLowerCase();
        as.system(() ->
                organization.createUser(manager, "经理 模板", "manager-pass-2026", Set.of(Role.MANAGER), List.of(code)));
        long unit = organization.businessUnits().stream()
                .filter(u -> u.code().equals(code))
                .findFirst()
                .orElseThrow()
                .id();
        List<CustomerDraft> drafts = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            drafts.add(new CustomerDraft(
                    unit,
                    "模板客户" + i + " " + code,
                    "1355" + String.format("%07d", (System.nanoTime() + i) % 10_000_000),
                    null,
                    null,
                    null,
                    "小区 " + i,
                    CustomerTier.STANDARD,
                    Set.of(),
                    Channel.PHONE,
                    null,
                    null));
        }
        List<Long> ids = as.user(manager, () -> customers.createAll(drafts));

        SurveyTemplate v1 =
                as.user("admin", () -> templates.save(null, draft("年度体验调查", List.of(RATING, SINGLE, TEXT))));
        assertThat(v1.id()).startsWith(CustomSurveyTemplates.PREFIX);
        assertThat(v1.version()).isEqualTo(1);
        // the rating, its reasons (asked after a low score), the choices with both languages, the free text
        assertThat(v1.questions())
                .extracting(q -> q.id() + ":" + q.type())
                .containsExactly(
                        "q1:SINGLE_CHOICE",
                        SurveyTemplates.REASONS + ":MULTIPLE_CHOICE",
                        "q2:SINGLE_CHOICE",
                        "q3:LONG_TEXT");
        assertThat(SurveyTemplates.isScale(v1.questions().getFirst())).isTrue();
        assertThat(v1.questions().get(2).choices())
                .extracting(c -> c.label().zhCn() + "/" + c.label().en())
                .containsExactly("电话/Phone", "微信/微信");
        assertThat(v1.sampleRate()).isEqualTo(1.0);
        assertThat(v1.minimumResponseRate()).isEqualTo(0.4);

        // offered in the unit beside its plugins' surveys; a full campaign asks everyone
        assertThat(as.user(manager, () -> campaigns.templatesOf(unit)))
                .extracting(SurveyTemplate::id)
                .contains(v1.id(), "completion-survey");
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
        CampaignSummary started = as.user(manager, () -> campaigns.start(unit, v1.id(), 0, 1, 0.4, today.plusDays(10)));
        assertThat(started.templateVersion()).isEqualTo(1);
        assertThat(started.members()).isEqualTo(4);

        // a new version changes what new campaigns offer, not what this one asks
        SurveyTemplate v2 = as.user(
                "admin", () -> templates.save(v1.id(), draft("年度体验调查", List.of(RATING, SINGLE, MULTIPLE, TEXT))));
        assertThat(v2.version()).isEqualTo(2);
        assertThat(as.user(manager, () -> campaigns.templatesOf(unit)))
                .filteredOn(t -> t.id().equals(v1.id()))
                .singleElement()
                .satisfies(t -> assertThat(t.version()).isEqualTo(2));
        assertThat(as.user(manager, () -> campaigns.template(campaigns.get(started.id())))
                        .questions())
                .hasSize(4);
        assertThat(all.find("", v1.id(), 1))
                .hasValueSatisfying(t -> assertThat(t.questions()).hasSize(4));
        assertThat(all.find("", v1.id(), 2))
                .hasValueSatisfying(t -> assertThat(t.questions()).hasSize(5));

        as.system(() -> sweep.run(clock.instant().plusSeconds(1)));
        String token = link(ids.getFirst());
        OpenSurvey open = answers.open(token).orElseThrow();
        assertThat(open.template().version()).isEqualTo(1);
        // a low rating wants no more than the template asks; its reasons are kept; the results count them
        answers.answer(
                token,
                Map.of("q1", "1", SurveyTemplates.REASONS, List.of("r-1"), "q2", "q2-2", "q3", "太慢了"),
                null,
                null);
        List<CampaignResult> results =
                as.user(manager, () -> campaigns.results(started.id(), java.util.Locale.SIMPLIFIED_CHINESE));
        assertThat(results)
                .filteredOn(r -> r.questionId().equals("q1"))
                .singleElement()
                .satisfies(r -> assertThat(r.mean()).isEqualTo(1.0));
        assertThat(results)
                .filteredOn(r -> r.questionId().equals(SurveyTemplates.REASONS))
                .singleElement()
                .satisfies(r -> assertThat(r.rows())
                        .filteredOn(row -> row.choiceId().equals("r-1"))
                        .singleElement()
                        .satisfies(row -> assertThat(row.total()).isEqualTo(1)));
        assertThat(as.user(manager, () -> campaigns.get(started.id())).answered())
                .isEqualTo(1);

        // retired: no longer offered, no new version; what was asked with it still reads
        as.user("admin", () -> templates.retire(v1.id()));
        assertThat(as.user(manager, () -> campaigns.templatesOf(unit)))
                .extracting(SurveyTemplate::id)
                .doesNotContain(v1.id());
        assertThatThrownBy(() -> as.user("admin", () -> templates.save(v1.id(), draft("再改", List.of(TEXT)))))
                .isInstanceOf(RefusedException.class);
        assertThat(as.user(manager, () -> campaigns.template(campaigns.get(started.id())))
                        .version())
                .isEqualTo(1);
    }

    @Test
    void badInputIsRefusedWithEveryProblemAndNothingIsStored() {
        Integer before = jdbc.queryForObject("select count(*) from survey_template", Integer.class);
        QuestionDraft oneChoice = new QuestionDraft(QuestionKind.SINGLE, "只有一个选项", "One choice", false, "是", "");
        QuestionDraft secondRatingWithReasons =
                new QuestionDraft(QuestionKind.RATING, "第二个评分", "Second", false, "", "原因");
        QuestionDraft noLabel = new QuestionDraft(QuestionKind.TEXT, " ", "Text", false, "", "");
        assertThatThrownBy(() -> as.user(
                        "admin",
                        () -> templates.save(
                                null,
                                new TemplateDraft(
                                        "",
                                        "Title",
                                        "",
                                        "",
                                        0,
                                        40,
                                        List.of(RATING, oneChoice, secondRatingWithReasons, noLabel)))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(
                                        "survey-template.error.title",
                                        "survey-template.error.rates",
                                        "survey-template.error.choices",
                                        "survey-template.error.reasons",
                                        "survey-template.error.label"));
        assertThatThrownBy(() -> as.user("admin", () -> templates.save(null, draft("空模板", List.of()))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsExactly("survey-template.error.questions"));
        assertThatThrownBy(() -> as.user("admin", () -> templates.save(null, draft("x".repeat(201), List.of(TEXT)))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsExactly("survey-template.error.too-long"));
        assertThat(jdbc.queryForObject("select count(*) from survey_template", Integer.class))
                .isEqualTo(before);
    }

    @Test
    void onlyAdministratorsMakeTemplates() {
        assertThatThrownBy(() -> as.user("manager", () -> templates.save(null, draft("经理的模板", List.of(TEXT)))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as.user("manager", () -> templates.all())).isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject("select count(*) from survey_template where title = '经理的模板'", Integer.class))
                .isZero();
    }

    private String link(long customerId) {
        return closedCases.links(customerId).getFirst();
    }
}
