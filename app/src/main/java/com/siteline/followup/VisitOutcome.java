package com.siteline.followup;

import com.siteline.customer.Channel;
import java.time.LocalDate;

/**
 * What the caller of a return visit records: how they tried, whether they reached the customer (if not, when
 * to try again), and if so the satisfaction, remarks and problems found (optionally raised as a linked issue).
 */
public record VisitOutcome(Channel channel, boolean reached, LocalDate retryOn, Integer satisfaction, String remarks,
        String problems, boolean raiseIssue) {
}
