package com.siteline.base;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * Base of every entity that is edited: a database-generated id ({@link AbstractRow}) and an optimistic-lock version,
 * so concurrent edits never silently overwrite each other. Rows keyed otherwise (a unit's calendar and KPI settings
 * by the unit, a sign-off by project and stage, the audit chain) declare their own keys.
 */
@MappedSuperclass
public abstract class AbstractEntity extends AbstractRow {

    @Version
    private long version;

    public long getVersion() {
        return version;
    }
}
