package com.siteline.importing;

/**
 * How a run treats refused rows and rows that match an existing record.
 *
 * @param allOrNothing  true: one refused row and nothing is imported; false: the valid rows are imported
 * @param updateDuplicates true: a row whose phone is already a customer of its unit updates that record; false: it is skipped
 */
public record ImportOptions(boolean allOrNothing, boolean updateDuplicates) {}
