package com.siteline.sla;

import com.siteline.base.Actors;
import com.siteline.base.InvalidInputException;
import com.siteline.base.Message;
import com.siteline.organization.Role;
import com.siteline.sla.internal.BusinessHoursRepository;
import com.siteline.sla.internal.BusinessHoursRow;
import com.siteline.sla.internal.CalendarDayRepository;
import com.siteline.sla.internal.CalendarDayRow;
import java.io.Reader;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Business-time calendars as data: the national holiday schedule (shipped years loaded on first
 * start; later years imported by an admin as the State Council publishes them) and each business
 * unit's hours. Hands out ready {@link BusinessCalendar}s, rebuilt when either changes.
 */
@Service
@Transactional(readOnly = true)
public class CalendarService {

    /** Years whose official schedule ships with Siteline (resources sla/holidays/cn-YEAR.csv). */
    static final List<Integer> SHIPPED_YEARS = List.of(2026);

    private static final Logger log = LoggerFactory.getLogger(CalendarService.class);

    private final CalendarDayRepository days;
    private final BusinessHoursRepository hours;
    private final Map<Long, BusinessCalendar> calendars = new ConcurrentHashMap<>();

    CalendarService(CalendarDayRepository days, BusinessHoursRepository hours) {
        this.days = days;
        this.hours = hours;
    }

    @EventListener(ContextRefreshedEvent.class)
    @Transactional
    public void loadShippedSchedules() {
        for (int year : SHIPPED_YEARS) {
            if (!days.existsByDayBetween(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))) {
                days.saveAll(HolidayCsv.shipped(year).stream()
                        .map(day -> new CalendarDayRow(day, "siteline"))
                        .toList());
                log.info("Loaded the shipped {} public holiday schedule", year);
            }
        }
        calendars.clear();
    }

    /** Years with a schedule, and how many special days each has. */
    public Map<Integer, Long> years() {
        Map<Integer, Long> years = new TreeMap<>();
        for (CalendarDayRow row : days.findAll()) {
            years.merge(row.toDay().date().getYear(), 1L, Long::sum);
        }
        return years;
    }

    public List<CalendarDay> year(int year) {
        return days.findByDayBetweenOrderByDay(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).stream()
                .map(CalendarDayRow::toDay)
                .toList();
    }

    /**
     * Replaces a year's schedule with the one in the CSV, all or nothing.
     *
     * @throws HolidayCsv.InvalidScheduleException naming every bad line; the stored schedule is untouched
     */
    @Transactional
    @PreAuthorize(Role.Can.ADMINISTER)
    public int importYear(int year, Reader csv) {
        String username = Actors.current();
        List<CalendarDay> imported = HolidayCsv.read(csv);
        List<Message> problems = new ArrayList<>();
        for (CalendarDay day : imported) {
            if (day.date().getYear() != year) {
                problems.add(Message.of(
                        "calendars.csv.other-year",
                        Message.value(day.date().toString()),
                        Message.value(Integer.toString(year))));
            }
        }
        if (imported.isEmpty()) {
            problems.add(Message.of("calendars.csv.empty"));
        }
        if (!problems.isEmpty()) {
            throw HolidayCsv.refuse(problems);
        }
        days.deleteYear(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        days.flush();
        days.saveAll(
                imported.stream().map(day -> new CalendarDayRow(day, username)).toList());
        calendars.clear();
        log.info("{} imported the {} holiday schedule: {} days", username, year, imported.size());
        return imported.size();
    }

    public BusinessHours hours(long businessUnitId) {
        return hours.findById(businessUnitId)
                .map(row -> new BusinessHours(
                        ZoneId.of(row.getZone()),
                        row.getMorningStart(),
                        row.getMorningEnd(),
                        row.getAfternoonStart(),
                        row.getAfternoonEnd(),
                        row.isSaturdayWorks(),
                        row.getVersion()))
                .orElse(BusinessHours.DEFAULT);
    }

    /**
     * Stores a unit's hours.
     *
     * @throws InvalidInputException naming what makes no sense in the hours
     * @throws ObjectOptimisticLockingFailureException when someone else changed them meanwhile
     */
    @Transactional
    @PreAuthorize(Role.Can.ADMINISTER)
    public BusinessHours saveHours(long businessUnitId, BusinessHours changed) {
        if (!changed.problems().isEmpty()) {
            throw new InvalidInputException(changed.problems());
        }
        BusinessHoursRow row = hours.findById(businessUnitId).orElseGet(() -> new BusinessHoursRow(businessUnitId));
        long current = hours.existsById(businessUnitId) ? row.getVersion() : -1;
        if (current != changed.version()) {
            throw new ObjectOptimisticLockingFailureException(BusinessHoursRow.class, businessUnitId);
        }
        row.update(
                changed.zone().getId(),
                changed.morningStart(),
                changed.morningEnd(),
                changed.afternoonStart(),
                changed.afternoonEnd(),
                changed.saturdayWorks());
        hours.saveAndFlush(row);
        calendars.remove(businessUnitId);
        return hours(businessUnitId);
    }

    /** The unit's calendar: its hours and the national holiday schedule. */
    public BusinessCalendar calendarFor(long businessUnitId) {
        return calendars.computeIfAbsent(businessUnitId, id -> {
            BusinessHours unitHours = hours(id);
            List<CalendarDay> special =
                    days.findAll().stream().map(CalendarDayRow::toDay).toList();
            return new BusinessCalendar(unitHours.zone(), unitHours.schedule(), special);
        });
    }
}
