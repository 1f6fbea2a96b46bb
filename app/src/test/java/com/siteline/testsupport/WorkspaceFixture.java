package com.siteline.testsupport;

import com.siteline.customer.Channel;
import com.siteline.customer.CustomerDetails;
import com.siteline.customer.CustomerDraft;
import com.siteline.customer.CustomerService;
import com.siteline.issue.IssueDetails;
import com.siteline.issue.IssueService;
import com.siteline.issue.NewIssue;
import com.siteline.organization.BusinessUnitSummary;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.RunAs;
import com.siteline.sdk.IssueType;
import com.siteline.sdk.Urgency;
import com.siteline.sla.CustomerTier;
import com.siteline.sla.CustomerType;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/** Makes customers and issues for workspace tests, each marked so a test finds only its own rows. */
@Component
public class WorkspaceFixture {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final CustomerService customers;
    private final IssueService issues;
    private final OrganizationService organization;

    private final RunAs as;

    WorkspaceFixture(CustomerService customers, IssueService issues, OrganizationService organization, RunAs as) {
        this.as = as;
        this.customers = customers;
        this.issues = issues;
        this.organization = organization;
    }

    /** A short text unique to this call, to filter a test's own rows. */
    public static String marker() {
        return "T" + ProcessHandle.current().pid() % 1000 + "x" + SEQUENCE.incrementAndGet() + "q"
                + ThreadLocalRandom.current().nextInt(1000, 9999);
    }

    public long unit(String code) {
        return organization.businessUnits().stream()
                .filter(u -> u.code().equals(code))
                .findFirst()
                .map(BusinessUnitSummary::id)
                .orElseThrow();
    }

    public CustomerDetails customer(String unitCode, String name) {
        return customer(unitCode, name, null, Channel.PHONE);
    }

    /** A customer with a mobile number and an e-mail address, preferring a channel. */
    public CustomerDetails customer(String unitCode, String name, String email, Channel preferred) {
        return customer(unitCode, name, email, preferred, CustomerType.INDIVIDUAL);
    }

    /** A customer of a type (government, organisation, individual). */
    public CustomerDetails customer(String unitCode, String name, CustomerType type) {
        return customer(unitCode, name, null, Channel.PHONE, type);
    }

    private CustomerDetails customer(String unitCode, String name, String email, Channel preferred, CustomerType type) {
        String phone = "139" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
        return as.user(
                "admin",
                () -> customers.create(new CustomerDraft(
                        unit(unitCode),
                        name,
                        phone,
                        null,
                        null,
                        email,
                        "上海市测试路 1 号",
                        CustomerTier.STANDARD,
                        type,
                        Set.of(),
                        preferred,
                        null,
                        null)));
    }

    public IssueDetails issue(
            CustomerDetails customer, String title, IssueType type, String category, Urgency urgency) {
        return as.user(
                "admin", () -> issues.create(new NewIssue(customer.id(), null, title, null, type, category, urgency)));
    }
}
