package com.siteline.issue.ui;

import com.siteline.base.ui.Formats;
import com.siteline.issue.Deadline;
import com.siteline.issue.IssueDetails;
import com.siteline.issue.IssueQueries;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * An issue's response times: every deadline with its state, target, basis, due and met times, the rule
 * they came from, and (on the full page) the pauses of its clock with their reasons.
 */
class IssueDeadlines extends Div {

    private final transient IssueWorkbench bench;
    private final IssueDetails issue;

    IssueDeadlines(IssueWorkbench bench, IssueDetails issue, boolean full) {
        this.bench = bench;
        this.issue = issue;
        setId("issue-deadlines");
        addClassName("siteline-deadlines");
        add(new H4(getTranslation("sla.title")));
        add(SlaChips.chips(this, issue, true));
        UnorderedList list = new UnorderedList();
        for (Deadline deadline : issue.deadlines()) {
            list.add(new ListItem(getTranslation(
                    "sla.line",
                    getTranslation(deadline.kind().messageKey()),
                    SlaChips.duration(this, deadline.targetMinutes()),
                    getTranslation(deadline.businessTime() ? "sla.business" : "sla.calendar"),
                    Formats.minute(deadline.due()),
                    deadline.metAt() == null ? "—" : Formats.minute(deadline.metAt()))));
        }
        add(list);
        add(new Paragraph(
                issue.rulePlugin() == null
                        ? getTranslation("sla.rule.core", issue.ruleNumber())
                        : getTranslation("sla.rule", issue.ruleNumber())));
        if (full) {
            var pauses = bench.queries().pauses(issue.id());
            if (!pauses.isEmpty()) {
                UnorderedList pauseList = new UnorderedList();
                pauseList.setId("issue-pauses");
                pauses.forEach(p -> pauseList.add(new ListItem(getTranslation(
                        "sla.pause",
                        Formats.minute(p.from()),
                        p.ongoing() ? getTranslation("sla.pause.now") : Formats.minute(p.to()),
                        IssueLabels.pauseReason(
                                this,
                                bench.catalog(),
                                issue.variantId(),
                                p.reason() == null ? IssueQueries.CORE_PAUSE_REASON : p.reason())))));
                add(new H4(getTranslation("sla.pauses")), pauseList);
            }
        }
    }
}
