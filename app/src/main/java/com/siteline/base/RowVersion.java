package com.siteline.base;

/** A row as the user saw it: its id and the version it had then, so a write can tell it changed since. */
public record RowVersion(long id, long version) {
}
