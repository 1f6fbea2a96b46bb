package com.siteline.sdk;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One stage of a variant's project pipeline, e.g. 客户需求确认 (requirement confirmation).
 *
 * @param id   stable identifier in kebab-case; stored with project data, so never renamed
 * @param name what users see
 */
public record StageDefinition(String id, LocalizedText name) {

    private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public StageDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        if (!KEBAB.matcher(id).matches()) {
            throw new IllegalArgumentException("stage id must be kebab-case: " + id);
        }
    }

    public static StageDefinition of(String id, String zhCn, String en) {
        return new StageDefinition(id, LocalizedText.of(zhCn, en));
    }
}
