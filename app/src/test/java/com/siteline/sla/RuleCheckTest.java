package com.siteline.sla;

import static org.assertj.core.api.Assertions.assertThat;

import com.siteline.sdk.IssueType;
import com.siteline.sdk.Urgency;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleCheckTest {

    private static ResponseRule rule(IssueType type, Urgency urgency, Long first, Long resolution) {
        return new ResponseRule(true, type, null, urgency, null, null, first, null, resolution, true);
    }

    @Test
    void theFirstMatchingEnabledRuleApplies() {
        ResponseRule urgentComplaint = rule(IssueType.COMPLAINT, Urgency.URGENT, 120L, 1440L);
        ResponseRule anyComplaint = rule(IssueType.COMPLAINT, null, 1440L, null);
        ResponseRule.IssueFacts urgent =
                new ResponseRule.IssueFacts(IssueType.COMPLAINT, "schedule", Urgency.URGENT, null, null);
        ResponseRule.IssueFacts normal =
                new ResponseRule.IssueFacts(IssueType.COMPLAINT, "schedule", Urgency.NORMAL, null, null);
        assertThat(urgentComplaint.matches(urgent)).isTrue();
        assertThat(urgentComplaint.matches(normal)).isFalse();
        assertThat(anyComplaint.matches(normal)).isTrue();
        ResponseRule disabled = new ResponseRule(false, null, null, null, null, null, 60L, null, null, true);
        assertThat(disabled.matches(urgent)).isFalse();
    }

    @Test
    void aRuleBehindABroaderOneIsFlaggedUnreachable() {
        RuleCheck check = RuleCheck.of(List.of(
                rule(IssueType.COMPLAINT, null, 1440L, null),
                rule(IssueType.COMPLAINT, Urgency.URGENT, 120L, null),
                rule(IssueType.ENQUIRY, null, 240L, null)));
        assertThat(check.ok()).isTrue();
        assertThat(check.warnings()).containsExactly(new RuleCheck.Problem(2, "rules.warning.unreachable", 1));
    }

    @Test
    void emptyNegativeAndInconsistentTargetsAreErrors() {
        RuleCheck check = RuleCheck.of(List.of(
                rule(IssueType.COMPLAINT, Urgency.URGENT, null, null),
                rule(IssueType.COMPLAINT, Urgency.NORMAL, -5L, null),
                rule(IssueType.DISPUTE, null, 600L, 60L)));
        assertThat(check.ok()).isFalse();
        assertThat(check.errors())
                .containsExactly(
                        new RuleCheck.Problem(1, "rules.error.first-response-missing", 0),
                        new RuleCheck.Problem(2, "rules.error.not-positive", 0),
                        new RuleCheck.Problem(3, "rules.error.resolution-before-response", 0));
    }
}
