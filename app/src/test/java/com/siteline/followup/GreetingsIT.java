package com.siteline.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.siteline.base.InvalidInputException;
import com.siteline.base.RefusedException;
import com.siteline.base.grid.GridQuery;
import com.siteline.customer.Channel;
import com.siteline.customer.CustomerDraft;
import com.siteline.customer.CustomerService;
import com.siteline.followup.internal.GreetingState;
import com.siteline.followup.internal.GreetingSummary;
import com.siteline.notification.CustomerMessages;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.Role;
import com.siteline.organization.RunAs;
import com.siteline.sla.CustomerTier;
import com.siteline.testsupport.SitelineSpringTest;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * Holiday greetings on MariaDB, in a unit of their own: six customers, four with a return visit in the last two
 * years (one of them two visits), one whose only visit is three years old, one without. The list holds exactly
 * the four, once each, even when prepared twice at the same moment; greetings go out as messages once; a call is
 * recorded, a skip needs its reason, a stale or done line is refused and bad input stores nothing.
 */
@SitelineSpringTest
class GreetingsIT {

    @Autowired
    Greetings greetings;

    @Autowired
    CustomerService customers;

    @Autowired
    CustomerMessages messages;

    @Autowired
    OrganizationService organization;

    @Autowired
    RunAs as;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theAfterSalesCustomersAreListedOnceAndGreetedByMessageOrPhone() throws Exception {
        String code = "GRT-" + (System.nanoTime() % 100000);
        as.system(() -> organization.createBusinessUnit(code, "问候测试 " + code, List.of("home-decoration")));
        String agent = "grt-" + code.toLowerCase();
        as.system(() -> organization.createUser(agent, "客服 问候", "agent-pass-2026", Set.of(Role.AGENT), List.of(code)));
        as.system(() -> organization.createUser(
                agent + "-pm", "项目经理 问候", "pm-pass-2026", Set.of(Role.PROJECT_MANAGER), List.of(code)));
        long unit = organization.businessUnits().stream()
                .filter(u -> u.code().equals(code))
                .findFirst()
                .orElseThrow()
                .id();
        List<CustomerDraft> drafts = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            drafts.add(new CustomerDraft(
                    unit,
                    "客户" + i + " " + code,
                    "1355" + String.format("%07d", (System.nanoTime() + i) % 10_000_000),
                    null,
                    null,
                    null,
                    "地址 " + i,
                    CustomerTier.STANDARD,
                    Set.of(),
                    Channel.PHONE,
                    null,
                    null));
        }
        List<Long> ids = as.user(agent, () -> customers.createAll(drafts));
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        visit(code + "-0", unit, ids.get(0), "客户0 " + code, today.minusMonths(3));
        visit(code + "-0b", unit, ids.get(0), "客户0 " + code, today.plusMonths(3));
        visit(code + "-1", unit, ids.get(1), "客户1 " + code, today.minusMonths(20));
        visit(code + "-2", unit, ids.get(2), "客户2 " + code, today);
        visit(code + "-3", unit, ids.get(3), "客户3 " + code, today.plusDays(10));
        visit(code + "-4", unit, ids.get(4), "客户4 " + code, today.minusYears(3));
        LocalDate day = today.plusDays(20);

        // bad input: said, nothing stored
        assertThatThrownBy(() -> as.user(agent, () -> greetings.prepare(unit, " ", today.minusDays(1))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .containsExactly("greeting.error.occasion", "greeting.error.date"));
        assertThatThrownBy(() -> as.user(agent + "-pm", () -> greetings.prepare(unit, "元旦", day)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThat(count(unit)).isZero();

        // two prepare the same list at the same moment: each customer once
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        Callable<Integer> prepare = () -> {
            start.await();
            try {
                return as.user(agent, () -> greetings.prepare(unit, "元旦 New Year", day));
            } catch (org.springframework.dao.DataAccessException raced) {
                return -1;
            }
        };
        Future<Integer> first = pool.submit(prepare);
        Future<Integer> second = pool.submit(prepare);
        start.countDown();
        List<Integer> made = List.of(first.get(), second.get());
        pool.shutdown();
        assertThat(made).contains(4);
        assertThat(count(unit)).isEqualTo(4);
        assertThat(jdbc.queryForList(
                        "select customer_id from holiday_greeting where business_unit_id = ?", Long.class, unit))
                .containsExactlyInAnyOrder(ids.get(0), ids.get(1), ids.get(2), ids.get(3));
        assertThat(as.user(agent, () -> greetings.prepare(unit, "元旦 New Year", day)))
                .isZero();

        List<GreetingSummary> lines = as.user(agent, () -> greetings.page(GridQuery.empty(), 0, 10));
        assertThat(lines).hasSize(4).allSatisfy(g -> assertThat(g.state()).isEqualTo(GreetingState.WAITING));
        GreetingSummary a = lines.get(0);
        GreetingSummary b = lines.get(1);
        GreetingSummary c = lines.get(2);

        // by message: zh-CN and English, once
        assertThat(as.user(agent, () -> greetings.send(List.of(a.id(), b.id()))))
                .isEqualTo(2);
        assertThat(as.user(agent, () -> greetings.send(List.of(a.id())))).isZero();
        assertThat(as.system(() -> messages.ofCustomer(a.customerId())))
                .singleElement()
                .satisfies(m -> {
                    assertThat(m.kind()).isEqualTo("GREETING");
                    assertThat(m.body()).contains(a.customerName() + "您好！元旦将至", "New Year is coming", "问候测试 " + code);
                });
        assertThat(as.user(agent, () -> greetings.get(a.id()))).satisfies(g -> {
            assertThat(g.state()).isEqualTo(GreetingState.SENT);
            assertThat(g.doneBy()).isEqualTo(agent);
        });

        // by phone, or skipped with why; bad input and stale or done lines refused, nothing stored
        assertThatThrownBy(
                        () -> as.user(agent, () -> greetings.record(c.id(), c.version(), GreetingState.SKIPPED, " ")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsExactly("greeting.error.why"));
        assertThatThrownBy(() -> as.user(
                        agent, () -> greetings.record(c.id(), c.version(), GreetingState.CALLED, "长".repeat(501))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsExactly("greeting.error.length"));
        assertThat(as.user(agent, () -> greetings.get(c.id())).state()).isEqualTo(GreetingState.WAITING);
        assertThatThrownBy(() ->
                        as.user(agent, () -> greetings.record(c.id(), c.version() + 1, GreetingState.CALLED, null)))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        GreetingSummary called =
                as.user(agent, () -> greetings.record(c.id(), c.version(), GreetingState.CALLED, " 客户很高兴 "));
        assertThat(called.state()).isEqualTo(GreetingState.CALLED);
        assertThat(called.note()).isEqualTo("客户很高兴");
        assertThatThrownBy(() -> as.user(
                        agent, () -> greetings.record(called.id(), called.version(), GreetingState.SKIPPED, "重复")))
                .isInstanceOf(RefusedException.class);
        assertThat(as.system(() -> messages.ofCustomer(c.customerId()))).isEmpty();

        // another unit's staff see none of it
        assertThatThrownBy(() -> as.user("agent", () -> greetings.get(a.id())))
                .isInstanceOf(java.util.NoSuchElementException.class);
    }

    private void visit(String key, long unit, long customer, String name, LocalDate due) {
        jdbc.update(
                "insert into return_visit (source_key, business_unit_id, variant_id, schedule_id, sequence_no,"
                        + " offset_text, customer_id, customer_name, subject, planned_on, due_on, state, attempts,"
                        + " escalation_step, created_at) values (?, ?, 'home-decoration', 'after-completion', 1, 'P1M', ?, ?,"
                        + " '回访', ?, ?, 'DUE', 0, 0, ?)",
                key,
                unit,
                customer,
                name,
                due,
                due,
                Timestamp.from(Instant.now()));
    }

    private int count(long unit) {
        return jdbc.queryForObject(
                "select count(*) from holiday_greeting where business_unit_id = ?", Integer.class, unit);
    }
}
