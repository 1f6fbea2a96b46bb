package com.siteline.sdk;

/**
 * What a form field holds. The host renders each with a stock component and stores answers as:
 * text for SHORT_TEXT/LONG_TEXT/ATTACHMENT (file name), a decimal for NUMBER/MONEY, ISO-8601 for
 * DATE/DATE_TIME, the choice id for SINGLE_CHOICE, a list of ids for MULTIPLE_CHOICE, a boolean for
 * YES_NO and CUSTOMER_CONFIRMATION.
 */
public enum FieldType {
    SHORT_TEXT,
    LONG_TEXT,
    NUMBER,
    MONEY,
    DATE,
    DATE_TIME,
    SINGLE_CHOICE,
    MULTIPLE_CHOICE,
    YES_NO,
    ATTACHMENT,
    /** The customer confirms in writing (客户确认); stored as true once confirmed. */
    CUSTOMER_CONFIRMATION
}
