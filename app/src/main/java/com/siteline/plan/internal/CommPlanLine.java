package com.siteline.plan.internal;

import com.siteline.base.AbstractRow;
import com.siteline.customer.Channel;
import com.siteline.sdk.PlanLine;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/** A line of a plan version (its plan's version guards its edits). */
@Entity
@Table(name = "comm_plan_line")
public class CommPlanLine extends AbstractRow {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    private CommPlan plan;

    @Column(nullable = false)
    private int position;

    @Column(name = "line_key", nullable = false, length = 64)
    private String lineKey;

    @Column(nullable = false, length = 200)
    private String goal;

    @Column(nullable = false, length = 1000)
    private String content;

    @Column(nullable = false, length = 200)
    private String audience;

    @Enumerated(EnumType.STRING)
    @Column(name = "held_by", nullable = false, length = 16)
    private PlanLine.HeldBy heldBy;

    @Enumerated(EnumType.STRING)
    @Column(length = 12)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PlanLine.Trigger rhythm;

    @Column(name = "every_weeks")
    private Integer everyWeeks;

    @Column(length = 800)
    private String stages;

    @Column(name = "trigger_stage", length = 80)
    private String triggerStage;

    @Column(name = "within_days")
    private Integer withinDays;

    @Column(name = "owner_role", length = 20)
    private String ownerRole;

    @Column(name = "owner_user", length = 60)
    private String ownerUser;

    @Column(name = "confirm_receipt", nullable = false)
    private boolean confirmReceipt;

    protected CommPlanLine() {}

    public CommPlanLine(CommPlan plan, String lineKey) {
        this.plan = plan;
        this.lineKey = lineKey;
    }

    /** Sets everything a line says (the values checked by the caller). */
    public void set(
            String goal,
            String content,
            Collection<String> audience,
            PlanLine.HeldBy heldBy,
            Channel channel,
            PlanLine.Trigger rhythm,
            Integer everyWeeks,
            Collection<String> stages,
            String triggerStage,
            Integer withinDays,
            String ownerRole,
            String ownerUser,
            boolean confirmReceipt) {
        this.goal = goal;
        this.content = content;
        this.audience = String.join(",", audience);
        this.heldBy = heldBy;
        this.channel = channel;
        this.rhythm = rhythm;
        this.everyWeeks = everyWeeks;
        this.stages = stages.isEmpty() ? null : String.join(",", stages);
        this.triggerStage = triggerStage;
        this.withinDays = withinDays;
        this.ownerRole = ownerRole;
        this.ownerUser = ownerUser;
        this.confirmReceipt = confirmReceipt;
    }

    /** A copy of this line for another version of the plan. */
    public CommPlanLine copyTo(CommPlan other) {
        CommPlanLine copy = new CommPlanLine(other, lineKey);
        copy.position = position;
        copy.set(
                goal,
                content,
                audience(),
                heldBy,
                channel,
                rhythm,
                everyWeeks,
                stages(),
                triggerStage,
                withinDays,
                ownerRole,
                ownerUser,
                confirmReceipt);
        return copy;
    }

    void position(int position) {
        this.position = position;
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isBlank() ? List.of() : Arrays.asList(joined.split(","));
    }

    public CommPlan getPlan() {
        return plan;
    }

    public int getPosition() {
        return position;
    }

    public String getLineKey() {
        return lineKey;
    }

    public String getGoal() {
        return goal;
    }

    public String getContent() {
        return content;
    }

    public List<String> audience() {
        return split(audience);
    }

    public PlanLine.HeldBy getHeldBy() {
        return heldBy;
    }

    public Channel getChannel() {
        return channel;
    }

    public PlanLine.Trigger getRhythm() {
        return rhythm;
    }

    public Integer getEveryWeeks() {
        return everyWeeks;
    }

    public List<String> stages() {
        return split(stages);
    }

    public String getTriggerStage() {
        return triggerStage;
    }

    public Integer getWithinDays() {
        return withinDays;
    }

    public String getOwnerRole() {
        return ownerRole;
    }

    public String getOwnerUser() {
        return ownerUser;
    }

    public boolean isConfirmReceipt() {
        return confirmReceipt;
    }
}
