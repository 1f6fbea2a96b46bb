package com.siteline.base.grid;

/** Something a saved view names that its grid no longer has; {@link #messageKey()} says it in the user's words. */
public record ViewProblem(Kind kind, String column, String value) {

    public enum Kind {
        NO_COLUMN("grid.view.problem.column"),
        WRONG_FILTER("grid.view.problem.filter"),
        NO_VALUE("grid.view.problem.value"),
        NO_SORT("grid.view.problem.sort");

        private final String messageKey;

        Kind(String messageKey) {
            this.messageKey = messageKey;
        }
    }

    public String messageKey() {
        return kind.messageKey;
    }
}
