package com.siteline.sdk;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A form a variant contributes (e.g. 需求调研表). The host stores every version it has seen, so
 * answers given under version 1 still open against version 1 after the plugin ships version 2:
 * raise {@code version} whenever fields change.
 */
public record FormSpec(String id, int version, LocalizedText title, List<FormSection> sections) {

    public FormSpec {
        if (version < 1) {
            throw new IllegalArgumentException("form " + id + ": versions start at 1");
        }
        sections = List.copyOf(sections);
        Set<String> ids = new HashSet<>();
        for (FieldSpec field : fields(sections)) {
            if (!ids.add(field.id())) {
                throw new IllegalArgumentException("form " + id + ": field id " + field.id() + " is used twice");
            }
        }
    }

    public static FormSpec of(String id, int version, String zhCn, String en, FormSection... sections) {
        return new FormSpec(id, version, LocalizedText.of(zhCn, en), List.of(sections));
    }

    /** All fields, section by section. */
    public List<FieldSpec> fields() {
        return fields(sections);
    }

    private static List<FieldSpec> fields(List<FormSection> sections) {
        return sections.stream().flatMap(section -> section.fields().stream()).toList();
    }
}
