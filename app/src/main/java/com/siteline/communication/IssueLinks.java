package com.siteline.communication;

/** Lets the log check an issue link without depending on the issue module (which depends on the log). */
public interface IssueLinks {

    /** Whether the issue exists for the signed-in user and belongs to the customer. */
    boolean belongsTo(long issueId, long customerId);
}
