package com.siteline.privacy.internal;

import com.siteline.customer.CustomerDetails;
import com.siteline.customer.CustomerDraft;
import com.siteline.customer.CustomerService;
import com.siteline.organization.RunAs;
import com.siteline.privacy.PrivacyRequestRow;
import com.siteline.privacy.PrivacyRequests;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Demo personal-information requests at 上海家装: 彭先生 sold his flat and asked to be erased, which a manager
 * approved (his record reads "[已删除]", its history says who asked and who approved); 宋女士's request waits on
 * privacy-requests for the manager. At 滨江花园, 严先生's request was rejected: a fee dispute is still open.
 */
@Component
@Profile("demo")
@Order(20)
class DemoPrivacyData extends com.siteline.base.DemoData {

    private final PrivacyRequestRepository rows;
    private final PrivacyRequests requests;
    private final CustomerService customers;
    private final RunAs as;
    private final JdbcTemplate jdbc;

    DemoPrivacyData(
            PrivacyRequestRepository rows,
            PrivacyRequests requests,
            CustomerService customers,
            RunAs as,
            JdbcTemplate jdbc) {
        super("personal-information requests");
        this.rows = rows;
        this.requests = requests;
        this.customers = customers;
        this.as = as;
        this.jdbc = jdbc;
    }

    @Override
    protected long count() {
        return rows.count();
    }

    @Override
    protected void make() {
        long home = jdbc.queryForObject("select id from business_unit where code = 'SH-HOME'", Long.class);
        CustomerDetails sold = as.user("agent", () -> customers.create(CustomerDraft.of(home, "彭先生", "13700990001")));
        PrivacyRequestRow asked =
                as.user("agent", () -> requests.requestErasure(sold.id(), "客户来电：房子已出售，不再需要服务，要求删除个人信息"));
        as.user("manager", () -> requests.decide(asked.id(), asked.version(), true, "已电话核实本人身份"));
        CustomerDetails waiting =
                as.user("agent", () -> customers.create(CustomerDraft.of(home, "宋女士", "13700990002")));
        as.user("agent", () -> requests.requestErasure(waiting.id(), "客户在门店书面申请删除个人信息"));
        long property = jdbc.queryForObject("select id from business_unit where code = 'BJ-PROPERTY'", Long.class);
        CustomerDetails owner =
                as.user("manager", () -> customers.create(CustomerDraft.of(property, "严先生", "13700990003")));
        PrivacyRequestRow disputed = as.user("manager", () -> requests.requestErasure(owner.id(), "业主来电要求删除个人信息"));
        as.user("admin", () -> requests.decide(disputed.id(), disputed.version(), false, "业主仍有物业费纠纷未结，相关记录依法暂不删除"));
    }
}
