package com.siteline.project;

import java.time.Instant;

/** A file attached to a project, without its content: what lists of files and photo timelines show. */
public record ProjectFile(
        long id,
        long projectId,
        String fileName,
        String contentType,
        long sizeBytes,
        String stageId,
        Instant uploadedAt,
        String uploadedBy) {

    public boolean image() {
        return contentType.startsWith("image/");
    }
}
