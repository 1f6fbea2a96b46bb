package com.siteline.portal;

import java.time.Instant;

/** One portal action as staff see it on the customer's record: when, what, on what, from where. */
public record PortalEvent(Instant at, String kind, String subject, String ip, String userAgent) {

    /** Every kind a portal event may have. */
    public static final java.util.List<String> KINDS = java.util.List.of(
            "INVITED",
            "REVOKED",
            "LOGIN",
            "LOGOUT",
            "LINK_REFUSED",
            "CODE_SENT",
            "CODE_WRONG",
            "CONFIRMATION_VIEWED",
            "SIGNED_VIEWED",
            "SIGNED",
            "REJECTED",
            "PDF",
            "DENIED",
            "ISSUE_RAISED",
            "COMMENT",
            "RESOLUTION_ACCEPTED",
            "RESOLUTION_REFUSED",
            "SURVEY_ANSWERED",
            "REPAIR_CONFIRMED",
            "MINUTES_ACKNOWLEDGED",
            "MINUTES_APPROVED",
            "RECEIPT_CONFIRMED",
            "DATA_COPY",
            "ERASURE_ASKED");

    /** The bundle key of the kind ("portal.event.login"). */
    public String messageKey() {
        return "portal.event." + kind.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
