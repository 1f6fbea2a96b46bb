package com.siteline.sla;

import com.siteline.base.Keyed;

/**
 * 客户类型 (seed 003, 适用范围: 政府部门、企事业单位、个人): who the customer is. A criterion of the response-time
 * rules, a column of the customers grid and the inbox, a grouping of the response-time report.
 */
public enum CustomerType implements Keyed {
    GOVERNMENT,
    ORGANISATION,
    INDIVIDUAL;

    @Override
    public String messageKey() {
        return "customer.type." + name();
    }
}
