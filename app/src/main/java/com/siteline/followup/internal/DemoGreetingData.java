package com.siteline.followup.internal;

import com.siteline.followup.Greetings;
import com.siteline.organization.BusinessUnitSummary;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.RunAs;
import com.siteline.sla.CalendarService;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo holiday greetings: the lists of this year's last two public holidays already behind us, greeted by
 * message, by phone or skipped with why, and the coming New Year's list made by the manager, waiting.
 */
@Component
@Profile("demo")
@Order(5)
class DemoGreetingData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoGreetingData.class);
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final GreetingRepository rows;
    private final Greetings greetings;
    private final CalendarService calendars;
    private final OrganizationService organization;
    private final RunAs as;
    private final Clock clock;

    DemoGreetingData(
            GreetingRepository rows,
            Greetings greetings,
            CalendarService calendars,
            OrganizationService organization,
            RunAs as,
            Clock clock) {
        this.rows = rows;
        this.greetings = greetings;
        this.calendars = calendars;
        this.organization = organization;
        this.as = as;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (rows.count() > 0) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(ZONE));
        List<GreetingOccasions.Occasion> past = GreetingOccasions.of(calendars.year(today.getYear())).stream()
                .filter(o -> o.date().isBefore(today.minusDays(7)))
                .toList();
        int made = 0;
        for (BusinessUnitSummary unit : organization.businessUnits()) {
            List<Object[]> customers = rows.afterSalesCustomers(unit.id(), today.minusYears(2));
            for (GreetingOccasions.Occasion o : past.subList(Math.max(0, past.size() - 2), past.size())) {
                Instant listed = o.date().minusDays(7).atTime(8, 0).atZone(ZONE).toInstant();
                for (int i = 0; i < customers.size(); i++) {
                    Greeting g = new Greeting(
                            unit.id(),
                            o.name(),
                            o.date(),
                            (Long) customers.get(i)[0],
                            (String) customers.get(i)[1],
                            "system",
                            listed);
                    Instant at = o.date()
                            .minusDays(2)
                            .atTime(10 + i % 6, 15)
                            .atZone(ZONE)
                            .toInstant();
                    switch (i % 4) {
                        case 1 -> g.done(GreetingState.CALLED, "电话问候，客户表示感谢", "agent", at);
                        case 3 -> g.done(GreetingState.SKIPPED, "客户节日期间在外地，节后回访时再问候", "manager", at);
                        default -> g.done(GreetingState.SENT, null, "agent", at);
                    }
                    rows.save(g);
                    made++;
                }
            }
            if (!customers.isEmpty()
                    && as.user("manager", () -> organization.unitNamesOf("manager"))
                            .containsKey(unit.id())) {
                made += as.user(
                        "manager",
                        () -> greetings.prepare(unit.id(), "元旦 New Year", LocalDate.of(today.getYear() + 1, 1, 1)));
            }
        }
        log.info("Demo holiday greetings: {} lines", made);
    }
}
