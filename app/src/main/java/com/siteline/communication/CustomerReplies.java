package com.siteline.communication;

import com.siteline.customer.Channel;
import com.siteline.notification.CustomerReplied;
import com.siteline.organization.RunAs;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A customer's answer on a channel (an SMS back, a mail reply) becomes an entry of their communication log, with the
 * channel it came on, so it shows on their page and in the log like any contact.
 */
@Component
class CustomerReplies {

    private static final Logger log = LoggerFactory.getLogger(CustomerReplies.class);

    private final CommunicationService communication;
    private final RunAs as;

    CustomerReplies(CommunicationService communication, RunAs as) {
        this.communication = communication;
        this.as = as;
    }

    @TransactionalEventListener
    @org.springframework.transaction.annotation.Transactional(
            propagation = org.springframework.transaction.annotation.Propagation.REQUIRES_NEW)
    void on(CustomerReplied reply) {
        if (reply.text().isBlank() && reply.files().isEmpty()) {
            return;
        }
        try {
            List<com.siteline.communication.internal.NewAttachment> files = reply.files().stream()
                    .map(f -> new com.siteline.communication.internal.NewAttachment(
                            f.name(), f.contentType(), f.content()))
                    .toList();
            as.system(() -> communication.recordFromCustomer(
                    reply.customerId(),
                    reply.projectId(),
                    reply.issueId(),
                    reply.at(),
                    channelOf(reply.channel()),
                    reply.from(),
                    reply.text(),
                    files));
        } catch (RuntimeException e) {
            log.warn("The answer of customer {} on {} is in the outbox only", reply.customerId(), reply.channel(), e);
        }
    }

    static Channel channelOf(String channel) {
        return switch (channel) {
            case "sms" -> Channel.SMS;
            case "email" -> Channel.EMAIL;
            case "wecom" -> Channel.WECHAT;
            default -> Channel.OTHER;
        };
    }
}
