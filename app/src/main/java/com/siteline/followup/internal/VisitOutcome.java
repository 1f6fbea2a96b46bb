package com.siteline.followup.internal;

import com.siteline.base.InputField;
import com.siteline.customer.Channel;
import java.time.LocalDate;

/**
 * What the caller of a return visit records: how they tried, whether they reached the customer (if not, when
 * to try again), and if so the satisfaction, remarks and problems found (optionally raised as a linked issue),
 * and the answers to the variant's own visit form where its schedule has one (by field id).
 */
public record VisitOutcome(
        Channel channel,
        boolean reached,
        LocalDate retryOn,
        Integer satisfaction,
        String remarks,
        String problems,
        boolean raiseIssue,
        java.util.Map<String, Object> form) {

    /** An outcome's fields, as the visit form shows them and a refusal names them. */
    public enum Field implements InputField {
        CHANNEL,
        REACHED,
        RETRY_ON,
        SATISFACTION,
        REMARKS,
        PROBLEMS,
        RAISE_ISSUE,
        FORM
    }

    public VisitOutcome {
        form = form == null ? java.util.Map.of() : java.util.Collections.unmodifiableMap(new java.util.HashMap<>(form));
    }

    /** An outcome of a visit without a form of its own. */
    public VisitOutcome(
            Channel channel,
            boolean reached,
            LocalDate retryOn,
            Integer satisfaction,
            String remarks,
            String problems,
            boolean raiseIssue) {
        this(channel, reached, retryOn, satisfaction, remarks, problems, raiseIssue, java.util.Map.of());
    }
}
