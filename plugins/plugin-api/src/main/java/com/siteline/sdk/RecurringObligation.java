package com.siteline.sdk;

import java.util.Objects;

/**
 * Something due on a calendar rhythm, e.g. the complaint summary by the 5th of each month.
 *
 * @param dueDay        day of the month it is due by (1-28)
 * @param monthInPeriod for quarterly/half-yearly/yearly: which month of the period (1 = first)
 */
public record RecurringObligation(String id, LocalizedText name, Frequency frequency, int dueDay, int monthInPeriod) {

    public enum Frequency {
        MONTHLY,
        QUARTERLY,
        HALF_YEARLY,
        YEARLY
    }

    public RecurringObligation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(frequency, "frequency");
        if (dueDay < 1 || dueDay > 28) {
            throw new IllegalArgumentException("obligation " + id + ": due day must be 1-28");
        }
        int months = switch (frequency) {
            case MONTHLY -> 1;
            case QUARTERLY -> 3;
            case HALF_YEARLY -> 6;
            case YEARLY -> 12;
        };
        if (monthInPeriod < 1 || monthInPeriod > months) {
            throw new IllegalArgumentException("obligation " + id + ": month in period must be 1-" + months);
        }
    }

    public static RecurringObligation of(
            String id, String zhCn, String en, Frequency frequency, int dueDay, int monthInPeriod) {
        return new RecurringObligation(id, LocalizedText.of(zhCn, en), frequency, dueDay, monthInPeriod);
    }
}
