package com.siteline.communication;

import com.siteline.customer.Channel;
import java.time.Instant;

/** A communication log entry as grids, timelines and the 360 page show it. */
public record LogEntry(
        long id,
        long version,
        long businessUnitId,
        String businessUnitName,
        long customerId,
        String customerName,
        Long projectId,
        Long issueId,
        Instant occurredAt,
        String place,
        Channel channel,
        String participants,
        String content,
        String outcome,
        Instant promisedReplyAt,
        Instant repliedAt,
        String author) {

    /** A promised reply not given yet: a task in the author's queue. */
    public boolean promiseOpen() {
        return promisedReplyAt != null && repliedAt == null;
    }

    public boolean overdue(Instant now) {
        return promiseOpen() && promisedReplyAt.isBefore(now);
    }
}
