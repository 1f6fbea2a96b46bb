package com.siteline.sla;

import com.siteline.sdk.IssueType;
import com.siteline.sdk.ResponseTimeDefault;
import com.siteline.sdk.Urgency;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One response-time rule: which issues it matches (null criteria match anything) and the targets it
 * sets. Durations in minutes, in business or calendar time.
 */
public record ResponseRule(
        boolean enabled,
        IssueType issueType,
        String categoryId,
        Urgency urgency,
        String stageId,
        CustomerTier customerTier,
        CustomerType customerType,
        Long firstResponseMinutes,
        Long nextUpdateMinutes,
        Long resolutionMinutes,
        boolean businessTime,
        Long warnLeadMinutes,
        Long escalateAfterMinutes) {

    /**
     * A rule for any customer type with the default escalation ladder (lead time a quarter of the target, further
     * delay half of it).
     */
    public ResponseRule(
            boolean enabled,
            IssueType issueType,
            String categoryId,
            Urgency urgency,
            String stageId,
            CustomerTier customerTier,
            Long firstResponseMinutes,
            Long nextUpdateMinutes,
            Long resolutionMinutes,
            boolean businessTime) {
        this(
                enabled,
                issueType,
                categoryId,
                urgency,
                stageId,
                customerTier,
                null,
                firstResponseMinutes,
                nextUpdateMinutes,
                resolutionMinutes,
                businessTime,
                null,
                null);
    }

    /** What an issue looks like to the rules. */
    public record IssueFacts(
            IssueType issueType,
            String categoryId,
            Urgency urgency,
            String stageId,
            CustomerTier customerTier,
            CustomerType customerType) {

        /** An issue whose customer's type is not known (only rules for any type match it). */
        public IssueFacts(
                IssueType issueType, String categoryId, Urgency urgency, String stageId, CustomerTier customerTier) {
            this(issueType, categoryId, urgency, stageId, customerTier, null);
        }
    }

    public static ResponseRule from(ResponseTimeDefault plugin) {
        return new ResponseRule(
                true,
                plugin.issueType(),
                plugin.categoryId(),
                plugin.urgency(),
                null,
                null,
                plugin.firstResponse().toMinutes(),
                null,
                plugin.resolution() == null ? null : plugin.resolution().toMinutes(),
                plugin.businessTime());
    }

    public boolean matches(IssueFacts issue) {
        return enabled
                && fits(issueType, issue.issueType())
                && fits(categoryId, issue.categoryId())
                && fits(urgency, issue.urgency())
                && fits(stageId, issue.stageId())
                && fits(customerTier, issue.customerTier())
                && fits(customerType, issue.customerType());
    }

    /** Whether every issue this rule matches is matched by {@code earlier} too (so this rule can never apply after it). */
    boolean shadowedBy(ResponseRule earlier) {
        return earlier.enabled
                && covers(earlier.issueType, issueType)
                && covers(earlier.categoryId, categoryId)
                && covers(earlier.urgency, urgency)
                && covers(earlier.stageId, stageId)
                && covers(earlier.customerTier, customerTier)
                && covers(earlier.customerType, customerType);
    }

    /** Problems that forbid saving, as message keys. */
    public List<String> errors() {
        List<String> errors = new ArrayList<>();
        if (firstResponseMinutes == null) {
            errors.add("rules.error.first-response-missing");
        }
        for (Long minutes : new Long[] {firstResponseMinutes, nextUpdateMinutes, resolutionMinutes}) {
            if (minutes != null && minutes <= 0) {
                errors.add("rules.error.not-positive");
                break;
            }
        }
        if ((warnLeadMinutes != null && warnLeadMinutes < 0)
                || (escalateAfterMinutes != null && escalateAfterMinutes < 0)) {
            errors.add("rules.error.ladder-negative");
        }
        if (firstResponseMinutes != null && resolutionMinutes != null && resolutionMinutes < firstResponseMinutes) {
            errors.add("rules.error.resolution-before-response");
        }
        return errors;
    }

    public Duration firstResponse() {
        return Duration.ofMinutes(firstResponseMinutes);
    }

    private static boolean fits(Object criterion, Object value) {
        return criterion == null || Objects.equals(criterion, value);
    }

    private static boolean covers(Object earlier, Object later) {
        return earlier == null || Objects.equals(earlier, later);
    }
}
