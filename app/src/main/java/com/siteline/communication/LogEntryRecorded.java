package com.siteline.communication;

import com.siteline.customer.Channel;
import java.time.Instant;

/** Published when any contact is logged (in the logging transaction): what a communication plan's task may wait for. */
public record LogEntryRecorded(
        long entryId, long businessUnitId, long customerId, Long projectId, Channel channel, Instant occurredAt) {}
