package com.siteline.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.siteline.audit.AuditAction;
import com.siteline.audit.AuditRecord;
import com.siteline.audit.AuditTrail;
import com.siteline.base.InvalidInputException;
import com.siteline.base.Message;
import com.siteline.base.RecordGrants.Kind;
import com.siteline.base.RefusedException;
import com.siteline.base.grid.GridQuery;
import com.siteline.communication.CommunicationService;
import com.siteline.communication.NewLogEntry;
import com.siteline.customer.Channel;
import com.siteline.customer.CustomerDetails;
import com.siteline.customer.CustomerDraft;
import com.siteline.customer.CustomerService;
import com.siteline.issue.IssueQueries;
import com.siteline.notification.NotificationService;
import com.siteline.organization.Role;
import com.siteline.organization.RunAs;
import com.siteline.organization.UserAdministration;
import com.siteline.organization.UserSummary;
import com.siteline.testsupport.SitelineSpringTest;
import com.siteline.testsupport.TestClock;
import com.siteline.testsupport.WorkspaceFixture;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * 查阅申请 on MariaDB: nothing of another unit's record before approval; approved, it is read-only, checked on
 * every read and each read logged; it ends when its days are over or it is revoked; nobody decides their own.
 */
@SitelineSpringTest
class AccessRequestsTest {

    @Autowired
    AccessRequests requests;

    @Autowired
    CustomerService customers;

    @Autowired
    CommunicationService log;

    @Autowired
    IssueQueries issues;

    @Autowired
    NotificationService notifications;

    @Autowired
    AuditTrail audit;

    @Autowired
    UserAdministration administration;

    @Autowired
    WorkspaceFixture fixture;

    @Autowired
    RunAs as;

    private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    private CustomerDetails propertyCustomer() {
        CustomerDetails customer = fixture.customer("BJ-PROPERTY", "物业业主 " + WorkspaceFixture.marker());
        as.user(
                "admin",
                () -> log.record(new NewLogEntry(
                        customer.id(),
                        null,
                        null,
                        TestClock.INSTANCE.instant(),
                        null,
                        Channel.PHONE,
                        "业主",
                        "反映楼道灯不亮",
                        "已派电工",
                        null,
                        false)));
        return customer;
    }

    @Test
    void anApprovedGrantShowsTheRecordReadOnlyLogsEachReadAndEndsWithItsDays() {
        CustomerDetails customer = propertyCustomer();
        // the agent (exterior painting, home decoration) cannot read the property unit's customer
        assertThatThrownBy(() -> as.user("agent", () -> customers.get(customer.id())))
                .isInstanceOf(NoSuchElementException.class);
        AccessRequestSummary filed = as.user(
                "agent",
                () -> requests.file(Kind.CUSTOMER, customer.id(), "业主来电说之前外墙也是我们做的", today, today.plusDays(2)));
        assertThat(filed.status()).isEqualTo(AccessStatus.PENDING);
        assertThat(filed.recordLabel())
                .as("the name is not shown before approval")
                .isNull();
        assertThat(filed.owningUnitName()).isEqualTo("滨江花园物业服务中心");
        assertThatThrownBy(() -> as.user("agent", () -> customers.getGranted(customer.id())))
                .isInstanceOf(NoSuchElementException.class);
        assertThat(as.user("agent", () -> log.ofCustomerGranted(customer.id()))).isEmpty();
        assertThat(as.user("manager", () -> notifications.latest())).anySatisfy(n -> {
            assertThat(n.kind()).isEqualTo("ACCESS_REQUESTED");
            assertThat(Message.plain(n.params().get(2))).isEqualTo(String.valueOf(customer.id()));
        });
        // an agent decides nothing
        assertThatThrownBy(() -> as.user("agent", () -> requests.decide(filed.id(), filed.version(), true, null)))
                .isInstanceOf(AccessDeniedException.class);

        AccessRequestSummary approved =
                as.user("manager", () -> requests.decide(filed.id(), filed.version(), true, null));
        assertThat(approved.status()).isEqualTo(AccessStatus.APPROVED);
        assertThat(as.user("agent", () -> notifications.latest()))
                .anySatisfy(n -> assertThat(n.kind()).isEqualTo("ACCESS_APPROVED"));
        AccessRequestSummary seen = as.user("agent", () -> requests.get(filed.id()));
        assertThat(seen.running()).isTrue();
        assertThat(seen.recordLabel()).isEqualTo(customer.name());

        assertThat(as.user("agent", () -> customers.getGranted(customer.id())).name())
                .isEqualTo(customer.name());
        assertThat(as.user("agent", () -> log.ofCustomerGranted(customer.id())))
                .extracting(e -> e.content())
                .containsExactly("反映楼道灯不亮");
        assertThat(as.user("agent", () -> issues.ofCustomerGranted(customer.id())))
                .isEmpty();
        // read-only: the ordinary (write) paths still do not know the record
        assertThatThrownBy(() -> as.user(
                        "agent",
                        () -> customers.update(
                                customer.id(),
                                customer.version(),
                                CustomerDraft.of(customer.businessUnitId(), "改名", customer.phone()))))
                .isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> as.user("agent", () -> customers.get(customer.id())))
                .isInstanceOf(NoSuchElementException.class);
        // each read is a use of the grant in the audit history, with who read which record
        List<AuditRecord> uses = as.user("admin", () -> audit.history("access", Long.toString(filed.id()), 100));
        assertThat(uses)
                .filteredOn(u -> u.action() == AuditAction.VIEW)
                .hasSize(3)
                .allSatisfy(u -> assertThat(u.actor()).isEqualTo("agent"));
        assertThat(uses)
                .filteredOn(u -> u.action() == AuditAction.UPDATE)
                .singleElement()
                .satisfies(u -> assertThat(u.actor()).isEqualTo("manager"));

        // three days later the grant is over: the record is gone again
        TestClock.advance(Duration.ofDays(3));
        assertThat(as.user("agent", () -> requests.get(filed.id())).running()).isFalse();
        assertThatThrownBy(() -> as.user("agent", () -> customers.getGranted(customer.id())))
                .isInstanceOf(NoSuchElementException.class);
        assertThat(as.user("agent", () -> log.ofCustomerGranted(customer.id()))).isEmpty();
    }

    @Test
    void aRevokedGrantEndsAtTheNextReadAndARejectionNeedsAReason() {
        CustomerDetails customer = propertyCustomer();
        AccessRequestSummary filed =
                as.user("agent", () -> requests.file(Kind.CUSTOMER, customer.id(), "核对报修记录", today, today.plusDays(5)));
        assertThatThrownBy(() -> as.user("manager", () -> requests.decide(filed.id(), filed.version(), false, " ")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsExactly("access.error.note"));
        AccessRequestSummary approved =
                as.user("manager", () -> requests.decide(filed.id(), filed.version(), true, "同意"));
        assertThat(as.user("agent", () -> customers.getGranted(customer.id()))).isNotNull();
        as.user("manager", () -> requests.revoke(approved.id(), approved.version()));
        assertThatThrownBy(() -> as.user("agent", () -> customers.getGranted(customer.id())))
                .isInstanceOf(NoSuchElementException.class);
        AccessRequestSummary revoked = as.user("agent", () -> requests.get(filed.id()));
        assertThat(revoked.status()).isEqualTo(AccessStatus.REVOKED);
        assertThatThrownBy(() -> as.user("manager", () -> requests.decide(revoked.id(), revoked.version(), true, null)))
                .isInstanceOfSatisfying(
                        RefusedException.class,
                        e -> assertThat(e.message().key()).isEqualTo("access.refused.decided"));

        // a second request may be filed now, and rejected with a reason
        AccessRequestSummary again =
                as.user("agent", () -> requests.file(Kind.CUSTOMER, customer.id(), "再次核对", today, today));
        AccessRequestSummary rejected =
                as.user("manager", () -> requests.decide(again.id(), again.version(), false, "请通过物业客服查询"));
        assertThat(rejected.status()).isEqualTo(AccessStatus.REJECTED);
        assertThatThrownBy(() -> as.user("agent", () -> customers.getGranted(customer.id())))
                .isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void nobodyDecidesTheirOwnRequestNorThoseOfAnotherUnit() {
        CustomerDetails customer = propertyCustomer();
        String login = "acc-" + WorkspaceFixture.marker().toLowerCase();
        UserSummary user = as.user(
                "admin",
                () -> administration.create(
                        login, "家装经理", "mgr-secret-2026", Set.of(Role.MANAGER), List.of("SH-HOME")));
        AccessRequestSummary filed =
                as.user(login, () -> requests.file(Kind.CUSTOMER, customer.id(), "核对", today, today.plusDays(1)));
        // a manager of another unit does not decide it
        String other = "acc-" + WorkspaceFixture.marker().toLowerCase();
        as.user(
                "admin",
                () -> administration.create(
                        other, "家装经理乙", "mgr-secret-2026", Set.of(Role.MANAGER), List.of("SH-HOME")));
        assertThatThrownBy(() -> as.user(other, () -> requests.decide(filed.id(), filed.version(), true, null)))
                .isInstanceOf(NoSuchElementException.class);
        // nor their own
        assertThatThrownBy(() -> as.user(login, () -> requests.decide(filed.id(), filed.version(), true, null)))
                .isInstanceOfSatisfying(
                        RefusedException.class,
                        e -> assertThat(e.message().key()).isEqualTo("access.refused.own"));
        // joined the owning unit later, still not their own
        UserSummary moved = as.user(
                "admin",
                () -> administration.update(
                        user.id(), user.version(), "家装经理", Set.of(Role.MANAGER), List.of("SH-HOME", "BJ-PROPERTY")));
        assertThat(moved.businessUnitNames()).hasSize(2);
        assertThatThrownBy(() -> as.user(login, () -> requests.decide(filed.id(), filed.version(), true, null)))
                .isInstanceOfSatisfying(
                        RefusedException.class,
                        e -> assertThat(e.message().key()).isEqualTo("access.refused.own"));
        // the project manager sees neither the request nor a way to decide it
        assertThatThrownBy(() -> as.user("pm", () -> requests.get(filed.id())))
                .isInstanceOf(NoSuchElementException.class);
        assertThat(as.user("pm", () -> requests.page(GridQuery.empty(), 0, 500)))
                .extracting(AccessRequestSummary::id)
                .doesNotContain(filed.id())
                .allSatisfy(id -> assertThat(
                                as.user("pm", () -> requests.get(id)).requester())
                        .isEqualTo("pm"));
        assertThat(as.user(
                        "manager",
                        () -> requests.page(GridQuery.empty().choice("whose", AccessGrid.TO_DECIDE), 0, 500)))
                .extracting(AccessRequestSummary::id)
                .contains(filed.id());
        assertThat(as.user(login, () -> requests.page(GridQuery.empty().choice("whose", AccessGrid.TO_DECIDE), 0, 500)))
                .extracting(AccessRequestSummary::id)
                .doesNotContain(filed.id());
    }

    @Test
    void badRequestsAreRefusedWithWhatToCorrectAndStoreNothing() {
        CustomerDetails customer = propertyCustomer();
        CustomerDetails own = fixture.customer("SH-HOME", "自己单元 " + WorkspaceFixture.marker());
        long before = as.user("agent", () -> requests.count(GridQuery.empty()));
        assertProblems(() -> requests.file(Kind.CUSTOMER, customer.id(), " ", today, today), "access.error.reason");
        assertProblems(
                () -> requests.file(Kind.CUSTOMER, customer.id(), "x".repeat(501), today, today),
                "access.error.reason-length");
        assertProblems(
                () -> requests.file(Kind.CUSTOMER, customer.id(), "理由", today.minusDays(1), today),
                "access.error.period-past");
        assertProblems(
                () -> requests.file(Kind.CUSTOMER, customer.id(), "理由", today.plusDays(2), today),
                "access.error.period-order");
        assertProblems(
                () -> requests.file(Kind.CUSTOMER, customer.id(), "理由", today, today.plusDays(90)),
                "access.error.period-length");
        assertProblems(() -> requests.file(Kind.CUSTOMER, customer.id(), "理由", null, today), "access.error.period");
        assertRefused(() -> requests.file(Kind.CUSTOMER, 987_654_321L, "理由", today, today), "access.error.record");
        assertRefused(() -> requests.file(Kind.CUSTOMER, own.id(), "理由", today, today), "access.error.own-unit");
        as.user("agent", () -> requests.file(Kind.CUSTOMER, customer.id(), "理由", today, today));
        assertRefused(() -> requests.file(Kind.CUSTOMER, customer.id(), "又一次", today, today), "access.error.duplicate");
        assertThat(as.user("agent", () -> requests.count(GridQuery.empty()))).isEqualTo(before + 1);
    }

    private void assertProblems(Runnable call, String problem) {
        assertThatThrownBy(() -> as.user("agent", call))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsExactly(problem));
    }

    private void assertRefused(Runnable call, String key) {
        assertThatThrownBy(() -> as.user("agent", call))
                .isInstanceOfSatisfying(
                        RefusedException.class,
                        e -> assertThat(e.message().key()).isEqualTo(key));
    }
}
