package com.siteline.communication;

import com.siteline.base.InputField;
import com.siteline.communication.internal.NewAttachment;
import com.siteline.customer.Channel;
import java.time.Instant;

/**
 * What an agent logs: when, where, how, who, what was said and the outcome; optionally the project
 * and issue it concerns and, when the answer was promised for later, the promised reply time.
 *
 * @param attachments         files to keep with the entry (photos, minutes, scans), checked like project attachments
 * @param answersOpenPromises this contact gives the replies promised earlier (on the same issue,
 *                            or to the customer when no issue is named)
 */
public record NewLogEntry(
        long customerId,
        Long projectId,
        Long issueId,
        Instant occurredAt,
        String place,
        Channel channel,
        String participants,
        String content,
        String outcome,
        Instant promisedReplyAt,
        boolean answersOpenPromises,
        java.util.List<NewAttachment> attachments) {

    /** The entry's fields a refusal names, as the log dialog shows them. */
    public enum Field implements InputField {
        CUSTOMER_ID,
        PROJECT_ID,
        ISSUE_ID,
        OCCURRED_AT,
        PLACE,
        CHANNEL,
        PARTICIPANTS,
        CONTENT,
        OUTCOME,
        PROMISED_REPLY_AT,
        ATTACHMENTS
    }

    public NewLogEntry {
        attachments = attachments == null ? java.util.List.of() : java.util.List.copyOf(attachments);
    }

    public NewLogEntry(
            long customerId,
            Long projectId,
            Long issueId,
            Instant occurredAt,
            String place,
            Channel channel,
            String participants,
            String content,
            String outcome,
            Instant promisedReplyAt,
            boolean answersOpenPromises) {
        this(
                customerId,
                projectId,
                issueId,
                occurredAt,
                place,
                channel,
                participants,
                content,
                outcome,
                promisedReplyAt,
                answersOpenPromises,
                java.util.List.of());
    }
}
