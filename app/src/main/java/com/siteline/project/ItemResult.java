package com.siteline.project;

import java.util.List;

/**
 * One checklist line as ticked: status (null until checked), remark, photo references — one or more, a line each
 * (#30: several photos per line), so a line with one photo reads as it always did.
 */
public record ItemResult(CheckStatus status, String remark, String photo) {

    public static final ItemResult UNCHECKED = new ItemResult(null, null, null);

    /** At most this many photos on a line. */
    public static final int PHOTOS_MAX = 6;

    /** The line's photo references, in the order taken. */
    public List<String> photos() {
        return photosOf(photo);
    }

    /** The photo references a line's value holds (a line each; blank lines ignored). */
    public static List<String> photosOf(String value) {
        return value == null
                ? List.of()
                : value.lines()
                        .map(String::strip)
                        .filter(line -> !line.isEmpty())
                        .toList();
    }
}
