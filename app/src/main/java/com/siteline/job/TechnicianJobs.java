package com.siteline.job;

import com.siteline.base.Actors;
import com.siteline.job.internal.RepairJob;
import com.siteline.job.internal.RepairJobRepository;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.Role;
import com.siteline.sla.CalendarService;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Repair jobs as technicians (维修师傅) meet them (#30): whom a job can be sent to, and a technician's own day. The
 * steps they take (arrival, completion) are {@link Jobs#step}'s, which lets a technician step only their own jobs.
 */
@Service
@Transactional(readOnly = true)
public class TechnicianJobs {

    private final Jobs staff;
    private final RepairJobRepository jobs;
    private final OrganizationService organization;
    private final CalendarService calendars;

    TechnicianJobs(Jobs staff, RepairJobRepository jobs, OrganizationService organization, CalendarService calendars) {
        this.staff = staff;
        this.jobs = jobs;
        this.organization = organization;
        this.calendars = calendars;
    }

    /**
     * The technicians a job of a unit can be sent to, those working in the job's trade first (a job of no trade: all
     * in name order).
     */
    public List<com.siteline.organization.Technician> technicians(JobSummary job) {
        String trade = job.warrantyTrade() == null
                ? null
                : staff.warrantyTerms(job.variantId()).stream()
                        .filter(t -> t.trade().equals(job.warrantyTrade()))
                        .findFirst()
                        .map(t -> t.name().get(java.util.Locale.SIMPLIFIED_CHINESE))
                        .orElse(null);
        return organization.technicians(job.businessUnitId()).stream()
                .sorted(java.util.Comparator.comparing(t -> t.works(trade) ? 0 : 1))
                .toList();
    }

    /**
     * The signed-in technician's list for a day, in the order of their windows (then the on-site limit): the jobs
     * sent to them for that day and those completed that day, and every one not yet completed, of earlier days
     * (first) or later.
     */
    @PreAuthorize(Role.Can.FIELD_WORK)
    public List<JobSummary> myDay(LocalDate day) {
        String username = Actors.current();
        Map<Long, String> units = organization.unitNamesOf(username);
        // a day in any unit's zone lies within a day either side of the UTC day
        java.time.Instant from =
                day.minusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        java.time.Instant to =
                day.plusDays(2).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        return jobs.forTechnicianAround(username, from, to).stream()
                .filter(j -> units.containsKey(j.getBusinessUnitId()))
                .filter(j -> {
                    ZoneId zone = calendars.calendarFor(j.getBusinessUnitId()).zone();
                    LocalDate on = j.getAppointmentFrom() == null
                            ? null
                            : j.getAppointmentFrom().atZone(zone).toLocalDate();
                    boolean open = j.getState() == JobState.DISPATCHED || j.getState() == JobState.ON_SITE;
                    boolean doneThatDay = j.getCompletedAt() != null
                            && j.getCompletedAt().atZone(zone).toLocalDate().equals(day);
                    return day.equals(on) || open || doneThatDay;
                })
                .sorted(java.util.Comparator.comparing(
                                RepairJob::getAppointmentFrom,
                                java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
                        .thenComparing(
                                RepairJob::getOnSiteDue,
                                java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())))
                .map(j -> Jobs.summary(j, units))
                .toList();
    }
}
