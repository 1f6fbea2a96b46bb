package com.siteline.search.internal;

import net.sourceforge.pinyin4j.PinyinHelper;

/**
 * Pinyin initials of a name (张伟 → zw), through pinyin4j: the first letter of each Chinese character's first
 * reading, other characters left out. A name is found by its initials when they contain the letters typed.
 */
public final class Pinyin {

    private Pinyin() {}

    /** The initials of the Chinese characters of a text, in order; empty when it has none. */
    public static String initials(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char initial = initial(text.charAt(i));
            if (initial != 0) {
                out.append(initial);
            }
        }
        return out.toString();
    }

    /** The initial of one character's first reading, or 0 when it is not a Chinese character. */
    static char initial(char c) {
        if (Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN) {
            return 0;
        }
        String[] readings = PinyinHelper.toHanyuPinyinStringArray(c);
        return readings == null || readings.length == 0 || readings[0].isEmpty() ? 0 : readings[0].charAt(0);
    }

    /** Whether a query word is one to look up among initials: two to eight Latin letters. */
    public static boolean isInitials(String term) {
        return term.length() >= 2 && term.length() <= 8 && term.chars().allMatch(c -> c >= 'a' && c <= 'z');
    }

    /** The characters ({from, to}) of a text whose initials spell the term, the first place they do; null if none. */
    public static int[] range(String text, String term) {
        StringBuilder initials = new StringBuilder();
        java.util.List<Integer> at = new java.util.ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            char initial = initial(text.charAt(i));
            if (initial != 0) {
                initials.append(initial);
                at.add(i);
            }
        }
        int found = initials.indexOf(term);
        return found < 0 ? null : new int[] {at.get(found), at.get(found + term.length() - 1) + 1};
    }
}
