package com.siteline.plan;

import com.siteline.customer.Channel;
import com.siteline.sdk.PlanLine;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A record that can show a planned communication was held: a log entry of the project or a weekly report sent.
 *
 * @param channel the log entry's channel; null for a report
 * @param at      when it happened (the contact's time, the report's sending)
 * @param covers  the day it speaks for: the contact's day, the report's week start
 * @param label   a line to recognise it by when the owner matches it by hand
 */
public record HeldRecord(PlanLine.HeldBy kind, long id, Channel channel, Instant at, LocalDate covers, String label) {}
