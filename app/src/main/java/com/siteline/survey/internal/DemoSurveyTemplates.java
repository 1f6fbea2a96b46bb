package com.siteline.survey.internal;

import com.siteline.organization.RunAs;
import com.siteline.sdk.SurveyTemplate;
import com.siteline.survey.CustomSurveyTemplates;
import com.siteline.survey.CustomSurveyTemplates.QuestionDraft;
import com.siteline.survey.CustomSurveyTemplates.QuestionKind;
import com.siteline.survey.CustomSurveyTemplates.TemplateDraft;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * An administrator's own survey, edited once (two versions): the service-desk experience survey every unit can
 * run as a campaign beside its plugins' surveys.
 */
@Component
@Profile("demo")
@Order(6)
class DemoSurveyTemplates implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoSurveyTemplates.class);

    private final SurveyTemplateRowRepository rows;
    private final CustomSurveyTemplates templates;
    private final RunAs as;

    DemoSurveyTemplates(SurveyTemplateRowRepository rows, CustomSurveyTemplates templates, RunAs as) {
        this.rows = rows;
        this.templates = templates;
        this.as = as;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (rows.count() > 0) {
            return;
        }
        QuestionDraft rating = new QuestionDraft(
                QuestionKind.RATING,
                "您对客服中心本年度的服务总体满意吗？",
                "Overall, how satisfied are you with our service desk this year?",
                true,
                "",
                "响应太慢 | Too slow to respond\n问题没有解决 | Not solved\n服务态度 | Attitude\n需要反复催促 | Had to chase");
        QuestionDraft channel = new QuestionDraft(
                QuestionKind.SINGLE,
                "您最常用哪种方式联系我们？",
                "How do you usually reach us?",
                false,
                "电话 | Phone\n微信 | WeChat\n到前台 | At the front desk\n客户门户 | Customer portal",
                "");
        QuestionDraft wishes = new QuestionDraft(
                QuestionKind.MULTIPLE,
                "您希望我们改进哪些方面？",
                "What should we improve?",
                false,
                "回复速度 | Speed of replies\n上门及时 | Coming on time\n进度告知 | Keeping me informed\n收费透明 | Clear charges",
                "");
        QuestionDraft words =
                new QuestionDraft(QuestionKind.TEXT, "还有什么想对我们说的？", "Anything else to tell us?", false, "", "");
        SurveyTemplate first = as.user(
                "admin",
                () -> templates.save(
                        null,
                        new TemplateDraft(
                                "客服中心年度服务体验调查",
                                "Service desk experience survey",
                                "本年度联系过客服中心的客户",
                                "Customers who contacted the service desk this year",
                                100,
                                30,
                                List.of(rating, channel, words))));
        // edited once: a question about what to improve was added, so the template has two versions
        SurveyTemplate second = as.user(
                "admin",
                () -> templates.save(
                        first.id(),
                        new TemplateDraft(
                                "客服中心年度服务体验调查",
                                "Service desk experience survey",
                                "本年度联系过客服中心的客户",
                                "Customers who contacted the service desk this year",
                                100,
                                30,
                                List.of(rating, channel, wishes, words))));
        log.info("Demo survey template {} in {} versions", second.id(), second.version());
    }
}
