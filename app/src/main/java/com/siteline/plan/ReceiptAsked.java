package com.siteline.plan;

import com.siteline.sdk.PlanLine;

/**
 * Published when a communication whose plan line asks the customer to confirm receipt (客户确认收到) is held: the
 * task now waits for the customer's confirmation in the portal.
 */
public record ReceiptAsked(long taskId, long projectId, String projectName, String goal, PlanLine.HeldBy heldBy) {}
