package com.siteline.obligation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.siteline.base.InvalidInputException;
import com.siteline.base.RefusedException;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.Role;
import com.siteline.organization.RunAs;
import com.siteline.sdk.PremisesKind;
import com.siteline.testsupport.SitelineSpringTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The yearly community event plan on MariaDB, in a residential unit of the test's own: an event outside the year
 * refused at its field; a plan missing a quarter refused, its writer refused as approver; approved by another manager,
 * next year's plan makes exactly its four quarters' tasks, each due on its quarter's first event.
 */
@SitelineSpringTest
class EventPlansIT {

    @Autowired
    EventPlans plans;

    @Autowired
    OrganizationService organization;

    @Autowired
    RunAs as;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void nextYearsApprovedPlanMakesExactlyItsQuartersTasks() {
        String code = "EVP-" + (System.nanoTime() % 1_000_000);
        var made =
                as.system(() -> organization.createBusinessUnit(code, "活动计划 " + code, List.of("property-management")));
        as.system(() -> organization.changeUnit(made.id(), made.version(), made.pluginIds(), PremisesKind.RESIDENTIAL));
        long unit = made.id();
        String writer = "evp-w-" + code.toLowerCase();
        String manager = "evp-m-" + code.toLowerCase();
        as.system(() -> organization.createUser(
                writer, "编制 " + code, "Writer-pass-2026!", Set.of(Role.MANAGER), List.of(code)));
        as.system(() -> organization.createUser(
                manager, "经理 " + code, "Manager-pass-2026!", Set.of(Role.MANAGER), List.of(code)));
        int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() + 1;

        assertThatThrownBy(() -> as.user(writer, () -> plans.add(unit, year, -1, LocalDate.of(year - 1, 12, 1), " ")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.named())
                                .extracting(p -> p.field())
                                .containsExactly(EventPlans.Field.DAY, EventPlans.Field.TITLE));
        EventPlanView plan = null;
        for (LocalDate day : List.of(
                LocalDate.of(year, 3, 14),
                LocalDate.of(year, 5, 1),
                LocalDate.of(year, 4, 20),
                LocalDate.of(year, 9, 20))) {
            long version = plans.of(unit, year).version();
            plan = as.user(writer, () -> plans.add(unit, year, version, day, "活动 " + day));
        }
        EventPlanView threeQuarters = plan;
        assertThatThrownBy(() -> as.user(manager, () -> plans.approve(threeQuarters.id(), threeQuarters.version())))
                .isInstanceOfSatisfying(
                        RefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("event-plan.refused.quarters"));
        EventPlanView full = as.user(
                writer, () -> plans.add(unit, year, threeQuarters.version(), LocalDate.of(year, 12, 26), "新年联欢会"));
        assertThatThrownBy(() -> as.user(writer, () -> plans.approve(full.id(), full.version())))
                .isInstanceOfSatisfying(
                        RefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("event-plan.refused.approver"));
        assertThat(jdbc.queryForObject(
                        "select count(*) from obligation_task where business_unit_id = ? and obligation_id = ?"
                                + " and period_first >= ?",
                        Integer.class,
                        unit,
                        EventPlans.OBLIGATION,
                        LocalDate.of(year, 1, 1)))
                .isZero();

        EventPlanView approved = as.user(manager, () -> plans.approve(full.id(), full.version()));
        assertThat(approved.approved()).isTrue();
        assertThat(jdbc.queryForList(
                        "select due_on from obligation_task where business_unit_id = ? and obligation_id = ?"
                                + " and period_first >= ? order by period_first",
                        LocalDate.class,
                        unit,
                        EventPlans.OBLIGATION,
                        LocalDate.of(year, 1, 1)))
                .containsExactly(
                        LocalDate.of(year, 3, 14),
                        LocalDate.of(year, 4, 20),
                        LocalDate.of(year, 9, 20),
                        LocalDate.of(year, 12, 26));
        assertThatThrownBy(() -> as.user(
                        writer, () -> plans.add(unit, year, approved.version(), LocalDate.of(year, 7, 1), "加场")))
                .isInstanceOfSatisfying(
                        RefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("event-plan.refused.approved"));
    }
}
