package com.siteline.communication;

/** Published when an issue's promised replies change (one promised, or kept), so the issue can follow. */
public record PromisesChanged(long issueId) {}
