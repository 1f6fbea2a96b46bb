package com.siteline.training.internal;

import com.siteline.base.AbstractRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One of the staff asked to a training session. */
@Entity
@Table(name = "training_attendee")
public class TrainingAttendee extends AbstractRow {

    @ManyToOne(optional = false)
    @JoinColumn(name = "session_id")
    private TrainingSession session;

    @Column(nullable = false, length = 60)
    private String username;

    @Column(nullable = false)
    private boolean attended;

    @Column
    private Boolean passed;

    protected TrainingAttendee() {}

    public TrainingAttendee(TrainingSession session, String username) {
        this.session = session;
        this.username = username;
    }

    public void record(boolean attended, Boolean passed) {
        this.attended = attended;
        this.passed = attended ? passed : null;
    }

    public TrainingSession getSession() {
        return session;
    }

    public String getUsername() {
        return username;
    }

    public boolean isAttended() {
        return attended;
    }

    public Boolean getPassed() {
        return passed;
    }
}
