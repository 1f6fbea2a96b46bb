package com.siteline.project;

import com.siteline.sdk.ChecklistTemplate;
import java.util.Map;

/** A checklist's results on a project; {@code rowVersion} -1 when nothing is stored yet. */
public record ChecklistResults(
        ChecklistTemplate template, Map<String, ItemResult> results, long rowVersion, boolean editable) {

    /** Complete when every item is checked, none failed, and every photo asked for is there. */
    public boolean complete() {
        return template.items().stream().allMatch(item -> {
            ItemResult result = results.getOrDefault(item.id(), ItemResult.UNCHECKED);
            return result.status() != null
                    && result.status() != CheckStatus.FAIL
                    && (!item.photoRequired()
                            || result.status() != CheckStatus.PASS
                            || (result.photo() != null && !result.photo().isBlank()));
        });
    }
}
