package com.siteline.project;

import java.time.Instant;

/** A move of a project from one stage to the next ({@code toStage} null when it completed). */
public record StageEvent(String fromStage, String toStage, Instant at, String byUser) {}
