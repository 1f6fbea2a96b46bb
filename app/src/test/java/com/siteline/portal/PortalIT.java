package com.siteline.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.siteline.base.Actors;
import com.siteline.base.AttachmentFile;
import com.siteline.base.CustomerActor;
import com.siteline.base.InvalidInputException;
import com.siteline.base.Message;
import com.siteline.base.RefusedException;
import com.siteline.base.grid.GridQuery;
import com.siteline.communication.CommunicationService;
import com.siteline.communication.LogEntry;
import com.siteline.communication.NewLogEntry;
import com.siteline.customer.Channel;
import com.siteline.issue.CustomerIssues;
import com.siteline.issue.IssueDetails;
import com.siteline.issue.IssueEventKind;
import com.siteline.issue.IssueQueries;
import com.siteline.issue.IssueService;
import com.siteline.issue.IssueStatus;
import com.siteline.issue.StepInput;
import com.siteline.issue.TimelineEntry;
import com.siteline.issue.Verdict;
import com.siteline.job.JobState;
import com.siteline.job.JobStep;
import com.siteline.job.JobSummary;
import com.siteline.job.Jobs;
import com.siteline.organization.RunAs;
import com.siteline.portal.internal.ConfirmationContent;
import com.siteline.portal.internal.PortalClosedException;
import com.siteline.portal.internal.ProgressReport;
import com.siteline.project.AttachmentService;
import com.siteline.project.CustomerProjects;
import com.siteline.project.FormValidationException;
import com.siteline.project.ProjectService;
import com.siteline.project.ProjectSummary;
import com.siteline.project.RequirementStatus;
import com.siteline.project.StageGates;
import com.siteline.sdk.IssueType;
import com.siteline.sdk.StageRequirement;
import com.siteline.sdk.Urgency;
import com.siteline.sla.UrgencyWords;
import com.siteline.survey.SurveyAnswers;
import com.siteline.survey.SurveyService;
import com.siteline.survey.SurveyState;
import com.siteline.survey.SurveySweep;
import com.siteline.testsupport.PortalFixture;
import com.siteline.testsupport.SampleAnswers;
import com.siteline.testsupport.SitelineSpringTest;
import com.siteline.testsupport.TestClock;
import com.siteline.testsupport.WorkspaceFixture;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The customer portal on MariaDB, through its services: signing in by link and one-time code (used, run-out and
 * wrong codes refused, tries limited per code and per customer with a growing wait), a link that runs out and a
 * revocation that ends an open session, a customer who never reaches another customer's records (each attempt
 * recorded), signing and rejecting an inspection (the gate opens; a rectification lands with the project manager),
 * a change order that changes nothing until confirmed, and issues raised, followed and answered in the portal.
 */
@SitelineSpringTest
class PortalIT {

    @Autowired
    PortalFixture ground;

    @Autowired
    PortalAccess access;

    @Autowired
    CustomerPortal portal;

    @Autowired
    CustomerConfirmations confirmations;

    @Autowired
    PortalSharing sharing;

    @Autowired
    WeeklyReports weekly;

    @Autowired
    ProjectService projects;

    @Autowired
    StageGates gates;

    @Autowired
    AttachmentService attachments;

    @Autowired
    IssueQueries queries;

    @Autowired
    IssueService issues;

    @Autowired
    RunAs as;

    @Autowired
    CustomerProjects customerProjects;

    @Autowired
    CustomerIssues customerIssues;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    com.siteline.testsupport.ClosedCases cases;

    @Autowired
    Jobs jobs;

    @Autowired
    com.siteline.job.CustomerJobs customerJobs;

    @Autowired
    CommunicationService communications;

    @Autowired
    SurveyService surveys;

    @Autowired
    SurveySweep sweep;

    private static final Client BROWSER = PortalFixture.BROWSER;

    @AfterEach
    void clock() {
        TestClock.reset();
    }

    private List<String> events(long customerId) {
        return jdbc.queryForList(
                "select kind from portal_event where customer_id = ? order by id", String.class, customerId);
    }

    private static String messageKey(Runnable step) {
        try {
            step.run();
        } catch (RefusedException e) {
            return e.message().key();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void theCustomerSignsInWithTheCodeFromTheirPhoneAndEveryStepIsRecorded() {
        var g = ground.atInspection("门户登录" + WorkspaceFixture.marker());
        String token = ground.invite(g.customer().id());
        assertThat(access.linkWorks(token)).isTrue();
        assertThat(access.linkWorks(token + "x")).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from portal_access where token_hash = ?", Integer.class, token))
                .as("only the link's hash is stored")
                .isZero();

        access.sendSignInCode(token, BROWSER);
        String code = ground.code(g.customer().id());
        String wrong = code.equals("000000") ? "111111" : "000000";
        RefusedException refused = org.junit.jupiter.api.Assertions.assertThrows(
                RefusedException.class, () -> access.signIn(token, wrong, BROWSER));
        assertThat(refused.message().key()).isEqualTo("portal.refused.code-wrong");
        assertThat(refused.message().args()).containsExactly(Message.value(4));

        PortalSession session = access.signIn(token, code, BROWSER);
        assertThat(session.customerId()).isEqualTo(g.customer().id());
        assertThat(portal.home(session).projects())
                .extracting(PortalViews.ProjectCard::id)
                .containsExactly(g.project().id());
        // a code works once
        assertThat(messageKey(() -> access.signIn(token, code, BROWSER))).isEqualTo("portal.refused.code-gone");

        assertThat(events(g.customer().id())).containsSubsequence("INVITED", "CODE_SENT", "CODE_WRONG", "LOGIN");
        assertThat(jdbc.queryForList(
                        "select ip from portal_event where customer_id = ? and kind = 'LOGIN'",
                        String.class,
                        g.customer().id()))
                .containsExactly(BROWSER.ip());
        assertThat(as.user("pm", () -> access.events(g.customer().id())))
                .first()
                .satisfies(e -> assertThat(e.userAgent()).isEqualTo(BROWSER.userAgent()));
        assertThat(as.user("pm", () -> access.status(g.customer().id()))).hasValueSatisfying(s -> {
            assertThat(s.live()).isTrue();
            assertThat(s.lastSignIn()).isNotNull();
        });
    }

    @Test
    void aCodeRunsOutAfterTenMinutesAndWrongCodesAreLimitedPerCodeAndPerCustomerWithAGrowingWait() {
        var g = ground.atInspection("门户限次" + WorkspaceFixture.marker());
        String token = ground.invite(g.customer().id());
        access.sendSignInCode(token, BROWSER);
        String first = ground.code(g.customer().id());
        TestClock.advance(Duration.ofMinutes(11));
        assertThat(messageKey(() -> access.signIn(token, first, BROWSER))).isEqualTo("portal.refused.code-gone");

        // ten wrong codes in a row, as someone guessing would type them: none signs in, the link waits
        access.sendSignInCode(token, BROWSER);
        String right = ground.code(g.customer().id());
        List<String> said = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String guess = String.format("%06d", (Integer.parseInt(right) + 1 + i) % 1_000_000);
            said.add(messageKey(() -> access.signIn(token, guess, BROWSER)));
        }
        assertThat(said.subList(0, 4)).containsOnly("portal.refused.code-wrong");
        assertThat(said.subList(4, 10)).containsOnly("portal.refused.locked");
        // while it waits even the right code of a new one is refused, and no new code is sent
        assertThat(messageKey(() -> access.signIn(token, right, BROWSER))).isEqualTo("portal.refused.locked");
        assertThat(messageKey(() -> access.sendSignInCode(token, BROWSER))).isEqualTo("portal.refused.locked");
        assertThat(events(g.customer().id()).stream().filter("CODE_WRONG"::equals))
                .hasSize(5);

        TestClock.advance(Duration.ofMinutes(2));
        // the guessed-at code took its five tries: it is dead; a new one works
        assertThat(messageKey(() -> access.signIn(token, right, BROWSER))).isEqualTo("portal.refused.code-gone");
        access.sendSignInCode(token, BROWSER);
        assertThat(access.signIn(token, ground.code(g.customer().id()), BROWSER).customerId())
                .isEqualTo(g.customer().id());
    }

    @Test
    void aLinkRunsOutAfterThirtyDaysAndARevocationEndsAnOpenSessionAtOnce() {
        var g = ground.atInspection("门户收回" + WorkspaceFixture.marker());
        PortalSession session = ground.signIn(g.customer().id());
        assertThat(portal.home(session).projects()).hasSize(1);

        as.user("agent", () -> access.revoke(g.customer().id()));
        assertThatThrownBy(() -> access.check(session)).isInstanceOf(PortalClosedException.class);
        assertThatThrownBy(() -> portal.home(session)).isInstanceOf(PortalClosedException.class);
        assertThatThrownBy(() -> portal.project(session, g.project().id(), BROWSER))
                .isInstanceOf(PortalClosedException.class);
        assertThat(as.user("pm", () -> access.status(g.customer().id())))
                .hasValueSatisfying(s -> assertThat(s.live()).isFalse());

        // a new invitation is a new link; the old one stays dead
        String old = ground.link(g.customer().id());
        String fresh = ground.invite(g.customer().id());
        assertThat(fresh).isNotEqualTo(old);
        assertThat(access.linkWorks(old)).isFalse();
        assertThat(messageKey(() -> access.sendSignInCode(old, BROWSER))).isEqualTo("portal.refused.link");
        TestClock.advance(Duration.ofDays(31));
        assertThat(access.linkWorks(fresh)).isFalse();
        assertThat(messageKey(() -> access.sendSignInCode(fresh, BROWSER))).isEqualTo("portal.refused.link");
    }

    @Test
    void customerAGetsNothingOfCustomerBAndEveryAttemptIsRecorded() {
        var a = ground.atInspection("门户甲" + WorkspaceFixture.marker());
        var b = ground.atInspection("门户乙" + WorkspaceFixture.marker());
        // B's records: a shared photo, a confirmation waiting and one decided, an issue with a photo
        long photo =
                as.user("pm", () -> sharing.photos(b.project().id())).getFirst().attachmentId();
        as.user("pm", () -> sharing.share(b.project().id(), photo, true));
        Confirmation pending = as.user("pm", () -> sharing.askToSign(b.project().id()));
        Confirmation change =
                as.user("pm", () -> sharing.draftChange(b.project().id(), "加装灯带", "客户要求", new BigDecimal("800"), null));
        as.user("manager", () -> sharing.review(change.id(), change.version(), true));
        PortalSession sessionB = ground.signIn(b.customer().id());
        confirmations.reject(sessionB, change.id(), "不需要了", BROWSER);
        long issueB = portal.raise(
                sessionB,
                b.project().id(),
                IssueType.REPAIR_REQUEST,
                false,
                "卫生间漏水",
                "墙角渗水",
                null,
                List.of(new PortalViews.Upload("leak.png", "image/png", SampleAnswers.PNG)),
                BROWSER);
        long uploadB = jdbc.queryForObject("select id from portal_upload where issue_id = ?", Long.class, issueB);

        PortalSession sessionA = ground.signIn(a.customer().id());
        assertThat(portal.project(sessionA, b.project().id(), BROWSER)).isEmpty();
        assertThat(portal.photo(sessionA, photo, true, BROWSER)).isEmpty();
        assertThat(portal.photo(sessionA, photo, false, BROWSER)).isEmpty();
        assertThat(confirmations.confirmation(sessionA, pending.id(), BROWSER)).isEmpty();
        assertThat(confirmations.pdf(sessionA, change.id(), Locale.SIMPLIFIED_CHINESE, BROWSER))
                .isEmpty();
        assertThat(portal.issue(sessionA, issueB, BROWSER)).isEmpty();
        assertThat(portal.upload(sessionA, uploadB, false, BROWSER)).isEmpty();
        assertThatThrownBy(
                        () -> confirmations.sign(sessionA, pending.id(), pending.contentHash(), "甲", "123456", BROWSER))
                .isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> confirmations.reject(sessionA, pending.id(), "不是我的", BROWSER))
                .isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> portal.comment(sessionA, issueB, "看看", BROWSER))
                .isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> portal.answer(sessionA, issueB, true, null, BROWSER))
                .isInstanceOf(NoSuchElementException.class);
        assertThat(messageKey(() -> portal.raise(
                        sessionA, b.project().id(), IssueType.COMPLAINT, false, "冒用", null, null, List.of(), BROWSER)))
                .isEqualTo("issue.error.project");
        // B's things stay as they were; A's home holds only A's own
        assertThat(portal.home(sessionA).projects())
                .extracting(PortalViews.ProjectCard::id)
                .containsExactly(a.project().id());
        assertThat(portal.home(sessionA).issues()).isEmpty();
        assertThat(portal.home(sessionA).needs()).isEmpty();
        assertThat(as.user("pm", () -> sharing.confirmation(pending.id())).state())
                .isEqualTo("PENDING");
        assertThat(jdbc.queryForList(
                        "select subject from portal_event where customer_id = ? and kind = 'DENIED'",
                        String.class,
                        a.customer().id()))
                .contains(
                        "project " + b.project().id(),
                        "photo " + photo,
                        "confirmation " + pending.id(),
                        "pdf " + change.id(),
                        "issue " + issueB,
                        "upload " + uploadB);
        // B, of course, sees their own
        assertThat(portal.photo(sessionB, photo, false, BROWSER)).isPresent();
        assertThat(portal.upload(sessionB, uploadB, true, BROWSER)).isPresent();

        // a session is only what the sign-in made: one naming another customer, or no access, opens nothing
        PortalSession forged = new PortalSession(
                sessionA.accessId(), b.customer().id(), "乙", sessionA.businessUnitId(), sessionA.since());
        assertThatThrownBy(() -> portal.home(forged)).isInstanceOf(PortalClosedException.class);
        assertThatThrownBy(() -> portal.home(null)).isInstanceOf(PortalClosedException.class);
        // and the core's reads by customer are closed to staff: they need that customer's own authority
        assertThatThrownBy(() ->
                        as.user("pm", () -> customerProjects.of(b.customer().id())))
                .isInstanceOf(org.springframework.security.authorization.AuthorizationDeniedException.class);
        assertThatThrownBy(() ->
                        as.user("agent", () -> customerIssues.of(b.customer().id())))
                .isInstanceOf(org.springframework.security.authorization.AuthorizationDeniedException.class);
    }

    @Test
    void thePortalActsAsTheCustomerAndTheCoresCustomerMethodsRefuseAnyoneElseAdministratorsIncluded() {
        var a = ground.atInspection("门户权限甲" + WorkspaceFixture.marker());
        var b = ground.atInspection("门户权限乙" + WorkspaceFixture.marker());
        PortalSession session = ground.signIn(a.customer().id());
        var asA = new CustomerActor(a.customer().id(), session.businessUnitId()).authentication();
        Class<? extends Throwable> denied =
                org.springframework.security.authorization.AuthorizationDeniedException.class;

        // an administrator, the system and another customer are all refused the customer-facing core
        assertThatThrownBy(() ->
                        as.user("admin", () -> customerProjects.of(a.customer().id())))
                .isInstanceOf(denied);
        assertThatThrownBy(() -> as.system(() -> customerIssues.of(a.customer().id())))
                .isInstanceOf(denied);
        assertThatThrownBy(
                        () -> as.system(() -> customerJobs.ofIssue(a.customer().id(), 1L)))
                .isInstanceOf(denied);
        assertThatThrownBy(() ->
                        Actors.runAs(asA, () -> customerProjects.of(b.customer().id())))
                .isInstanceOf(denied);
        assertThatThrownBy(() -> Actors.runAs(
                        asA, () -> customerIssues.raise(b.customer().id(), null, IssueType.ENQUIRY, false, "冒名", null)))
                .isInstanceOf(denied);
        // the customer's own authority reads their own, and holds no staff role: a staff method refuses it
        assertThat(Actors.runAs(asA, () -> customerProjects.of(a.customer().id())))
                .extracting(ProjectSummary::id)
                .containsExactly(a.project().id());
        assertThatThrownBy(() -> Actors.runAs(asA, () -> issues.assign(1L, 0L, "agent")))
                .isInstanceOf(denied);
        // and the portal's own paths, which reach only those methods, work as that customer
        assertThat(portal.home(session).projects())
                .extracting(PortalViews.ProjectCard::id)
                .containsExactly(a.project().id());
        long raised = portal.raise(
                session, a.project().id(), IssueType.ENQUIRY, false, "门户权限提问", null, null, List.of(), BROWSER);
        assertThat(portal.issue(session, raised, BROWSER)).isPresent();
        assertThat(jdbc.queryForObject(
                        "select actor from issue_event where issue_id = ? and kind = 'CREATED'", String.class, raised))
                .isEqualTo(CustomerIssues.ACTOR);
    }

    @Test
    void theCustomerSignsTheInspectionAndThePmsGateOpens() throws Exception {
        var g = ground.atInspection("门户签字" + WorkspaceFixture.marker());
        assertThat(messageKey(() -> as.user(
                        "pm",
                        () -> gates.advance(
                                g.project().id(), projects.get(g.project().id()).version()))))
                .isEqualTo("project.gate.blocked");
        Confirmation asked = as.user("pm", () -> sharing.askToSign(g.project().id()));
        assertThat(asked.content().checklists()).hasSize(4);
        // the photos of the lines that ask for one are part of what is signed
        assertThat(asked.content().photoIds())
                .isNotEmpty()
                .containsExactlyInAnyOrderElementsOf(asked.content().checklists().stream()
                        .flatMap(c -> c.items().stream())
                        .map(ConfirmationContent.Item::photoId)
                        .filter(java.util.Objects::nonNull)
                        .distinct()
                        .toList());
        assertThat(asked.contentHash())
                .isEqualTo(HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256")
                                .digest(jdbc.queryForObject(
                                                "select content from portal_confirmation where id = ?",
                                                String.class,
                                                asked.id())
                                        .getBytes(StandardCharsets.UTF_8))));
        assertThat(messageKey(
                        () -> as.user("pm", () -> sharing.askToSign(g.project().id()))))
                .isEqualTo("portal.refused.waiting");

        PortalSession session = ground.signIn(g.customer().id());
        assertThat(portal.home(session).needs())
                .extracting(PortalViews.Need::id)
                .containsExactly(asked.id());
        Confirmation shown =
                confirmations.confirmation(session, asked.id(), BROWSER).orElseThrow();
        // the photos they sign are shown to them
        assertThat(portal.photo(session, shown.content().photoIds().getFirst(), true, BROWSER))
                .isPresent();
        // a name is needed, and a fresh code: the sign-in's code does not sign
        assertThat(messageKey(
                        () -> confirmations.sign(session, asked.id(), shown.contentHash(), " ", "123456", BROWSER)))
                .isEqualTo("portal.error.signer");
        assertThat(messageKey(
                        () -> confirmations.sign(session, asked.id(), shown.contentHash(), "王建国", "123456", BROWSER)))
                .isEqualTo("portal.refused.code-gone");
        String code = ground.signingCode(session, asked.id(), confirmations);
        assertThat(messageKey(() -> confirmations.sign(session, asked.id(), "0".repeat(64), "王建国", code, BROWSER)))
                .isEqualTo("portal.refused.changed");
        Confirmation signed = confirmations.sign(session, asked.id(), shown.contentHash(), "王建国", code, BROWSER);
        assertThat(signed.state()).isEqualTo("CONFIRMED");
        assertThat(signed.signerName()).isEqualTo("王建国");
        assertThat(signed.ip()).isEqualTo(BROWSER.ip());
        assertThat(signed.userAgent()).isEqualTo(BROWSER.userAgent());

        // the gate that waited for the signature is open: the project moves on
        List<RequirementStatus> requirements =
                as.user("pm", () -> gates.requirements(g.project().id(), "node-inspections"));
        assertThat(requirements)
                .filteredOn(r -> r.requirement().kind() == StageRequirement.Kind.SIGN_OFF)
                .allSatisfy(r -> assertThat(r.complete()).isTrue());
        assertThat(as.user("pm", () -> gates.signedBy(g.project().id(), "node-inspections")))
                .contains("王建国");
        as.user(
                "pm",
                () -> gates.advance(
                        g.project().id(), projects.get(g.project().id()).version()));
        assertThat(as.user("pm", () -> projects.get(g.project().id())).currentStageId())
                .isEqualTo("self-check");

        // signed is final; its PDF is there for both sides
        assertThatThrownBy(() -> confirmations.sendSigningCode(session, asked.id(), BROWSER))
                .isInstanceOf(RefusedException.class);
        assertThat(messageKey(() -> confirmations.reject(session, asked.id(), "反悔", BROWSER)))
                .isEqualTo("portal.refused.decided");
        byte[] pdf = confirmations
                .pdf(session, asked.id(), Locale.SIMPLIFIED_CHINESE, BROWSER)
                .orElseThrow();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(as.user("pm", () -> sharing.pdf(asked.id(), Locale.ENGLISH))).startsWith(pdf[0], pdf[1], pdf[2]);
        assertThat(events(g.customer().id())).contains("CONFIRMATION_VIEWED", "SIGNED", "PDF");
    }

    @Test
    void aRejectedInspectionKeepsTheGateClosedAndRaisesARectificationForThePmWithItsDeadline() {
        var g = ground.atInspection("门户拒签" + WorkspaceFixture.marker());
        Confirmation asked = as.user("pm", () -> sharing.askToSign(g.project().id()));
        PortalSession session = ground.signIn(g.customer().id());
        assertThat(messageKey(() -> confirmations.reject(session, asked.id(), "  ", BROWSER)))
                .isEqualTo("portal.error.reason");
        assertThat(messageKey(() -> confirmations.reject(session, asked.id(), "长".repeat(2001), BROWSER)))
                .isEqualTo("portal.error.reason-length");
        assertThat(as.user("pm", () -> sharing.confirmation(asked.id())).state())
                .isEqualTo("PENDING");

        Confirmation rejected = confirmations.reject(session, asked.id(), "卫生间闭水试验后楼下有水印", BROWSER);
        assertThat(rejected.state()).isEqualTo("REJECTED");
        IssueDetails rectification = as.user("pm", () -> queries.get(rejected.issueId()));
        assertThat(rectification.channel()).isEqualTo(CustomerIssues.CHANNEL);
        assertThat(rectification.assignee()).isEqualTo("pm");
        assertThat(rectification.status()).isEqualTo(IssueStatus.ASSIGNED);
        assertThat(rectification.projectId()).isEqualTo(g.project().id());
        assertThat(rectification.title()).contains("节点验收");
        assertThat(rectification.description()).isEqualTo("卫生间闭水试验后楼下有水印");
        assertThat(rectification.nextDueAt()).as("its response-time clock runs").isNotNull();
        assertThat(rectification.deadlines()).isNotEmpty();
        // in the agents' inbox, by its channel
        assertThat(as.user(
                        "agent",
                        () -> queries.page(
                                GridQuery.empty()
                                        .choice("channel", CustomerIssues.CHANNEL)
                                        .choice(
                                                "project",
                                                String.valueOf(g.project().id())),
                                0,
                                10)))
                .extracting(IssueDetails::id)
                .containsExactly(rejected.issueId());
        // the gate stays shut
        assertThat(as.user("pm", () -> gates.signedBy(g.project().id(), "node-inspections")))
                .isEmpty();
        assertThat(messageKey(() -> as.user(
                        "pm",
                        () -> gates.advance(
                                g.project().id(), projects.get(g.project().id()).version()))))
                .isEqualTo("project.gate.blocked");
        // staff may ask again once it is rectified
        assertThat(as.user("pm", () -> sharing.askToSign(g.project().id())).state())
                .isEqualTo("PENDING");
    }

    @Test
    void aChangeOrderChangesNothingUntilAManagerApprovedItAndTheCustomerConfirmedIt() {
        var g = ground.atInspection("门户变更" + WorkspaceFixture.marker());
        InvalidInputException bad = org.junit.jupiter.api.Assertions.assertThrows(
                InvalidInputException.class,
                () -> as.user(
                        "pm",
                        () -> sharing.draftChange(
                                g.project().id(), " ", "x".repeat(1001), new BigDecimal("1.234"), 400)));
        assertThat(bad.problems())
                .containsExactly(
                        "portal.error.change-what",
                        "portal.error.change-why-length",
                        "portal.error.change-price",
                        "portal.error.change-days");
        Confirmation draft = as.user(
                "pm", () -> sharing.draftChange(g.project().id(), "主卧增加衣柜一组", "客户现场提出", new BigDecimal("5000.00"), 7));
        assertThat(draft.state()).isEqualTo("DRAFT");
        PortalSession session = ground.signIn(g.customer().id());
        assertThat(portal.home(session).needs()).isEmpty();
        assertThat(confirmations.confirmation(session, draft.id(), BROWSER)).isEmpty();
        // a project manager does not approve their own draft: a manager does
        assertThatThrownBy(() -> as.user("pm", () -> sharing.review(draft.id(), draft.version(), true)))
                .isInstanceOf(org.springframework.security.authorization.AuthorizationDeniedException.class);
        Confirmation sent = as.user("manager", () -> sharing.review(draft.id(), draft.version(), true));
        assertThat(sent.state()).isEqualTo("PENDING");
        assertThat(portal.home(session).needs())
                .extracting(PortalViews.Need::kind)
                .containsExactly(PortalViews.Need.Kind.CHANGE_ORDER);
        assertThat(as.user("pm", () -> projects.get(g.project().id())).team().contractValue())
                .isEqualByComparingTo("180000.00");

        Confirmation shown =
                confirmations.confirmation(session, draft.id(), BROWSER).orElseThrow();
        confirmations.sign(
                session,
                draft.id(),
                shown.contentHash(),
                "王建国",
                ground.signingCode(session, draft.id(), confirmations),
                BROWSER);
        var team = as.user("pm", () -> projects.get(g.project().id())).team();
        assertThat(team.contractValue()).isEqualByComparingTo("185000.00");
        assertThat(team.plannedEnd()).isEqualTo(java.time.LocalDate.of(2027, 1, 22));
    }

    @Test
    void theCustomerRaisesAnIssueFollowsThePublicRepliesAndAnswersTheResolution() {
        var g = ground.atInspection("门户报修" + WorkspaceFixture.marker());
        PortalSession session = ground.signIn(g.customer().id());
        int before = jdbc.queryForObject(
                "select count(*) from customer_issue where customer_id = ?",
                Integer.class,
                g.customer().id());
        // bad input: nothing half-stored
        byte[] big = new byte[30 * 1024 * 1024];
        InvalidInputException bad = org.junit.jupiter.api.Assertions.assertThrows(
                InvalidInputException.class,
                () -> portal.raise(
                        session,
                        g.project().id(),
                        IssueType.REPAIR_REQUEST,
                        false,
                        "",
                        null,
                        "电话",
                        List.of(
                                new PortalViews.Upload("a.pdf", "application/pdf", new byte[] {1, 2}),
                                new PortalViews.Upload("big.jpg", "image/jpeg", big)),
                        BROWSER));
        assertThat(bad.problems())
                .containsExactly("issue.error.title", "attachment.error.not-photo", "attachment.error.too-large");
        assertThat(jdbc.queryForObject(
                        "select count(*) from customer_issue where customer_id = ?",
                        Integer.class,
                        g.customer().id()))
                .isEqualTo(before);

        long id = portal.raise(
                session,
                g.project().id(),
                IssueType.REPAIR_REQUEST,
                true,
                "厨房水槽下渗水",
                "柜子底板泡了",
                "电话，工作日晚上",
                List.of(new PortalViews.Upload("sink.png", "image/png", SampleAnswers.PNG)),
                BROWSER);
        IssueDetails raised = as.user("agent", () -> queries.get(id));
        assertThat(raised.channel()).isEqualTo("portal");
        assertThat(raised.reportedBy()).isEqualTo(CustomerIssues.ACTOR);
        assertThat(raised.description()).contains("柜子底板泡了", "电话，工作日晚上");
        assertThat(raised.urgency()).isEqualTo(Urgency.URGENT);
        assertThat(raised.nextDueAt()).as("the urgent repair rule's clock runs").isNotNull();
        assertThat(as.user("agent", () -> sharing.issuePhotos(id))).hasSize(1);

        // staff reply for the customer; internal steps carry no text to the portal
        IssueDetails classified = as.user(
                "agent", () -> issues.classify(id, raised.version(), raised.type(), "leakage", raised.urgency()));
        IssueDetails assigned = as.user("agent", () -> issues.assign(id, classified.version(), "agent"));
        IssueDetails inProgress = as.user(
                "agent",
                () -> issues.move(id, assigned.version(), IssueStatus.IN_PROGRESS, StepInput.note("内部：怀疑是楼上漏水")));
        IssueDetails replied = as.user("agent", () -> issues.publicReply(id, inProgress.version(), "师傅明天上午上门"));
        var timeline = portal.issue(session, id, BROWSER).orElseThrow().timeline();
        assertThat(timeline)
                .extracting(CustomerIssues.PublicEntry::text)
                .contains("师傅明天上午上门")
                .doesNotContain("内部：怀疑是楼上漏水");
        assertThat(timeline).extracting(CustomerIssues.PublicEntry::kind).contains(IssueEventKind.PUBLIC_REPLY);

        portal.comment(session, id, "好的，我在家", BROWSER);
        assertThat(as.user("agent", () -> queries.timeline(id)))
                .extracting(TimelineEntry::detail)
                .contains("好的，我在家");
        // no resolution yet: nothing to accept
        assertThat(messageKey(() -> portal.answer(session, id, true, null, BROWSER)))
                .isEqualTo("portal.refused.no-feedback");
        IssueDetails feedback = as.user(
                "agent",
                () -> issues.move(
                        id,
                        replied.version() + 1,
                        IssueStatus.FEEDBACK_GIVEN,
                        new StepInput(null, "水槽下水管接头松动", "已更换接头", null)));
        assertThat(portal.home(session).needs())
                .extracting(PortalViews.Need::kind)
                .contains(PortalViews.Need.Kind.RESOLUTION);
        // not solved needs to say what; then it goes back into handling
        assertThat(messageKey(() -> portal.answer(session, id, false, " ", BROWSER)))
                .isEqualTo("portal.error.comment");
        IssueDetails back = portal.answer(session, id, false, "还在渗", BROWSER);
        assertThat(back.status()).isEqualTo(IssueStatus.IN_PROGRESS);
        IssueDetails again = as.user(
                "agent",
                () -> issues.move(
                        id,
                        as.user("agent", () -> queries.get(id)).version(),
                        IssueStatus.FEEDBACK_GIVEN,
                        new StepInput(null, null, "更换了整根下水管", null)));
        IssueDetails accepted = portal.answer(session, id, true, null, BROWSER);
        assertThat(accepted.verdict()).isEqualTo(Verdict.SATISFIED);
        assertThat(accepted.status()).isEqualTo(IssueStatus.FEEDBACK_GIVEN);
        assertThat(again.resolution()).isEqualTo("更换了整根下水管");
        assertThat(events(g.customer().id()))
                .contains("ISSUE_RAISED", "COMMENT", "RESOLUTION_REFUSED", "RESOLUTION_ACCEPTED");
        assertThat(feedback.status()).isEqualTo(IssueStatus.FEEDBACK_GIVEN);
    }

    @Test
    void aComplaintIsAnsweredWithAHandlingPlanTheCustomerReadsInThePortal() {
        var g = ground.atInspection("门户投诉" + WorkspaceFixture.marker());
        PortalSession session = ground.signIn(g.customer().id());
        long id = portal.raise(
                session, g.project().id(), IssueType.COMPLAINT, false, "工人在楼道吸烟", null, null, List.of(), BROWSER);
        IssueDetails raised = as.user("agent", () -> queries.get(id));
        // a complaint raised by the customer is an ordinary complaint (一般投诉): 24 hours for its plan
        assertThat(raised.urgency()).isEqualTo(Urgency.IMPORTANT);
        assertThat(UrgencyWords.key(raised.type(), raised.urgency())).isEqualTo("issue.urgency.complaint.IMPORTANT");
        assertThat(portal.issue(session, id, BROWSER).orElseThrow().details().plan())
                .isNull();
        java.time.Instant by = raised.createdAt().plus(java.time.Duration.ofDays(2));
        as.user("agent", () -> issues.plan(id, raised.version(), "已对施工班组通报批评，现场设置禁烟提示，项目经理每日巡查", "项目经理 张伟", by));
        var plan = portal.issue(session, id, BROWSER).orElseThrow().details().plan();
        assertThat(plan.measures()).contains("禁烟提示");
        assertThat(plan.owner()).isEqualTo("项目经理 张伟");
        assertThat(plan.expectedBy()).isEqualTo(by);
        assertThat(portal.issue(session, id, BROWSER).orElseThrow().timeline())
                .extracting(CustomerIssues.PublicEntry::text)
                .contains("已对施工班组通报批评，现场设置禁烟提示，项目经理每日巡查");
    }

    @Test
    void aRepairRaisedInThePortalBecomesAJobThatTheCustomerConfirmsDoneThere() {
        var a = ground.atInspection("门户维修甲" + WorkspaceFixture.marker());
        var b = ground.atInspection("门户维修乙" + WorkspaceFixture.marker());
        PortalSession sessionA = ground.signIn(a.customer().id());
        PortalSession sessionB = ground.signIn(b.customer().id());
        long id = portal.raise(
                sessionA, a.project().id(), IssueType.REPAIR_REQUEST, true, "阳台推拉门卡住", "关不上", null, List.of(), BROWSER);
        JobSummary job = as.user("agent", () -> jobs.create(id));
        JobSummary dispatched = as.user(
                "agent",
                () -> jobs.step(
                        job.id(),
                        job.version(),
                        JobState.DISPATCHED,
                        com.siteline.testsupport.Dispatch.to("tech3", "150")));
        assertThat(portal.issue(sessionA, id, BROWSER).orElseThrow().job()).hasValueSatisfying(j -> {
            assertThat(j.state()).isEqualTo(JobState.DISPATCHED);
            assertThat(j.technician()).isEqualTo("周明");
            assertThat(j.technicianPhone()).isEqualTo("13900003333");
        });
        // not done yet: nothing to confirm
        assertThat(messageKey(() -> portal.confirmRepair(sessionA, id, "王建国", BROWSER)))
                .isEqualTo("job.refused.step");
        JobSummary onSite = as.user(
                "agent", () -> jobs.step(dispatched.id(), dispatched.version(), JobState.ON_SITE, JobStep.none()));
        as.user(
                "agent",
                () -> jobs.step(
                        onSite.id(),
                        onSite.version(),
                        JobState.COMPLETED,
                        new JobStep(
                                null,
                                null,
                                false,
                                "更换滑轮两只",
                                "滑轮",
                                new java.math.BigDecimal("150"),
                                null,
                                List.of(new AttachmentFile("after.png", "image/png", SampleAnswers.PNG)),
                                null,
                                null,
                                null)));
        // the completion photos are the customer's to see, nobody else's
        long jobPhoto =
                portal.issue(sessionA, id, BROWSER).orElseThrow().jobPhotoIds().getFirst();
        assertThat(portal.jobPhoto(sessionA, jobPhoto, true, BROWSER)).isPresent();
        assertThat(portal.jobPhoto(sessionB, jobPhoto, false, BROWSER)).isEmpty();
        assertThat(portal.home(sessionA).needs())
                .extracting(PortalViews.Need::kind)
                .contains(PortalViews.Need.Kind.REPAIR_DONE);
        assertThatThrownBy(() -> portal.confirmRepair(sessionB, id, "乙", BROWSER))
                .isInstanceOf(NoSuchElementException.class);
        assertThat(messageKey(() -> portal.confirmRepair(sessionA, id, " ", BROWSER)))
                .isEqualTo("job.error.confirmed-by");
        JobSummary confirmed = portal.confirmRepair(sessionA, id, "王建国", BROWSER);
        assertThat(confirmed.state()).isEqualTo(JobState.CONFIRMED);
        assertThat(confirmed.confirmedBy()).isEqualTo("王建国");
        assertThat(portal.home(sessionA).needs())
                .extracting(PortalViews.Need::kind)
                .doesNotContain(PortalViews.Need.Kind.REPAIR_DONE);
        assertThat(events(a.customer().id())).contains("REPAIR_CONFIRMED");
    }

    @Test
    void theCustomerAnswersTheirSurveyInThePortalAndNobodyElseCan() {
        var a = ground.atInspection("门户调查甲" + WorkspaceFixture.marker());
        var b = ground.atInspection("门户调查乙" + WorkspaceFixture.marker());
        IssueDetails closed = cases.close(a.customer(), "门户回访 " + WorkspaceFixture.marker(), true);
        var survey = as.user("admin", () -> surveys.ofIssue(closed.id())).orElseThrow();
        as.system(() -> sweep.run(survey.dueAt().plusSeconds(1)));
        PortalSession sessionA = ground.signIn(a.customer().id());
        PortalSession sessionB = ground.signIn(b.customer().id());
        assertThat(portal.home(sessionA).needs())
                .extracting(PortalViews.Need::kind)
                .contains(PortalViews.Need.Kind.SURVEY);
        assertThat(portal.surveys(sessionA))
                .extracting(SurveyAnswers.PortalSurvey::id)
                .containsExactly(survey.id());
        assertThat(portal.surveys(sessionB)).isEmpty();
        assertThat(messageKey(
                        () -> portal.answerSurvey(sessionB, survey.id(), java.util.Map.of("rating", "5"), BROWSER)))
                .isEqualTo("survey.refused.link");
        assertThatThrownBy(() -> portal.answerSurvey(sessionA, survey.id(), java.util.Map.of(), BROWSER))
                .isInstanceOf(FormValidationException.class);
        portal.answerSurvey(sessionA, survey.id(), java.util.Map.of("rating", "5", "comment", "师傅很专业"), BROWSER);
        var answered = as.user("admin", () -> surveys.ofIssue(closed.id())).orElseThrow();
        assertThat(answered.state()).isEqualTo(SurveyState.ANSWERED);
        assertThat(answered.rating()).isEqualTo(5);
        assertThat(portal.surveys(sessionA)).isEmpty();
        assertThat(events(a.customer().id())).contains("SURVEY_ANSWERED");
    }

    @Test
    void staffShareOnlyWhatTheyChooseAndSendAWeeklyReport() {
        var g = ground.atInspection("门户照片" + WorkspaceFixture.marker());
        PortalSession session = ground.signIn(g.customer().id());
        assertThat(portal.project(session, g.project().id(), BROWSER)
                        .orElseThrow()
                        .photos())
                .isEmpty();
        List<SharedPhoto> photos =
                as.user("pm", () -> sharing.photos(g.project().id()));
        assertThat(photos).isNotEmpty().allSatisfy(p -> assertThat(p.shared()).isFalse());
        SharedPhoto waterproofing = photos.stream()
                .filter(p -> p.fileName().startsWith("waterproofing"))
                .findFirst()
                .orElseThrow();
        assertThat(waterproofing.node().zhCn()).startsWith("防水验收");
        as.user("pm", () -> sharing.share(g.project().id(), waterproofing.attachmentId(), true));
        var shown = portal.project(session, g.project().id(), BROWSER).orElseThrow();
        assertThat(shown.photos()).singleElement().satisfies(group -> {
            assertThat(group.stageId()).isEqualTo("node-inspections");
            assertThat(group.photos())
                    .extracting(SharedPhoto::attachmentId)
                    .containsExactly(waterproofing.attachmentId());
        });
        assertThat(portal.photo(session, photos.getLast().attachmentId(), true, BROWSER))
                .as("an unshared photo is internal")
                .isEmpty();
        as.user("pm", () -> sharing.share(g.project().id(), waterproofing.attachmentId(), false));
        assertThat(portal.project(session, g.project().id(), BROWSER)
                        .orElseThrow()
                        .photos())
                .isEmpty();

        // documents and log entries are internal until shared too
        var pdf = as.user(
                "pm",
                () -> attachments.upload(
                        g.project().id(),
                        "水电竣工图.pdf",
                        "application/pdf",
                        "%PDF-1.4 demo".getBytes(StandardCharsets.US_ASCII)));
        assertThat(as.user("pm", () -> sharing.documents(g.project().id())))
                .singleElement()
                .satisfies(d -> assertThat(d.shared()).isFalse());
        assertThat(portal.photo(session, pdf.id(), false, BROWSER)).isEmpty();
        as.user("pm", () -> sharing.share(g.project().id(), pdf.id(), true));
        assertThat(portal.project(session, g.project().id(), BROWSER)
                        .orElseThrow()
                        .documents())
                .extracting(SharedPhoto::fileName)
                .containsExactly("水电竣工图.pdf");
        assertThat(portal.photo(session, pdf.id(), false, BROWSER))
                .hasValueSatisfying(f -> assertThat(f.contentType()).isEqualTo("application/pdf"));
        var said = as.user(
                "pm",
                () -> communications.record(new NewLogEntry(
                        g.customer().id(),
                        g.project().id(),
                        null,
                        java.time.Instant.now().minusSeconds(60),
                        "现场",
                        Channel.VISIT,
                        g.customer().name(),
                        "与业主确认卫生间地砖留缝 2 mm",
                        "业主同意",
                        null,
                        false)));
        var internal = as.user(
                "pm",
                () -> communications.record(new NewLogEntry(
                        g.customer().id(),
                        g.project().id(),
                        null,
                        java.time.Instant.now().minusSeconds(30),
                        null,
                        Channel.PHONE,
                        "材料商",
                        "内部：瓷砖到货推迟一天",
                        null,
                        null,
                        false)));
        assertThat(as.user("pm", () -> sharing.entries(g.project().id())))
                .extracting(e -> e.entry().id())
                .contains(said.id(), internal.id());
        assertThat(portal.project(session, g.project().id(), BROWSER)
                        .orElseThrow()
                        .updates())
                .isEmpty();
        as.user("pm", () -> sharing.shareEntry(g.project().id(), said.id(), true));
        assertThat(portal.project(session, g.project().id(), BROWSER)
                        .orElseThrow()
                        .updates())
                .extracting(LogEntry::content)
                .containsExactly("与业主确认卫生间地砖留缝 2 mm");

        WeeklyReports.ReportDraft draft =
                as.user("pm", () -> weekly.draftReport(g.project().id(), Locale.SIMPLIFIED_CHINESE));
        assertThat(draft.body()).contains("节点验收", "与业主确认卫生间地砖留缝 2 mm").doesNotContain("内部");
        assertThat(messageKey(() -> as.user(
                        "pm", () -> weekly.sendReport(g.project().id(), draft.weekStart(), " ", null, List.of()))))
                .isEqualTo("portal.error.report");
        ProgressReport sent = as.user(
                "pm",
                () -> weekly.sendReport(
                        g.project().id(),
                        draft.weekStart(),
                        draft.body() + "瓷砖下周进场。",
                        "请周五前确认瓷砖颜色。",
                        List.of(waterproofing.attachmentId())));
        assertThat(portal.project(session, g.project().id(), BROWSER)
                        .orElseThrow()
                        .reports())
                .extracting(ProgressReport::id)
                .containsExactly(sent.id());
        assertThat(portal.project(session, g.project().id(), BROWSER)
                        .orElseThrow()
                        .reports()
                        .getFirst()
                        .customerNext())
                .as("what the customer must do next week reaches them")
                .isEqualTo("请周五前确认瓷砖颜色。");
        assertThat(portal.photo(session, waterproofing.attachmentId(), false, BROWSER))
                .as("a reported photo is shared")
                .isPresent();
        assertThat(jdbc.queryForObject(
                        "select count(*) from communication where project_id = ? and content like ?",
                        Integer.class,
                        g.project().id(),
                        "%瓷砖下周进场。%"))
                .isEqualTo(1);
        assertThat(jdbc.queryForList(
                        "select kind from customer_message where customer_id = ?",
                        String.class,
                        g.customer().id()))
                .contains("PORTAL_INVITE", "PORTAL_CODE", "PORTAL_REPORT");
    }
}
