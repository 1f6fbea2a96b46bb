package com.siteline.base;

/** The unit a record belongs to and its name, for filing an access request (never shown before approval). */
public record RecordOwner(long businessUnitId, String label, Long customerId) {}
