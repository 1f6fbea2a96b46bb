package com.siteline.lead;

import com.siteline.base.InputField;

/** A lead as it is kept: its unit, name, phone, address (optional), source and what they asked for. */
public record NewLead(Long businessUnitId, String name, String phone, String address, LeadSource source, String need) {

    public enum Field implements InputField {
        BUSINESS_UNIT_ID,
        NAME,
        PHONE,
        ADDRESS,
        SOURCE,
        NEED
    }
}
