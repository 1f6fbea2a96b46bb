package com.siteline.project;

import java.time.Instant;

/** The customer signed a stage of a project off (签字确认), published in the signing transaction. */
public record StageSigned(long projectId, String stageId, Instant at) {}
