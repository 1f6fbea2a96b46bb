package com.siteline.base.grid;

/** One column of a user's grid layout: shown or hidden, and its width (null: automatic). */
public record ColumnSetting(String key, boolean visible, String width) {}
