package com.siteline.customer;

import com.siteline.sla.CustomerType;

/** Published when a customer's type changes, so the issues counted by it (the inbox, the reports) follow. */
public record CustomerRetyped(long customerId, CustomerType type) {}
