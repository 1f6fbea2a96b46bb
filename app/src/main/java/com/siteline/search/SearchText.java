package com.siteline.search;

import java.util.ArrayList;
import java.util.List;

/**
 * The one definition of what "contains" means for search: both the indexed text and the words typed are
 * folded the same way (full-width ASCII and the ideographic space to their half-width forms, lower case,
 * character by character so positions stay put), and a record matches a word when its folded text
 * contains the folded word. The index answers exactly that (overlapping two-character grams matched as
 * a phrase), and the tests check it against a plain substring scan.
 */
public final class SearchText {

    /** Longest text a query may hold; longer input is cut, never refused. */
    public static final int MAX_QUERY = 200;

    private SearchText() {}

    /** The folded form of a text: same length, one character for one. */
    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        char[] out = new char[text.length()];
        for (int i = 0; i < text.length(); i++) {
            out[i] = fold(text.charAt(i));
        }
        return new String(out);
    }

    static char fold(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            c = (char) (c - 0xFEE0);
        } else if (c == '\u3000') {
            c = ' ';
        }
        if (Character.isSurrogate(c)) {
            return c;
        }
        char lower = Character.toLowerCase(c);
        // keep one character for one: a lower case that is not a single BMP character stays as it was
        return lower;
    }

    /** Only the digits of a text (full-width ones folded), e.g. a phone number written with dashes. */
    public static String digits(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = fold(text.charAt(i));
            if (c >= '0' && c <= '9') {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * The words of a query, folded: split at white space, except that a part in double quotes (straight or
     * Chinese quotes) is one word with its spaces. Every word must be contained for a record to match.
     */
    public static List<String> terms(String query) {
        List<String> terms = new ArrayList<>();
        if (query == null) {
            return terms;
        }
        String text = normalize(query.length() > MAX_QUERY ? query.substring(0, MAX_QUERY) : query)
                .replace('\u201C', '"')
                .replace('\u201D', '"');
        StringBuilder word = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                add(terms, word, quoted);
                quoted = !quoted;
            } else if (!quoted && Character.isWhitespace(c)) {
                add(terms, word, false);
            } else {
                word.append(c);
            }
        }
        add(terms, word, quoted);
        return terms;
    }

    private static void add(List<String> terms, StringBuilder word, boolean quoted) {
        String value = quoted ? word.toString().strip() : word.toString();
        if (!value.isBlank() && !terms.contains(value)) {
            terms.add(value);
        }
        word.setLength(0);
    }

    /** Whether a text contains every term (the reference the index is checked against). */
    public static boolean containsAll(String text, List<String> terms) {
        String folded = normalize(text);
        return terms.stream().allMatch(folded::contains);
    }

    /** A piece of a highlighted text: marked when it is one of the words searched for. */
    public record Segment(String text, boolean marked) {}

    /**
     * The text cut to about {@code width} characters around its first match, with every occurrence of
     * the terms marked; the whole text from its start, unmarked, when no term occurs in it.
     */
    public static List<Segment> highlight(String text, List<String> terms, int width) {
        return highlight(text, terms, width, List.of());
    }

    /** As {@link #highlight(String, List, int)}, with further ranges ({from, to}) marked too. */
    public static List<Segment> highlight(String text, List<String> terms, int width, List<int[]> ranges) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        String folded = normalize(text);
        boolean[] marked = new boolean[text.length()];
        int first = -1;
        for (int[] range : ranges) {
            first = first < 0 ? range[0] : Math.min(first, range[0]);
            for (int i = range[0]; i < range[1] && i < marked.length; i++) {
                marked[i] = true;
            }
        }
        for (String term : terms) {
            if (term.isEmpty()) {
                continue;
            }
            for (int at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + 1)) {
                first = first < 0 ? at : Math.min(first, at);
                for (int i = at; i < at + term.length(); i++) {
                    marked[i] = true;
                }
            }
        }
        int start = 0;
        int end = text.length();
        if (end > width) {
            start = first <= width / 3 ? 0 : Math.max(0, first - width / 3);
            end = Math.min(text.length(), start + width);
        }
        List<Segment> segments = new ArrayList<>();
        if (start > 0) {
            segments.add(new Segment("…", false));
        }
        int from = start;
        for (int i = start + 1; i <= end; i++) {
            if (i == end || marked[i] != marked[from]) {
                segments.add(new Segment(text.substring(from, i), marked[from]));
                from = i;
            }
        }
        if (end < text.length()) {
            segments.add(new Segment("…", false));
        }
        return segments;
    }

    /** Whether a highlighted text shows any match. */
    public static boolean anyMarked(List<Segment> segments) {
        return segments.stream().anyMatch(Segment::marked);
    }
}
