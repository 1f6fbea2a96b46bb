package com.siteline.sdk;

import java.util.Objects;

/** One option of a single- or multiple-choice field; the id is what is stored. */
public record Choice(String id, LocalizedText label) {

    public Choice {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
    }

    public static Choice of(String id, String zhCn, String en) {
        return new Choice(id, LocalizedText.of(zhCn, en));
    }
}
