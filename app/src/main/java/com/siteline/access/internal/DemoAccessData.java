package com.siteline.access.internal;

import com.siteline.access.AccessRequestSummary;
import com.siteline.access.AccessRequests;
import com.siteline.base.RecordGrants;
import com.siteline.customer.CustomerDetails;
import com.siteline.customer.CustomerService;
import com.siteline.organization.RunAs;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo access requests (查阅申请): the agent holds a running grant on a property owner of 滨江花园 and waits for
 * the manager's decision on another; the project manager's request for an exterior-painting customer was
 * rejected with a reason.
 */
@Component
@Profile("demo")
@Order(3)
class DemoAccessData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAccessData.class);

    private final AccessRequests requests;
    private final AccessRequestRepository rows;
    private final CustomerService customers;
    private final RunAs as;
    private final Clock clock;

    DemoAccessData(
            AccessRequests requests, AccessRequestRepository rows, CustomerService customers, RunAs as, Clock clock) {
        this.requests = requests;
        this.rows = rows;
        this.customers = customers;
        this.as = as;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (rows.count() > 0) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
        customer("13501112222").ifPresent(owner -> {
            AccessRequestSummary filed = as.user(
                    "agent",
                    () -> requests.file(
                            RecordGrants.Kind.CUSTOMER,
                            owner.id(),
                            "孙大爷来电说外墙渗水曾由涂装事业部处理过，需核对物业的报修记录",
                            today,
                            today.plusDays(6)));
            as.user("manager", () -> requests.decide(filed.id(), filed.version(), true, "同意，仅限本次核对"));
        });
        customer("13611223344")
                .ifPresent(owner -> as.user(
                        "agent",
                        () -> requests.file(
                                RecordGrants.Kind.CUSTOMER,
                                owner.id(),
                                "钱女士咨询家装翻新，想了解她在物业登记的房屋情况",
                                today,
                                today.plusDays(2))));
        customer("13962601234").ifPresent(client -> {
            AccessRequestSummary filed = as.user(
                    "pm",
                    () -> requests.file(
                            RecordGrants.Kind.CUSTOMER, client.id(), "想参考外墙项目的沟通记录", today, today.plusDays(13)));
            as.user("manager", () -> requests.decide(filed.id(), filed.version(), false, "与本项目无关，请直接联系外墙事业部客服"));
        });
        log.info("Demo access requests created: {}", rows.count());
    }

    private Optional<CustomerDetails> customer(String phone) {
        return as.user("admin", () -> customers.samePhone(phone, null)).stream().findFirst();
    }
}
