package com.siteline.sdk;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A checklist (检查表), versioned like a form. */
public record ChecklistTemplate(String id, int version, LocalizedText title, List<ChecklistItem> items) {

    public ChecklistTemplate {
        if (version < 1) {
            throw new IllegalArgumentException("checklist " + id + ": versions start at 1");
        }
        items = List.copyOf(items);
        if (items.isEmpty()) {
            throw new IllegalArgumentException("checklist " + id + " has no items");
        }
        Set<String> ids = new HashSet<>();
        for (ChecklistItem item : items) {
            if (!ids.add(item.id())) {
                throw new IllegalArgumentException("checklist " + id + ": item id " + item.id() + " is used twice");
            }
        }
    }

    public static ChecklistTemplate of(String id, int version, String zhCn, String en, ChecklistItem... items) {
        return new ChecklistTemplate(id, version, LocalizedText.of(zhCn, en), List.of(items));
    }
}
