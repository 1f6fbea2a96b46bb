package com.siteline.base;

/**
 * Read-only access to a record of another business unit, granted through an approved access request
 * (查阅申请). Services that read customer and project records ask it before they show a record outside the
 * user's own units; the access module answers, and logs each read it allows.
 */
public interface RecordGrants {

    /** The records a grant can name. */
    enum Kind implements Keyed {
        CUSTOMER,
        PROJECT;

        @Override
        public String messageKey() {
            return "access.kind." + name();
        }
    }

    /**
     * Whether the signed-in user holds a running grant for the record. A yes is recorded as a use of the
     * grant (who, when, from where) in the audit history.
     */
    boolean reads(Kind kind, long recordId);

    /**
     * The records of each kind that the signed-in user's running grants open (every kind present, empty when
     * none), without recording a use: the unit scope's exception ({@link UnitScope}) asks it once, on each
     * transaction's first scoped read.
     */
    java.util.Map<Kind, java.util.Set<Long>> opened();
}
