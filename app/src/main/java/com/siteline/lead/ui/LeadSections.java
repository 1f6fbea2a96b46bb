package com.siteline.lead.ui;

import com.siteline.base.ui.RecordSection;
import com.siteline.lead.Leads;
import com.siteline.organization.OrganizationService;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** On a customer's page: the lead they were converted from, with its history (converting keeps it). */
@Configuration(proxyBeanMethods = false)
class LeadSections {

    @Bean
    RecordSection customerLeadSection(Leads leads, OrganizationService organization) {
        return RecordSection.at(
                RecordSection.Page.CUSTOMER,
                15,
                customerId -> leads.ofCustomer(customerId).<com.vaadin.flow.component.Component>map(lead -> {
                    Div box = new Div();
                    box.setId("customer-lead");
                    box.add(new H3(box.getTranslation("lead.from")));
                    box.add(LeadsView.history(box, lead, organization.displayNames()));
                    return box;
                }));
    }
}
