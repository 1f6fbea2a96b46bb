package com.siteline.training;

import com.siteline.base.Actors;
import com.siteline.base.InputProblems;
import com.siteline.base.RefusedException;
import com.siteline.base.RowVersion;
import com.siteline.improvement.ImprovementRow;
import com.siteline.improvement.ImprovementState;
import com.siteline.improvement.Improvements;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.Role;
import com.siteline.sla.CalendarService;
import com.siteline.training.internal.TrainingAttendee;
import com.siteline.training.internal.TrainingSession;
import com.siteline.training.internal.TrainingSessionRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Training sessions (内部培训, 沟通技能培训, 人员培训; seeds 000-003) of the user's units: planned by a manager with its
 * topic, trainer, day, material and the staff asked; recorded once held (who attended, who passed the short test or
 * signed off); a session that is an improvement action's measure implements that action when held with someone
 * attending. Each staff member's record, and how many trainings each attended in a period (beside their KPI scores).
 */
@Service
@Transactional(readOnly = true)
public class Trainings {

    public static final int TEXT_MAX = 2000;

    private final TrainingSessionRepository sessions;
    private final Improvements improvements;
    private final OrganizationService organization;
    private final CalendarService calendars;
    private final Clock clock;

    Trainings(
            TrainingSessionRepository sessions,
            Improvements improvements,
            OrganizationService organization,
            CalendarService calendars,
            Clock clock) {
        this.sessions = sessions;
        this.improvements = improvements;
        this.organization = organization;
        this.calendars = calendars;
        this.clock = clock;
    }

    /** Every session of the user's units, the latest first. */
    public List<TrainingView> list() {
        Map<Long, String> units = organization.unitNamesOf(Actors.current());
        return sessions.findAllByOrderByHeldOnDescIdDesc().stream()
                .filter(s -> units.containsKey(s.getBusinessUnitId()))
                .map(s -> view(s, units))
                .toList();
    }

    /** The users of a unit (whom a session may ask). */
    public List<String> staffOf(long unitId) {
        Set<String> users = new TreeSet<>();
        for (Role role : Role.values()) {
            users.addAll(organization.usersWithRole(unitId, role));
        }
        return List.copyOf(users);
    }

    /** The open improvement actions of a unit a session may be the measure of. */
    public List<ImprovementRow> openImprovements(long unitId) {
        return improvements.page(com.siteline.base.grid.GridQuery.empty(), 0, 200).stream()
                .filter(i -> i.businessUnitId() == unitId && i.state() == ImprovementState.OPEN)
                .toList();
    }

    /**
     * Plans a session.
     *
     * @throws com.siteline.base.InvalidInputException naming each field to fix; nothing is stored
     */
    @Transactional
    @PreAuthorize(Role.Can.REPORT)
    public TrainingView plan(NewTraining input) {
        String user = Actors.current();
        Map<Long, String> units = organization.unitNamesOf(user);
        InputProblems problems = new InputProblems();
        Long unit = input.businessUnitId();
        if (unit == null || !units.containsKey(unit)) {
            problems.add(NewTraining.Field.BUSINESS_UNIT_ID, "training.error.unit");
        }
        if (input.topic() == null || input.topic().isBlank()) {
            problems.add(NewTraining.Field.TOPIC, "training.error.topic");
        }
        problems.maxLength(NewTraining.Field.TOPIC, input.topic(), 200, "training.error.topic-length");
        if (input.trainer() == null || input.trainer().isBlank()) {
            problems.add(NewTraining.Field.TRAINER, "training.error.trainer");
        }
        problems.maxLength(NewTraining.Field.TRAINER, input.trainer(), 120, "training.error.trainer-length");
        if (input.heldOn() == null) {
            problems.add(NewTraining.Field.HELD_ON, "training.error.day");
        }
        problems.maxLength(NewTraining.Field.MATERIAL, input.material(), TEXT_MAX, "training.error.material-length");
        if (input.attendees().isEmpty() || (unit != null && !staffOf(unit).containsAll(input.attendees()))) {
            problems.add(NewTraining.Field.ATTENDEES, "training.error.attendees");
        }
        if (input.improvementId() != null
                && (unit == null || openImprovements(unit).stream().noneMatch(i -> i.id() == input.improvementId()))) {
            problems.add(NewTraining.Field.IMPROVEMENT_ID, "training.error.improvement");
        }
        problems.refuseIfAny();
        TrainingSession session = new TrainingSession(
                unit,
                input.topic().strip(),
                input.trainer().strip(),
                input.heldOn(),
                input.material() == null || input.material().isBlank()
                        ? null
                        : input.material().strip(),
                input.improvementId(),
                user,
                clock.instant());
        new TreeSet<>(input.attendees()).forEach(u -> session.getAttendees().add(new TrainingAttendee(session, u)));
        return view(sessions.saveAndFlush(session), units);
    }

    /**
     * Records a held session: for each attendee whether they attended and passed (null: no test). A session that is
     * an improvement action's measure implements it when someone attended.
     *
     * @throws RefusedException when the session is held already, is not due yet, or nobody of it is named
     */
    @Transactional
    @PreAuthorize(Role.Can.REPORT)
    public TrainingView recordHeld(
            long id, long expectedVersion, Map<String, Boolean> attended, Map<String, Boolean> passed) {
        String user = Actors.current();
        Map<Long, String> units = organization.unitNamesOf(user);
        TrainingSession session = sessions.findById(id)
                .filter(s -> units.containsKey(s.getBusinessUnitId()))
                .orElseThrow(() -> new NoSuchElementException("no training " + id));
        RowVersion.check(TrainingSession.class, id, session.getVersion(), expectedVersion);
        if (session.getState() == TrainingState.HELD) {
            throw new RefusedException("training.refused.held");
        }
        LocalDate today = LocalDate.now(clock.withZone(
                calendars.calendarFor(session.getBusinessUnitId()).zone()));
        if (session.getHeldOn().isAfter(today)) {
            throw new RefusedException("training.refused.not-yet");
        }
        for (TrainingAttendee a : session.getAttendees()) {
            a.record(Boolean.TRUE.equals(attended.get(a.getUsername())), passed.get(a.getUsername()));
        }
        session.held(user, clock.instant());
        TrainingSession saved = sessions.saveAndFlush(session);
        long came = saved.getAttendees().stream()
                .filter(TrainingAttendee::isAttended)
                .count();
        if (saved.getImprovementId() != null && came > 0) {
            ImprovementRow action = improvements.get(saved.getImprovementId());
            if (action.state() == ImprovementState.OPEN) {
                improvements.implemented(
                        action.id(),
                        action.version(),
                        saved.getTopic() + " · " + saved.getHeldOn() + " · " + came + "/"
                                + saved.getAttendees().size());
            }
        }
        return view(saved, units);
    }

    /** A staff member's training record: the held sessions they were asked to, the latest first. */
    public List<TrainingView> recordOf(String username) {
        return list().stream()
                .filter(s -> s.state() == TrainingState.HELD)
                .filter(s -> s.attendees().stream().anyMatch(a -> a.username().equals(username)))
                .toList();
    }

    /** How many held sessions each user attended from one day to another (both included). */
    public Map<String, Integer> attendedBetween(LocalDate first, LocalDate last) {
        Map<String, Integer> counts = new HashMap<>();
        for (Object[] row : sessions.attendedBetween(first, last)) {
            counts.put((String) row[0], ((Number) row[1]).intValue());
        }
        return counts;
    }

    private static TrainingView view(TrainingSession s, Map<Long, String> units) {
        return new TrainingView(
                s.getId(),
                s.getVersion(),
                s.getBusinessUnitId(),
                units.get(s.getBusinessUnitId()),
                s.getTopic(),
                s.getTrainer(),
                s.getHeldOn(),
                s.getMaterial(),
                s.getImprovementId(),
                s.getState(),
                s.getAttendees().stream()
                        .map(a -> new TrainingView.Attendee(a.getUsername(), a.isAttended(), a.getPassed()))
                        .toList());
    }
}
