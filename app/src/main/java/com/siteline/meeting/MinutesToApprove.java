package com.siteline.meeting;

/** Minutes a manager reviewed wait for the chair's approval (in the portal): the portal tells the chair. */
public record MinutesToApprove(long meetingId, String title, long chairCustomerId) {}
