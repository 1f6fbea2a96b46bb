package com.siteline.base;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * Base of every entity with a database-generated id: rows only ever added (events, attachments, notifications,
 * messages) extend it as they are; rows that are edited extend {@link AbstractEntity}, which adds the version.
 * Two rows are equal when they are of one class and have one id.
 */
@MappedSuperclass
public abstract class AbstractRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    public Long getId() {
        return id;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (other == null || getClass() != other.getClass()) {
            return false;
        }
        return id != null && id.equals(((AbstractRow) other).id);
    }

    @Override
    public int hashCode() {
        return getClass().hashCode();
    }
}
