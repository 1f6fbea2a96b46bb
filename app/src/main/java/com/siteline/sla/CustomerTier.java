package com.siteline.sla;

import com.siteline.base.Keyed;

/** 分层管理: the service strategy a customer gets, by value. */
public enum CustomerTier implements Keyed {
    VIP,
    KEY,
    STANDARD;

    @Override
    public String messageKey() {
        return "customer.tier." + name();
    }
}
