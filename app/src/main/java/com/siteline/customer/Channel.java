package com.siteline.customer;

import com.siteline.base.Keyed;

/** How the company and a customer talk: the channels of the communication log and a customer's preference. */
public enum Channel implements Keyed {
    PHONE,
    SMS,
    WECHAT,
    EMAIL,
    VISIT,
    MEETING,
    SURVEY,
    OTHER;

    @Override
    public String messageKey() {
        return "channel." + name();
    }
}
