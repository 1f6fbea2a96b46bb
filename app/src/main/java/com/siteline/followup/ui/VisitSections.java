package com.siteline.followup.ui;

import com.siteline.base.ui.Formats;
import com.siteline.base.ui.RecordSection;
import com.siteline.followup.ReturnVisits;
import com.siteline.followup.VisitState;
import com.siteline.followup.VisitSummary;
import com.vaadin.flow.component.html.Anchor;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The return visits on a project's page and on the customer's record: each with its day and what came of it. */
@Configuration(proxyBeanMethods = false)
class VisitSections {

    @Bean
    RecordSection projectVisits(ReturnVisits visits) {
        return section(RecordSection.Page.PROJECT, "project-visits", visits::ofProject);
    }

    @Bean
    RecordSection customerVisits(ReturnVisits visits) {
        return section(RecordSection.Page.CUSTOMER, "customer-visits", visits::ofCustomer);
    }

    private static RecordSection section(
            RecordSection.Page page, String id, java.util.function.LongFunction<List<VisitSummary>> read) {
        return RecordSection.list(
                page,
                id,
                "visit.section",
                read,
                (box, v) -> {
                    String state =
                            v.state() == VisitState.DUE && v.dueOn().isBefore(java.time.LocalDate.now(Formats.zone()))
                                    ? box.getTranslation("visit.overdue")
                                    : box.getTranslation(v.state().messageKey());
                    com.vaadin.flow.component.html.Span line = new com.vaadin.flow.component.html.Span(v.dueOn() + " · "
                            + v.subject() + " · " + VisitTexts.offset(box, v) + " · " + state
                            + (v.satisfaction() == null ? "" : " · " + "★".repeat(v.satisfaction())));
                    if (v.raisedIssueId() != null) {
                        line.add(
                                new com.vaadin.flow.component.html.Span(" · "),
                                new Anchor(
                                        "issues/" + v.raisedIssueId(),
                                        box.getTranslation("visit.raised", String.valueOf(v.raisedIssueId()))));
                    }
                    return line;
                },
                "return-visits",
                "visit.title");
    }
}
