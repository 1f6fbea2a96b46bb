package com.siteline.project;

import com.siteline.base.Keyed;

/** 合格 / 不合格 / 不适用. */
public enum CheckStatus implements Keyed {
    PASS,
    FAIL,
    NOT_APPLICABLE;

    @Override
    public String messageKey() {
        return "checklist.status." + name();
    }
}
