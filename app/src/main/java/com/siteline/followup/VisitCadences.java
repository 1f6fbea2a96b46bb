package com.siteline.followup;

import com.siteline.base.Actors;
import com.siteline.base.InputField;
import com.siteline.base.InputProblems;
import com.siteline.base.RowVersion;
import com.siteline.customer.CustomerDetails;
import com.siteline.customer.CustomerService;
import com.siteline.followup.internal.ReturnVisit;
import com.siteline.followup.internal.ReturnVisitRepository;
import com.siteline.followup.internal.VisitCadenceRepository;
import com.siteline.followup.internal.VisitCadenceRow;
import com.siteline.organization.BusinessUnitSummary;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.Role;
import com.siteline.sla.BusinessCalendar;
import com.siteline.sla.CalendarService;
import com.siteline.sla.CustomerTier;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Visits to important customers by their tier (定期拜访重要顾客 / 定期走访客户, 分层管理): every n months for VIP and for key
 * customers, per unit (administrators set it; VIP monthly and key quarterly until they do). The timer makes each
 * customer's visit of the period in the return visits (once: its source key names the customer and the period's
 * first day), due on the period's last working day, for the unit's queue; the visits' ladder follows it.
 */
@Service
@Transactional(readOnly = true)
public class VisitCadences {

    public static final int MONTHS_MAX = 12;

    /** A unit's cadence: every how many months VIP and key customers are visited (0: not by cadence). */
    public record Cadence(long businessUnitId, long version, int vipMonths, int keyMonths) {

        public int monthsFor(CustomerTier tier) {
            return switch (tier) {
                case VIP -> vipMonths;
                case KEY -> keyMonths;
                case STANDARD -> 0;
            };
        }
    }

    /** The fields of a cadence a refusal names. */
    public enum Field implements InputField {
        VIP_MONTHS,
        KEY_MONTHS
    }

    private final VisitCadenceRepository cadences;
    private final ReturnVisitRepository visits;
    private final CustomerService customers;
    private final OrganizationService organization;
    private final CalendarService calendars;
    private final Clock clock;
    private final TransactionTemplate newTransaction;
    private final int defaultVip;
    private final int defaultKey;

    VisitCadences(
            VisitCadenceRepository cadences,
            ReturnVisitRepository visits,
            CustomerService customers,
            OrganizationService organization,
            CalendarService calendars,
            Clock clock,
            PlatformTransactionManager transactions,
            @Value("${siteline.visits.vip-months:1}") int defaultVip,
            @Value("${siteline.visits.key-months:3}") int defaultKey) {
        this.cadences = cadences;
        this.visits = visits;
        this.customers = customers;
        this.organization = organization;
        this.calendars = calendars;
        this.clock = clock;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
        this.defaultVip = defaultVip;
        this.defaultKey = defaultKey;
    }

    /** A unit's cadence (the defaults, version -1, until an administrator saves one). */
    public Cadence of(long businessUnitId) {
        return cadences.findById(businessUnitId)
                .map(r -> new Cadence(businessUnitId, r.getVersion(), r.getVipMonths(), r.getKeyMonths()))
                .orElse(new Cadence(businessUnitId, -1, defaultVip, defaultKey));
    }

    /**
     * An administrator sets a unit's cadence.
     *
     * @throws com.siteline.base.InvalidInputException naming each field out of 0 to {@link #MONTHS_MAX}
     */
    @Transactional
    @PreAuthorize(Role.Can.ADMINISTER)
    public Cadence save(long businessUnitId, long expectedVersion, Integer vipMonths, Integer keyMonths) {
        InputProblems problems = new InputProblems();
        if (vipMonths == null || vipMonths < 0 || vipMonths > MONTHS_MAX) {
            problems.add(Field.VIP_MONTHS, "visit.cadence.error.months");
        }
        if (keyMonths == null || keyMonths < 0 || keyMonths > MONTHS_MAX) {
            problems.add(Field.KEY_MONTHS, "visit.cadence.error.months");
        }
        problems.refuseIfAny();
        VisitCadenceRow row = cadences.findById(businessUnitId).orElseGet(() -> new VisitCadenceRow(businessUnitId));
        if (expectedVersion >= 0 || cadences.existsById(businessUnitId)) {
            RowVersion.check(VisitCadenceRow.class, businessUnitId, row.getVersion(), expectedVersion);
        }
        row.set(vipMonths, keyMonths, Actors.current(), clock.instant());
        VisitCadenceRow saved = cadences.saveAndFlush(row);
        return new Cadence(businessUnitId, saved.getVersion(), saved.getVipMonths(), saved.getKeyMonths());
    }

    /** The first day of the period of n months (counted from January of year 0) that holds a day. */
    static LocalDate periodOf(LocalDate day, int months) {
        long index = day.getYear() * 12L + day.getMonthValue() - 1;
        long first = index - Math.floorMod(index, months);
        return LocalDate.of((int) (first / 12), (int) (first % 12) + 1, 1);
    }

    /**
     * Makes the visits of the period holding a day for every VIP and key customer of every unit that has none (the
     * timer's run, as the system); returns how many this call made (another node's are not counted).
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public int generate(LocalDate day) {
        int made = 0;
        for (BusinessUnitSummary unit : organization.businessUnits()) {
            Cadence cadence = of(unit.id());
            BusinessCalendar calendar = calendars.calendarFor(unit.id());
            for (CustomerTier tier : List.of(CustomerTier.VIP, CustomerTier.KEY)) {
                int months = cadence.monthsFor(tier);
                if (months == 0) {
                    continue;
                }
                LocalDate first = periodOf(day, months);
                LocalDate due = lastWorkingDay(first.plusMonths(months).minusDays(1), first, calendar);
                for (int n = 0; ; n++) {
                    List<CustomerDetails> page = customers.ofTier(unit.id(), tier, n, 500);
                    for (CustomerDetails customer : page) {
                        made += make(customer, tier, months, first, due) ? 1 : 0;
                    }
                    if (page.size() < 500) {
                        break;
                    }
                }
            }
        }
        return made;
    }

    private boolean make(CustomerDetails customer, CustomerTier tier, int months, LocalDate first, LocalDate due) {
        String key = "tier:" + customer.id() + ":" + first;
        if (visits.existsBySourceKey(key)) {
            return false;
        }
        try {
            newTransaction.executeWithoutResult(tx -> visits.saveAndFlush(new ReturnVisit(
                    key,
                    customer.businessUnitId(),
                    "core",
                    "tier-" + tier.name().toLowerCase(java.util.Locale.ROOT),
                    1,
                    "P" + months + "M",
                    customer.id(),
                    customer.name(),
                    null,
                    // the subject says why this customer is visited: their tier (VIP, KEY) and name
                    tier.name() + " · " + customer.name(),
                    null,
                    due,
                    clock.instant())));
            return true;
        } catch (DataIntegrityViolationException madeElsewhere) {
            return false;
        }
    }

    /** The cadence's timer: every six hours on the shared db-scheduler, the period holding today in Shanghai's day. */
    @org.springframework.context.annotation.Bean
    static com.siteline.timer.RecurringTimer keyCustomerVisitsTimer(
            VisitCadences cadences,
            com.siteline.organization.RunAs as,
            Clock clock,
            @Value("${siteline.visits.cadence-every:PT6H}") java.time.Duration every) {
        return () -> com.github.kagkarlsson.scheduler.task.helper.Tasks.recurring(
                        "key-customer-visits", com.github.kagkarlsson.scheduler.task.schedule.FixedDelay.of(every))
                .execute((instance, context) -> as.system(
                        () -> cadences.generate(LocalDate.now(clock.withZone(java.time.ZoneId.of("Asia/Shanghai"))))));
    }

    /** The last working day of a period, on or before its last day (its first day when none is worked). */
    private static LocalDate lastWorkingDay(LocalDate last, LocalDate first, BusinessCalendar calendar) {
        LocalDate day = last;
        while (day.isAfter(first) && !calendar.isWorkingDay(day)) {
            day = day.minusDays(1);
        }
        return day;
    }
}
