package com.siteline.knowledge.internal;

import com.siteline.knowledge.ArticleDraft;
import com.siteline.knowledge.ArticleView;
import com.siteline.knowledge.KnowledgeArticles;
import com.siteline.knowledge.ReplyDraft;
import com.siteline.knowledge.ReplyView;
import com.siteline.knowledge.StandardReplies;
import com.siteline.organization.RunAs;
import com.siteline.sdk.IssueType;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Demo replies and articles: per unit a few standard replies with placeholders (some used often, one never used for
 * months: flagged for review), and articles on common defects — two public (滨江花园's lift and water-leak guides).
 */
@Component
@Profile("demo")
@Order(12)
class DemoKnowledgeData extends com.siteline.base.DemoData {

    private final StandardReplyRepository rows;
    private final StandardReplies replies;
    private final KnowledgeArticles articles;
    private final RunAs as;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    DemoKnowledgeData(
            StandardReplyRepository rows,
            StandardReplies replies,
            KnowledgeArticles articles,
            RunAs as,
            JdbcTemplate jdbc,
            Clock clock) {
        super("standard replies");
        this.rows = rows;
        this.replies = replies;
        this.articles = articles;
        this.as = as;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    protected long count() {
        return rows.count();
    }

    private long unit(String code) {
        return jdbc.queryForObject("select id from business_unit where code = ?", Long.class, code);
    }

    @Override
    protected void make() {
        long painting = unit("EAST-PAINT");
        long home = unit("SH-HOME");
        long property = unit("BJ-PROPERTY");
        ArticleView shade = article(
                painting,
                "外墙色差的常见原因与处理",
                "常见原因：不同批号涂料混用、基层含水率不一致、分次施工接槎。处理：同一墙面使用同一批号，" + "返工时整面重涂至分格缝，施工前做样板确认。",
                Set.of("quality-acceptance"),
                false);
        ArticleView cracks = article(
                home,
                "墙面细小裂缝是否正常",
                "新装修墙面在第一个冬季出现发丝状细裂缝，多为腻子层收缩所致，不影响结构安全。保修期内可预约上门修补；" + "若裂缝宽于 1 毫米或持续变长，请立即报修。",
                Set.of("quality-acceptance"),
                true);
        ArticleView leak = article(
                property,
                "家中漏水怎么办",
                "1. 先关闭入户总阀，切断漏水区域电源；2. 拍下漏水位置照片；3. 在客户端报修或拨打服务中心电话，" + "维修师傅 30 分钟内响应；4. 楼上渗漏请勿自行进入邻居家中，由物业协调处理。",
                Set.of("other"),
                true);
        article(
                property,
                "电梯困人应急处置流程（内部）",
                "接警后立即安抚被困人员，通知维保单位 15 分钟内到场，全程记录时间节点，事后 24 小时内回访。",
                Set.of("other"),
                false);
        ReplyView delay = reply(
                painting,
                "工期延误致歉",
                "{customer}您好，关于{project}的工期，我们深表歉意。当前处于{stage}阶段，项目经理将在{deadline}前给您明确的完工计划。经办人：{agent}",
                "Dear {customer}, we apologise for the delay of {project}. It is at {stage}; the project manager will"
                        + " give you the completion plan by {deadline}. {agent}",
                IssueType.COMPLAINT,
                "schedule",
                null);
        ReplyView colour = reply(
                painting,
                "色差投诉首次回复",
                "{customer}您好，您反映的外墙色差问题已收到，我们将安排技术人员上门复核，并在{deadline}前答复处理方案。",
                null,
                IssueType.COMPLAINT,
                "quality-acceptance",
                shade.id());
        ReplyView crack = reply(
                home,
                "墙面裂缝咨询答复",
                "{customer}您好，新墙面出现发丝状细裂缝多为腻子收缩，属正常现象，保修期内可预约免费修补。{agent}",
                "Dear {customer}, fine hairline cracks in new walls come from the filler shrinking; within the warranty"
                        + " we mend them free of charge. {agent}",
                IssueType.ENQUIRY,
                "quality-acceptance",
                cracks.id());
        reply(home, "节点验收邀请", "{customer}您好，{project}即将进行{stage}，请安排时间到场参加验收。", null, null, null, null);
        ReplyView repair = reply(
                property,
                "报修受理回复",
                "{customer}您好，您的报修已受理，维修师傅将尽快与您联系上门，如有变化请随时在客户端留言。{agent}",
                null,
                IssueType.REPAIR_REQUEST,
                null,
                leak.id());
        ReplyView stale =
                reply(property, "停车费减免说明", "{customer}您好，停车费减免需业委会审议通过后执行，我们会在公告栏公示结果。", null, null, null, null);
        for (int i = 0; i < 6; i++) {
            as.user("agent", () -> replies.used(delay.id()));
        }
        for (int i = 0; i < 3; i++) {
            as.user("agent", () -> replies.used(crack.id()));
            as.user("manager", () -> replies.used(repair.id()));
        }
        as.user("agent", () -> replies.used(colour.id()));
        // written months ago and never used since: flagged for review
        jdbc.update(
                "update standard_reply set created_at = ? where id = ?",
                Timestamp.from(clock.instant().minus(Duration.ofDays(StandardReplies.REVIEW_AFTER_DAYS + 30))),
                stale.id());
    }

    private ArticleView article(long unit, String title, String body, Set<String> categories, boolean open) {
        return as.user("manager", () -> articles.save(null, -1, new ArticleDraft(unit, title, body, categories, open)));
    }

    private ReplyView reply(
            long unit, String title, String zh, String en, IssueType type, String category, Long article) {
        return as.user(
                "manager",
                () -> replies.save(null, -1, new ReplyDraft(unit, null, title, zh, en, type, category, article)));
    }
}
