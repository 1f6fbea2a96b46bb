package com.siteline.base;

import java.util.List;

/** What Siteline takes where only a photo will do: a job's completion, a task's event, a customer's upload. */
public final class Photos {

    /** 20 MB: a phone photo, not a video. */
    public static final int MAX_BYTES = 20 * 1024 * 1024;
    /** The photo types Siteline keeps. */
    public static final List<String> TYPES = List.of("image/jpeg", "image/png", "image/webp", "image/heic");

    private Photos() {}

    /** Why a file is refused as a photo (empty, over 20 MB, not a photo), as a bundle key; null when it is one. */
    public static String problem(String contentType, byte[] content) {
        if (content == null || content.length == 0) {
            return "attachment.error.empty";
        }
        if (content.length > MAX_BYTES) {
            return "attachment.error.too-large";
        }
        String type = contentType == null ? "" : contentType.toLowerCase(java.util.Locale.ROOT);
        return TYPES.contains(type) ? null : "attachment.error.not-photo";
    }
}
