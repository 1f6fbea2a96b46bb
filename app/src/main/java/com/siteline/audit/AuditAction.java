package com.siteline.audit;

/** What happened to the record. */
public enum AuditAction {
    CREATE,
    UPDATE,
    DELETE,
    /** A record read under an access grant (查阅申请), or another act worth keeping that changes nothing. */
    VIEW
}
