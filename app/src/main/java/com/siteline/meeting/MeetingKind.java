package com.siteline.meeting;

import com.siteline.base.Keyed;

/** What a meeting is (the procedures' meetings). */
public enum MeetingKind implements Keyed {
    /** 项目启动会 */
    KICKOFF(null),
    /** 阶段验收会 */
    STAGE_ACCEPTANCE(null),
    /** 方案讲解与交底 */
    DESIGN_WALKTHROUGH(null),
    /** 业主委员会会议: its minutes are reviewed by the company and approved by the committee's chair. */
    OWNERS_COMMITTEE("owners-committee"),
    /** 顾客恳谈会 */
    CUSTOMER_MEETING("customer-meeting"),
    /** 项目结束后评估会议: due after a project is completed. */
    POST_PROJECT_REVIEW(null),
    /** 内部会议 */
    INTERNAL(null);

    private final String obligationId;

    MeetingKind(String obligationId) {
        this.obligationId = obligationId;
    }

    /** The recurring obligation a meeting of this kind fulfils (property management declares them), or null. */
    public String obligationId() {
        return obligationId;
    }

    /** Whether its minutes are reviewed by a manager and approved by the chair before they are published. */
    public boolean approvedBeforePublishing() {
        return this == OWNERS_COMMITTEE;
    }

    @Override
    public String messageKey() {
        return "meeting.kind." + name();
    }
}
