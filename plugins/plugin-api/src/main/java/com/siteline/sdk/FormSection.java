package com.siteline.sdk;

import java.util.List;

/** A titled group of fields in a form. */
public record FormSection(LocalizedText title, List<FieldSpec> fields) {

    public FormSection {
        fields = List.copyOf(fields);
    }

    public static FormSection of(String zhCn, String en, FieldSpec... fields) {
        return new FormSection(LocalizedText.of(zhCn, en), List.of(fields));
    }
}
