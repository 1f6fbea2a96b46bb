package com.siteline.issue.ui;

import com.siteline.communication.CommunicationService;
import com.siteline.customer.CustomerService;
import com.siteline.organization.OrganizationService;
import com.siteline.plugin.VariantCatalog;
import com.siteline.project.ProjectService;
import java.time.Clock;
import org.springframework.stereotype.Component;

/** The services the issue views and panels work with, handed around as one. */
@Component
@org.springframework.modulith.NamedInterface("ui")
public record IssueWorkbench(com.siteline.issue.IssueService issues, com.siteline.issue.IssueQueries queries,
        com.siteline.issue.IssueBulkActions bulk, CommunicationService log,
        CustomerService customers, ProjectService projects, VariantCatalog catalog, OrganizationService organization,
        Clock clock) {
}
