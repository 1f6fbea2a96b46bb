package com.siteline.audit;

/** What happened to the record. */
public enum AuditAction {
    CREATE,
    UPDATE,
    DELETE,
    /** A record read under an access grant (查阅申请), or another act worth keeping that changes nothing. */
    VIEW,
    /** Rows copied out of Siteline (a grid's or a report's file): who, what, with which filter, how many. */
    EXPORT
}
