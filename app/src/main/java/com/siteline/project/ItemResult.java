package com.siteline.project;

/** One checklist line as ticked: status (null until checked), remark, photo reference. */
public record ItemResult(CheckStatus status, String remark, String photo) {

    public static final ItemResult UNCHECKED = new ItemResult(null, null, null);
}
