package com.siteline.project;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stored file as an attachment answer refers to it; the answer's text form is {@code id/fileName}.
 */
public record AttachmentRef(long id, String fileName) {

    private static final Pattern FORM = Pattern.compile("(\\d+)/(.+)");

    public static Optional<AttachmentRef> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        Matcher matcher = FORM.matcher(value);
        return matcher.matches()
                ? Optional.of(new AttachmentRef(Long.parseLong(matcher.group(1)), matcher.group(2)))
                : Optional.empty();
    }

    public String value() {
        return id + "/" + fileName;
    }
}
