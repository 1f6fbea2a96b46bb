package com.siteline.communication.internal;

/** A file attached to a log entry, without its content. */
public record LogAttachment(long id, long entryId, String fileName, String contentType, long sizeBytes) {}
