package com.siteline.base;

/** A stored file's content, for download: a project's attachment, a job's or a task's photo, a portal upload. */
public record AttachmentFile(String fileName, String contentType, byte[] content) {}
