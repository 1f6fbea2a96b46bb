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

    /**
     * A standard-reply picker (标准话术) for a text the customer of an issue reads (its handling plan, its resolution):
     * the issue's type and category first, filled from its customer, its project and stage, its next deadline.
     */
    public com.siteline.knowledge.ui.ReplyPicker replyPicker(
            com.siteline.issue.IssueDetails issue,
            java.util.Locale locale,
            com.vaadin.flow.component.textfield.TextArea into) {
        com.siteline.project.ProjectSummary project = issue.projectId() != null && projects.visible(issue.projectId())
                ? projects.get(issue.projectId())
                : null;
        com.siteline.knowledge.ReplyContext context = new com.siteline.knowledge.ReplyContext(
                issue.customerName(),
                project == null ? null : project.name(),
                project == null ? null : replies.stageName(project.variantId(), project.currentStageId(), locale),
                issue.nextDueAt() == null ? null : com.siteline.base.ui.Formats.minute(issue.nextDueAt()),
                null);
        return new com.siteline.knowledge.ui.ReplyPicker(
                replies,
                () -> new com.siteline.knowledge.ui.ReplyPicker.Answering(
                        issue.businessUnitId(), issue.variantId(), issue.type(), issue.categoryId(), context),
                text -> into.setValue(into.getValue().isBlank() ? text : into.getValue() + "\n" + text));
    }

    /** What the log dialog's standard replies know of an issue: its type, category and next deadline. */
    public com.siteline.communication.ui.LogEntryDialog.Replies repliesFor(com.siteline.issue.IssueDetails issue) {
        return new com.siteline.communication.ui.LogEntryDialog.Replies(
                replies,
                issue.type(),
                issue.categoryId(),
                issue.nextDueAt() == null ? null : com.siteline.base.ui.Formats.minute(issue.nextDueAt()));
    }
}
