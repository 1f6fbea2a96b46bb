package com.siteline.search.internal;

/** Names of the index fields made from a declared property, and of the analyzers, shared by mapping and queries. */
final class SearchNames {

    /** Overlapping two-character grams of the folded text: any substring of two or more characters is a phrase. */
    static final String GRAMS = "siteline_grams";
    /** Single characters, for one-character words. */
    static final String CHARS = "siteline_chars";
    /** Words (CJK bigrams, Latin words): exact words rank higher. */
    static final String WORDS = "siteline_words";

    static final String UNIT = "unit";
    static final String AT = "at";
    static final String PARENT = "parent";
    /** The id as a sortable number: the tie-breaker of every sort, as in the grids. */
    static final String ID = "sid";

    private SearchNames() {}

    static String raw(String property) {
        return property;
    }

    static String grams(String property) {
        return property + "_g";
    }

    static String chars(String property) {
        return property + "_c";
    }

    static String words(String property) {
        return property + "_w";
    }

    static String sort(String property) {
        return property + "_s";
    }

    static String pinyin(String property) {
        return property + "_p";
    }

    static String digits(String property) {
        return property + "_d";
    }

    /** A phone's digits backwards, as one keyword: numbers ending in what was typed rank first. */
    static String tail(String property) {
        return property + "_t";
    }
}
