package com.siteline.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.siteline.base.InvalidInputException;
import com.siteline.customer.CustomerDetails;
import com.siteline.customer.CustomerDraft;
import com.siteline.customer.CustomerService;
import com.siteline.issue.IssueDetails;
import com.siteline.issue.IssueService;
import com.siteline.issue.NewIssue;
import com.siteline.issue.ResponseTimeSweep;
import com.siteline.notification.NotificationItem;
import com.siteline.notification.NotificationService;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.Role;
import com.siteline.organization.RunAs;
import com.siteline.organization.TeamSummary;
import com.siteline.organization.Teams;
import com.siteline.sdk.IssueType;
import com.siteline.sdk.Urgency;
import com.siteline.testsupport.SitelineSpringTest;
import com.siteline.testsupport.TestClock;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * Teams inside a business unit of their own (so no other test's issues or users are touched): an
 * administrator forms one with a lead, and a breach of an issue its member handles goes to that lead
 * instead of the unit's managers.
 */
@SitelineSpringTest
class TeamsIT {

    @Autowired
    Teams teams;

    @Autowired
    OrganizationService organization;

    @Autowired
    RunAs as;

    @Autowired
    CustomerService customers;

    @Autowired
    IssueService issues;

    @Autowired
    ResponseTimeSweep sweep;

    @Autowired
    NotificationService notifications;

    @Autowired
    Clock clock;

    long unit;

    @BeforeEach
    void aUnitWithALeadAnAgentAndAManager() {
        if (!organization.businessUnitExists("TEAM-T")) {
            as.system(() -> organization.createBusinessUnit("TEAM-T", "班组测试事业部", List.of("home-decoration")));
            as.system(() -> organization.createUser(
                    "tt-lead", "组长 孙丽", "lead-pass-2026", Set.of(Role.AGENT), List.of("TEAM-T")));
            as.system(() -> organization.createUser(
                    "tt-agent", "客服 钱进", "agent-pass-2026", Set.of(Role.AGENT), List.of("TEAM-T")));
            as.system(() -> organization.createUser(
                    "tt-manager", "经理 赵强", "manager-pass-2026", Set.of(Role.MANAGER), List.of("TEAM-T")));
            as.system(() -> organization.createUser(
                    "tt-outsider", "别处的人", "outsider-pass-2026", Set.of(Role.AGENT), List.of("SH-HOME")));
        }
        unit = organization.businessUnits().stream()
                .filter(u -> u.code().equals("TEAM-T"))
                .findFirst()
                .orElseThrow()
                .id();
    }

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void anAdministratorFormsATeamWhoseLeadGetsItsMembersBreaches() {
        TeamSummary team = teams.all().stream()
                .filter(t -> t.businessUnitId() == unit)
                .findFirst()
                .orElseGet(() -> as.user("admin", () -> teams.create(unit, "一组", "tt-lead", Set.of("tt-agent"))));
        assertThat(team.members()).containsExactly("tt-agent", "tt-lead");
        assertThat(teams.leadOf("tt-agent", unit)).contains("tt-lead");
        assertThat(teams.leadOf("tt-lead", unit)).isEmpty();
        assertThat(teams.leadOf("tt-manager", unit)).isEmpty();

        assertThatThrownBy(() -> as.user("admin", () -> teams.create(unit, "一组", null, Set.of())))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsExactly("teams.error.name-taken"));
        assertThatThrownBy(() -> as.user("admin", () -> teams.create(unit, "二组", "tt-outsider", Set.of())))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsExactly("teams.error.member"));
        assertThatThrownBy(() -> as.user("manager", () -> teams.create(unit, "三组", null, Set.of())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as.user(
                        "admin",
                        () -> teams.update(team.id(), team.version() + 7, "一组", "tt-lead", Set.of("tt-agent"))))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);

        // an urgent complaint handled by the team's agent, raised three hours ago: breached
        TestClock.advance(Duration.ofHours(-3));
        CustomerDetails customer = as.user(
                "tt-manager",
                () -> customers.create(CustomerDraft.of(unit, "班组客户", "1391234" + (System.nanoTime() % 10_000))));
        IssueDetails raised = as.user(
                "tt-manager",
                () -> issues.create(new NewIssue(
                        customer.id(), null, "漏水投诉", null, IssueType.COMPLAINT, "quality-acceptance", Urgency.URGENT)));
        as.user("tt-manager", () -> issues.assign(raised.id(), raised.version(), "tt-agent"));
        TestClock.reset();
        for (int run = 0; run < 5 && sweep.run(clock.instant()) > 0; run++) {
            // climb the ladder as far as it goes now
        }

        assertThat(notifications.ofIssue(raised.id()))
                .filteredOn(n -> n.kind().equals("SLA_BREACH"))
                .extracting(NotificationItem::recipient)
                .containsExactlyInAnyOrder("tt-lead", "tt-agent");
    }
}
