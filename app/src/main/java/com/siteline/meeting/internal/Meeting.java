package com.siteline.meeting.internal;

import com.siteline.base.AbstractEntity;
import com.siteline.base.UnitScope;
import com.siteline.meeting.MeetingKind;
import com.siteline.meeting.MeetingState;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.Filter;

/** A meeting of a unit (and maybe of a project) with its attendees. */
@Entity
@Filter(name = UnitScope.FILTER, condition = UnitScope.OF_UNIT)
@Table(name = "meeting")
public class Meeting extends AbstractEntity {

    @Column(name = "business_unit_id", nullable = false)
    private long businessUnitId;

    @Column(name = "project_id")
    private Long projectId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private MeetingKind kind;

    @Column(nullable = false, length = 200)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private MeetingState state;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(name = "held_at")
    private Instant heldAt;

    @Column(length = 200)
    private String place;

    @Column(length = 2000)
    private String agenda;

    @Column(length = 8000)
    private String minutes;

    @Column(length = 2000)
    private String decisions;

    @Column(nullable = false, length = 60)
    private String organizer;

    @Column(name = "reviewed_by", length = 60)
    private String reviewedBy;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(nullable = false)
    private boolean escalated;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<MeetingAttendee> attendees = new ArrayList<>();

    protected Meeting() {}

    /** A meeting due (planned, not held yet). */
    public static Meeting planned(
            long businessUnitId,
            Long projectId,
            MeetingKind kind,
            String title,
            LocalDate dueOn,
            String organizer,
            Instant now) {
        Meeting m = new Meeting(businessUnitId, projectId, kind, title, organizer, now);
        m.state = MeetingState.PLANNED;
        m.dueOn = dueOn;
        return m;
    }

    public Meeting(long businessUnitId, Long projectId, MeetingKind kind, String title, String organizer, Instant now) {
        this.businessUnitId = businessUnitId;
        this.projectId = projectId;
        this.kind = kind;
        this.title = title;
        this.organizer = organizer;
        this.createdAt = now;
        this.state = MeetingState.DRAFT;
    }

    /** Records what was held (a planned meeting becomes a held one; its due day stays). */
    public void held(
            String title,
            Instant heldAt,
            String place,
            String agenda,
            String minutes,
            String decisions,
            String organizer) {
        this.title = title;
        this.heldAt = heldAt;
        this.place = place;
        this.agenda = agenda;
        this.minutes = minutes;
        this.decisions = decisions;
        this.organizer = organizer;
        this.state = MeetingState.DRAFT;
    }

    public void inReview() {
        this.state = MeetingState.IN_REVIEW;
    }

    public void reviewed(String by, Instant at) {
        this.state = MeetingState.REVIEWED;
        this.reviewedBy = by;
        this.reviewedAt = at;
    }

    public void published(Instant at) {
        if (state == MeetingState.REVIEWED) {
            this.approvedAt = at;
        }
        this.state = MeetingState.PUBLISHED;
        this.publishedAt = at;
    }

    public void escalated() {
        this.escalated = true;
    }

    public long getBusinessUnitId() {
        return businessUnitId;
    }

    public Long getProjectId() {
        return projectId;
    }

    public MeetingKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public MeetingState getState() {
        return state;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public Instant getHeldAt() {
        return heldAt;
    }

    public String getPlace() {
        return place;
    }

    public String getAgenda() {
        return agenda;
    }

    public String getMinutes() {
        return minutes;
    }

    public String getDecisions() {
        return decisions;
    }

    public String getOrganizer() {
        return organizer;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public boolean isEscalated() {
        return escalated;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<MeetingAttendee> getAttendees() {
        return attendees;
    }
}
