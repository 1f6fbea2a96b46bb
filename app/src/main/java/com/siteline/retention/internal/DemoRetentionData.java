package com.siteline.retention.internal;

import com.siteline.organization.RunAs;
import com.siteline.retention.Retention;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A demo hold (保全) at 上海家装: the customer of its first complaint is in a dispute, so the manager keeps their
 * records past every period until it is settled.
 */
@Component
@Profile("demo")
@Order(21)
class DemoRetentionData extends com.siteline.base.DemoData {

    private final Retention retention;
    private final RunAs as;
    private final JdbcTemplate jdbc;

    DemoRetentionData(Retention retention, RunAs as, JdbcTemplate jdbc) {
        super("retention holds");
        this.retention = retention;
        this.as = as;
        this.jdbc = jdbc;
    }

    @Override
    protected long count() {
        return jdbc.queryForObject("select count(*) from retention_hold", Long.class);
    }

    @Override
    protected void make() {
        jdbc
                .queryForList(
                        "select i.customer_id from customer_issue i join business_unit u on u.id = i.business_unit_id"
                                + " where u.code = 'SH-HOME' and i.issue_type = 'COMPLAINT' order by i.id",
                        Long.class)
                .stream()
                .findFirst()
                .ifPresent(customer ->
                        as.user("manager", () -> retention.holdCustomer(customer, "投诉纠纷未结，客户表示可能诉讼，法务要求保全全部记录")));
    }
}
