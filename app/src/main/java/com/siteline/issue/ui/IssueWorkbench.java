package com.siteline.issue.ui;

import com.siteline.communication.CommunicationService;
import com.siteline.customer.CustomerService;
import com.siteline.issue.IssueBulkActions;
import com.siteline.issue.IssueQueries;
import com.siteline.issue.IssueService;
import com.siteline.organization.OrganizationService;
import com.siteline.plugin.VariantCatalog;
import com.siteline.project.ProjectService;
import java.time.Clock;
import org.springframework.stereotype.Component;

/** The services the issue views and panels work with, handed around as one. */
@Component
@org.springframework.modulith.NamedInterface("ui")
public record IssueWorkbench(
        IssueService issues,
        IssueQueries queries,
        IssueBulkActions bulk,
        CommunicationService log,
        CustomerService customers,
        ProjectService projects,
        VariantCatalog catalog,
        OrganizationService organization,
        Clock clock,
        com.siteline.knowledge.StandardReplies replies) {

    /** What the log dialog's standard replies know of an issue: its type, category and next deadline. */
    public com.siteline.communication.ui.LogEntryDialog.Replies repliesFor(com.siteline.issue.IssueDetails issue) {
        return new com.siteline.communication.ui.LogEntryDialog.Replies(
                replies,
                issue.type(),
                issue.categoryId(),
                issue.nextDueAt() == null ? null : com.siteline.base.ui.Formats.minute(issue.nextDueAt()));
    }
}
