package com.siteline.audit;

/**
 * One field of one change: the field's name as the audit registry names it ({@link AuditedTypes}), the kind of
 * value (an enum's simple name, {@code instant}, {@code date}, {@code bool}, {@code secret}, or null for text)
 * and the value before and after as text. A secret's values are never recorded, only that it changed.
 */
public record AuditChange(String field, String kind, String before, String after) {

    public static final String SECRET = "secret";
    public static final String INSTANT = "instant";
    public static final String DATE = "date";
    public static final String BOOL = "bool";
}
