package com.siteline.customer;

/** Published when a customer's name changes, so rows that show it (issues, log entries) follow. */
public record CustomerRenamed(long customerId, String name) {}
