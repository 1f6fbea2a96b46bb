package com.siteline.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.siteline.base.InvalidInputException;
import com.siteline.customer.Channel;
import com.siteline.customer.CustomerDetails;
import com.siteline.customer.CustomerDraft;
import com.siteline.customer.CustomerService;
import com.siteline.organization.RunAs;
import com.siteline.sla.CustomerTier;
import com.siteline.testsupport.SitelineSpringTest;
import com.siteline.testsupport.WorkspaceFixture;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Visits to important customers on MariaDB: an administrator sets a unit's cadence (out of range refused at its
 * field, nobody else may); two nodes making the period's visits at once make one per VIP and key customer, none for
 * a standard one, due on the period's last working day; a second run makes none.
 */
@SitelineSpringTest
class KeyCustomerVisitsIT {

    @Autowired
    VisitCadences cadences;

    @Autowired
    CustomerService customers;

    @Autowired
    WorkspaceFixture fixture;

    @Autowired
    RunAs as;

    @Autowired
    JdbcTemplate jdbc;

    private CustomerDetails customer(long unit, String name, CustomerTier tier) {
        String phone = "137"
                + (10_000_000 + java.util.concurrent.ThreadLocalRandom.current().nextInt(89_999_999));
        return as.user(
                "admin",
                () -> customers.create(new CustomerDraft(
                        unit, name, phone, null, null, null, "上海市测试路 9 号", tier, Set.of(), Channel.PHONE, null, null)));
    }

    @Test
    void twoNodesMakeOneVisitPerImportantCustomerAndPeriod() throws Exception {
        long unit = fixture.unit("SH-HOME");
        VisitCadences.Cadence before = cadences.of(unit);
        assertThatThrownBy(() -> as.user("admin", () -> cadences.save(unit, before.version(), 13, -1)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.named())
                                .extracting(p -> p.field())
                                .containsExactly(VisitCadences.Field.VIP_MONTHS, VisitCadences.Field.KEY_MONTHS));
        assertThatThrownBy(() -> as.user("manager", () -> cadences.save(unit, before.version(), 1, 3)))
                .isInstanceOf(AccessDeniedException.class);
        VisitCadences.Cadence saved = as.user("admin", () -> cadences.save(unit, before.version(), 1, 3));
        assertThat(saved.vipMonths()).isEqualTo(1);
        String marker = WorkspaceFixture.marker();
        CustomerDetails vip = customer(unit, "VIP " + marker, CustomerTier.VIP);
        CustomerDetails key = customer(unit, "重要 " + marker, CustomerTier.KEY);
        CustomerDetails plain = customer(unit, "普通 " + marker, CustomerTier.STANDARD);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runs = List.of(
                    nodes.submit(() -> as.system(() -> cadences.generate(today))),
                    nodes.submit(() -> as.system(() -> cadences.generate(today))));
            runs.get(0).get();
            runs.get(1).get();
        } finally {
            nodes.shutdown();
        }
        Map<String, Object> vipVisit = jdbc.queryForMap(
                "select source_key, due_on, state, owner from return_visit where customer_id = ?", vip.id());
        LocalDate month = today.withDayOfMonth(1);
        assertThat(vipVisit)
                .containsEntry("source_key", "tier:" + vip.id() + ":" + month)
                .containsEntry("state", "DUE");
        LocalDate due = ((java.sql.Date) vipVisit.get("due_on")).toLocalDate();
        assertThat(due).isBetween(month, month.plusMonths(1).minusDays(1));
        LocalDate quarter = VisitCadences.periodOf(today, 3);
        assertThat(quarter.getMonthValue() % 3).isEqualTo(1);
        assertThat(jdbc.queryForList(
                        "select source_key from return_visit where customer_id = ?", String.class, key.id()))
                .containsExactly("tier:" + key.id() + ":" + quarter);
        assertThat(jdbc.queryForObject(
                        "select count(*) from return_visit where customer_id = ?", Integer.class, plain.id()))
                .isZero();
        assertThat(as.system(() -> cadences.generate(today))).isZero();
    }
}
