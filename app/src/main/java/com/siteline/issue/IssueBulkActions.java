package com.siteline.issue;

import com.siteline.base.Actors;
import com.siteline.base.BulkResult;
import com.siteline.base.RowByRow;
import com.siteline.base.RowVersion;
import com.siteline.issue.internal.CustomerIssue;
import com.siteline.issue.internal.IssueRepository;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.Role;
import com.siteline.sdk.Urgency;
import java.util.Collection;
import java.util.Map;
import java.util.function.BiConsumer;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The inbox's bulk actions: each selected issue on its own (its own transaction), checked against the
 * version the grid showed, through the same lifecycle rules as a single change; refusals are reported
 * per row with the same message a single change gets.
 */
@Service
public class IssueBulkActions {

    private final IssueQueries queries;
    private final IssueLifecycle lifecycle;
    private final IssueService single;
    private final IssueRepository issues;
    private final OrganizationService organization;
    private final RowByRow rowByRow;

    IssueBulkActions(
            IssueQueries queries,
            IssueLifecycle lifecycle,
            IssueService single,
            IssueRepository issues,
            OrganizationService organization,
            PlatformTransactionManager transactions) {
        this.queries = queries;
        this.lifecycle = lifecycle;
        this.single = single;
        this.issues = issues;
        this.organization = organization;
        this.rowByRow = new RowByRow(transactions);
    }

    @PreAuthorize(Role.Can.TRIAGE)
    public BulkResult assign(Collection<RowVersion> rows, String assignee) {
        IssueLifecycle.Colleagues colleagues = single.colleagues();
        return each(rows, (issue, actor) -> lifecycle.assign(issue, actor, assignee, colleagues));
    }

    @PreAuthorize(Role.Can.TRIAGE)
    public BulkResult move(Collection<RowVersion> rows, IssueStatus target) {
        return each(rows, (issue, actor) -> lifecycle.move(issue, actor, target, StepInput.none()));
    }

    @PreAuthorize(Role.Can.TRIAGE)
    public BulkResult urgency(Collection<RowVersion> rows, Urgency urgency) {
        return each(rows, (issue, actor) -> lifecycle.changeUrgency(issue, actor, urgency));
    }

    @PreAuthorize(Role.Can.TRIAGE)
    public BulkResult category(Collection<RowVersion> rows, String categoryId) {
        return each(rows, (issue, actor) -> lifecycle.changeCategory(issue, actor, categoryId));
    }

    @PreAuthorize(Role.Can.TRIAGE)
    public BulkResult addTag(Collection<RowVersion> rows, String tag) {
        String clean = IssueLifecycle.cleanTag(tag);
        return each(rows, (issue, actor) -> lifecycle.addTag(issue, actor, clean));
    }

    private BulkResult each(Collection<RowVersion> rows, BiConsumer<CustomerIssue, String> action) {
        String username = Actors.current();
        Map<Long, String> units = organization.unitNamesOf(username);
        return rowByRow.apply(rows, "issue.refused.not-found", "issue.refused.conflict", row -> {
            CustomerIssue issue = queries.load(units, row.id());
            RowVersion.check(CustomerIssue.class, row.id(), issue.getVersion(), row.version());
            action.accept(issue, username);
            issues.saveAndFlush(issue);
        });
    }
}
