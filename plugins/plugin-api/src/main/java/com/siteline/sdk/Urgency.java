package com.siteline.sdk;

/** 紧急 / 重要 / 一般. */
public enum Urgency {
    URGENT,
    IMPORTANT,
    NORMAL
}
