package com.siteline.meeting.internal;

import com.siteline.base.AbstractEntity;
import com.siteline.base.UnitScope;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Filter;

/** An action item of a meeting: what, who, by when; done or open. */
@Entity
@Filter(name = UnitScope.FILTER, condition = UnitScope.OF_UNIT)
@Table(name = "meeting_action")
public class MeetingAction extends AbstractEntity {

    @Column(name = "meeting_id", nullable = false)
    private long meetingId;

    @Column(name = "business_unit_id", nullable = false)
    private long businessUnitId;

    @Column(nullable = false, length = 500)
    private String text;

    @Column(nullable = false, length = 60)
    private String owner;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "done_at")
    private Instant doneAt;

    @Column(name = "done_by", length = 60)
    private String doneBy;

    @Column(nullable = false)
    private boolean reminded;

    protected MeetingAction() {}

    public MeetingAction(long meetingId, long businessUnitId, String text, String owner, LocalDate dueOn) {
        this.meetingId = meetingId;
        this.businessUnitId = businessUnitId;
        this.text = text;
        this.owner = owner;
        this.dueOn = dueOn;
    }

    public void done(String by, Instant at) {
        this.doneBy = by;
        this.doneAt = at;
    }

    public void reminded() {
        this.reminded = true;
    }

    public long getMeetingId() {
        return meetingId;
    }

    public long getBusinessUnitId() {
        return businessUnitId;
    }

    public String getText() {
        return text;
    }

    public String getOwner() {
        return owner;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public Instant getDoneAt() {
        return doneAt;
    }

    public String getDoneBy() {
        return doneBy;
    }

    public boolean isReminded() {
        return reminded;
    }
}
