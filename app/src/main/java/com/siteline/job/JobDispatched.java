package com.siteline.job;

import java.time.ZoneId;

/** A job was sent to a technician for a window agreed with the customer; {@code zone} is its unit's calendar zone. */
public record JobDispatched(JobSummary job, ZoneId zone) {}
