package com.siteline.portal;

import com.siteline.sdk.LocalizedText;
import java.time.Instant;

/** A project photo with whether the customer sees it; the stage it was taken in and the checklist line it proves. */
public record SharedPhoto(
        long attachmentId, String fileName, String stageId, LocalizedText node, Instant takenAt, boolean shared) {}
