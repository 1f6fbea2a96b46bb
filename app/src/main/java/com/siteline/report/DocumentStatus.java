package com.siteline.report;

import com.siteline.base.Keyed;

/** A periodic document's way: drafted (editable), approved by the unit's manager, published. */
public enum DocumentStatus implements Keyed {
    DRAFT,
    APPROVED,
    PUBLISHED;

    @Override
    public String messageKey() {
        return "documents.status." + name();
    }
}
