package com.siteline.project.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Files a dialog has taken but not stored yet: an attachment answer refers to one by a placeholder
 * ({@code pending:N/fileName}) until the dialog is saved, when {@link ProjectRecords} stores the files and the
 * answers in one transaction. A dialog that is cancelled simply drops them: nothing was stored.
 */
public final class PendingFiles {

    /** A file as uploaded, checked but not stored. */
    public record File(String fileName, String contentType, byte[] content) {}

    private static final String PREFIX = "pending:";

    private final Map<String, File> files = new LinkedHashMap<>();
    private int next;

    /** Keeps a file; returns the placeholder an answer holds for it. */
    public String add(String fileName, String contentType, byte[] content) {
        String placeholder = PREFIX + (++next) + "/" + fileName;
        files.put(placeholder, new File(fileName, contentType, content));
        return placeholder;
    }

    /** The file a placeholder stands for, empty for anything else (a stored file's reference, say). */
    public Optional<File> of(String value) {
        return Optional.ofNullable(value == null ? null : files.get(value));
    }

    /** Whether the value is a placeholder of a pending file (of any dialog). */
    public static boolean isPlaceholder(String value) {
        return value != null && value.startsWith(PREFIX);
    }

    /** The file name a placeholder shows. */
    public static String fileNameOf(String placeholder) {
        return placeholder.substring(placeholder.indexOf('/') + 1);
    }

    public static PendingFiles none() {
        return new PendingFiles();
    }
}
