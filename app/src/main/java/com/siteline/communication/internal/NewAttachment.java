package com.siteline.communication.internal;

/** A file to attach to a log entry, as uploaded. */
public record NewAttachment(String fileName, String contentType, byte[] content) {}
