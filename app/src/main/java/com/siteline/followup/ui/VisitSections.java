package com.siteline.followup.ui;

import com.siteline.base.ui.RecordSection;
import com.siteline.followup.ReturnVisits;
import com.siteline.followup.VisitState;
import com.siteline.followup.VisitSummary;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Optional;
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

    private static RecordSection section(RecordSection.Page page, String id,
            java.util.function.LongFunction<List<VisitSummary>> read) {
        return new RecordSection() {
            @Override
            public Page page() {
                return page;
            }

            @Override
            public Optional<Component> render(long recordId) {
                List<VisitSummary> list = read.apply(recordId);
                if (list.isEmpty()) {
                    return Optional.empty();
                }
                Div box = new Div();
                box.setId(id);
                box.add(new H3(box.getTranslation("visit.section")));
                UnorderedList items = new UnorderedList();
                for (VisitSummary v : list) {
                    String state = v.state() == VisitState.DUE && v.dueOn().isBefore(java.time.LocalDate.now(
                            com.siteline.base.ui.Formats.zone())) ? box.getTranslation("visit.overdue")
                            : box.getTranslation(v.state().messageKey());
                    String text = v.dueOn() + " · " + v.subject() + " · " + VisitTexts.offset(box, v) + " · " + state
                            + (v.satisfaction() == null ? "" : " · " + "★".repeat(v.satisfaction()));
                    ListItem item = new ListItem(text);
                    if (v.raisedIssueId() != null) {
                        item.add(new com.vaadin.flow.component.html.Span(" · "), new Anchor("issues/" + v.raisedIssueId(), box.getTranslation("visit.raised",
                                String.valueOf(v.raisedIssueId()))));
                    }
                    items.add(item);
                }
                box.add(items, new Anchor("return-visits", box.getTranslation("visit.title")));
                return Optional.of(box);
            }
        };
    }
}
