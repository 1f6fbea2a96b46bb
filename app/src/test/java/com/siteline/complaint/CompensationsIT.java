package com.siteline.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.siteline.base.InvalidInputException;
import com.siteline.base.RefusedException;
import com.siteline.customer.Channel;
import com.siteline.customer.CustomerDetails;
import com.siteline.customer.CustomerDraft;
import com.siteline.customer.CustomerService;
import com.siteline.issue.IssueDetails;
import com.siteline.issue.IssueService;
import com.siteline.issue.NewIssue;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.Role;
import com.siteline.organization.RunAs;
import com.siteline.organization.Teams;
import com.siteline.sdk.IssueType;
import com.siteline.sdk.Urgency;
import com.siteline.sla.CustomerTier;
import com.siteline.testsupport.SitelineSpringTest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Complaint handling and compensation on MariaDB, in a unit of the test's own (a handler, a team lead, two managers,
 * an administrator): teams of another unit and the responsible team among the supporting refused; the named teams
 * told once; notes by parties only; a compensation above every level refused with nothing stored; one above the team
 * lead's limit refused for the team lead and approved by a manager; never approved by its proposer or the handler;
 * limits out of order refused at their field.
 */
@SitelineSpringTest
class CompensationsIT {

    @Autowired
    ComplaintHandling handling;

    @Autowired
    Compensations compensations;

    @Autowired
    CompensationLimits limits;

    @Autowired
    OrganizationService organization;

    @Autowired
    Teams teams;

    @Autowired
    CustomerService customers;

    @Autowired
    IssueService issues;

    @Autowired
    RunAs as;

    @Autowired
    JdbcTemplate jdbc;

    /** The test's unit, its people and teams, and a complaint handled by its handler. */
    private record Own(
            long unit,
            String handler,
            String lead,
            String manager,
            String manager2,
            String admin,
            long teamA,
            long teamB,
            long issue) {}

    private Own own() {
        String code = "CMP-" + (System.nanoTime() % 1_000_000);
        as.system(() -> organization.createBusinessUnit(code, "补偿测试 " + code, List.of("exterior-painting")));
        long unit = organization.businessUnits().stream()
                .filter(u -> u.code().equals(code))
                .findFirst()
                .orElseThrow()
                .id();
        String p = code.toLowerCase();
        String handler = user(p + "-h", Role.AGENT, code);
        String lead = user(p + "-l", Role.AGENT, code);
        String manager = user(p + "-m", Role.MANAGER, code);
        String manager2 = user(p + "-n", Role.MANAGER, code);
        String admin = user(p + "-a", Role.ADMIN, code);
        long teamA = as.system(() -> teams.create(unit, "施工队 " + code, lead, Set.of(handler)))
                .id();
        long teamB = as.system(() -> teams.create(unit, "材料组 " + code, manager2, Set.of()))
                .id();
        CustomerDetails customer = as.user(
                manager,
                () -> customers.create(new CustomerDraft(
                        unit,
                        "客户 " + code,
                        "1377" + String.format("%07d", System.nanoTime() % 10_000_000),
                        null,
                        null,
                        null,
                        "测试路 1 号",
                        CustomerTier.STANDARD,
                        Set.of(),
                        Channel.PHONE,
                        null,
                        null)));
        IssueDetails issue = as.user(
                manager,
                () -> issues.create(new NewIssue(
                        customer.id(), null, "外墙起皮 " + code, null, IssueType.COMPLAINT, null, Urgency.IMPORTANT)));
        IssueDetails classified = as.user(
                manager,
                () -> issues.classify(
                        issue.id(), issue.version(), IssueType.COMPLAINT, "quality-acceptance", Urgency.IMPORTANT));
        as.user(manager, () -> issues.assign(classified.id(), classified.version(), handler));
        return new Own(unit, handler, lead, manager, manager2, admin, teamA, teamB, issue.id());
    }

    private String user(String name, Role role, String unitCode) {
        as.system(
                () -> organization.createUser(name, "测试 " + name, "Test-pass-2026!", Set.of(role), List.of(unitCode)));
        return name;
    }

    private static String refusal(Runnable step) {
        try {
            step.run();
        } catch (RefusedException e) {
            return e.message().key();
        }
        throw new AssertionError("not refused");
    }

    private List<String> told(String key) {
        return jdbc.queryForList(
                "select recipient from notification where dedup_key like ? order by recipient", String.class, key);
    }

    @Test
    void theTeamsOfAComplaintAreToldOnceAndOnlyItsPartiesAddNotes() {
        Own own = own();
        long otherUnitsTeam = teams.all().stream()
                .filter(t -> t.businessUnitId() != own.unit())
                .findFirst()
                .orElseThrow()
                .id();
        assertThatThrownBy(() -> as.user(
                        own.handler(),
                        () -> handling.save(
                                own.issue(),
                                -1,
                                new HandlingInput(
                                        otherUnitsTeam,
                                        Set.of(own.teamA()),
                                        CauseCategory.TECHNICAL,
                                        Set.of(Impact.DELAY)))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.named())
                                .extracting(p -> p.field())
                                .containsExactly(HandlingInput.Field.RESPONSIBLE_TEAM_ID));
        assertThatThrownBy(() -> as.user(
                        own.handler(),
                        () -> handling.save(
                                own.issue(), -1, new HandlingInput(own.teamA(), Set.of(own.teamA()), null, Set.of()))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.named())
                                .extracting(p -> p.field())
                                .containsExactly(HandlingInput.Field.SUPPORTING_TEAM_IDS));
        assertThat(jdbc.queryForObject(
                        "select count(*) from complaint_handling where issue_id = ?", Long.class, own.issue()))
                .isZero();

        ComplaintView saved = as.user(
                own.handler(),
                () -> handling.save(
                        own.issue(),
                        -1,
                        new HandlingInput(
                                own.teamA(),
                                Set.of(own.teamB()),
                                CauseCategory.TECHNICAL,
                                Set.of(Impact.DELAY, Impact.REPUTATION))));
        assertThat(saved.responsible().id()).isEqualTo(own.teamA());
        assertThat(saved.supporting()).extracting(ComplaintView.Team::id).containsExactly(own.teamB());
        assertThat(saved.cause()).isEqualTo(CauseCategory.TECHNICAL);
        assertThat(saved.impacts()).containsExactlyInAnyOrder(Impact.DELAY, Impact.REPUTATION);
        // the responsible team's lead (its member the handler named it), and the supporting team's lead
        assertThat(told("complaint-COMPLAINT_RESPONSIBLE-" + own.issue() + "-%"))
                .containsExactly(own.lead());
        assertThat(told("complaint-COMPLAINT_SUPPORTING-" + own.issue() + "-%")).containsExactly(own.manager2());
        // saved again unchanged: nobody is told twice
        as.user(
                own.manager(),
                () -> handling.save(
                        own.issue(),
                        saved.version(),
                        new HandlingInput(own.teamA(), Set.of(own.teamB()), CauseCategory.MANAGEMENT, Set.of())));
        assertThat(told("complaint-COMPLAINT_%-" + own.issue() + "-%")).hasSize(2);

        String outsider = user(
                "cmp-o-" + (System.nanoTime() % 100000),
                Role.AGENT,
                organization.businessUnits().stream()
                        .filter(u -> u.id() == own.unit())
                        .findFirst()
                        .orElseThrow()
                        .code());
        assertThat(refusal(() -> as.user(outsider, () -> handling.addNote(own.issue(), "我来看看"))))
                .isEqualTo("complaint.refused.not-party");
        assertThatThrownBy(() -> as.user(own.manager2(), () -> handling.addNote(own.issue(), "  ")))
                .isInstanceOf(InvalidInputException.class);
        ComplaintView noted = as.user(own.manager2(), () -> handling.addNote(own.issue(), "材料已重新送检"));
        assertThat(noted.notes()).singleElement().satisfies(n -> {
            assertThat(n.author()).isEqualTo(own.manager2());
            assertThat(n.teamName()).startsWith("材料组");
        });
        long note = noted.notes().getFirst().id();
        assertThat(told("complaint-note-" + note + "-%")).containsExactlyInAnyOrder(own.handler(), own.lead());
    }

    @Test
    void aCompensationAboveALevelsLimitIsRefusedForThatLevelAndNeverApprovedByItsHandler() {
        Own own = own();
        CompensationLimits.Limits set = as.user(
                "admin",
                () -> limits.save(
                        own.unit(), -1, new BigDecimal("500"), new BigDecimal("5000"), new BigDecimal("20000")));
        assertThat(set.lowestCovering(new BigDecimal("500.00"))).contains(ApprovalLevel.TEAM_LEAD);
        assertThat(set.lowestCovering(new BigDecimal("500.01"))).contains(ApprovalLevel.UNIT_MANAGER);
        as.user(
                own.handler(),
                () -> handling.save(own.issue(), -1, new HandlingInput(own.teamA(), Set.of(), null, Set.of())));

        long before = jdbc.queryForObject("select count(*) from compensation", Long.class);
        assertThatThrownBy(() -> as.user(
                        own.handler(),
                        () -> compensations.propose(
                                new NewCompensation(own.issue(), new BigDecimal("20000.01"), "全额退款"))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.named())
                                .extracting(p -> p.field(), p -> p.key())
                                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                                        NewCompensation.Field.AMOUNT, "compensation.error.above-every-level")));
        assertThatThrownBy(() -> as.user(
                        own.handler(),
                        () -> compensations.propose(new NewCompensation(own.issue(), new BigDecimal("10.001"), ""))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.named())
                                .extracting(p -> p.field())
                                .containsExactly(NewCompensation.Field.AMOUNT, NewCompensation.Field.REASON));
        assertThat(jdbc.queryForObject("select count(*) from compensation", Long.class))
                .isEqualTo(before);

        CompensationRow small = as.user(
                own.handler(),
                () -> compensations.propose(new NewCompensation(own.issue(), new BigDecimal("300"), "赠送清洗一次")));
        assertThat(small.levelNeeded()).isEqualTo(ApprovalLevel.TEAM_LEAD);
        assertThat(told("compensation-" + small.id() + "-approve-%")).containsExactly(own.lead());

        CompensationRow big = as.user(
                own.handler(),
                () -> compensations.propose(new NewCompensation(own.issue(), new BigDecimal("3000"), "减免部分尾款")));
        assertThat(big.levelNeeded()).isEqualTo(ApprovalLevel.UNIT_MANAGER);
        assertThat(big.amount()).isEqualByComparingTo("3000.00");
        assertThat(told("compensation-" + big.id() + "-approve-%"))
                .containsExactlyInAnyOrder(own.manager(), own.manager2());
        assertThat(as.user(own.lead(), () -> compensations.waitingFor(own.lead())))
                .extracting(CompensationRow::id)
                .containsExactly(small.id());

        // the team lead's limit is below the amount: refused, approving or rejecting
        assertThat(refusal(() -> as.user(own.lead(), () -> compensations.decide(big.id(), big.version(), true, "同意"))))
                .isEqualTo("compensation.refused.limit");
        assertThat(refusal(
                        () -> as.user(own.lead(), () -> compensations.decide(big.id(), big.version(), false, "不同意"))))
                .isEqualTo("compensation.refused.limit");
        // the handler alone never approves, whatever their level
        assertThat(refusal(
                        () -> as.user(own.handler(), () -> compensations.decide(big.id(), big.version(), true, "同意"))))
                .isEqualTo("compensation.refused.handler");
        assertThat(jdbc.queryForObject("select state from compensation where id = ?", String.class, big.id()))
                .isEqualTo("PROPOSED");

        CompensationRow approved =
                as.user(own.manager(), () -> compensations.decide(big.id(), big.version(), true, "同意减免"));
        assertThat(approved.state()).isEqualTo(CompensationState.APPROVED);
        assertThat(approved.decidedBy()).isEqualTo(own.manager());
        assertThat(told("compensation-" + big.id() + "-decided")).containsExactly(own.handler());
        assertThat(refusal(() -> as.user(
                        own.manager2(), () -> compensations.decide(approved.id(), approved.version(), true, "同意"))))
                .isEqualTo("compensation.refused.state");
        CompensationRow given = as.user(own.handler(), () -> compensations.given(approved.id(), approved.version()));
        assertThat(given.state()).isEqualTo(CompensationState.GIVEN);

        // a manager who handles the issue does not approve its compensation either
        as.user(
                own.manager(),
                () -> issues.assign(
                        own.issue(),
                        jdbc.queryForObject("select version from customer_issue where id = ?", Long.class, own.issue()),
                        own.manager()));
        CompensationRow third = as.user(
                own.lead(),
                () -> compensations.propose(new NewCompensation(own.issue(), new BigDecimal("4000"), "延期赔付")));
        assertThat(refusal(() ->
                        as.user(own.manager(), () -> compensations.decide(third.id(), third.version(), true, "同意"))))
                .isEqualTo("compensation.refused.handler");
        assertThatThrownBy(() ->
                        as.user(own.manager2(), () -> compensations.decide(third.id(), third.version(), false, " ")))
                .isInstanceOf(InvalidInputException.class);
        assertThat(as.user(own.manager2(), () -> compensations.decide(third.id(), third.version(), false, "已另行补偿"))
                        .state())
                .isEqualTo(CompensationState.REJECTED);
    }

    @Test
    void limitsOutOfOrderAreRefusedAtTheirField() {
        Own own = own();
        assertThatThrownBy(() -> as.user(
                        "admin",
                        () -> limits.save(
                                own.unit(), -1, new BigDecimal("800"), new BigDecimal("600"), new BigDecimal("9000"))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.named())
                                .extracting(p -> p.field())
                                .containsExactly(CompensationLimits.Field.MANAGER));
        assertThatThrownBy(() -> as.user(
                        "admin", () -> limits.save(own.unit(), -1, new BigDecimal("-1"), null, new BigDecimal("9000"))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.named())
                                .extracting(p -> p.field())
                                .containsExactly(CompensationLimits.Field.TEAM_LEAD, CompensationLimits.Field.MANAGER));
        assertThat(limits.of(own.unit()).version()).isEqualTo(-1);
        assertThat(limits.of(own.unit()).manager()).isEqualByComparingTo("5000");
        assertThatThrownBy(() -> as.user(
                        own.manager(),
                        () -> limits.save(
                                own.unit(), -1, new BigDecimal("1"), new BigDecimal("2"), new BigDecimal("3"))))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }
}
