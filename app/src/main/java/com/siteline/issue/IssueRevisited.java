package com.siteline.issue;

/** A closed issue was revisited (回访), in the revisiting transaction: its open revisit task is done with it. */
public record IssueRevisited(long issueId) {}
