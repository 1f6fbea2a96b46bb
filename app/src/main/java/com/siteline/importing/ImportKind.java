package com.siteline.importing;

import java.util.List;

/** What can be imported, and the columns of each (the template's, in this order); required ones first. */
public enum ImportKind {
    CUSTOMERS(List.of(
            ImportField.required("name"),
            ImportField.required("phone"),
            ImportField.optional("unit"),
            ImportField.optional("phone2"),
            ImportField.optional("wechat"),
            ImportField.optional("email"),
            ImportField.optional("address"),
            ImportField.optional("tier"),
            ImportField.optional("customerType"),
            ImportField.optional("tags"),
            ImportField.optional("channel"),
            ImportField.optional("special"),
            ImportField.optional("notes"))),
    PROJECTS(List.of(
            ImportField.required("name"),
            ImportField.required("variant"),
            ImportField.optional("unit"),
            ImportField.optional("customerPhone"),
            ImportField.optional("customerName"),
            ImportField.optional("address"))),
    ISSUES(List.of(
            ImportField.required("customerPhone"),
            ImportField.required("title"),
            ImportField.required("type"),
            ImportField.required("raisedAt"),
            ImportField.required("closedAt"),
            ImportField.optional("unit"),
            ImportField.optional("description"),
            ImportField.optional("category"),
            ImportField.optional("urgency"),
            ImportField.optional("resolution")));

    private final List<ImportField> fields;

    ImportKind(List<ImportField> fields) {
        this.fields = fields;
    }

    public List<ImportField> fields() {
        return fields;
    }

    /** The bundle key of a field's column header. */
    public String labelKey(String field) {
        return "import.field." + name().toLowerCase(java.util.Locale.ROOT) + "." + field;
    }
}
