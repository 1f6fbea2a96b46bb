package com.siteline.report;

/** A periodic document's way: drafted (editable), approved by the unit's manager, published. */
public enum DocumentStatus {
    DRAFT,
    APPROVED,
    PUBLISHED;

    public String messageKey() {
        return "documents.status." + name();
    }
}
