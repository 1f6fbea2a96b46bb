package com.siteline.job;

/** A photo taken at a job's completion, as uploaded: its name, type and content. */
public record JobPhotoFile(String fileName, String contentType, byte[] content) {
}
