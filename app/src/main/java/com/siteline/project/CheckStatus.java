package com.siteline.project;

/** 合格 / 不合格 / 不适用. */
public enum CheckStatus {
    PASS,
    FAIL,
    NOT_APPLICABLE
}
