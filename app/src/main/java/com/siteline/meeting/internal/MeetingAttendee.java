package com.siteline.meeting.internal;

import com.siteline.base.AbstractRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A staff user or a customer asked to a meeting, present or absent, and their receipt of the minutes. */
@Entity
@Table(name = "meeting_attendee")
public class MeetingAttendee extends AbstractRow {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    @Column(length = 60)
    private String username;

    @Column(name = "customer_id")
    private Long customerId;

    @Column(nullable = false)
    private boolean present;

    @Column(nullable = false)
    private boolean chair;

    @Column(name = "opened_at")
    private Instant openedAt;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    protected MeetingAttendee() {}

    public MeetingAttendee(Meeting meeting, String username, Long customerId, boolean present, boolean chair) {
        this.meeting = meeting;
        this.username = username;
        this.customerId = customerId;
        this.present = present;
        this.chair = chair;
    }

    public void opened(Instant at) {
        if (openedAt == null) {
            openedAt = at;
        }
    }

    public void acknowledged(Instant at) {
        opened(at);
        if (acknowledgedAt == null) {
            acknowledgedAt = at;
        }
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public String getUsername() {
        return username;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public boolean isPresent() {
        return present;
    }

    public boolean isChair() {
        return chair;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getAcknowledgedAt() {
        return acknowledgedAt;
    }
}
