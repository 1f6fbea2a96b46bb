package com.siteline.sdk;

/** The kinds of customer issue (客户问题) the core knows. */
public enum IssueType {
    ENQUIRY,
    SUGGESTION,
    COMPLAINT,
    DISPUTE,
    REPAIR_REQUEST
}
