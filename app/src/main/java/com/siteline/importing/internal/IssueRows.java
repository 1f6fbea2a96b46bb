package com.siteline.importing.internal;

import com.siteline.customer.CustomerDetails;
import com.siteline.customer.CustomerService;
import com.siteline.importing.internal.RowResult.Outcome;
import com.siteline.issue.IssueQueries;
import com.siteline.issue.IssueService;
import com.siteline.issue.PastIssue;
import com.siteline.sdk.IssueType;
import com.siteline.sdk.Urgency;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Past issues: raised and closed before Siteline, for the customer with the phone in the unit; type, urgency and
 * category by their names in either language or their codes; times in the importing user's zone.
 */
public final class IssueRows implements RowTarget {

    private final IssueService issues;
    private final IssueQueries queries;
    private final CustomerService customers;
    private final Map<Long, String> units;
    private final Map<Long, String> codes;
    private final ZoneId zone;

    public IssueRows(
            IssueService issues,
            IssueQueries queries,
            CustomerService customers,
            Map<Long, String> units,
            Map<Long, String> codes,
            ZoneId zone) {
        this.issues = issues;
        this.queries = queries;
        this.customers = customers;
        this.units = units;
        this.codes = codes;
        this.zone = zone;
    }

    @Override
    public Plan plan(Map<String, String> row, boolean updateDuplicates) {
        List<String> problems = new ArrayList<>();
        Optional<Long> unit = Values.unit(row.get("unit"), units, codes);
        Long customerId = null;
        if (unit.isEmpty()) {
            problems.add("import.error.unit");
        } else if (row.get("customerPhone") != null && !row.get("customerPhone").isBlank()) {
            customerId = customers.samePhone(row.get("customerPhone"), null).stream()
                    .filter(c -> c.businessUnitId() == unit.get())
                    .map(CustomerDetails::id)
                    .findFirst()
                    .orElse(null);
        }
        if (unit.isPresent() && customerId == null) {
            problems.add("import.error.customer-phone");
        }
        IssueType type =
                Values.choice(row.get("type"), IssueType.class, "issue.type.").orElse(null);
        if (type == null) {
            problems.add("import.error.issue-type");
        }
        Urgency urgency = row.get("urgency") == null || row.get("urgency").isBlank()
                ? Urgency.NORMAL
                : Values.choice(row.get("urgency"), Urgency.class, "issue.urgency.")
                        .orElse(null);
        if (urgency == null) {
            problems.add("import.error.urgency");
        }
        String category = null;
        String wanted = Values.fold(row.get("category"));
        if (!wanted.isEmpty()) {
            category = queries.allCategories().stream()
                    .filter(id -> Values.fold(id).equals(wanted)
                            || Values.labels("issue.category." + id).contains(wanted))
                    .findFirst()
                    .orElse(null);
            if (category == null) {
                problems.add("import.error.category");
            }
        }
        Optional<Instant> raised = Values.instant(row.get("raisedAt"), zone);
        Optional<Instant> closed = Values.instant(row.get("closedAt"), zone);
        if (raised == null || closed == null || raised.isEmpty() || closed.isEmpty()) {
            problems.add("import.error.dates");
        }
        if (!problems.isEmpty()) {
            return Plan.refuse(problems);
        }
        PastIssue past = new PastIssue(
                customerId,
                row.get("title"),
                row.get("description"),
                type,
                category,
                urgency,
                raised.get(),
                closed.get(),
                row.get("resolution"));
        problems.addAll(issues.problemsOfPast(past));
        return problems.isEmpty() ? new Plan(Outcome.CREATE, List.of(), past) : Plan.refuse(problems);
    }

    @Override
    public void write(Plan plan) {
        issues.recordPast((PastIssue) plan.write());
    }
}
