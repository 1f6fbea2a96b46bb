package com.siteline.lead.internal;

import com.siteline.lead.LeadSource;
import com.siteline.lead.LeadStage;
import com.siteline.lead.LeadView;
import com.siteline.lead.Leads;
import com.siteline.lead.NewLead;
import com.siteline.organization.RunAs;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Demo leads at every stage: 上海家装's new, contacted, surveyed and quoted enquiries, one lost to a cheaper quote and
 * one won (its customer made, its history on the customer's page); a quoted facade job of 华东外墙; an office building
 * asking 滨江花园 for its services. Each one's steps spread over the weeks before today.
 */
@Component
@Profile("demo")
@Order(14)
class DemoLeadData extends com.siteline.base.DemoData {

    private final SalesLeadRepository rows;
    private final Leads leads;
    private final RunAs as;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    DemoLeadData(SalesLeadRepository rows, Leads leads, RunAs as, JdbcTemplate jdbc, Clock clock) {
        super("sales leads");
        this.rows = rows;
        this.leads = leads;
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
        long home = unit("SH-HOME");
        lead("agent", home, "周女士", "13700110001", LeadSource.WEB, "两居室老房翻新，预算 20 万", List.of());
        lead("agent", home, "吴先生", "13700110002", LeadSource.PHONE, "厨房卫生间局部改造", List.of(LeadStage.CONTACTED));
        lead(
                "agent",
                home,
                "郑女士",
                "13700110003",
                LeadSource.REFERRAL,
                "老客户介绍，三居室全屋装修",
                List.of(LeadStage.CONTACTED, LeadStage.SURVEYED));
        lead(
                "pm",
                home,
                "孙先生",
                "13700110004",
                LeadSource.EXHIBITION,
                "家装节咨询，别墅软装",
                List.of(LeadStage.CONTACTED, LeadStage.SURVEYED, LeadStage.QUOTED));
        LeadView lost =
                lead("agent", home, "冯女士", "13700110005", LeadSource.WALK_IN, "小户型收纳改造", List.of(LeadStage.CONTACTED));
        as.user("agent", () -> leads.move(lost.id(), current(lost.id()), LeadStage.LOST, "选择了报价更低的工作室"));
        LeadView won = lead(
                "pm",
                home,
                "褚先生",
                "13700110006",
                LeadSource.REFERRAL,
                "静安区两居室翻新，希望春节前完工",
                List.of(LeadStage.CONTACTED, LeadStage.SURVEYED, LeadStage.QUOTED));
        as.user("pm", () -> leads.convert(won.id(), current(won.id())));
        lead(
                "agent",
                unit("EAST-PAINT"),
                "嘉定工业园物业 陆经理",
                "13700110007",
                LeadSource.PHONE,
                "三栋厂房外墙翻新询价",
                List.of(LeadStage.CONTACTED, LeadStage.SURVEYED, LeadStage.QUOTED));
        lead(
                "manager",
                unit("BJ-PROPERTY"),
                "滨江中心写字楼 业主代表",
                "13700110008",
                LeadSource.REFERRAL,
                "写字楼物业服务外包洽谈",
                List.of(LeadStage.CONTACTED));
        spread();
    }

    private long current(long id) {
        return jdbc.queryForObject("select version from sales_lead where id = ?", Long.class, id);
    }

    private LeadView lead(
            String user, long unit, String name, String phone, LeadSource source, String need, List<LeadStage> steps) {
        LeadView made = as.user(user, () -> leads.create(new NewLead(unit, name, phone, null, source, need)));
        for (LeadStage stage : steps) {
            as.user(user, () -> leads.move(made.id(), current(made.id()), stage, null));
        }
        return made;
    }

    /** Each lead's steps three days apart, its last one yesterday. */
    private void spread() {
        Instant yesterday = clock.instant().minus(Duration.ofDays(1));
        for (Long lead : jdbc.queryForList("select id from sales_lead", Long.class)) {
            List<Long> steps =
                    jdbc.queryForList("select id from lead_event where lead_id = ? order by id", Long.class, lead);
            for (int i = 0; i < steps.size(); i++) {
                Timestamp at = Timestamp.from(yesterday.minus(Duration.ofDays(3L * (steps.size() - 1 - i))));
                jdbc.update("update lead_event set at = ? where id = ?", at, steps.get(i));
                if (i == 0) {
                    jdbc.update("update sales_lead set created_at = ? where id = ?", at, lead);
                }
                if (i == steps.size() - 1) {
                    jdbc.update("update sales_lead set updated_at = ? where id = ?", at, lead);
                }
            }
        }
    }
}
