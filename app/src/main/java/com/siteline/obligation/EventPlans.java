package com.siteline.obligation;

import com.siteline.base.Actors;
import com.siteline.base.InputField;
import com.siteline.base.InputProblems;
import com.siteline.base.Message;
import com.siteline.base.RefusedException;
import com.siteline.base.RowVersion;
import com.siteline.obligation.internal.EventPlan;
import com.siteline.obligation.internal.EventPlanItem;
import com.siteline.obligation.internal.EventPlanRepository;
import com.siteline.organization.BusinessUnitSummary;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.Role;
import com.siteline.plugin.VariantCatalog;
import com.siteline.sdk.BusinessVariant;
import com.siteline.sdk.RecurringObligation;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The yearly community event plan (全年社区文化活动计划, seed 004, 9) of a unit whose variant declares the quarterly
 * community event: written by its staff (events, each a day of the year and a title), at least one a quarter;
 * approved by a manager of the unit who did not write it; approved, each quarter's community-event task is due on
 * the quarter's first planned event (made now for the quarters to come; a task already done is left alone).
 */
@Service
@Transactional(readOnly = true)
public class EventPlans {

    /** The obligation a plan sets the days of. */
    public static final String OBLIGATION = "community-event";

    public static final int TITLE_MAX = 200;

    /** The fields of an event a refusal names. */
    public enum Field implements InputField {
        DAY,
        TITLE
    }

    private final EventPlanRepository plans;
    private final Obligations obligations;
    private final OrganizationService organization;
    private final VariantCatalog catalog;
    private final Clock clock;

    EventPlans(
            EventPlanRepository plans,
            Obligations obligations,
            OrganizationService organization,
            VariantCatalog catalog,
            Clock clock) {
        this.plans = plans;
        this.obligations = obligations;
        this.organization = organization;
        this.catalog = catalog;
        this.clock = clock;
    }

    /** The user's units that have the community-event obligation. */
    public List<BusinessUnitSummary> units() {
        Map<Long, String> mine = organization.unitNamesOf(Actors.current());
        return organization.businessUnits().stream()
                .filter(u -> mine.containsKey(u.id()))
                .filter(u -> obligation(u).isPresent())
                .toList();
    }

    /** A unit's plan of a year (empty, version -1, until its first event is written). */
    public EventPlanView of(long unitId, int year) {
        return plans.findByBusinessUnitIdAndYear(unitId, year)
                .map(EventPlans::view)
                .orElse(new EventPlanView(-1, -1, unitId, year, false, null, null, List.of()));
    }

    /**
     * Adds an event to a unit's plan of a year (the plan is made with its first).
     *
     * @throws com.siteline.base.InvalidInputException naming a day outside the year or a missing title
     * @throws RefusedException when the plan is approved already
     */
    @Transactional
    @PreAuthorize(Role.Can.WORK)
    public EventPlanView add(long unitId, int year, long expectedVersion, LocalDate day, String title) {
        String user = Actors.current();
        unit(unitId);
        InputProblems problems = new InputProblems();
        if (day == null || day.getYear() != year) {
            problems.add(Field.DAY, "event-plan.error.day");
        }
        if (title == null || title.isBlank()) {
            problems.add(Field.TITLE, "event-plan.error.title");
        }
        problems.maxLength(Field.TITLE, title, TITLE_MAX, "event-plan.error.title-length");
        problems.refuseIfAny();
        EventPlan plan = plans.findByBusinessUnitIdAndYear(unitId, year).orElse(null);
        if (plan == null) {
            plan = new EventPlan(unitId, year, user, clock.instant());
        } else {
            RowVersion.check(EventPlan.class, plan.getId(), plan.getVersion(), expectedVersion);
            if (EventPlan.APPROVED.equals(plan.getState())) {
                throw new RefusedException("event-plan.refused.approved");
            }
        }
        plan.add(day, title.strip());
        return view(plans.saveAndFlush(plan));
    }

    /**
     * A manager of the unit who did not write the plan approves it: every quarter has an event, and each quarter's
     * task is due on its first.
     *
     * @throws RefusedException naming the quarters without an event, or when the user wrote it or is no manager of it
     */
    @Transactional
    @PreAuthorize(Role.Can.REPORT)
    public EventPlanView approve(long planId, long expectedVersion) {
        String user = Actors.current();
        EventPlan plan = plans.findById(planId).orElseThrow(() -> new NoSuchElementException("no plan " + planId));
        BusinessUnitSummary unit = unit(plan.getBusinessUnitId());
        RowVersion.check(EventPlan.class, planId, plan.getVersion(), expectedVersion);
        if (EventPlan.APPROVED.equals(plan.getState())) {
            throw new RefusedException("event-plan.refused.approved");
        }
        if (!organization.usersWithRole(unit.id(), Role.MANAGER).contains(user) || user.equals(plan.getDraftedBy())) {
            throw new RefusedException("event-plan.refused.approver");
        }
        Map<Integer, LocalDate> firstOfQuarter = new TreeMap<>();
        for (EventPlanItem item : plan.getItems()) {
            firstOfQuarter.merge(
                    (item.getPlannedOn().getMonthValue() - 1) / 3 + 1,
                    item.getPlannedOn(),
                    (a, b) -> a.isBefore(b) ? a : b);
        }
        List<String> missing = java.util.stream.IntStream.rangeClosed(1, 4)
                .filter(q -> !firstOfQuarter.containsKey(q))
                .mapToObj(q -> "Q" + q)
                .toList();
        if (!missing.isEmpty()) {
            throw new RefusedException("event-plan.refused.quarters", Message.value(String.join("、", missing)));
        }
        plan.approved(user, clock.instant());
        EventPlan saved = plans.saveAndFlush(plan);
        Obligation o = obligation(unit).orElseThrow();
        firstOfQuarter.forEach((quarter, day) -> obligations.planned(
                unit.id(), o.variant(), o.obligation(), LocalDate.of(plan.getYear(), (quarter - 1) * 3 + 1, 1), day));
        return view(saved);
    }

    private record Obligation(String variant, RecurringObligation obligation) {}

    private Optional<Obligation> obligation(BusinessUnitSummary unit) {
        for (String pluginId : unit.pluginIds()) {
            Optional<BusinessVariant> variant = catalog.startedVariant(pluginId);
            if (variant.isEmpty()) {
                continue;
            }
            for (RecurringObligation o : variant.get().recurringObligations()) {
                if (o.id().equals(OBLIGATION) && o.appliesTo(unit.premises())) {
                    return Optional.of(new Obligation(pluginId, o));
                }
            }
        }
        return Optional.empty();
    }

    private BusinessUnitSummary unit(long unitId) {
        return units().stream()
                .filter(u -> u.id() == unitId)
                .findFirst()
                .orElseThrow(() -> new RefusedException("event-plan.refused.unit"));
    }

    private static EventPlanView view(EventPlan p) {
        return new EventPlanView(
                p.getId(),
                p.getVersion(),
                p.getBusinessUnitId(),
                p.getYear(),
                EventPlan.APPROVED.equals(p.getState()),
                p.getDraftedBy(),
                p.getApprovedBy(),
                p.getItems().stream()
                        .map(i -> new EventPlanView.Event(i.getPlannedOn(), i.getTitle()))
                        .toList());
    }
}
