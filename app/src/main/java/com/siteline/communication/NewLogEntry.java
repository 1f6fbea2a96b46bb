package com.siteline.communication;

import com.siteline.customer.Channel;
import java.time.Instant;

/**
 * What an agent logs: when, where, how, who, what was said and the outcome; optionally the project
 * and issue it concerns and, when the answer was promised for later, the promised reply time.
 *
 * @param answersOpenPromises this contact gives the replies promised earlier (on the same issue,
 *                            or to the customer when no issue is named)
 */
public record NewLogEntry(long customerId, Long projectId, Long issueId, Instant occurredAt, String place,
        Channel channel, String participants, String content, String outcome, Instant promisedReplyAt,
        boolean answersOpenPromises) {
}
