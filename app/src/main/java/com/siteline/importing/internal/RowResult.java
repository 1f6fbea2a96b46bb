package com.siteline.importing.internal;

import java.util.List;

/**
 * What became of one row: its number in the file, the cells as read, what happens or happened to it, and the
 * reasons (bundle keys) when it was refused or skipped.
 */
public record RowResult(int row, List<String> cells, Outcome outcome, List<String> reasons) {

    public enum Outcome {
        CREATE,
        UPDATE,
        SKIP,
        REFUSE
    }
}
