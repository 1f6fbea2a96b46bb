package com.siteline.sdk;

/** A problem a plugin's cross-field check finds, shown at the field. */
public record FieldProblem(String fieldId, LocalizedText message) {

    public static FieldProblem of(String fieldId, String zhCn, String en) {
        return new FieldProblem(fieldId, LocalizedText.of(zhCn, en));
    }
}
