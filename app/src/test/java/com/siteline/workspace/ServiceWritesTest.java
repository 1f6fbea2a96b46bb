package com.siteline.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.siteline.base.BulkResult;
import com.siteline.base.InvalidInputException;
import com.siteline.base.RefusedException;
import com.siteline.base.RowVersion;
import com.siteline.base.grid.GridQuery;
import com.siteline.base.grid.GridStateStore;
import com.siteline.communication.CommunicationService;
import com.siteline.communication.NewLogEntry;
import com.siteline.customer.Channel;
import com.siteline.customer.CustomerDetails;
import com.siteline.customer.CustomerDraft;
import com.siteline.customer.CustomerService;
import com.siteline.issue.IssueBulkActions;
import com.siteline.issue.IssueDetails;
import com.siteline.issue.IssueQueries;
import com.siteline.issue.IssueService;
import com.siteline.issue.IssueStatus;
import com.siteline.issue.NewIssue;
import com.siteline.issue.StepInput;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.Role;
import com.siteline.organization.RunAs;
import com.siteline.project.NewProject;
import com.siteline.project.ProjectService;
import com.siteline.project.ProjectSummary;
import com.siteline.project.ProjectTeam;
import com.siteline.project.StageGates;
import com.siteline.sdk.IssueType;
import com.siteline.sdk.Urgency;
import com.siteline.sla.CalendarService;
import com.siteline.sla.CustomerTier;
import com.siteline.sla.ResponseRule;
import com.siteline.sla.ResponseRuleService;
import com.siteline.testsupport.SitelineSpringTest;
import com.siteline.testsupport.WorkspaceFixture;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/**
 * Service writes called directly, as no screen would: each decides who may call it (from the security
 * context, never a name handed in), each checks the version the caller saw, and each refuses what its
 * form refuses with the field's message, never with a database error.
 */
@SitelineSpringTest
class ServiceWritesTest {

    private static final String LONG = "长".repeat(10_000);

    @Autowired
    RunAs as;

    @Autowired
    WorkspaceFixture fixture;

    @Autowired
    CustomerService customers;

    @Autowired
    IssueService issues;

    @Autowired
    IssueQueries queries;

    @Autowired
    IssueBulkActions bulk;

    @Autowired
    CommunicationService log;

    @Autowired
    ProjectService projects;

    @Autowired
    StageGates gates;

    @Autowired
    ResponseRuleService rules;

    @Autowired
    CalendarService calendars;

    @Autowired
    OrganizationService organization;

    @Autowired
    GridStateStore views;

    // ---- who may write ----

    @Test
    void nobodySignedInCanWriteOrRead() {
        long unit = fixture.unit("SH-HOME");
        assertThatThrownBy(() -> customers.create(CustomerDraft.of(unit, "无人", "13900000000")))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> queries.count(GridQuery.empty()))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void administrationIsRefusedToOtherRolesWhoeverCallsIt() {
        List<ResponseRule> current = rules.rules("home-decoration");
        for (String user : List.of("agent", "manager", "pm")) {
            assertThatThrownBy(() -> as.user(
                            user, () -> rules.save("home-decoration", rules.version("home-decoration"), current)))
                    .as(user)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as.user(
                            user, () -> rules.resetToDefaults("home-decoration", rules.version("home-decoration"))))
                    .as(user)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() ->
                            as.user(user, () -> calendars.importYear(2031, new StringReader("2031-01-01,holiday,元旦"))))
                    .as(user)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as.user(
                            user,
                            () -> organization.createUser(
                                    "intruder-" + user, "入侵者", "long-enough-password", Set.of(Role.ADMIN), List.of())))
                    .as(user)
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(calendars.years()).doesNotContainKey(2031);
        assertThat(organization.userExists("intruder-agent")).isFalse();
    }

    @Test
    void bulkTriageIsForTheServiceDeskNotProjectManagers() {
        CustomerDetails customer = fixture.customer("SH-HOME", "客户" + WorkspaceFixture.marker());
        IssueDetails issue = fixture.issue(customer, "批量测试", IssueType.ENQUIRY, "schedule", Urgency.NORMAL);
        assertThatThrownBy(() -> as.user("pm", () -> bulk.urgency(List.of(row(issue)), Urgency.URGENT)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as.user("admin", () -> queries.get(issue.id())).urgency()).isEqualTo(Urgency.NORMAL);
    }

    @Test
    void readsStayScopedToTheUsersUnits() {
        CustomerDetails property = fixture.customer("BJ-PROPERTY", "物业客户" + WorkspaceFixture.marker());
        IssueDetails theirs = fixture.issue(property, "电梯异响", IssueType.COMPLAINT, "other", Urgency.URGENT);
        assertThat(as.user("agent", () -> queries.visible(theirs.id()))).isFalse();
        assertThatThrownBy(() -> as.user("agent", () -> queries.get(theirs.id())))
                .isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> as.user("agent", () -> issues.assign(theirs.id(), theirs.version(), "agent")))
                .isInstanceOf(NoSuchElementException.class);
        BulkResult result = as.user("agent", () -> bulk.urgency(List.of(row(theirs)), Urgency.NORMAL));
        assertThat(result.changed()).isZero();
        assertThat(result.refused())
                .singleElement()
                .extracting(BulkResult.Refusal::messageKey)
                .isEqualTo("issue.refused.not-found");
    }

    // ---- optimistic locking ----

    @Test
    void ofTwoAdminsSavingRulesTheSecondIsToldAndNothingOfHisIsStored() {
        String plugin = "exterior-painting";
        long seen = rules.version(plugin);
        List<ResponseRule> mine = new ArrayList<>(rules.rules(plugin));
        List<ResponseRule> theirs = new ArrayList<>(rules.rules(plugin));
        ResponseRule first = theirs.getFirst();
        theirs.set(
                0,
                new ResponseRule(
                        first.enabled(),
                        first.issueType(),
                        first.categoryId(),
                        first.urgency(),
                        first.stageId(),
                        first.customerTier(),
                        first.customerType(),
                        25L,
                        first.nextUpdateMinutes(),
                        first.resolutionMinutes(),
                        first.businessTime(),
                        first.warnLeadMinutes(),
                        first.escalateAfterMinutes()));
        mine.set(
                0,
                new ResponseRule(
                        first.enabled(),
                        first.issueType(),
                        first.categoryId(),
                        first.urgency(),
                        first.stageId(),
                        first.customerTier(),
                        first.customerType(),
                        35L,
                        first.nextUpdateMinutes(),
                        first.resolutionMinutes(),
                        first.businessTime(),
                        first.warnLeadMinutes(),
                        first.escalateAfterMinutes()));
        try {
            as.user("admin", () -> rules.save(plugin, seen, theirs));
            assertThatThrownBy(() -> as.user("admin", () -> rules.save(plugin, seen, mine)))
                    .isInstanceOf(ObjectOptimisticLockingFailureException.class);
            assertThat(rules.rules(plugin).getFirst().firstResponseMinutes()).isEqualTo(25L);
            assertThatThrownBy(() -> as.user("admin", () -> rules.resetToDefaults(plugin, seen)))
                    .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        } finally {
            as.user("admin", () -> rules.resetToDefaults(plugin, rules.version(plugin)));
        }
    }

    @Test
    void aBulkActionRefusesExactlyTheRowsChangedSinceTheGridShowedThem() {
        CustomerDetails customer = fixture.customer("SH-HOME", "客户" + WorkspaceFixture.marker());
        IssueDetails kept = fixture.issue(customer, "未被改动", IssueType.ENQUIRY, "schedule", Urgency.NORMAL);
        IssueDetails changed = fixture.issue(customer, "被同事改过", IssueType.ENQUIRY, "schedule", Urgency.NORMAL);
        // a colleague edits one of them after the grid showed it
        as.user("admin", () -> issues.edit(changed.id(), changed.version(), "同事改了标题", null, null, null));

        BulkResult result = as.user("agent", () -> bulk.urgency(List.of(row(kept), row(changed)), Urgency.URGENT));

        assertThat(result.changed()).isEqualTo(1);
        assertThat(result.refused()).singleElement().satisfies(r -> {
            assertThat(r.rowId()).isEqualTo(changed.id());
            assertThat(r.messageKey()).isEqualTo("issue.refused.conflict");
        });
        assertThat(as.user("admin", () -> queries.get(kept.id())).urgency()).isEqualTo(Urgency.URGENT);
        assertThat(as.user("admin", () -> queries.get(changed.id())).urgency()).isEqualTo(Urgency.NORMAL);
    }

    @Test
    void aBulkRefusalCarriesTheSameWordsAsTheSingleOne() {
        CustomerDetails customer = fixture.customer("SH-HOME", "客户" + WorkspaceFixture.marker());
        IssueDetails issue = fixture.issue(customer, "不能跳步", IssueType.ENQUIRY, "schedule", Urgency.NORMAL);
        RefusedException single = (RefusedException) org.assertj.core.api.Assertions.catchThrowable(() ->
                as.user("agent", () -> issues.move(issue.id(), issue.version(), IssueStatus.CLOSED, StepInput.none())));
        BulkResult result = as.user("agent", () -> bulk.move(List.of(row(issue)), IssueStatus.CLOSED));
        assertThat(single.message().key()).isEqualTo("issue.refused.transition");
        assertThat(result.refused())
                .singleElement()
                .extracting(BulkResult.Refusal::message)
                .isEqualTo(single.message());
    }

    @Test
    void projectManagerAssignmentAndSignOffCheckTheVersionTheUserSaw() {
        long unit = fixture.unit("SH-HOME");
        ProjectSummary first = as.user(
                "admin",
                () -> projects.create(
                        new NewProject("版本甲 " + WorkspaceFixture.marker(), "甲客户", null, unit, "home-decoration")));
        ProjectSummary second = as.user(
                "admin",
                () -> projects.create(
                        new NewProject("版本乙 " + WorkspaceFixture.marker(), "乙客户", null, unit, "home-decoration")));
        // a colleague changes the second project's team meanwhile
        as.user(
                "admin",
                () -> projects.changeTeam(
                        second.id(),
                        second.version(),
                        new ProjectTeam("manager", null, null, new BigDecimal("120000.00"), null, null, null, null)));

        BulkResult result = as.user(
                "admin",
                () -> projects.assignProjectManager(
                        List.of(
                                new RowVersion(first.id(), first.version()),
                                new RowVersion(second.id(), second.version())),
                        "pm"));
        assertThat(result.changed()).isEqualTo(1);
        assertThat(result.refused()).singleElement().satisfies(r -> {
            assertThat(r.rowId()).isEqualTo(second.id());
            assertThat(r.messageKey()).isEqualTo("project.refused.conflict");
        });
        assertThat(as.user("admin", () -> projects.get(first.id())).team().projectManager())
                .isEqualTo("pm");
        assertThat(as.user("admin", () -> projects.get(second.id())).team().projectManager())
                .isEqualTo("manager");

        // a sign-off names the project version it was given on; a stale one is refused and stores nothing
        ProjectSummary now = as.user("admin", () -> projects.get(first.id()));
        String stage = now.currentStageId();
        assertThatThrownBy(() -> as.user("pm", () -> gates.signOff(first.id(), first.version(), "刘女士")))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(as.user("pm", () -> gates.signedBy(first.id(), stage))).isEmpty();
        as.user("pm", () -> gates.signOff(first.id(), now.version(), "刘女士"));
        assertThat(as.user("pm", () -> gates.signedBy(first.id(), stage))).contains("刘女士");
        // the sign-off moved the project's version on: a second signer with the old one is told
        assertThatThrownBy(() -> as.user("admin", () -> gates.signOff(first.id(), now.version(), "刘先生")))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
    }

    // ---- every rule on the server too ----

    @Test
    void oversizedAndMalformedValuesGetTheFieldsMessageNeverADatabaseError() {
        long unit = fixture.unit("SH-HOME");
        String marker = WorkspaceFixture.marker();
        refused(
                () -> as.user(
                        "agent",
                        () -> customers.create(new CustomerDraft(
                                unit,
                                LONG,
                                "13912345678",
                                null,
                                null,
                                null,
                                null,
                                CustomerTier.STANDARD,
                                Set.of(),
                                Channel.PHONE,
                                null,
                                null))),
                "customer.error.name-length");
        refused(
                () -> as.user(
                        "agent",
                        () -> customers.create(new CustomerDraft(
                                unit,
                                "王" + marker,
                                "13912345678",
                                "not a phone",
                                "w".repeat(200),
                                "not-an-email",
                                LONG,
                                CustomerTier.STANDARD,
                                Set.of("标".repeat(400)),
                                Channel.PHONE,
                                LONG,
                                LONG))),
                "customer.error.phone2",
                "customer.error.email",
                "customer.error.wechat-length",
                "customer.error.address-length",
                "customer.error.tags-length",
                "customer.error.special-length",
                "customer.error.notes-length");
        assertThat(as.user("agent", () -> customers.lookup("王" + marker))).isEmpty();

        CustomerDetails customer = fixture.customer("SH-HOME", "客户" + marker);
        refused(
                () -> as.user(
                        "agent",
                        () -> issues.create(new NewIssue(
                                customer.id(), null, LONG, LONG, IssueType.ENQUIRY, null, Urgency.NORMAL))),
                "issue.error.title-length",
                "issue.error.description-length");
        IssueDetails issue = fixture.issue(customer, "正常的问题", IssueType.ENQUIRY, "schedule", Urgency.NORMAL);
        refused(
                () -> as.user("agent", () -> issues.edit(issue.id(), issue.version(), "标题", null, LONG, null)),
                "issue.error.root-cause-length");
        IssueDetails assigned = as.user("admin", () -> issues.assign(issue.id(), issue.version(), "agent"));
        refused(
                () -> as.user(
                        "agent",
                        () -> issues.move(
                                assigned.id(), assigned.version(), IssueStatus.IN_PROGRESS, StepInput.note(LONG))),
                "issue.error.step-length");
        refused(
                () -> as.user("agent", () -> bulk.addTag(List.of(row(assigned)), "标".repeat(41))),
                "issue.error.tag-length");

        refused(
                () -> as.user(
                        "agent",
                        () -> log.record(new NewLogEntry(
                                customer.id(),
                                null,
                                null,
                                Instant.now(),
                                LONG,
                                Channel.PHONE,
                                LONG,
                                LONG,
                                LONG,
                                null,
                                false))),
                "log.error.content-length",
                "log.error.place-length",
                "log.error.participants-length",
                "log.error.outcome-length");

        refused(
                () -> as.user(
                        "admin", () -> projects.create(new NewProject(LONG, LONG, LONG, unit, "home-decoration"))),
                "project.error.name-length",
                "project.error.customer-length",
                "project.error.address-length");
        ProjectSummary project = as.user(
                "admin", () -> projects.create(new NewProject("校验 " + marker, "客户", null, unit, "home-decoration")));
        refused(
                () -> as.user(
                        "admin",
                        () -> projects.changeTeam(
                                project.id(),
                                project.version(),
                                new ProjectTeam(
                                        "nobody-such",
                                        null,
                                        null,
                                        new BigDecimal("-1"),
                                        LocalDate.of(2027, 3, 1),
                                        LocalDate.of(2027, 1, 1),
                                        null,
                                        null))),
                "projects.team.error.member",
                "projects.team.error.value",
                "projects.team.error.dates");
        refused(
                () -> as.user(
                        "admin",
                        () -> projects.changeTeam(
                                project.id(),
                                project.version(),
                                new ProjectTeam(null, null, null, new BigDecimal("1e15"), null, null, null, null))),
                "projects.team.error.value");
        refused(
                () -> as.user("pm", () -> gates.signOff(project.id(), project.version(), LONG)),
                "project.error.signer-length");

        refused(
                () -> as.user("agent", () -> views.saveView("issues", LONG, false, GridQuery.empty())),
                "grid.view.name-required");
        refused(
                () -> as.system(
                        () -> organization.createUser("Not A Login!", LONG, "short", Set.of(), List.of("NOPE"))),
                "admin.users.error.username",
                "admin.users.error.name",
                "admin.users.error.password",
                "admin.users.error.roles",
                "admin.users.error.units");
        refused(
                () -> as.system(() -> organization.createBusinessUnit("lower case", LONG, List.of())),
                "admin.units.error.code",
                "admin.units.error.name");
    }

    private static void refused(org.assertj.core.api.ThrowableAssert.ThrowingCallable write, String... problems) {
        assertThatThrownBy(write)
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsExactlyInAnyOrder(problems));
    }

    private static RowVersion row(IssueDetails issue) {
        return new RowVersion(issue.id(), issue.version());
    }
}
