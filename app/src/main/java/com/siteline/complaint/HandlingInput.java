package com.siteline.complaint;

import com.siteline.base.InputField;
import java.util.Set;

/**
 * How an issue is to be handled: its responsible team (责任部门, a team of its unit, or none yet), the supporting
 * teams (相关部门配合), the cause category and the impacts (empty until they are found).
 */
public record HandlingInput(
        Long responsibleTeamId, Set<Long> supportingTeamIds, CauseCategory cause, Set<Impact> impacts) {

    public HandlingInput {
        supportingTeamIds = supportingTeamIds == null ? Set.of() : Set.copyOf(supportingTeamIds);
        impacts = impacts == null ? Set.of() : Set.copyOf(impacts);
    }

    public enum Field implements InputField {
        RESPONSIBLE_TEAM_ID,
        SUPPORTING_TEAM_IDS,
        CAUSE,
        IMPACTS
    }
}
