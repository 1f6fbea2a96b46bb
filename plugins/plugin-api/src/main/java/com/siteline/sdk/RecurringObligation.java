package com.siteline.sdk;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Something due on a calendar rhythm, e.g. the complaint summary by the 5th of each month.
 *
 * @param dueDay        day of the month it is due by (1-28)
 * @param monthInPeriod for quarterly/half-yearly/yearly: which month of the period (1 = first)
 * @param premises      the kinds of premises it applies to; empty: every unit running the variant (since 1.7)
 * @param surveyTemplate the id of the variant's survey template whose campaign fulfils it (a survey campaign drafted on
 *     time for the unit's managers to start), or null (since 1.7)
 */
public record RecurringObligation(
        String id,
        LocalizedText name,
        Frequency frequency,
        int dueDay,
        int monthInPeriod,
        Set<PremisesKind> premises,
        String surveyTemplate) {

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
        premises = premises == null || premises.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(premises));
    }

    /** An obligation of every unit running the variant, fulfilled by a record (the API before 1.7). */
    public RecurringObligation(String id, LocalizedText name, Frequency frequency, int dueDay, int monthInPeriod) {
        this(id, name, frequency, dueDay, monthInPeriod, Set.of(), null);
    }

    public static RecurringObligation of(
            String id, String zhCn, String en, Frequency frequency, int dueDay, int monthInPeriod) {
        return new RecurringObligation(id, LocalizedText.of(zhCn, en), frequency, dueDay, monthInPeriod);
    }

    /** The same obligation for units of these kinds of premises only. */
    public RecurringObligation onlyFor(PremisesKind first, PremisesKind... more) {
        return new RecurringObligation(
                id, name, frequency, dueDay, monthInPeriod, EnumSet.of(first, more), surveyTemplate);
    }

    /** The same obligation, fulfilled by a campaign of the variant's survey template of that id. */
    public RecurringObligation bySurvey(String templateId) {
        return new RecurringObligation(
                id, name, frequency, dueDay, monthInPeriod, premises, Objects.requireNonNull(templateId));
    }

    /** Whether a unit of a kind of premises (null: not named) has this obligation. */
    public boolean appliesTo(PremisesKind kind) {
        return premises.isEmpty() || (kind != null && premises.contains(kind));
    }
}
