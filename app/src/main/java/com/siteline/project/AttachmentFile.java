package com.siteline.project;

/** A stored file's content, for download. */
public record AttachmentFile(String fileName, String contentType, byte[] content) {
}
