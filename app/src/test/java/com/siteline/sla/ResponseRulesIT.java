package com.siteline.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.siteline.organization.OrganizationService;
import com.siteline.organization.RunAs;
import com.siteline.sdk.IssueType;
import com.siteline.sdk.Urgency;
import com.siteline.testsupport.SitelineSpringTest;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** On MariaDB: rules start from the plugin's defaults, admin edits are kept, reset brings the defaults back. */
@SitelineSpringTest
class ResponseRulesIT {

    @Autowired
    ResponseRuleService rules;

    @Autowired
    RunAs as;

    @Autowired
    OrganizationService organization;

    private static Instant shanghai(String local) {
        return LocalDateTime.parse(local).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
    }

    @Test
    void pluginDefaultsAreTheStartingRulesAndAdminEditsSurviveUntilReset() {
        List<ResponseRule> defaults = rules.rules("home-decoration");
        assertThat(rules.customised("home-decoration")).isFalse();
        assertThat(defaults).isNotEmpty().allMatch(ResponseRule::enabled);
        ResponseRule.IssueFacts urgentComplaint =
                new ResponseRule.IssueFacts(IssueType.COMPLAINT, "leakage", Urgency.URGENT, null, null);
        long unit = organization.businessUnits().stream()
                .filter(u -> u.code().equals("SH-HOME"))
                .findFirst()
                .orElseThrow()
                .id();

        RuleMatch before = rules.test("home-decoration", defaults, urgentComplaint, shanghai("2026-11-24T10:00"), unit)
                .orElseThrow();
        assertThat(before.rule().firstResponseMinutes()).isEqualTo(120);
        assertThat(before.firstResponse()).isEqualTo(shanghai("2026-11-24T12:00"));

        // the admin makes urgent complaints 1 business hour, counted in business time
        List<ResponseRule> edited = new ArrayList<>(defaults);
        int index = edited.indexOf(before.rule());
        ResponseRule old = edited.get(index);
        edited.set(
                index,
                new ResponseRule(
                        true,
                        old.issueType(),
                        old.categoryId(),
                        old.urgency(),
                        null,
                        null,
                        60L,
                        240L,
                        old.resolutionMinutes(),
                        true));
        as.user("admin", () -> rules.save("home-decoration", rules.version("home-decoration"), edited));

        assertThat(rules.customised("home-decoration")).isTrue();
        RuleMatch after = rules.test(
                        "home-decoration",
                        rules.rules("home-decoration"),
                        urgentComplaint,
                        shanghai("2026-11-24T11:30"),
                        unit)
                .orElseThrow();
        // 30 minutes before lunch, 30 after it
        assertThat(after.firstResponse()).isEqualTo(shanghai("2026-11-24T14:00"));
        assertThat(after.nextUpdate()).isEqualTo(shanghai("2026-11-24T17:00"));

        as.user("admin", () -> rules.resetToDefaults("home-decoration", rules.version("home-decoration")));
        assertThat(rules.customised("home-decoration")).isFalse();
        assertThat(rules.rules("home-decoration")).isEqualTo(defaults);
    }

    @Test
    void invalidRulesAreRefusedAndNothingIsStored() {
        List<ResponseRule> broken =
                List.of(new ResponseRule(true, IssueType.COMPLAINT, null, null, null, null, null, null, null, true));
        assertThatThrownBy(() -> as.user(
                        "admin", () -> rules.save("property-management", rules.version("property-management"), broken)))
                .isInstanceOfSatisfying(
                        ResponseRuleService.InvalidRulesException.class,
                        e -> assertThat(e.check().errors())
                                .extracting(RuleCheck.Problem::messageKey)
                                .containsExactly("rules.error.first-response-missing"));
        assertThat(rules.customised("property-management")).isFalse();
    }

    @Test
    void noRuleMeansNoDeadline() {
        ResponseRule.IssueFacts suggestion =
                new ResponseRule.IssueFacts(IssueType.SUGGESTION, null, Urgency.NORMAL, null, null);
        assertThat(rules.test(
                        "exterior-painting",
                        rules.rules("exterior-painting"),
                        suggestion,
                        shanghai("2026-11-24T10:00"),
                        1))
                .isEmpty();
    }
}
