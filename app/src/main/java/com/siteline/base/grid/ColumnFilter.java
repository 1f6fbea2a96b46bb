package com.siteline.base.grid;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.LocalDate;
import java.util.Set;

/** What one grid column is filtered by: text, a set of choices, or a date range (either end open). */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
    @JsonSubTypes.Type(value = ColumnFilter.Text.class, name = "text"),
    @JsonSubTypes.Type(value = ColumnFilter.Choice.class, name = "choice"),
    @JsonSubTypes.Type(value = ColumnFilter.DateRange.class, name = "dates")
})
public sealed interface ColumnFilter {

    /** Whether the filter restricts nothing (and can be dropped). */
    boolean isEmpty();

    record Text(String text) implements ColumnFilter {
        @Override
        public boolean isEmpty() {
            return text == null || text.isBlank();
        }
    }

    /** One of the values; the token {@link GridQuery#ME} stands for the signed-in user. */
    record Choice(Set<String> values) implements ColumnFilter {
        public Choice {
            values = values == null ? Set.of() : Set.copyOf(values);
        }

        @Override
        public boolean isEmpty() {
            return values.isEmpty();
        }
    }

    /** Days from and to, both inclusive, in the business' time zone. */
    record DateRange(LocalDate from, LocalDate to) implements ColumnFilter {
        @Override
        public boolean isEmpty() {
            return from == null && to == null;
        }
    }
}
