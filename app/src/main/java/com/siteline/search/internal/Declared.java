package com.siteline.search.internal;

import com.siteline.search.SearchFields;
import com.siteline.search.SearchableType;
import java.util.List;

/** A searchable type with its declared fields read once. */
record Declared(SearchableType type, SearchFields fields) {

    static Declared of(SearchableType type) {
        SearchFields fields = new SearchFields();
        type.declare(fields);
        return new Declared(type, fields.checked(type.kind()));
    }

    SearchFields.Field title() {
        return fields.fields().stream()
                .filter(f -> f.role() == SearchFields.Role.TITLE)
                .findFirst()
                .orElseThrow();
    }

    List<SearchFields.Field> texts() {
        return fields.fields();
    }

    List<SearchFields.Field> phones() {
        return fields.fields().stream()
                .filter(f -> f.role() == SearchFields.Role.PHONE)
                .toList();
    }
}
