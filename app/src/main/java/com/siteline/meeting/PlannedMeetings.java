package com.siteline.meeting;

import com.siteline.base.Actors;
import com.siteline.base.Message;
import com.siteline.meeting.internal.Meeting;
import com.siteline.meeting.internal.MeetingActionRepository;
import com.siteline.meeting.internal.MeetingRepository;
import com.siteline.notification.Notice;
import com.siteline.notification.NotificationService;
import com.siteline.project.ProjectCompleted;
import com.siteline.project.ProjectService;
import com.siteline.sla.CalendarService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Meetings due before they are held: a completed project's post-project review (项目结束后评估会议), planned with its
 * day; and the reminders of the timer's run (an overdue planned meeting to its organizer, an overdue action item to
 * its owner, once each).
 */
@Service
public class PlannedMeetings {

    private final MeetingRepository meetings;
    private final MeetingActionRepository actions;
    private final ProjectService projects;
    private final NotificationService notifications;
    private final CalendarService calendars;
    private final Clock clock;
    private final TransactionTemplate newTransaction;
    private final int reviewWithinDays;

    PlannedMeetings(
            MeetingRepository meetings,
            MeetingActionRepository actions,
            ProjectService projects,
            NotificationService notifications,
            CalendarService calendars,
            Clock clock,
            PlatformTransactionManager transactions,
            @Value("${siteline.meetings.review-within-days:14}") int reviewWithinDays) {
        this.meetings = meetings;
        this.actions = actions;
        this.projects = projects;
        this.notifications = notifications;
        this.calendars = calendars;
        this.clock = clock;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
        this.reviewWithinDays = reviewWithinDays;
    }

    /** A completed project's post-project review (项目结束后评估会议) is due within the set days, organized by its manager. */
    @EventListener
    @Transactional
    public void on(ProjectCompleted completed) {
        if (meetings.existsByProjectIdAndKind(completed.projectId(), MeetingKind.POST_PROJECT_REVIEW)) {
            return;
        }
        ZoneId zone = calendars.calendarFor(completed.businessUnitId()).zone();
        String manager = projects.get(completed.projectId()).team().projectManager();
        meetings.save(Meeting.planned(
                completed.businessUnitId(),
                completed.projectId(),
                MeetingKind.POST_PROJECT_REVIEW,
                completed.projectName(),
                completed.completedAt().atZone(zone).toLocalDate().plusDays(reviewWithinDays),
                manager == null ? Actors.current() : manager,
                clock.instant()));
    }

    /**
     * The timer's run: a planned meeting past its day tells its organizer, an open action item past its day its owner;
     * each once.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public int remind() {
        LocalDate day = LocalDate.now(clock.withZone(ZoneOffset.ofHours(14)));
        int told = 0;
        for (long id : meetings.overdue(day)) {
            Boolean sent = newTransaction.execute(tx -> meetings.findById(id)
                    .filter(m -> !m.isEscalated())
                    .map(m -> {
                        m.escalated();
                        return notifications.send(new Notice(
                                m.getOrganizer(),
                                null,
                                "MEETING_OVERDUE",
                                "meeting-overdue-" + id,
                                List.of(
                                        Message.value(m.getTitle()),
                                        Message.value(m.getDueOn().toString()))));
                    })
                    .orElse(false));
            told += Boolean.TRUE.equals(sent) ? 1 : 0;
        }
        for (long id : actions.overdue(day)) {
            try {
                Boolean sent = newTransaction.execute(tx -> actions.findById(id)
                        .filter(a -> !a.isReminded() && a.getDoneAt() == null)
                        .map(a -> {
                            a.reminded();
                            return notifications.send(new Notice(
                                    a.getOwner(),
                                    null,
                                    "MEETING_ACTION_OVERDUE",
                                    "meeting-action-" + id,
                                    List.of(
                                            Message.value(a.getText()),
                                            Message.value(a.getDueOn().toString()))));
                        })
                        .orElse(false));
                told += Boolean.TRUE.equals(sent) ? 1 : 0;
            } catch (DataIntegrityViolationException
                    | org.springframework.orm.ObjectOptimisticLockingFailureException e) {
                // done or reminded meanwhile
            }
        }
        return told;
    }
}
