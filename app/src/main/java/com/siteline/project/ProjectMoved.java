package com.siteline.project;

import java.time.Instant;

/** A project moved on a stage ({@code toStage} null: it left its last stage), published in the moving transaction. */
public record ProjectMoved(long projectId, long businessUnitId, String fromStage, String toStage, Instant at) {}
