package com.siteline.complaint;

import com.siteline.base.Keyed;

/**
 * Who may approve a compensation, lowest first (审批权限): the lead of a team of the unit, a manager of the unit, the
 * company (an administrator of the unit). Each level approves up to its limit ({@link CompensationLimits}).
 */
public enum ApprovalLevel implements Keyed {
    TEAM_LEAD,
    UNIT_MANAGER,
    COMPANY;

    @Override
    public String messageKey() {
        return "compensation.level." + name();
    }
}
