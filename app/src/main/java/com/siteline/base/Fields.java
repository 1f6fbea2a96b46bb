package com.siteline.base;

import java.util.List;

/**
 * Checks of typed values that every service repeats what its form checks, so that a request made
 * without the form (a crafted one, an import) gets the field's message instead of a database error.
 */
public final class Fields {

    private Fields() {}

    /** Adds {@code problemKey} when the text, stripped, is longer than {@code max} characters. */
    public static void maxLength(List<String> problems, String text, int max, String problemKey) {
        if (text != null && text.strip().length() > max) {
            problems.add(problemKey);
        }
    }
}
