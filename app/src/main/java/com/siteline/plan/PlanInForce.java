package com.siteline.plan;

/** A version of a project's plan came in force: its tasks are made after the approval commits. */
public record PlanInForce(long projectId, long planId) {}
