package com.siteline.job.internal;

import com.siteline.base.SitelineI18NProvider;
import com.siteline.customer.CustomerDetails;
import com.siteline.customer.CustomerService;
import com.siteline.job.JobDispatched;
import com.siteline.job.JobSummary;
import com.siteline.notification.CustomerMessages;
import java.time.format.DateTimeFormatter;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the customer, on their channel, who comes when: the technician's name and phone and the window agreed, in
 * zh-CN then English, stored in the outbox with the dispatch (sent once it is committed; nothing if it is not).
 */
@Component
class DispatchNotice {

    static final String KIND = "JOB_DISPATCHED";

    private final CustomerMessages messages;
    private final CustomerService customers;
    private final SitelineI18NProvider i18n;

    DispatchNotice(CustomerMessages messages, CustomerService customers, SitelineI18NProvider i18n) {
        this.messages = messages;
        this.customers = customers;
        this.i18n = i18n;
    }

    @EventListener
    void dispatched(JobDispatched event) {
        JobSummary job = event.job();
        CustomerDetails customer = customers.get(job.customerId());
        DateTimeFormatter day = DateTimeFormatter.ofPattern("yyyy-MM-dd");
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm");
        Object[] params = {
            job.title(),
            job.technician(),
            job.technicianPhone() == null ? "-" : job.technicianPhone(),
            job.appointmentFrom().atZone(event.zone()).format(day),
            job.appointmentFrom().atZone(event.zone()).format(time),
            job.appointmentTo().atZone(event.zone()).format(time)
        };
        String subject = i18n.bilingualSubject("job.notice.subject");
        String body = i18n.bilingualBody("job.notice.body", params);
        messages.send(new CustomerMessages.Outgoing(
                        customer.id(),
                        customer.name(),
                        customer.businessUnitId(),
                        KIND,
                        customer.email(),
                        customer.phone(),
                        subject,
                        body)
                .about(job.issueId(), job.projectId()));
    }
}
