package com.siteline.customer;

/** How the company and a customer talk: the channels of the communication log and a customer's preference. */
public enum Channel {
    PHONE,
    WECHAT,
    EMAIL,
    VISIT,
    MEETING,
    SURVEY,
    OTHER
}
