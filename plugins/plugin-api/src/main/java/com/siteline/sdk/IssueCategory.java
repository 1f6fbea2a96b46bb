package com.siteline.sdk;

import java.util.Objects;

/** An issue category a variant adds to the core ones (product function, schedule, payment, ...). */
public record IssueCategory(String id, LocalizedText name) {

    public IssueCategory {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }

    public static IssueCategory of(String id, String zhCn, String en) {
        return new IssueCategory(id, LocalizedText.of(zhCn, en));
    }
}
