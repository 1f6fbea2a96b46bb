package com.siteline.sdk;

import java.util.Objects;

/** One line a site supervisor ticks: pass, fail or not applicable, with a remark. */
public record ChecklistItem(String id, LocalizedText text, boolean photoRequired, Checker checkedBy) {

    public ChecklistItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(checkedBy, "checkedBy");
    }

    public static ChecklistItem of(String id, Checker checkedBy, String zhCn, String en) {
        return new ChecklistItem(id, LocalizedText.of(zhCn, en), false, checkedBy);
    }

    /** The same item, with a photo required as evidence. */
    public ChecklistItem withPhoto() {
        return new ChecklistItem(id, text, true, checkedBy);
    }
}
