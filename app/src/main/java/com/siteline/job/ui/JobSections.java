package com.siteline.job.ui;

import com.siteline.base.RefusedException;
import com.siteline.base.grid.GridLinks;
import com.siteline.base.grid.GridQuery;
import com.siteline.base.ui.Formats;
import com.siteline.base.ui.Problems;
import com.siteline.base.ui.RecordSection;
import com.siteline.communication.CommunicationService;
import com.siteline.communication.LogEntry;
import com.siteline.issue.IssueDetails;
import com.siteline.issue.IssueQueries;
import com.siteline.job.JobSummary;
import com.siteline.job.Jobs;
import com.siteline.project.ProjectService;
import com.siteline.sdk.IssueType;
import com.siteline.sdk.WarrantyTerm;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Jobs on the record pages: a repair request's job (or the button that makes it) on the issue page, the jobs of a
 * customer and of a project on theirs.
 */
@Configuration(proxyBeanMethods = false)
class JobSections {

    @Bean
    RecordSection issueJob(Jobs jobs, IssueQueries issues, GridLinks links) {
        return new RecordSection() {
            @Override
            public Page page() {
                return Page.ISSUE;
            }

            @Override
            public Optional<Component> render(long issueId) {
                IssueDetails issue = issues.get(issueId);
                Optional<JobSummary> job = jobs.ofIssue(issueId);
                if (issue.type() != IssueType.REPAIR_REQUEST && job.isEmpty()) {
                    return Optional.empty();
                }
                Div box = new Div();
                box.setId("issue-job");
                fill(box, jobs, issue, job, links);
                return Optional.of(box);
            }
        };
    }

    private static void fill(Div box, Jobs jobs, IssueDetails issue, Optional<JobSummary> job, GridLinks links) {
        box.removeAll();
        box.add(new H3(box.getTranslation("job.section")));
        if (job.isPresent()) {
            JobSummary j = job.get();
            box.add(
                    new Paragraph(box.getTranslation(j.state().messageKey())
                            + (j.technician() == null ? "" : " · " + j.technician())),
                    new Anchor(
                            links.link("jobs", GridQuery.empty().withSearch(j.title())),
                            box.getTranslation("job.title")));
        } else if (issue.status().isOpen()) {
            // the variant's warranty terms per trade: the job's warranty runs by the chosen trade's period
            com.vaadin.flow.component.select.Select<WarrantyTerm> trade =
                    tradeSelect(box, jobs, jobs.warrantyTerms(issue.variantId()));
            trade.setId("issue-job-trade");
            Button create = new Button(box.getTranslation("job.create"), e -> {
                try {
                    fill(
                            box,
                            jobs,
                            issue,
                            Optional.of(jobs.create(
                                    issue.id(),
                                    trade.getValue() == null
                                            ? null
                                            : trade.getValue().trade())),
                            links);
                    Problems.success(box.getTranslation("job.created.notice"));
                } catch (RefusedException refused) {
                    Problems.show(box, refused);
                }
            });
            create.setId("issue-job-create");
            box.add(trade, create);
        }
    }

    /**
     * On a log entry not yet about an issue: a repair the customer reported in that conversation becomes a repair
     * request and its job in one step (with the trade, where the project's variant has warranty terms per trade).
     */
    @Bean
    RecordSection logEntryJob(Jobs jobs, CommunicationService log, ProjectService projects, GridLinks links) {
        return new RecordSection() {
            @Override
            public Page page() {
                return Page.LOG;
            }

            @Override
            public Optional<Component> render(long entryId) {
                LogEntry entry = log.get(entryId);
                if (entry.issueId() != null) {
                    return Optional.empty();
                }
                Div box = new Div();
                box.setId("log-job");
                String variant = entry.projectId() == null || !projects.visible(entry.projectId())
                        ? null
                        : projects.get(entry.projectId()).variantId();
                List<WarrantyTerm> terms = jobs.warrantyTerms(variant);
                com.vaadin.flow.component.select.Select<WarrantyTerm> trade = tradeSelect(box, jobs, terms);
                trade.setId("log-job-trade");
                Button create = new Button(box.getTranslation("job.from-log"), e -> {
                    try {
                        JobSummary job = jobs.createFromLogEntry(
                                entryId,
                                trade.getValue() == null
                                        ? null
                                        : trade.getValue().trade());
                        box.removeAll();
                        box.add(
                                new Paragraph(box.getTranslation("job.from-log.done", job.issueId())),
                                new Anchor(
                                        links.link("jobs", GridQuery.empty().withSearch(job.title())),
                                        box.getTranslation("job.title")));
                        Problems.success(box.getTranslation("job.created.notice"));
                    } catch (RefusedException refused) {
                        Problems.show(box, refused);
                    }
                });
                create.setId("log-job-create");
                box.add(trade, create);
                return Optional.of(box);
            }
        };
    }

    /** The trades of the variant's warranty terms to choose from (hidden when it declares none). */
    static com.vaadin.flow.component.select.Select<WarrantyTerm> tradeSelect(
            Div box, Jobs jobs, List<WarrantyTerm> terms) {
        com.vaadin.flow.component.select.Select<WarrantyTerm> trade = new com.vaadin.flow.component.select.Select<>();
        trade.setLabel(box.getTranslation("job.trade"));
        trade.setItems(terms);
        trade.setEmptySelectionAllowed(true);
        trade.setEmptySelectionCaption(
                box.getTranslation("job.trade.whole", jobs.defaultWarranty().getYears()));
        trade.setItemLabelGenerator(t -> t == null
                ? box.getTranslation("job.trade.whole", jobs.defaultWarranty().getYears())
                : box.getTranslation(
                        "job.trade.term",
                        t.name().get(com.vaadin.flow.component.UI.getCurrent().getLocale()),
                        t.period().getYears()));
        trade.setVisible(!terms.isEmpty());
        return trade;
    }

    @Bean
    RecordSection jobsOnTheCustomerPage(Jobs jobs) {
        return list(RecordSection.Page.CUSTOMER, "customer-jobs", jobs::ofCustomer);
    }

    @Bean
    RecordSection projectJobs(Jobs jobs) {
        return list(RecordSection.Page.PROJECT, "project-jobs", jobs::ofProject);
    }

    private static RecordSection list(
            RecordSection.Page page, String id, java.util.function.LongFunction<List<JobSummary>> read) {
        return RecordSection.list(
                page,
                id,
                "job.section",
                read,
                (box, j) -> new com.vaadin.flow.component.html.Span(
                        Formats.minute(j.createdAt()) + " · " + j.title() + " · "
                                + box.getTranslation(j.state().messageKey()) + " · "
                                + box.getTranslation(j.inWarranty() ? "job.warranty.in" : "job.warranty.out")
                                + (j.warrantyUntil() == null
                                        ? ""
                                        : " "
                                                + box.getTranslation(
                                                        "job.warranty.ends",
                                                        j.warrantyUntil().toString()))),
                "jobs",
                "job.title");
    }
}
