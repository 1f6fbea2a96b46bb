package com.siteline.access;

/** Where a request stands. A grant is an approved request whose period is running. */
public enum AccessStatus {
    PENDING,
    APPROVED,
    REJECTED,
    REVOKED,
    WITHDRAWN
}
