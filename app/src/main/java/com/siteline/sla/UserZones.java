package com.siteline.sla;

import com.siteline.organization.OrganizationService;
import java.time.ZoneId;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The one zone each user sees times in: the calendar zone of their first business unit (the lowest id),
 * where their working day is; Shanghai for a user of no unit. Grids read day filters in it, every screen
 * shows times in it and notifications are written in it. The rule tester and a unit's calendar use the
 * unit's own zone.
 */
@Service
public class UserZones {

    private final OrganizationService organization;
    private final CalendarService calendars;

    UserZones(OrganizationService organization, CalendarService calendars) {
        this.organization = organization;
        this.calendars = calendars;
    }

    public ZoneId zoneOf(String username) {
        Map<Long, String> units = organization.unitNamesOf(username);
        return units.keySet().stream().min(Long::compare).map(this::zoneOfUnit).orElse(BusinessHours.DEFAULT.zone());
    }

    public ZoneId zoneOfUnit(long businessUnitId) {
        return calendars.calendarFor(businessUnitId).zone();
    }
}
