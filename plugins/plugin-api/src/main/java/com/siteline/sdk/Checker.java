package com.siteline.sdk;

/** Who ticks a checklist item. */
public enum Checker {
    /** 项目经理 / 施工负责人 */
    PROJECT_MANAGER,
    /** 质检 / 监理 */
    QA,
    /** 客户 / 业主 */
    CUSTOMER
}
