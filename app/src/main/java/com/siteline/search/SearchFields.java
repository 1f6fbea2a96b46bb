package com.siteline.search;

import java.util.ArrayList;
import java.util.List;

/**
 * What a {@link SearchableType} declares: its entity's properties (by JPA attribute name) and their role.
 * Every text property is searched by substring (see {@link SearchText}); a phone also by its digits.
 */
public final class SearchFields {

    /** How a declared property takes part. */
    public enum Role {
        /** Searched, and shown as the hit's title. */
        TITLE,
        /** Searched, and shown as the hit's line when it holds the match. */
        TEXT,
        /** Searched as text and by its digits only (a phone written with dashes is found by 13901760001). */
        PHONE
    }

    /** One declared text property; {@code weight} raises hits on it in the ranking. */
    public record Field(String property, Role role, float weight) {}

    private final List<Field> fields = new ArrayList<>();
    private String unit;
    private String recency;
    private boolean numbered;
    private String parent;
    private String pinyin;
    private final List<String> sortable = new ArrayList<>();

    /** The hit's title (e.g. the customer's name). */
    public SearchFields title(String property) {
        fields.add(new Field(property, Role.TITLE, 3f));
        return this;
    }

    public SearchFields text(String property) {
        fields.add(new Field(property, Role.TEXT, 1f));
        return this;
    }

    /** A text field that ranks higher than plain text (e.g. a project's address). */
    public SearchFields text(String property, float weight) {
        fields.add(new Field(property, Role.TEXT, weight));
        return this;
    }

    public SearchFields phone(String property) {
        fields.add(new Field(property, Role.PHONE, 2f));
        return this;
    }

    /** The property holding the record's business unit id: nobody finds a record outside their units. */
    public SearchFields unit(String property) {
        this.unit = property;
        return this;
    }

    /** The property (an instant) by which recent records rank higher. */
    public SearchFields recency(String property) {
        this.recency = property;
        return this;
    }

    /** The record's id is its number (e.g. issue 1024 is found by typing 1024). */
    public SearchFields numbered() {
        this.numbered = true;
        return this;
    }

    /** A property (an id) the hit's page is found by, e.g. a log entry's customer. */
    public SearchFields parent(String property) {
        this.parent = property;
        return this;
    }

    public String parent() {
        return parent;
    }

    /** A declared property (a name) also found by its pinyin initials (zw finds 张伟). */
    public SearchFields pinyin(String property) {
        this.pinyin = property;
        return this;
    }

    public String pinyin() {
        return pinyin;
    }

    /** Properties a grid sorts by that the index keeps sortable, so a broad "contains" filter is paged by the index. */
    public SearchFields sortable(String... properties) {
        sortable.addAll(List.of(properties));
        return this;
    }

    public List<String> sortable() {
        return List.copyOf(sortable);
    }

    public List<Field> fields() {
        return List.copyOf(fields);
    }

    public String unit() {
        return unit;
    }

    public String recency() {
        return recency;
    }

    public boolean isNumbered() {
        return numbered;
    }

    /** The declaration checked: a unit, a recency and exactly one title. */
    public SearchFields checked(String kind) {
        if (unit == null
                || recency == null
                || fields.stream().filter(f -> f.role() == Role.TITLE).count() != 1) {
            throw new IllegalStateException("searchable type " + kind + " needs a unit, a recency and one title");
        }
        return this;
    }
}
