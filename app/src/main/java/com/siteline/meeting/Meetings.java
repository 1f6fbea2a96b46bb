package com.siteline.meeting;

import com.siteline.base.Actors;
import com.siteline.base.InputProblems;
import com.siteline.base.Message;
import com.siteline.base.RefusedException;
import com.siteline.base.RowVersion;
import com.siteline.base.grid.JpaGrid;
import com.siteline.base.grid.UnitScopedGridSource;
import com.siteline.customer.CustomerDetails;
import com.siteline.customer.CustomerService;
import com.siteline.meeting.internal.Meeting;
import com.siteline.meeting.internal.MeetingAction;
import com.siteline.meeting.internal.MeetingActionRepository;
import com.siteline.meeting.internal.MeetingAttendee;
import com.siteline.meeting.internal.MeetingGrid;
import com.siteline.meeting.internal.MeetingRepository;
import com.siteline.notification.Notice;
import com.siteline.notification.NotificationService;
import com.siteline.obligation.Fulfilment;
import com.siteline.obligation.ObligationFulfilled;
import com.siteline.obligation.Obligations;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.Role;
import com.siteline.plan.CommunicationHeld;
import com.siteline.plan.HeldRecord;
import com.siteline.project.ProjectService;
import com.siteline.project.ProjectSummary;
import com.siteline.sdk.PlanLine;
import com.siteline.sla.CalendarService;
import com.siteline.sla.UserZones;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Meetings of the user's units and their minutes (会议记录). A meeting is recorded with its attendees (staff and
 * customers, present or absent), agenda, minutes and decisions, and gets action items; a planned one (the
 * post-project review, due a set number of days after a project is completed) is recorded when it is held. Publishing
 * sends the minutes to every attendee (staff by notification, customers through the portal, which keeps each one's
 * receipt); an owners' committee's minutes are first reviewed by a manager of the unit and then approved by the
 * committee's chair in the portal. A published meeting holds its project's plan task (the plan module's
 * {@link CommunicationHeld}) and fulfils its unit's obligation of the period ({@link ObligationFulfilled}).
 */
@Service
@Transactional(readOnly = true)
public class Meetings extends UnitScopedGridSource<Meeting, MeetingView> {

    public static final int TITLE_MAX = 200;
    public static final int TEXT_MAX = 2000;
    public static final int MINUTES_MAX = 8000;

    private final MeetingRepository meetings;
    private final MeetingViews views;
    private final MeetingActionRepository actions;
    private final ProjectService projects;
    private final CustomerService customers;
    private final OrganizationService organization;
    private final Obligations obligations;
    private final NotificationService notifications;
    private final CalendarService calendars;
    private final UserZones zones;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final JpaGrid<Meeting> grid;

    Meetings(
            MeetingRepository meetings,
            MeetingViews views,
            MeetingActionRepository actions,
            ProjectService projects,
            CustomerService customers,
            OrganizationService organization,
            Obligations obligations,
            NotificationService notifications,
            CalendarService calendars,
            UserZones zones,
            ApplicationEventPublisher events,
            Clock clock,
            EntityManager em) {
        super(em, organization::unitNamesOf);
        this.meetings = meetings;
        this.views = views;
        this.actions = actions;
        this.projects = projects;
        this.customers = customers;
        this.organization = organization;
        this.obligations = obligations;
        this.notifications = notifications;
        this.calendars = calendars;
        this.zones = zones;
        this.events = events;
        this.clock = clock;
        this.grid = new JpaGrid<>(
                Meeting.class,
                MeetingGrid.DEFINITION,
                zones::zoneOf,
                (text, user) -> (root, q, cb) -> cb.like(root.get("title"), "%" + JpaGrid.escape(text) + "%", '\\'));
    }

    // ---- recording

    /**
     * Records a meeting held: a new one ({@code plannedId} null) or the planned one it was.
     *
     * @param projectId the project it was of, or null for a unit's meeting
     * @throws com.siteline.base.InvalidInputException naming each field to fix; nothing is stored
     */
    @Transactional
    @PreAuthorize(Role.Can.WORK)
    public MeetingView record(Long plannedId, Long projectId, NewMeeting input) {
        String user = Actors.current();
        ProjectSummary project = projectId == null ? null : projects.get(projectId);
        Long unit = project != null ? Long.valueOf(project.businessUnitId()) : input.businessUnitId();
        problemsOf(input, unit, project).refuseIfAny();
        Instant heldAt = input.heldAt().atZone(zones.zoneOf(user)).toInstant();
        Meeting meeting;
        if (plannedId != null) {
            meeting = load(plannedId);
            if (meeting.getState() != MeetingState.PLANNED) {
                throw new RefusedException("meeting.refused.state");
            }
        } else {
            meeting = new Meeting(unit, projectId, input.kind(), input.title().strip(), user, clock.instant());
        }
        meeting.held(
                input.title().strip(),
                heldAt,
                trim(input.place()),
                trim(input.agenda()),
                input.minutes().strip(),
                trim(input.decisions()),
                user);
        meeting.getAttendees().clear();
        input.staffPresent().stream()
                .sorted()
                .forEach(u -> meeting.getAttendees().add(new MeetingAttendee(meeting, u, null, true, false)));
        input.staffAbsent().stream()
                .sorted()
                .forEach(u -> meeting.getAttendees().add(new MeetingAttendee(meeting, u, null, false, false)));
        input.customersPresent().stream()
                .sorted()
                .forEach(c -> meeting.getAttendees()
                        .add(new MeetingAttendee(meeting, null, c, true, c.equals(input.chair()))));
        input.customersAbsent().stream()
                .sorted()
                .forEach(c -> meeting.getAttendees().add(new MeetingAttendee(meeting, null, c, false, false)));
        return view(meetings.saveAndFlush(meeting));
    }

    InputProblems problemsOf(NewMeeting m, Long unit, ProjectSummary project) {
        InputProblems problems = new InputProblems();
        Map<Long, String> units = organization.unitNamesOf(Actors.current());
        if (unit == null || !units.containsKey(unit)) {
            problems.add(NewMeeting.Field.BUSINESS_UNIT_ID, "meeting.error.unit");
        }
        if (m.kind() == null) {
            problems.add(NewMeeting.Field.KIND, "meeting.error.kind");
        }
        if (m.title() == null || m.title().isBlank()) {
            problems.add(NewMeeting.Field.TITLE, "meeting.error.title");
        }
        problems.maxLength(NewMeeting.Field.TITLE, m.title(), TITLE_MAX, "meeting.error.title-length");
        if (m.heldAt() == null
                || m.heldAt().atZone(zones.zoneOf(Actors.current())).toInstant().isAfter(clock.instant())) {
            problems.add(NewMeeting.Field.HELD_AT, "meeting.error.held-at");
        }
        problems.maxLength(NewMeeting.Field.PLACE, m.place(), TITLE_MAX, "meeting.error.place-length");
        if (m.staffPresent().isEmpty() && m.customersPresent().isEmpty()) {
            problems.add(NewMeeting.Field.STAFF_PRESENT, "meeting.error.nobody");
        }
        Set<String> staff = new HashSet<>(m.staffPresent());
        staff.addAll(m.staffAbsent());
        if (unit != null
                && !staff.stream().allMatch(u -> organization.unitNamesOf(u).containsKey(unit))) {
            problems.add(NewMeeting.Field.STAFF_PRESENT, "meeting.error.staff");
        }
        if (m.staffPresent().stream().anyMatch(m.staffAbsent()::contains)) {
            problems.add(NewMeeting.Field.STAFF_ABSENT, "meeting.error.both");
        }
        if (m.customersPresent().stream().anyMatch(m.customersAbsent()::contains)) {
            problems.add(NewMeeting.Field.CUSTOMERS_ABSENT, "meeting.error.both");
        }
        Set<Long> asked = new HashSet<>(m.customersPresent());
        asked.addAll(m.customersAbsent());
        for (long c : asked) {
            if (!customers.visible(c) || (unit != null && customers.get(c).businessUnitId() != unit)) {
                problems.add(NewMeeting.Field.CUSTOMERS_PRESENT, "meeting.error.customer");
                break;
            }
        }
        if (m.kind() == MeetingKind.OWNERS_COMMITTEE
                && (m.chair() == null || !m.customersPresent().contains(m.chair()))) {
            problems.add(NewMeeting.Field.CHAIR, "meeting.error.chair");
        }
        problems.maxLength(NewMeeting.Field.AGENDA, m.agenda(), TEXT_MAX, "meeting.error.text-length");
        if (m.minutes() == null || m.minutes().isBlank()) {
            problems.add(NewMeeting.Field.MINUTES, "meeting.error.minutes");
        }
        problems.maxLength(NewMeeting.Field.MINUTES, m.minutes(), MINUTES_MAX, "meeting.error.minutes-length");
        problems.maxLength(NewMeeting.Field.DECISIONS, m.decisions(), TEXT_MAX, "meeting.error.text-length");
        return problems;
    }

    /**
     * Adds an action item to a meeting.
     *
     * @throws com.siteline.base.InvalidInputException naming each field to fix
     */
    @Transactional
    @PreAuthorize(Role.Can.WORK)
    public MeetingView addAction(long meetingId, ActionDraft draft) {
        Meeting meeting = load(meetingId);
        InputProblems problems = new InputProblems();
        if (draft.text() == null || draft.text().isBlank()) {
            problems.add(ActionDraft.Field.TEXT, "meeting.error.action");
        }
        problems.maxLength(ActionDraft.Field.TEXT, draft.text(), 500, "meeting.error.action-length");
        if (draft.owner() == null
                || !organization.unitNamesOf(draft.owner()).containsKey(meeting.getBusinessUnitId())) {
            problems.add(ActionDraft.Field.OWNER, "meeting.error.owner");
        }
        if (draft.dueOn() == null) {
            problems.add(ActionDraft.Field.DUE_ON, "meeting.error.due");
        }
        problems.refuseIfAny();
        actions.saveAndFlush(new MeetingAction(
                meetingId, meeting.getBusinessUnitId(), draft.text().strip(), draft.owner(), draft.dueOn()));
        return view(meeting);
    }

    /** Marks an open action item done. */
    @Transactional
    @PreAuthorize(Role.Can.WORK)
    public MeetingView actionDone(long actionId, long expectedVersion) {
        MeetingAction action = actions.findById(actionId)
                .filter(a -> organization.unitNamesOf(Actors.current()).containsKey(a.getBusinessUnitId()))
                .orElseThrow(() -> new NoSuchElementException("no action " + actionId));
        RowVersion.check(MeetingAction.class, actionId, action.getVersion(), expectedVersion);
        if (action.getDoneAt() != null) {
            throw new RefusedException("meeting.refused.action-done");
        }
        action.done(Actors.current(), clock.instant());
        actions.saveAndFlush(action);
        return view(load(action.getMeetingId()));
    }

    // ---- publishing

    /**
     * Publishes a meeting's minutes to every attendee; an owners' committee's go to a manager's review first.
     *
     * @throws RefusedException when the minutes are not a draft, or the user neither organized it nor manages the unit
     */
    @Transactional
    @PreAuthorize(Role.Can.WORK)
    public MeetingView publish(long id, long expectedVersion) {
        Meeting meeting = load(id);
        RowVersion.check(Meeting.class, id, meeting.getVersion(), expectedVersion);
        if (meeting.getState() != MeetingState.DRAFT) {
            throw new RefusedException("meeting.refused.state");
        }
        String user = Actors.current();
        if (!user.equals(meeting.getOrganizer()) && !managerOf(meeting, user)) {
            throw new RefusedException("meeting.refused.not-organizer");
        }
        if (meeting.getKind().approvedBeforePublishing()) {
            meeting.inReview();
            return view(meetings.saveAndFlush(meeting));
        }
        published(meeting);
        return view(meetings.saveAndFlush(meeting));
    }

    /**
     * A manager of the unit who did not organize the meeting reviews its minutes; the chair is asked to approve them.
     *
     * @throws RefusedException when the user is not such a manager or the minutes are not in review
     */
    @Transactional
    @PreAuthorize(Role.Can.REPORT)
    public MeetingView review(long id, long expectedVersion) {
        Meeting meeting = load(id);
        RowVersion.check(Meeting.class, id, meeting.getVersion(), expectedVersion);
        if (meeting.getState() != MeetingState.IN_REVIEW) {
            throw new RefusedException("meeting.refused.state");
        }
        String user = Actors.current();
        if (!managerOf(meeting, user)) {
            throw new RefusedException("meeting.refused.not-manager");
        }
        if (user.equals(meeting.getOrganizer())) {
            throw new RefusedException("meeting.refused.own");
        }
        meeting.reviewed(user, clock.instant());
        Meeting saved = meetings.saveAndFlush(meeting);
        saved.getAttendees().stream()
                .filter(MeetingAttendee::isChair)
                .findFirst()
                .ifPresent(chair ->
                        events.publishEvent(new MinutesToApprove(id, saved.getTitle(), chair.getCustomerId())));
        return view(saved);
    }

    /** The chair approved reviewed minutes (the portal's call): they are published. */
    void approvedByChair(Meeting meeting) {
        published(meeting);
        meetings.saveAndFlush(meeting);
    }

    private void published(Meeting meeting) {
        Instant now = clock.instant();
        meeting.published(now);
        for (MeetingAttendee a : meeting.getAttendees()) {
            if (a.getUsername() != null) {
                notifications.send(new Notice(
                        a.getUsername(),
                        null,
                        "MINUTES_PUBLISHED",
                        "minutes-" + meeting.getId() + "-" + a.getUsername(),
                        List.of(Message.value(meeting.getTitle()))));
            }
        }
        List<Long> customerIds = meeting.getAttendees().stream()
                .map(MeetingAttendee::getCustomerId)
                .filter(c -> c != null)
                .toList();
        events.publishEvent(
                new MinutesPublished(meeting.getId(), meeting.getTitle(), meeting.getProjectId(), customerIds));
        ZoneId zone = calendars.calendarFor(meeting.getBusinessUnitId()).zone();
        LocalDate day = meeting.getHeldAt().atZone(zone).toLocalDate();
        if (meeting.getProjectId() != null) {
            events.publishEvent(new CommunicationHeld(
                    meeting.getProjectId(),
                    new HeldRecord(
                            PlanLine.HeldBy.MEETING,
                            meeting.getId(),
                            null,
                            meeting.getHeldAt(),
                            day,
                            meeting.getTitle())));
        }
        String obligation = meeting.getKind().obligationId();
        if (obligation != null) {
            obligations
                    .openTaskOn(meeting.getBusinessUnitId(), obligation, day)
                    .ifPresent(due -> events.publishEvent(new ObligationFulfilled(
                            meeting.getBusinessUnitId(),
                            obligation,
                            due,
                            Fulfilment.MEETING,
                            meeting.getId(),
                            meeting.getOrganizer())));
        }
    }

    /** A staff attendee acknowledges the published minutes. */
    @Transactional
    @PreAuthorize(Role.Can.WORK)
    public MeetingView acknowledge(long id) {
        Meeting meeting = load(id);
        if (meeting.getState() != MeetingState.PUBLISHED) {
            throw new RefusedException("meeting.refused.state");
        }
        String user = Actors.current();
        MeetingAttendee me = meeting.getAttendees().stream()
                .filter(a -> user.equals(a.getUsername()))
                .findFirst()
                .orElseThrow(() -> new RefusedException("meeting.refused.not-attendee"));
        me.acknowledged(clock.instant());
        return view(meetings.saveAndFlush(meeting));
    }

    private boolean managerOf(Meeting meeting, String user) {
        return organization
                .usersWithRole(meeting.getBusinessUnitId(), Role.MANAGER)
                .contains(user);
    }

    // ---- reading

    public MeetingView get(long id) {
        return view(load(id));
    }

    /** A project's meetings, the latest first. */
    public List<MeetingView> ofProject(long projectId) {
        projects.get(projectId);
        return meetings.findByProjectIdOrderByIdDesc(projectId).stream()
                .map(this::view)
                .toList();
    }

    /** A project's customer (the customer attendee of its meetings), or null for a project without one. */
    public CustomerDetails projectCustomer(long projectId) {
        Long customerId = projects.get(projectId).customerId();
        return customerId == null ? null : customers.get(customerId);
    }

    /** The users of a unit (the attendee and owner choices). */
    public List<String> usersOf(long unitId) {
        Set<String> users = new java.util.TreeSet<>();
        for (Role role : Role.values()) {
            users.addAll(organization.usersWithRole(unitId, role));
        }
        return List.copyOf(users);
    }

    /** A page of the grid, in one read transaction: each row carries its attendees and action items. */
    @Override
    @Transactional(readOnly = true)
    public List<MeetingView> page(com.siteline.base.grid.GridQuery query, int offset, int limit) {
        return super.page(query, offset, limit);
    }

    @Override
    public JpaGrid<Meeting> grid() {
        return grid;
    }

    @Override
    protected MeetingView toRow(Meeting meeting, Map<Long, String> units) {
        return views.view(meeting, units);
    }

    MeetingView view(Meeting meeting) {
        return views.view(meeting);
    }

    private Meeting load(long id) {
        return meetings.findById(id).orElseThrow(() -> new NoSuchElementException("no meeting " + id));
    }

    private static String trim(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
