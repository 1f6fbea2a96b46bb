package com.siteline.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.siteline.base.InvalidInputException;
import com.siteline.base.grid.GridQuery;
import com.siteline.customer.Channel;
import com.siteline.customer.CustomerDetails;
import com.siteline.customer.CustomerDraft;
import com.siteline.customer.CustomerService;
import com.siteline.organization.Role;
import com.siteline.organization.RunAs;
import com.siteline.organization.UserAdministration;
import com.siteline.organization.UserSummary;
import com.siteline.plugin.VariantCatalog;
import com.siteline.sla.CustomerTier;
import com.siteline.testsupport.SitelineSpringTest;
import com.siteline.testsupport.WorkspaceFixture;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/** Every change is kept field by field with who, when and where; nothing else; and the chain shows tampering. */
@SitelineSpringTest
class AuditHistoryTest {

    @Autowired
    CustomerService customers;

    @Autowired
    AuditTrail trail;

    @Autowired
    AuditLog log;

    @Autowired
    UserAdministration administration;

    @Autowired
    VariantCatalog catalog;

    @Autowired
    WorkspaceFixture fixture;

    @Autowired
    RunAs as;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aCustomerEditIsKeptFieldByFieldAndOnlyTheUnitsUsersReadIt() {
        CustomerDetails created = fixture.customer("SH-HOME", "审计客户 " + WorkspaceFixture.marker());
        CustomerDetails edited = as.user(
                "agent",
                () -> customers.update(
                        created.id(),
                        created.version(),
                        new CustomerDraft(
                                created.businessUnitId(),
                                created.name(),
                                "13800001111",
                                null,
                                null,
                                null,
                                created.address(),
                                CustomerTier.VIP,
                                Set.of("漏水"),
                                Channel.WECHAT,
                                null,
                                "改过电话")));

        List<AuditRecord> history = as.user("pm", () -> trail.customerHistory(edited.id(), 100));
        assertThat(history).hasSize(2);
        AuditRecord change = history.get(0);
        assertThat(change.action()).isEqualTo(AuditAction.UPDATE);
        assertThat(change.actor()).isEqualTo("agent");
        assertThat(change.recordType()).isEqualTo("customer");
        assertThat(change.recordLabel()).isEqualTo(created.name());
        assertThat(change.changes())
                .containsExactlyInAnyOrder(
                        new AuditChange("phone", null, created.phone(), "13800001111"),
                        new AuditChange("tier", "CustomerTier", "STANDARD", "VIP"),
                        new AuditChange("tags", null, null, "漏水"),
                        new AuditChange("preferredChannel", "Channel", "PHONE", "WECHAT"),
                        new AuditChange("notes", null, null, "改过电话"));
        AuditRecord creation = history.get(1);
        assertThat(creation.action()).isEqualTo(AuditAction.CREATE);
        assertThat(creation.actor()).isEqualTo("admin");
        assertThat(creation.changes()).contains(new AuditChange("name", null, null, created.name()));

        // the exterior-painting unit's records are not the project manager's to read, not even their history
        CustomerDetails other = fixture.customer("EAST-PAINT", "别的单元 " + WorkspaceFixture.marker());
        assertThat(as.user("pm", () -> trail.customerHistory(other.id(), 100))).isEmpty();
        assertThat(as.user("admin", () -> trail.customerHistory(other.id(), 100)))
                .hasSize(1);
    }

    @Test
    void aRefusedOrRolledBackChangeLeavesNoTrace() {
        CustomerDetails created = fixture.customer("SH-HOME", "回滚客户 " + WorkspaceFixture.marker());
        long before = rows();
        assertThatThrownBy(() -> as.user(
                        "agent",
                        () -> customers.update(
                                created.id(),
                                created.version(),
                                CustomerDraft.of(created.businessUnitId(), created.name(), "not a phone"))))
                .isInstanceOf(InvalidInputException.class);
        as.user(
                "agent",
                () -> transactions.executeWithoutResult(status -> {
                    customers.update(
                            created.id(),
                            created.version(),
                            CustomerDraft.of(created.businessUnitId(), "改了又回滚", "13900002222"));
                    status.setRollbackOnly();
                }));
        assertThat(rows()).isEqualTo(before);
        assertThat(as.user("agent", () -> trail.customerHistory(created.id(), 100)))
                .hasSize(1);
    }

    @Test
    void passwordsAreKeptAsChangedNeverAsValuesAndRolesAsLabelsOfTheirOwn() {
        String login = "audit-" + WorkspaceFixture.marker().toLowerCase();
        UserSummary user = as.user(
                "admin",
                () -> administration.create(login, "审计同事", "first-secret-77", Set.of(Role.AGENT), List.of("SH-HOME")));
        UserSummary promoted = as.user(
                "admin",
                () -> administration.update(
                        user.id(), user.version(), "审计同事", Set.of(Role.AGENT, Role.MANAGER), List.of("SH-HOME")));
        as.user("admin", () -> administration.resetPassword(promoted.id(), promoted.version(), "second-secret-88"));

        List<AuditRecord> history = as.user("admin", () -> trail.history("user", Long.toString(user.id()), 100));
        assertThat(history)
                .extracting(AuditRecord::action)
                .containsExactly(AuditAction.UPDATE, AuditAction.UPDATE, AuditAction.CREATE);
        assertThat(history.get(0).changes()).contains(new AuditChange("password", AuditChange.SECRET, null, null));
        assertThat(history.get(1).changes())
                .containsExactly(new AuditChange("roles", "Role", "AGENT", "AGENT, MANAGER"));
        assertThat(history.get(2).changes())
                .contains(
                        new AuditChange("password", AuditChange.SECRET, null, null),
                        new AuditChange("businessUnits", null, null, "上海家装事业部"));
        String stored = String.join(
                "",
                jdbc.queryForList(
                        "select changes from audit_entry where record_type = 'user'" + " and record_id = ?",
                        String.class,
                        Long.toString(user.id())));
        assertThat(stored).doesNotContain("{bcrypt}", "$2a$", "first-secret-77", "second-secret-88");
        // a user's history is for administrators
        assertThat(as.user("manager", () -> trail.history("user", Long.toString(user.id()), 100)))
                .isEmpty();
    }

    @Test
    void aPluginStoppedAndStartedIsKept() {
        as.user("admin", () -> catalog.stopPlugin("property-management"));
        as.user("admin", () -> catalog.startPlugin("property-management"));
        List<AuditRecord> history = as.user("admin", () -> trail.history("plugin", "property-management", 2));
        assertThat(history)
                .extracting(r -> r.changes().get(0))
                .containsExactly(
                        new AuditChange("state", "PluginState", "stopped", "started"),
                        new AuditChange("state", "PluginState", "started", "stopped"));
    }

    @Test
    void theAuditLogIsForAdministratorsOnly() {
        assertThatThrownBy(() -> as.user("manager", () -> log.count(GridQuery.empty())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as.user("admin", () -> log.count(GridQuery.empty().choice("type", "customer"))))
                .isPositive();
    }

    @Test
    void rowsCannotBeChangedAndAChangeMadeOutsideTheAppBreaksTheChainWhereItWasMade() {
        fixture.customer("SH-HOME", "链条客户 " + WorkspaceFixture.marker());
        ChainCheck whole = as.user("admin", () -> log.verify(n -> {}));
        assertThat(whole.intact()).as("chain " + whole).isTrue();
        assertThat(whole.checked()).isEqualTo(rows());

        long victim = jdbc.queryForObject("select min(id) from audit_entry where record_type = 'customer'", Long.class);
        assertThatThrownBy(() -> jdbc.update("update audit_entry set actor = 'mallory' where id = ?", victim))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_entry where id = ?", victim))
                .hasMessageContaining("append-only");

        // someone with the database's root password drops the guard and edits a row
        String original = jdbc.queryForObject("select actor from audit_entry where id = ?", String.class, victim);
        String guard = jdbc.queryForObject(
                "show create trigger audit_entry_no_update", (row, n) -> row.getString("SQL Original Statement"));
        jdbc.execute("drop trigger audit_entry_no_update");
        try {
            jdbc.update("update audit_entry set actor = 'mallory' where id = ?", victim);
            ChainCheck broken = as.user("admin", () -> log.verify(n -> {}));
            assertThat(broken.intact()).isFalse();
            assertThat(broken.firstBrokenId()).isEqualTo(victim);
        } finally {
            jdbc.update("update audit_entry set actor = ? where id = ?", original, victim);
            jdbc.execute(guard);
        }
        assertThat(as.user("admin", () -> log.verify(n -> {})).intact()).isTrue();
    }

    private long rows() {
        return jdbc.queryForObject("select count(*) from audit_entry", Long.class);
    }
}
