package com.siteline.portal.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A weekly progress report as sent: the week, the text, what the customer must do next week (or null), the photos
 * shown with it, who sent it when.
 */
public record ProgressReport(
        long id,
        long projectId,
        LocalDate weekStart,
        String body,
        String customerNext,
        List<Long> photoIds,
        String sentBy,
        Instant sentAt) {}
