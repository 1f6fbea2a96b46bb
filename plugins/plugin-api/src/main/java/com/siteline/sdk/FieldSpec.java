package com.siteline.sdk;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One field of a form. Built with the static factories and refined with the {@code with...}
 * methods, each returning a new spec:
 * <pre>{@code FieldSpec.number("area", "施工面积", "Area", "m²").asRequired().min(1).max(100000)}</pre>
 *
 * @param min       smallest number, or shortest text (characters); null for none
 * @param max       largest number, or longest text (characters); null for none
 * @param pattern   a Java regular expression the whole text must match; null for none
 * @param unit      shown after a number (m², 桶, ...); null for none
 * @param mustBeYes for a yes/no field or a customer confirmation that the procedure requires to be true: the
 *                  message shown while it is not (the form is not stored and the stage gate stays closed until
 *                  it is "yes"); null when "no" is an answer like any other. @since 1.5
 */
public record FieldSpec(
        String id,
        FieldType type,
        LocalizedText label,
        boolean required,
        BigDecimal min,
        BigDecimal max,
        String pattern,
        LocalizedText help,
        String unit,
        List<Choice> choices,
        LocalizedText mustBeYes) {

    /** The spec as API 1.4 and earlier made it (no "must be yes" rule), so plugins built against those still link. */
    public FieldSpec(
            String id,
            FieldType type,
            LocalizedText label,
            boolean required,
            BigDecimal min,
            BigDecimal max,
            String pattern,
            LocalizedText help,
            String unit,
            List<Choice> choices) {
        this(id, type, label, required, min, max, pattern, help, unit, choices, null);
    }

    public FieldSpec {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(label, "label");
        choices = choices == null ? List.of() : List.copyOf(choices);
        boolean isChoice = type == FieldType.SINGLE_CHOICE || type == FieldType.MULTIPLE_CHOICE;
        if (isChoice == choices.isEmpty()) {
            throw new IllegalArgumentException(
                    "field " + id + ": choices are required for, and only for, choice fields");
        }
        if (min != null && max != null && min.compareTo(max) > 0) {
            throw new IllegalArgumentException("field " + id + ": min is greater than max");
        }
        if (mustBeYes != null && type != FieldType.YES_NO && type != FieldType.CUSTOMER_CONFIRMATION) {
            throw new IllegalArgumentException(
                    "field " + id + ": only a yes/no field or a confirmation can require yes");
        }
    }

    private static FieldSpec of(String id, FieldType type, String zhCn, String en) {
        return new FieldSpec(id, type, LocalizedText.of(zhCn, en), false, null, null, null, null, null, null);
    }

    public static FieldSpec shortText(String id, String zhCn, String en) {
        return of(id, FieldType.SHORT_TEXT, zhCn, en).max(200);
    }

    public static FieldSpec longText(String id, String zhCn, String en) {
        return of(id, FieldType.LONG_TEXT, zhCn, en).max(4000);
    }

    public static FieldSpec number(String id, String zhCn, String en, String unit) {
        return of(id, FieldType.NUMBER, zhCn, en).unit(unit);
    }

    public static FieldSpec money(String id, String zhCn, String en) {
        return of(id, FieldType.MONEY, zhCn, en).unit("元").min(0);
    }

    public static FieldSpec date(String id, String zhCn, String en) {
        return of(id, FieldType.DATE, zhCn, en);
    }

    public static FieldSpec dateTime(String id, String zhCn, String en) {
        return of(id, FieldType.DATE_TIME, zhCn, en);
    }

    public static FieldSpec singleChoice(String id, String zhCn, String en, Choice... choices) {
        return new FieldSpec(
                id,
                FieldType.SINGLE_CHOICE,
                LocalizedText.of(zhCn, en),
                false,
                null,
                null,
                null,
                null,
                null,
                List.of(choices));
    }

    public static FieldSpec multipleChoice(String id, String zhCn, String en, Choice... choices) {
        return new FieldSpec(
                id,
                FieldType.MULTIPLE_CHOICE,
                LocalizedText.of(zhCn, en),
                false,
                null,
                null,
                null,
                null,
                null,
                List.of(choices));
    }

    /** The five-point satisfaction scale (非常满意 … 非常不满意), stored as "5" … "1". */
    public static FieldSpec satisfaction(String id, String zhCn, String en) {
        return singleChoice(
                id,
                zhCn,
                en,
                Choice.of("5", "非常满意", "Very satisfied"),
                Choice.of("4", "满意", "Satisfied"),
                Choice.of("3", "一般", "Neutral"),
                Choice.of("2", "不满意", "Dissatisfied"),
                Choice.of("1", "非常不满意", "Very dissatisfied"));
    }

    public static FieldSpec yesNo(String id, String zhCn, String en) {
        return of(id, FieldType.YES_NO, zhCn, en);
    }

    public static FieldSpec attachment(String id, String zhCn, String en) {
        return of(id, FieldType.ATTACHMENT, zhCn, en);
    }

    public static FieldSpec customerConfirmation(String id, String zhCn, String en) {
        return of(id, FieldType.CUSTOMER_CONFIRMATION, zhCn, en);
    }

    public FieldSpec asRequired() {
        return new FieldSpec(id, type, label, true, min, max, pattern, help, unit, choices, mustBeYes);
    }

    public FieldSpec min(long value) {
        return new FieldSpec(
                id, type, label, required, BigDecimal.valueOf(value), max, pattern, help, unit, choices, mustBeYes);
    }

    public FieldSpec max(long value) {
        return new FieldSpec(
                id, type, label, required, min, BigDecimal.valueOf(value), pattern, help, unit, choices, mustBeYes);
    }

    public FieldSpec pattern(String regex) {
        return new FieldSpec(id, type, label, required, min, max, regex, help, unit, choices, mustBeYes);
    }

    public FieldSpec help(String zhCn, String en) {
        return new FieldSpec(
                id, type, label, required, min, max, pattern, LocalizedText.of(zhCn, en), unit, choices, mustBeYes);
    }

    /**
     * Requires the answer "yes" (a confirmation ticked), with the message shown while it is not: for a check the
     * procedure demands, such as "clauses explained one by one". Implies {@link #asRequired()}. @since 1.5
     */
    public FieldSpec mustBeYes(String zhCn, String en) {
        return new FieldSpec(id, type, label, true, min, max, pattern, help, unit, choices, LocalizedText.of(zhCn, en));
    }

    public FieldSpec unit(String value) {
        return new FieldSpec(id, type, label, required, min, max, pattern, help, value, choices, mustBeYes);
    }
}
