package com.siteline.followup;

import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import com.siteline.base.Actors;
import com.siteline.base.InputField;
import com.siteline.base.InputProblems;
import com.siteline.base.InvalidInputException;
import com.siteline.base.RefusedException;
import com.siteline.base.RowVersion;
import com.siteline.base.SitelineI18NProvider;
import com.siteline.base.grid.JpaGrid;
import com.siteline.base.grid.UnitScopedGridSource;
import com.siteline.customer.CustomerDetails;
import com.siteline.customer.CustomerService;
import com.siteline.followup.internal.Greeting;
import com.siteline.followup.internal.GreetingGrid;
import com.siteline.followup.internal.GreetingOccasions;
import com.siteline.followup.internal.GreetingRepository;
import com.siteline.followup.internal.GreetingState;
import com.siteline.followup.internal.GreetingSummary;
import com.siteline.notification.CustomerMessages;
import com.siteline.organization.BusinessUnitSummary;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.Role;
import com.siteline.organization.RunAs;
import com.siteline.sla.CalendarDay;
import com.siteline.sla.CalendarService;
import com.siteline.sla.UserZones;
import com.siteline.timer.RecurringTimer;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Holiday greetings (节日问候): before a public holiday of the national schedule ({@link GreetingOccasions}), or
 * for an occasion staff name, a unit's after-sales customers (those with a return visit in the last two years)
 * are put on its list, once per customer and occasion. Staff greet them by message (through the customer's
 * channels, kept in the outbox), by phone with a note, or skip them with why. The daily timer prepares the lists
 * {@code siteline.greetings.days-before} days ahead (0 turns it off: lists are then made by hand only); the unique
 * key (unit, day, customer) keeps a second node or a second click from listing anyone twice.
 */
@Service
@Transactional(readOnly = true)
public class Greetings extends UnitScopedGridSource<Greeting, GreetingSummary> {

    public static final int NOTE_MAX = 500;
    public static final int OCCASION_MAX = 60;
    private static final Logger log = LoggerFactory.getLogger(Greetings.class);

    private final GreetingRepository greetings;
    private final OrganizationService organization;
    private final CalendarService calendars;
    private final CustomerService customers;
    private final CustomerMessages messages;
    private final SitelineI18NProvider i18n;
    private final Clock clock;
    private final int daysBefore;
    private final TransactionTemplate transaction;
    private final JpaGrid<Greeting> grid;

    Greetings(
            GreetingRepository greetings,
            OrganizationService organization,
            CalendarService calendars,
            CustomerService customers,
            CustomerMessages messages,
            SitelineI18NProvider i18n,
            Clock clock,
            EntityManager em,
            UserZones zones,
            PlatformTransactionManager transactions,
            @Value("${siteline.greetings.days-before:7}") int daysBefore) {
        super(em, organization::unitNamesOf);
        this.greetings = greetings;
        this.organization = organization;
        this.calendars = calendars;
        this.customers = customers;
        this.messages = messages;
        this.i18n = i18n;
        this.clock = clock;
        this.daysBefore = daysBefore;
        this.transaction = new TransactionTemplate(transactions);
        this.grid = new JpaGrid<>(
                Greeting.class,
                GreetingGrid.DEFINITION,
                zones::zoneOf,
                (text, user) -> (root, q, cb) -> cb.or(
                        cb.like(root.get("customerName"), "%" + JpaGrid.escape(text) + "%", '\\'),
                        cb.like(root.get("occasion"), "%" + JpaGrid.escape(text) + "%", '\\')));
    }

    @Bean
    static RecurringTimer holidayGreetingTimer(
            Greetings greetings, RunAs as, @Value("${siteline.greetings.every:PT6H}") Duration every) {
        return () -> Tasks.recurring("holiday-greetings", FixedDelay.of(every))
                .execute((instance, context) -> as.system(greetings::prepareUpcoming));
    }

    @Override
    public JpaGrid<Greeting> grid() {
        return grid;
    }

    @Override
    protected GreetingSummary toRow(Greeting g, Map<Long, String> units) {
        return summary(g, units);
    }

    /** The holidays of the schedule from today to 90 days on, for the "prepare a list" choice. */
    public List<GreetingOccasions.Occasion> upcoming(long unitId) {
        LocalDate today =
                LocalDate.now(clock.withZone(calendars.calendarFor(unitId).zone()));
        return GreetingOccasions.within(occasionsAround(today), today, 90);
    }

    private List<GreetingOccasions.Occasion> occasionsAround(LocalDate day) {
        List<CalendarDay> days = new ArrayList<>(calendars.year(day.getYear()));
        days.addAll(calendars.year(day.getYear() + 1));
        return GreetingOccasions.of(days);
    }

    /** What preparing a list asks for, as its form shows it and a refusal names it. */
    public enum PrepareField implements InputField {
        UNIT,
        OCCASION,
        DAY
    }

    /**
     * Puts the unit's after-sales customers on its list for an occasion; those already on it stay as they are.
     * Returns how many were added.
     *
     * @throws InvalidInputException with what to fix (nothing stored)
     */
    @Transactional
    @PreAuthorize(Role.Can.TRIAGE)
    public int prepare(long unitId, String occasion, LocalDate on) {
        String username = Actors.current();
        InputProblems problems = new InputProblems();
        if (!organization.unitNamesOf(username).containsKey(unitId)) {
            problems.add(PrepareField.UNIT, "greeting.error.unit");
        }
        if (occasion == null || occasion.isBlank() || occasion.strip().length() > OCCASION_MAX) {
            problems.add(PrepareField.OCCASION, "greeting.error.occasion");
        }
        if (on == null
                || on.isBefore(LocalDate.now(
                        clock.withZone(calendars.calendarFor(unitId).zone())))) {
            problems.add(PrepareField.DAY, "greeting.error.date");
        }
        problems.refuseIfAny();
        return add(unitId, occasion.strip(), on, username);
    }

    private int add(long unitId, String occasion, LocalDate on, String by) {
        Set<Long> listed = new HashSet<>(greetings.customersGreetedOn(unitId, on));
        Map<Long, String> customersOf = new LinkedHashMap<>();
        for (Object[] row : greetings.afterSalesCustomers(unitId, on.minusYears(2))) {
            customersOf.putIfAbsent((Long) row[0], (String) row[1]);
        }
        Instant now = clock.instant();
        List<Greeting> added = new ArrayList<>();
        customersOf.forEach((id, name) -> {
            if (!listed.contains(id)) {
                added.add(new Greeting(unitId, occasion, on, id, name, by, now));
            }
        });
        greetings.saveAllAndFlush(added);
        return added.size();
    }

    /**
     * The timer's run: every unit's list for each holiday of the schedule starting within
     * {@code siteline.greetings.days-before} days. A list another node made meanwhile is left to it. Returns how
     * many customers were added.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public int prepareUpcoming() {
        if (daysBefore <= 0) {
            return 0;
        }
        int added = 0;
        for (BusinessUnitSummary unit : organization.businessUnits()) {
            LocalDate today = LocalDate.now(
                    clock.withZone(calendars.calendarFor(unit.id()).zone()));
            for (GreetingOccasions.Occasion o : GreetingOccasions.within(occasionsAround(today), today, daysBefore)) {
                try {
                    Integer made = transaction.execute(tx -> add(unit.id(), o.name(), o.date(), "system"));
                    added += made == null ? 0 : made;
                } catch (DataIntegrityViolationException raced) {
                    log.info("Greetings for {} of unit {} were prepared by another node", o.name(), unit.id());
                }
            }
        }
        return added;
    }

    public GreetingSummary get(long id) {
        Map<Long, String> units = organization.unitNamesOf(Actors.current());
        return summary(load(id, units), units);
    }

    /**
     * Sends the greeting to each waiting customer of these lines through their channels (zh-CN, then English);
     * lines no longer waiting are left as they are. Returns how many went.
     */
    @Transactional
    @PreAuthorize(Role.Can.TRIAGE)
    public int send(Collection<Long> ids) {
        String username = Actors.current();
        Map<Long, String> units = organization.unitNamesOf(username);
        Instant now = clock.instant();
        int sent = 0;
        List<Greeting> lines = greetings.findByIdIn(ids);
        // every customer's contact in one read
        Map<Long, CustomerDetails> contacts = customers.contactsOf(
                lines.stream().map(Greeting::getCustomerId).collect(java.util.stream.Collectors.toSet()));
        for (Greeting g : lines) {
            if (!units.containsKey(g.getBusinessUnitId()) || g.getState() != GreetingState.WAITING) {
                continue;
            }
            CustomerDetails customer = contacts.get(g.getCustomerId());
            String unit = units.get(g.getBusinessUnitId());
            String zh = i18n.getTranslation(
                    "greeting.message.body",
                    Locale.SIMPLIFIED_CHINESE,
                    g.getCustomerName(),
                    nameIn(g.getOccasion(), 0),
                    unit);
            String en = i18n.getTranslation(
                    "greeting.message.body", Locale.ENGLISH, g.getCustomerName(), nameIn(g.getOccasion(), 1), unit);
            messages.send(new CustomerMessages.Outgoing(
                    g.getCustomerId(),
                    g.getCustomerName(),
                    g.getBusinessUnitId(),
                    "GREETING",
                    customer == null ? null : customer.email(),
                    customer == null ? null : customer.phone(),
                    i18n.getTranslation(
                                    "greeting.message.subject", Locale.SIMPLIFIED_CHINESE, nameIn(g.getOccasion(), 0))
                            + " / "
                            + i18n.getTranslation(
                                    "greeting.message.subject", Locale.ENGLISH, nameIn(g.getOccasion(), 1)),
                    zh + "\n\n" + en));
            g.done(GreetingState.SENT, null, username, now);
            sent++;
        }
        return sent;
    }

    /** The schedule's names are like 春节 Spring Festival: part 0 is the Chinese, part 1 the English (else the whole). */
    static String nameIn(String occasion, int part) {
        int space = occasion.indexOf(' ');
        boolean split = space > 0 && occasion.codePoints().limit(space).anyMatch(c -> c > 0x2E80);
        return !split
                ? occasion
                : part == 0
                        ? occasion.substring(0, space)
                        : occasion.substring(space + 1).strip();
    }

    /**
     * Records a waiting line as greeted by phone ({@link GreetingState#CALLED}) or skipped, with a note (required
     * to skip).
     *
     * @throws InvalidInputException with what to fix (nothing stored)
     */
    @Transactional
    @PreAuthorize(Role.Can.TRIAGE)
    public GreetingSummary record(long id, long expectedVersion, GreetingState outcome, String note) {
        String username = Actors.current();
        Map<Long, String> units = organization.unitNamesOf(username);
        Greeting g = load(id, units);
        RowVersion.check(Greeting.class, id, g.getVersion(), expectedVersion);
        if (g.getState() != GreetingState.WAITING) {
            throw new RefusedException("greeting.refused.done");
        }
        String text = note == null || note.isBlank() ? null : note.strip();
        List<String> problems = new ArrayList<>();
        if (outcome != GreetingState.CALLED && outcome != GreetingState.SKIPPED) {
            problems.add("greeting.error.outcome");
        }
        if (outcome == GreetingState.SKIPPED && text == null) {
            problems.add("greeting.error.why");
        }
        if (text != null && text.length() > NOTE_MAX) {
            problems.add("greeting.error.length");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        g.done(outcome, text, username, clock.instant());
        return summary(greetings.saveAndFlush(g), units);
    }

    private Greeting load(long id, Map<Long, String> units) {
        return greetings
                .findById(id)
                .filter(g -> units.containsKey(g.getBusinessUnitId()))
                .orElseThrow(() -> new NoSuchElementException("no greeting " + id));
    }

    static GreetingSummary summary(Greeting g, Map<Long, String> units) {
        return new GreetingSummary(
                g.getId(),
                g.getVersion(),
                g.getBusinessUnitId(),
                units.get(g.getBusinessUnitId()),
                g.getOccasion(),
                g.getOccasionOn(),
                g.getCustomerId(),
                g.getCustomerName(),
                g.getState(),
                g.getNote(),
                g.getDoneBy(),
                g.getDoneAt(),
                g.getPreparedBy());
    }
}
